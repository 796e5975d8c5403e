using System;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using DynamoGen.LocalDynamo;
using NUnit.Framework;

namespace DynamoGen.Tests.Connections;

/// <summary>
/// Starts the local DynamoDB the connection tests use as "DynamoDB" (dynalite, or <c>DYNAMODB_ENDPOINT</c> when set);
/// tests that need a second server (standing in for DAX) start their own dynalite.
/// </summary>
[SetUpFixture]
public sealed class ConnectionsSetup
{
    private static LocalDynamoDb? s_server;
    private static AmazonDynamoDBClient? s_client;

    public static LocalDynamoDb Server => s_server ?? throw new InvalidOperationException("The local DynamoDB is not started.");

    public static AmazonDynamoDBClient Client => s_client ?? throw new InvalidOperationException("The local DynamoDB is not started.");

    /// <summary>A table name no other test uses.</summary>
    public static string UniqueTableName(string prefix) => prefix + "-" + Guid.NewGuid().ToString("N")[..12];

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
}
