using System.Collections.Generic;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using DynamoGen;

namespace AppRegistry;

/// <summary>
/// What an operator (or CloudFormation/Terraform) does before soketi starts: create the table and add apps. soketi
/// itself never does this; the sample runs it with the <c>provision</c> argument.
/// </summary>
public static class Provisioning
{
    public static async Task CreateTableAsync(IAmazonDynamoDB client, string tableName)
    {
        // TODO(issue 4): context.CreateTableAsync<App>(tableName), once the schema carries the AppKey index.
        try
        {
            await client.CreateTableAsync(new CreateTableRequest
            {
                TableName = tableName,
                BillingMode = BillingMode.PAY_PER_REQUEST,
                KeySchema = [new(nameof(App.AppId), KeyType.HASH)],
                AttributeDefinitions =
                [
                    new(nameof(App.AppId), ScalarAttributeType.S),
                    new(nameof(App.AppKey), ScalarAttributeType.S),
                ],
                GlobalSecondaryIndexes =
                [
                    new GlobalSecondaryIndex
                    {
                        IndexName = AppIndexes.AppKeyIndex,
                        KeySchema = [new(nameof(App.AppKey), KeyType.HASH)],
                        Projection = new Projection { ProjectionType = ProjectionType.ALL },
                    },
                ],
            });
        }
        catch (ResourceInUseException)
        {
            // Provisioned by an earlier run.
        }
    }

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
