using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using DynamoGen;

namespace AppRegistry;

/// <summary>
/// What an operator (or CloudFormation/Terraform, or soketi's own setup script) does before soketi starts: create the
/// table and add apps. soketi itself never does this; the sample runs it with the <c>provision</c> argument.
/// </summary>
public static class Provisioning
{
    /// <summary>Creates the table and its AppKey index from the schema the generator declares (if it does not exist yet).</summary>
    public static Task CreateTableAsync(DynamoContext context, string tableName)
        => context.CreateTableIfNotExistsAsync<App>(tableName);

    /// <summary>Adds two apps written by this program, with DynamoGen.</summary>
    public static async Task AddAppsAsync(DynamoContext context, string tableName)
    {
        var apps = context.Table<App>(tableName);
        await apps.PutAsync(new App
        {
            AppId = "app-1",
            AppKey = "key-1",
            AppSecret = "secret-1",
            EnableClientMessages = true,
            Webhooks = new([
                new Webhook { Url = "https://example.com/pusher/webhooks", EventTypes = ["channel_occupied", "channel_vacated"] },
                new Webhook
                {
                    LambdaFunction = "presence-audit",
                    EventTypes = ["member_added", "member_removed"],
                    Filter = new WebhookFilter { ChannelNameStartsWith = "presence-" },
                    Lambda = new LambdaOptions { Async = true, Region = "eu-west-1" },
                },
            ]),
            MaxConnections = 500,
            MaxBackendEventsPerSecond = 50,
            MaxEventPayloadInKb = 32.5,
        });

        // An app from before soketi 0.29: no limit attributes at all, so the server's defaults apply.
        await apps.PutAsync(new App { AppId = "app-2", AppKey = "key-2", AppSecret = "secret-2" });
    }

    /// <summary>
    /// Adds the app item of soketi's documentation, attribute by attribute as soketi's setup script writes it with the
    /// AWS SDK for JavaScript: flags as binary "true"/"false", webhooks as a JSON string. Written with the SDK's own
    /// PutItem on purpose, to stand for another program's writes; the sample then reads it with DynamoGen.
    /// </summary>
    public static Task AddSoketiDocumentedAppAsync(IAmazonDynamoDB client, string tableName)
        => client.PutItemAsync(new PutItemRequest
        {
            TableName = tableName,
            Item = new Dictionary<string, AttributeValue>
            {
                ["AppId"] = new() { S = "app-id" },
                ["AppKey"] = new() { S = "app-key" },
                ["AppSecret"] = new() { S = "app-secret" },
                ["MaxConnections"] = new() { N = "-1" },
                ["EnableClientMessages"] = new() { B = new MemoryStream(Encoding.UTF8.GetBytes("false")) },
                ["Enabled"] = new() { B = new MemoryStream(Encoding.UTF8.GetBytes("true")) },
                ["MaxBackendEventsPerSecond"] = new() { N = "-1" },
                ["MaxClientEventsPerSecond"] = new() { N = "-1" },
                ["MaxReadRequestsPerSecond"] = new() { N = "-1" },
                ["Webhooks"] = new() { S = "[]" },
            },
        });
}
