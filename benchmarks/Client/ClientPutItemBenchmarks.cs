using System.Collections.Generic;
using System.Threading.Tasks;
using Amazon.DynamoDBv2.Model;
using BenchmarkDotNet.Attributes;
using DynamoGen.Benchmarks.Marshalling;

namespace DynamoGen.Benchmarks.Client;

/// <summary>PutItem of one reference item (DynamoDB answers <c>{}</c>), over a canned HTTP response.</summary>
[MemoryDiagnoser]
public class ClientPutItemBenchmarks : System.IDisposable
{
    private readonly ReferenceItem _item = ReferenceItem.Sample(1);
    private ClientContestants _c = null!;

    [GlobalSetup]
    public void Setup()
    {
        // DynamoDBContext.SaveAsync sends UpdateItem.
        _c = new ClientContestants(new Dictionary<string, byte[]> { ["PutItem"] = "{}"u8.ToArray(), ["UpdateItem"] = "{}"u8.ToArray() });
        Sdk_HandWritten().GetAwaiter().GetResult();
        DynamoGen_Put().GetAwaiter().GetResult();
        DynamoGen_Direct_Put().GetAwaiter().GetResult();
        DynamoDBContext_Save().GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _c?.Dispose();
        System.GC.SuppressFinalize(this);
    }

    [Benchmark(Baseline = true)]
    public Task<PutItemResponse> Sdk_HandWritten()
        => _c.Client.PutItemAsync(new PutItemRequest { TableName = ClientContestants.TableName, Item = ReferenceItemHandWritten.ToItem(_item) });

    [Benchmark]
    public Task<PutResult<ReferenceItem>> DynamoGen_Put() => _c.Table.PutAsync(_item);

    [Benchmark]
    public Task<PutResult<ReferenceItem>> DynamoGen_Direct_Put() => _c.DirectTable.PutAsync(_item);

    [Benchmark]
    public Task DynamoDBContext_Save() => _c.Context.SaveAsync(_item);
}
