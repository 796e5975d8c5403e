using System.Collections.Generic;
using System.Threading.Tasks;
using Amazon.DynamoDBv2.Model;
using BenchmarkDotNet.Attributes;
using DynamoGen.Benchmarks.Marshalling;

namespace DynamoGen.Benchmarks.Client;

/// <summary>BatchGetItem of 100 reference items by key (one request, all found), over a canned HTTP response.</summary>
[MemoryDiagnoser]
public class ClientBatchGetBenchmarks : System.IDisposable
{
    private const int Count = 100;
    private ClientContestants _c = null!;
    private readonly long[] _orderIds = new long[Count];

    [GlobalSetup]
    public void Setup()
    {
        var items = new List<Dictionary<string, AttributeValue>>(Count);
        for (var i = 0; i < Count; i++)
        {
            var sample = ReferenceItem.Sample(i);
            _orderIds[i] = sample.OrderId;
            items.Add(sample.ToItem());
        }

        _c = new ClientContestants(new Dictionary<string, byte[]> { ["BatchGetItem"] = CannedDynamoDb.BatchGetItemResponse(ClientContestants.TableName, items) });
        var expected = Sdk_HandWritten().GetAwaiter().GetResult();
        var actual = DynamoGen_BatchGet().GetAwaiter().GetResult();
        SameItems.Assert(ReferenceItemHandWritten.ToItem(expected[^1]), actual[^1].ToItem(), "BatchGet");
        var direct = DynamoGen_Direct_BatchGet().GetAwaiter().GetResult();
        SameItems.Assert(ReferenceItemHandWritten.ToItem(expected[^1]), direct[^1].ToItem(), "BatchGet (direct engine)");
        if (DynamoDBContext_BatchGet().GetAwaiter().GetResult().Count != Count)
        {
            throw new System.InvalidOperationException("DynamoDBContext read a different number of items");
        }
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _c?.Dispose();
        System.GC.SuppressFinalize(this);
    }

    [Benchmark(Baseline = true)]
    public async Task<List<ReferenceItem>> Sdk_HandWritten()
    {
        var keys = new List<Dictionary<string, AttributeValue>>(Count);
        foreach (var orderId in _orderIds)
        {
            keys.Add(ReferenceItemHandWritten.Key(ReferenceItem.SampleCustomer, orderId));
        }

        var response = await _c.Client.BatchGetItemAsync(new BatchGetItemRequest
        {
            RequestItems = new Dictionary<string, KeysAndAttributes> { [ClientContestants.TableName] = new() { Keys = keys } },
        });
        var found = response.Responses[ClientContestants.TableName];
        var result = new List<ReferenceItem>(found.Count);
        foreach (var item in found)
        {
            result.Add(ReferenceItemHandWritten.FromItem(item));
        }

        return result;
    }

    /// <summary>DynamoGen on the SDK engine: <c>Table&lt;T&gt;.BatchGetAsync</c> with the generated keys and <c>FromItem</c>.</summary>
    [Benchmark]
    public Task<List<ReferenceItem>> DynamoGen_BatchGet() => BatchGetAsync(_c.Table);

    /// <summary>DynamoGen on the direct engine: the same call.</summary>
    [Benchmark]
    public Task<List<ReferenceItem>> DynamoGen_Direct_BatchGet() => BatchGetAsync(_c.DirectTable);

    private async Task<List<ReferenceItem>> BatchGetAsync(Table<ReferenceItem> table)
    {
        var keys = new List<DynamoKey<ReferenceItem>>(Count);
        foreach (var orderId in _orderIds)
        {
            keys.Add(ReferenceItem.Key(ReferenceItem.SampleCustomer, orderId));
        }

        var result = await table.BatchGetAsync(keys).ConfigureAwait(false);
        return result.Items as List<ReferenceItem> ?? new List<ReferenceItem>(result.Items);
    }

    [Benchmark]
    public async Task<List<ReferenceItem>> DynamoDBContext_BatchGet()
    {
        var batch = _c.Context.CreateBatchGet<ReferenceItem>();
        foreach (var orderId in _orderIds)
        {
            batch.AddKey(ReferenceItem.SampleCustomer, orderId);
        }

        await batch.ExecuteAsync();
        return batch.Results;
    }
}
