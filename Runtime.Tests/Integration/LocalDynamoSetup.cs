using System;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using DynamoGen.LocalDynamo;
using NUnit.Framework;

namespace DynamoGen.Tests;

/// <summary>
/// Starts one local DynamoDB for the whole test run (dynalite, or <c>DYNAMODB_ENDPOINT</c> when set) and stops it at
/// the end. Every test creates its own uniquely named tables, so tests are independent even on a shared endpoint.
/// </summary>
[SetUpFixture]
public sealed class LocalDynamoSetup
{
    private static LocalDynamoDb? s_server;
    private static AmazonDynamoDBClient? s_client;

    public static AmazonDynamoDBClient Client => s_client ?? throw new InvalidOperationException("The local DynamoDB is not started.");

    public static LocalDynamoDb Server => s_server ?? throw new InvalidOperationException("The local DynamoDB is not started.");

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
