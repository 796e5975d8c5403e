using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Amazon.DynamoDBv2.Model;
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
        // TODO(issue 5, with issue 4's index accessor): one typed call,
        //   await _apps.Query(App.Indexes.AppKeyIndex, appKey).FirstOrDefaultAsync(cancellationToken)
        // Until then: the request by hand, through the table's connection, mapped by the generated FromItem.
        var request = new QueryRequest
        {
            TableName = _apps.Name,
            IndexName = AppIndexes.AppKeyIndex,
            KeyConditionExpression = "#key = :key",
            ExpressionAttributeNames = new Dictionary<string, string> { ["#key"] = nameof(App.AppKey) },
            ExpressionAttributeValues = new Dictionary<string, AttributeValue> { [":key"] = new() { S = appKey } },
            Limit = 1,
        };
        var response = await context.ConnectionFor<App>(_apps.Name).QueryAsync(request, default, cancellationToken).ConfigureAwait(false);
        return response.Items is [var item, ..] ? App.FromItem(item) : null;
    }
}
