using System.Threading;
using System.Threading.Tasks;
using DynamoGen;

namespace AppRegistry;

/// <summary>
/// Finds apps, as soketi's DynamoDB app manager does: by id with GetItem, by key with a Query on the AppKey index,
/// eventually consistent (apps change rarely). Needs only dynamodb:GetItem and dynamodb:Query.
/// </summary>
public sealed class AppManager(DynamoContext context, string tableName)
{
    private readonly Table<App> _apps = context.Table<App>(tableName);

    public Task<App?> FindByIdAsync(string appId, CancellationToken cancellationToken = default)
        => _apps.GetAsync(App.Key(appId), cancellationToken);

    public async Task<App?> FindByKeyAsync(string appKey, CancellationToken cancellationToken = default)
    {
        // A typed query on the AppKey index: the index name and the key's type come from the model.
        await foreach (var app in _apps.Query(App.Indexes.AppKeyIndex.Partition(appKey), new QueryOptions { Limit = 1 }, cancellationToken).ConfigureAwait(false))
        {
            return app;
        }

        return null;
    }
}
