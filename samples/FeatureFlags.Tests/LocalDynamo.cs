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
public sealed class RecordingConnection(IDynamoConnection inner) : IDynamoConnection
{
    public ConcurrentQueue<AmazonDynamoDBRequest> Requests { get; } = new();

    public string Name => inner.Name;

    public IAmazonDynamoDB ControlPlane => inner.ControlPlane;

    public Task<GetItemResponse> GetItemAsync(GetItemRequest request, DynamoCallOptions options, CancellationToken cancellationToken)
        => Record(request, inner.GetItemAsync(request, options, cancellationToken));

    public Task<PutItemResponse> PutItemAsync(PutItemRequest request, DynamoCallOptions options, CancellationToken cancellationToken)
        => Record(request, inner.PutItemAsync(request, options, cancellationToken));

    public Task<UpdateItemResponse> UpdateItemAsync(UpdateItemRequest request, DynamoCallOptions options, CancellationToken cancellationToken)
        => Record(request, inner.UpdateItemAsync(request, options, cancellationToken));

    public Task<DeleteItemResponse> DeleteItemAsync(DeleteItemRequest request, DynamoCallOptions options, CancellationToken cancellationToken)
        => Record(request, inner.DeleteItemAsync(request, options, cancellationToken));

    public Task<QueryResponse> QueryAsync(QueryRequest request, DynamoCallOptions options, CancellationToken cancellationToken)
        => Record(request, inner.QueryAsync(request, options, cancellationToken));

    public Task<ScanResponse> ScanAsync(ScanRequest request, DynamoCallOptions options, CancellationToken cancellationToken)
        => Record(request, inner.ScanAsync(request, options, cancellationToken));

    public Task<BatchGetItemResponse> BatchGetItemAsync(BatchGetItemRequest request, DynamoCallOptions options, CancellationToken cancellationToken)
        => Record(request, inner.BatchGetItemAsync(request, options, cancellationToken));

    public Task<BatchWriteItemResponse> BatchWriteItemAsync(BatchWriteItemRequest request, DynamoCallOptions options, CancellationToken cancellationToken)
        => Record(request, inner.BatchWriteItemAsync(request, options, cancellationToken));

    public Task<TransactGetItemsResponse> TransactGetItemsAsync(TransactGetItemsRequest request, DynamoCallOptions options, CancellationToken cancellationToken)
        => Record(request, inner.TransactGetItemsAsync(request, options, cancellationToken));

    public Task<TransactWriteItemsResponse> TransactWriteItemsAsync(TransactWriteItemsRequest request, DynamoCallOptions options, CancellationToken cancellationToken)
        => Record(request, inner.TransactWriteItemsAsync(request, options, cancellationToken));

    private Task<T> Record<T>(AmazonDynamoDBRequest request, Task<T> response)
    {
        Requests.Enqueue(request);
        return response;
    }
}
