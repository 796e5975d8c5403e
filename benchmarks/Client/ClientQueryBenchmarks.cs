using System.Collections.Generic;
using System.Threading.Tasks;
using Amazon.DynamoDBv2.Model;
using BenchmarkDotNet.Attributes;
using DynamoGen.Benchmarks.Marshalling;

namespace DynamoGen.Benchmarks.Client;

/// <summary>A query of one customer's orders returning 10 or 1,000 reference items (one page), over a canned HTTP response.</summary>
[MemoryDiagnoser]
public class ClientQueryBenchmarks : System.IDisposable
{
    private ClientContestants _c = null!;

    [Params(10, 1000)]
    public int Items { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var items = new List<Dictionary<string, AttributeValue>>(Items);
        for (var i = 0; i < Items; i++)
        {
            items.Add(ReferenceItem.Sample(i).ToItem());
        }

        _c = new ClientContestants(new Dictionary<string, byte[]> { ["Query"] = CannedDynamoDb.QueryResponse(items) });
        var expected = Sdk_HandWritten().GetAwaiter().GetResult();
        var actual = DynamoGen_Query().GetAwaiter().GetResult();
        SameItems.Assert(ReferenceItemHandWritten.ToItem(expected[^1]), actual[^1].ToItem(), "Query");
        if (DynamoDBContext_Query().GetAwaiter().GetResult().Count != Items)
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

    private static QueryRequest Request() => new()
    {
        TableName = ClientContestants.TableName,
        KeyConditionExpression = "CustomerId = :customer",
        ExpressionAttributeValues = new Dictionary<string, AttributeValue> { [":customer"] = new() { S = ReferenceItem.SampleCustomer } },
    };

    [Benchmark(Baseline = true)]
    public async Task<List<ReferenceItem>> Sdk_HandWritten()
    {
        var response = await _c.Client.QueryAsync(Request());
        var result = new List<ReferenceItem>(response.Items.Count);
        foreach (var item in response.Items)
        {
            result.Add(ReferenceItemHandWritten.FromItem(item));
        }

        return result;
    }

    /// <summary>
    /// DynamoGen: <c>Table&lt;T&gt;</c> has no query yet (issue 5 adds it), so this is the SDK's low-level call plus the
    /// generated <c>FromItem</c>, through the same connection Table&lt;T&gt; uses. When the query lands, the body becomes
    /// one line: <c>=> _c.Table.QueryAsync(...)</c> with the same key condition.
    /// </summary>
    [Benchmark]
    public async Task<List<ReferenceItem>> DynamoGen_Query()
    {
        var response = await _c.Client.QueryAsync(Request());
        var result = new List<ReferenceItem>(response.Items.Count);
        foreach (var item in response.Items)
        {
            result.Add(ReferenceItem.FromItem(item));
        }

        return result;
    }

    [Benchmark]
    public Task<List<ReferenceItem>> DynamoDBContext_Query() => _c.Context.QueryAsync<ReferenceItem>(ReferenceItem.SampleCustomer).GetRemainingAsync();
}
