using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;
using DynamoGen.Testing;

namespace DynamoGen.Tests.Connections;

/// <summary>Helpers for tests that use two real servers: the shared local DynamoDB, and a dynalite standing in for DAX.</summary>
internal static class Servers
{
    /// <summary>A client for a server standing in for DAX: no SDK retries and a short timeout, as a DAX client should be configured for fast fallback.</summary>
    public static CountingClient DaxClient(LocalDynamoDb server, TimeSpan? timeout = null) => DaxClient(server.Endpoint, timeout);

    public static CountingClient DaxClient(Uri endpoint, TimeSpan? timeout = null) => new(new AmazonDynamoDBConfig
    {
        ServiceURL = endpoint.ToString(),
        AuthenticationRegion = "us-east-1",
        MaxErrorRetry = 0,
        Timeout = timeout ?? TimeSpan.FromSeconds(2),
    });

    /// <summary>A client for the shared local DynamoDB that counts calls.</summary>
    public static CountingClient DynamoClient() => new(new AmazonDynamoDBConfig
    {
        ServiceURL = ConnectionsSetup.Server.Endpoint.ToString(),
        AuthenticationRegion = "us-east-1",
        MaxErrorRetry = 2,
        Timeout = TimeSpan.FromSeconds(30),
    });

    public static async Task CreateProductsTableAsync(IAmazonDynamoDB client, string name)
    {
        await new DynamoContext(client).CreateTableAsync<Product>(name);
    }

    /// <summary>Writes <paramref name="count"/> products in category "p" (skus s000...) whose Source is <paramref name="source"/>.</summary>
    public static async Task SeedAsync(IAmazonDynamoDB client, string table, string source, int count = 20)
    {
        for (var start = 0; start < count; start += 25)
        {
            var writes = Enumerable.Range(start, Math.Min(25, count - start))
                .Select(i => new WriteRequest(new PutRequest(new Product { Category = "p", Sku = Sku(i), Source = source, Stock = i }.ToItem())))
                .ToList();
            await client.BatchWriteItemAsync(new BatchWriteItemRequest { RequestItems = new() { [table] = writes } });
        }
    }

    public static string Sku(int i) => "s" + i.ToString("000", System.Globalization.CultureInfo.InvariantCulture);

    public static Dictionary<string, AttributeValue> Key(string category, string sku) => Product.Key(category, sku).ToAttributeValues();
}

/// <summary>A real SDK client (it talks to a real server) that counts the data-plane calls made through it.</summary>
internal sealed class CountingClient : AmazonDynamoDBClient
{
    private int _gets;
    private int _writes;
    private int _queries;
    private int _transactGets;

    public CountingClient(AmazonDynamoDBConfig config)
        : base(new BasicAWSCredentials("local", "local"), config)
    {
    }

    public int Gets => Volatile.Read(ref _gets);

    public int Writes => Volatile.Read(ref _writes);

    public int Queries => Volatile.Read(ref _queries);

    public int TransactGets => Volatile.Read(ref _transactGets);

    public int Total => Gets + Writes + Queries + TransactGets;

    public void Reset()
    {
        Volatile.Write(ref _gets, 0);
        Volatile.Write(ref _writes, 0);
        Volatile.Write(ref _queries, 0);
        Volatile.Write(ref _transactGets, 0);
    }

    public override Task<GetItemResponse> GetItemAsync(GetItemRequest request, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _gets);
        return base.GetItemAsync(request, cancellationToken);
    }

    public override Task<BatchGetItemResponse> BatchGetItemAsync(BatchGetItemRequest request, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _gets);
        return base.BatchGetItemAsync(request, cancellationToken);
    }

    public override Task<QueryResponse> QueryAsync(QueryRequest request, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _queries);
        return base.QueryAsync(request, cancellationToken);
    }

    public override Task<ScanResponse> ScanAsync(ScanRequest request, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _queries);
        return base.ScanAsync(request, cancellationToken);
    }

    public override Task<TransactGetItemsResponse> TransactGetItemsAsync(TransactGetItemsRequest request, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _transactGets);
        return base.TransactGetItemsAsync(request, cancellationToken);
    }

    public override Task<PutItemResponse> PutItemAsync(PutItemRequest request, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _writes);
        return base.PutItemAsync(request, cancellationToken);
    }

    public override Task<UpdateItemResponse> UpdateItemAsync(UpdateItemRequest request, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _writes);
        return base.UpdateItemAsync(request, cancellationToken);
    }

    public override Task<DeleteItemResponse> DeleteItemAsync(DeleteItemRequest request, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _writes);
        return base.DeleteItemAsync(request, cancellationToken);
    }

    public override Task<BatchWriteItemResponse> BatchWriteItemAsync(BatchWriteItemRequest request, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _writes);
        return base.BatchWriteItemAsync(request, cancellationToken);
    }

    public override Task<TransactWriteItemsResponse> TransactWriteItemsAsync(TransactWriteItemsRequest request, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _writes);
        return base.TransactWriteItemsAsync(request, cancellationToken);
    }
}
