using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using DynamoGen.Testing;
using NUnit.Framework;

namespace DynamoGen.Tests;

/// <summary>
/// Starts one DynamoDB-compatible server for the whole test run and stops it at the end: the engine
/// <c>DYNAMOGEN_TEST_SERVER</c> chooses (dynalite by default, dynamodb-local, localstack), or <c>DYNAMODB_ENDPOINT</c>
/// when set. Every test creates its own uniquely named tables, so tests are independent even on a shared endpoint.
/// </summary>
[SetUpFixture]
public sealed class LocalDynamoSetup
{
    private static LocalDynamoDb? s_server;
    private static AmazonDynamoDBClient? s_client;
    private static DirectConnection? s_direct;

    public static AmazonDynamoDBClient Client => s_client ?? throw new InvalidOperationException("The local DynamoDB is not started.");

    public static LocalDynamoDb Server => s_server ?? throw new InvalidOperationException("The local DynamoDB is not started.");

    /// <summary>Every table name on the server, through all ListTables pages (a page holds at most 100).</summary>
    public static async Task<List<string>> AllTableNamesAsync(IAmazonDynamoDB client)
    {
        var names = new List<string>();
        string? start = null;
        do
        {
            var page = await client.ListTablesAsync(new Amazon.DynamoDBv2.Model.ListTablesRequest { ExclusiveStartTableName = start });
            names.AddRange(page.TableNames ?? []);
            start = page.LastEvaluatedTableName;
        }
        while (!string.IsNullOrEmpty(start));

        return names;
    }

    /// <summary>
    /// The connection of <paramref name="engine"/> to the test server: the AWS SDK's client, or the direct engine
    /// (one per run, sharing its HTTP connections). The operations suites take the engine as a fixture parameter, so
    /// every one of their tests runs on both.
    /// </summary>
    public static IDynamoConnection Connection(DynamoEngine engine) => engine switch
    {
        DynamoEngine.Sdk => new DynamoDbConnection(Client),
        DynamoEngine.Direct => s_direct ??= new DirectConnection(Client, Server.Credentials),
        _ => throw new ArgumentOutOfRangeException(nameof(engine)),
    };

    /// <summary>A context over <see cref="Connection"/> of <paramref name="engine"/>.</summary>
    public static DynamoContext Context(DynamoEngine engine) => new(Connection(engine));

    /// <summary>A table name no other test uses.</summary>
    public static string UniqueTableName(string prefix) => prefix + "-" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>
    /// Skips the calling test on an engine that lacks <paramref name="features"/>, with a message naming the engine, the
    /// missing feature and the engines that run the test (CI runs the integration tests on dynalite and on DynamoDB Local).
    /// </summary>
    public static void Require(LocalDynamoFeatures features)
    {
        if (Server.Lacks(features) is { } why)
        {
            Assert.Ignore(why);
        }
    }

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        s_server = await LocalStackDynamoDb.StartFromEnvironmentAsync();
        s_client = s_server.CreateClient();
        TestContext.Progress.WriteLine($"Integration tests run against {s_server}.");
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        s_direct?.Dispose();
        s_client?.Dispose();
        if (s_server is not null)
        {
            await s_server.DisposeAsync();
        }
    }
}

/// <summary>The engines a <see cref="Table{T}"/> can run on (a fixture parameter of the operations suites).</summary>
public enum DynamoEngine
{
    /// <summary>The AWS SDK's <c>IAmazonDynamoDB</c> (<see cref="DynamoDbConnection"/>).</summary>
    Sdk,

    /// <summary>DynamoGen's own HTTP engine (<see cref="DirectConnection"/>).</summary>
    Direct,
}
