using System;
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using DynamoGen;
using DynamoGen.Testing;
using NUnit.Framework;

namespace FeatureFlags.Tests;

/// <summary>One local DynamoDB (dynalite, or DYNAMODB_ENDPOINT) for every test of this assembly.</summary>
[SetUpFixture]
public sealed class LocalDynamo
{
    private static LocalDynamoDb? s_server;
    private static AmazonDynamoDBClient? s_client;

    /// <summary>A plain SDK client: how the tests write items exactly as LaunchDarkly's stores do, and read what the sample wrote.</summary>
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

    /// <summary>A new, empty LaunchDarkly table (partition key <c>namespace</c>, sort key <c>key</c>): "clear all data".</summary>
    public static async Task<string> NewTableAsync()
    {
        var name = "ld-" + Guid.NewGuid().ToString("N")[..12];
        await new DynamoContext(Client).CreateTableAsync<FlagRow>(name);
        return name;
    }
}

/// <summary>
/// A pass-through connection that records every request it forwards to the real one (not a mock: DynamoDB answers).
/// It shows whether a read asked for consistency and whether a read reached DynamoDB at all.
/// </summary>
public sealed class RecordingConnection(IDynamoConnection inner) : DelegatingConnection(inner)
{
    public ConcurrentQueue<AmazonDynamoDBRequest> Requests { get; } = new();

    protected override Task<TResponse> SendAsync<TRequest, TResponse>(
        string operation, TRequest request, DynamoCallOptions options, Func<IDynamoConnection, TRequest, DynamoCallOptions, CancellationToken, Task<TResponse>> send, CancellationToken cancellationToken)
    {
        Requests.Enqueue(request);
        return base.SendAsync(operation, request, options, send, cancellationToken);
    }
}
