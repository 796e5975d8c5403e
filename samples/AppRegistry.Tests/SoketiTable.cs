using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using DynamoGen;
using DynamoGen.Testing;
using NUnit.Framework;

namespace AppRegistry.Tests;

/// <summary>
/// One local DynamoDB for the run (dynalite, or <c>DYNAMODB_ENDPOINT</c> when set), and soketi's way of writing to it:
/// the <c>apps</c> table created as soketi's test fixture creates it, and items built attribute by attribute as the AWS
/// SDK for JavaScript marshals what soketi's documentation puts (strings S, numbers N, flags B "true"/"false").
/// </summary>
[SetUpFixture]
public sealed class SoketiTable
{
    private static LocalDynamoDb? s_server;
    private static AmazonDynamoDBClient? s_client;

    public static AmazonDynamoDBClient Client => s_client ?? throw new InvalidOperationException("The local DynamoDB is not started.");

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        s_server = await LocalDynamoDb.StartAsync();
        s_client = s_server.CreateClient();
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        s_client?.Dispose();
        if (s_server is not null)
        {
            await s_server.DisposeAsync();
        }
    }

    /// <summary>A table name no other test uses.</summary>
    public static string UniqueName(string prefix) => prefix + "-" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>
    /// Creates the table as soketi's fixture (tests/fixtures/dynamodb_schema.js) does: hash key AppId (S), global index
    /// AppKeyIndex on AppKey (S) projecting all attributes. Without the index when <paramref name="withAppKeyIndex"/> is false.
    /// </summary>
    public static async Task<string> CreateAsync(bool withAppKeyIndex = true)
    {
        var name = UniqueName("apps");
        var request = new CreateTableRequest
        {
            TableName = name,
            AttributeDefinitions = [new("AppId", ScalarAttributeType.S)],
            KeySchema = [new("AppId", KeyType.HASH)],
            ProvisionedThroughput = new ProvisionedThroughput(100, 100),
        };
        if (withAppKeyIndex)
        {
            request.AttributeDefinitions.Add(new("AppKey", ScalarAttributeType.S));
            request.GlobalSecondaryIndexes =
            [
                new GlobalSecondaryIndex
                {
                    IndexName = "AppKeyIndex",
                    KeySchema = [new("AppKey", KeyType.HASH)],
                    Projection = new Projection { ProjectionType = ProjectionType.ALL },
                    ProvisionedThroughput = new ProvisionedThroughput(100, 100),
                },
            ];
        }

        await Client.CreateTableAsync(request);

        // As on DynamoDB, a new table takes writes once it (and its index) is ACTIVE.
        for (var attempt = 0; ; attempt++)
        {
            var table = (await Client.DescribeTableAsync(name)).Table;
            if (table.TableStatus == TableStatus.ACTIVE && (table.GlobalSecondaryIndexes ?? []).All(i => i.IndexStatus == IndexStatus.ACTIVE))
            {
                return name;
            }

            if (attempt == 100)
            {
                throw new InvalidOperationException($"Table {name} is still {table.TableStatus} after 10 s.");
            }

            await Task.Delay(100);
        }
    }

    /// <summary>Puts <paramref name="item"/> with the SDK's PutItem, as another program would.</summary>
    public static Task PutAsync(string table, Dictionary<string, AttributeValue> item)
        => Client.PutItemAsync(new PutItemRequest { TableName = table, Item = item });

    /// <summary>
    /// soketi's fixture item (tests/fixtures/dynamodb_schema.js and the DynamoDB page of its documentation), for
    /// <paramref name="appId"/> / <paramref name="appKey"/>; the optional limits are left out, as the fixture leaves them.
    /// </summary>
    public static Dictionary<string, AttributeValue> FixtureItem(string appId = "app-id", string appKey = "app-key") => new()
    {
        ["AppId"] = S(appId),
        ["AppKey"] = S(appKey),
        ["AppSecret"] = S("app-secret"),
        ["MaxConnections"] = N("-1"),
        ["EnableClientMessages"] = B("false"),
        ["Enabled"] = B("true"),
        ["MaxBackendEventsPerSecond"] = N("-1"),
        ["MaxClientEventsPerSecond"] = N("-1"),
        ["MaxReadRequestsPerSecond"] = N("-1"),
        ["Webhooks"] = S("[]"),
    };

    /// <summary>The fields every soketi app item has, and nothing else.</summary>
    public static Dictionary<string, AttributeValue> MinimalItem(string appId, string appKey) => new()
    {
        ["AppId"] = S(appId),
        ["AppKey"] = S(appKey),
        ["AppSecret"] = S("app-secret"),
    };

    public static AttributeValue S(string value) => new() { S = value };

    public static AttributeValue N(string value) => new() { N = value };

    /// <summary>A binary value holding <paramref name="text"/> in UTF-8: what the JavaScript SDK sends for <c>{ B: 'true' }</c>.</summary>
    public static AttributeValue B(string text) => new() { B = new MemoryStream(Encoding.UTF8.GetBytes(text)) };

    public static AttributeValue Bool(bool value) => new() { BOOL = value };

    public static AttributeValue Null() => new() { NULL = true };

    /// <summary>A new app manager over <paramref name="table"/>, logging into <paramref name="log"/>.</summary>
    public static AppManager Manager(string table, RecordingLogger<AppManager> log) => new(new DynamoContext(Client), table, log);
}
