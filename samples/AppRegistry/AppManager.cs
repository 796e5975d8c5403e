using System;
using System.Threading;
using System.Threading.Tasks;
using DynamoGen;
using Microsoft.Extensions.Logging;

namespace AppRegistry;

/// <summary>
/// Finds apps, as soketi's DynamoDB app manager does: by id with GetItem, by key with a Query on the AppKey index,
/// eventually consistent (apps change rarely). Needs only dynamodb:GetItem and dynamodb:Query.
/// </summary>
/// <remarks>
/// Like soketi, a lookup never throws for a bad table or item: an absent app, a missing table, any DynamoDB error and
/// an item that cannot be read all mean "no app", and are logged. Webhooks that cannot be read mean an app without
/// webhooks, with a warning.
/// </remarks>
public sealed partial class AppManager(DynamoContext context, string tableName, ILogger<AppManager> logger)
{
    private readonly Table<App> _apps = context.Table<App>(tableName);

    public async Task<App?> FindByIdAsync(string appId, CancellationToken cancellationToken = default)
    {
        try
        {
            var app = await _apps.GetAsync(App.Key(appId), cancellationToken).ConfigureAwait(false);
            return Checked(app, "id", appId);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LookupFailed(logger, tableName, "id", appId, e);
            return null;
        }
    }

    public async Task<App?> FindByKeyAsync(string appKey, CancellationToken cancellationToken = default)
    {
        try
        {
            // A typed query on the AppKey index: the index name and the key's type come from the model.
            await foreach (var app in _apps.Query(App.Indexes.AppKeyIndex.Partition(appKey), new QueryOptions { Limit = 1 }, cancellationToken).ConfigureAwait(false))
            {
                return Checked(app, "key", appKey);
            }

            return Checked(null, "key", appKey);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LookupFailed(logger, tableName, "key", appKey, e);
            return null;
        }
    }

    private App? Checked(App? app, string by, string value)
    {
        if (app is null)
        {
            AppNotFound(logger, tableName, by, value);
        }
        else if (app.Webhooks.Error is { } error)
        {
            WebhooksIgnored(logger, app.AppId, error);
        }

        return app;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "No app with {By} '{Value}' in table '{Table}'")]
    private static partial void AppNotFound(ILogger logger, string table, string by, string value);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not load the app with {By} '{Value}' from table '{Table}'")]
    private static partial void LookupFailed(ILogger logger, string table, string by, string value, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "App '{AppId}' runs without webhooks: {Error}")]
    private static partial void WebhooksIgnored(ILogger logger, string appId, string error);
}
