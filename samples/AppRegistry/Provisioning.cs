using System.Threading.Tasks;
using DynamoGen;

namespace AppRegistry;

/// <summary>
/// What an operator (or CloudFormation/Terraform) does before soketi starts: create the table and add apps. soketi
/// itself never does this; the sample runs it with the <c>provision</c> argument.
/// </summary>
public static class Provisioning
{
    /// <summary>Creates the table and its AppKey index from the schema the generator declares (if it does not exist yet).</summary>
    public static Task CreateTableAsync(DynamoContext context, string tableName)
        => context.CreateTableIfNotExistsAsync<App>(tableName);

    public static async Task AddAppsAsync(DynamoContext context, string tableName)
    {
        var apps = context.Table<App>(tableName);
        await apps.PutAsync(new App
        {
            AppId = "app-1",
            AppKey = "key-1",
            AppSecret = "secret-1",
            EnableClientMessages = true,
            Webhooks = [new("https://example.com/pusher/webhooks", ["channel_occupied", "channel_vacated"])],
            MaxConnections = 500,
            MaxBackendEventsPerSecond = 50,
        });

        // An app from before soketi 0.29: no limit attributes at all, so the server's defaults apply.
        await apps.PutAsync(new App { AppId = "app-2", AppKey = "key-2", AppSecret = "secret-2" });
    }
}
