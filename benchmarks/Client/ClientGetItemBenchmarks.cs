using System.Collections.Generic;
using System.Threading.Tasks;
using Amazon.DynamoDBv2.Model;
using BenchmarkDotNet.Attributes;
using DynamoGen.Benchmarks.Marshalling;

namespace DynamoGen.Benchmarks.Client;

/// <summary>GetItem of one reference item through the whole SDK client path, over a canned HTTP response.</summary>
[MemoryDiagnoser]
public class ClientGetItemBenchmarks : System.IDisposable
{
    private ClientContestants _c = null!;
    private readonly long _orderId = ReferenceItem.Sample(1).OrderId;

    [GlobalSetup]
    public void Setup()
    {
        _c = new ClientContestants(new Dictionary<string, byte[]> { ["GetItem"] = CannedDynamoDb.GetItemResponse(ReferenceItem.Sample(1).ToItem()) });
        var sdk = Sdk_HandWritten().GetAwaiter().GetResult();
        SameItems.Assert(ReferenceItemHandWritten.ToItem(sdk), DynamoGen_Table().GetAwaiter().GetResult()!.ToItem(), "GetItem");
        SameItems.Assert(ReferenceItemHandWritten.ToItem(sdk), DynamoGen_Direct_Table().GetAwaiter().GetResult()!.ToItem(), "GetItem (direct engine)");
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _c?.Dispose();
        System.GC.SuppressFinalize(this);
    }

    [Benchmark(Baseline = true)]
    public async Task<ReferenceItem> Sdk_HandWritten()
    {
        var response = await _c.Client.GetItemAsync(new GetItemRequest
        {
            TableName = ClientContestants.TableName,
            Key = ReferenceItemHandWritten.Key(ReferenceItem.SampleCustomer, _orderId),
        });
        return ReferenceItemHandWritten.FromItem(response.Item);
    }

    [Benchmark]
    public Task<ReferenceItem?> DynamoGen_Table() => _c.Table.GetAsync(ReferenceItem.Key(ReferenceItem.SampleCustomer, _orderId));

    [Benchmark]
    public Task<ReferenceItem?> DynamoGen_Direct_Table() => _c.DirectTable.GetAsync(ReferenceItem.Key(ReferenceItem.SampleCustomer, _orderId));

    [Benchmark]
    public Task<ReferenceItem> DynamoDBContext_Load() => _c.Context.LoadAsync<ReferenceItem>(ReferenceItem.SampleCustomer, _orderId);
}
