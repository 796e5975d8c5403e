using System.Collections.Generic;
using System.Text.Json;
using System.Threading.Tasks;
using Amazon.DynamoDBv2.Model;
using BenchmarkDotNet.Attributes;
using DynamoGen.Benchmarks.Marshalling;

namespace DynamoGen.Benchmarks.Client;

/// <summary>
/// A query of one customer's orders returning 10 or 1,000 reference items (one page), over a canned HTTP response; with
/// the floor of the direct engine, the generated JSON reader alone over the same body.
/// </summary>
[MemoryDiagnoser]
public class ClientQueryBenchmarks : System.IDisposable
{
    private ClientContestants _c = null!;
    private byte[] _body = null!;

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

        _body = CannedDynamoDb.QueryResponse(items);
        _c = new ClientContestants(new Dictionary<string, byte[]> { ["Query"] = _body });
        var expected = Sdk_HandWritten().GetAwaiter().GetResult();
        foreach (var (name, actual) in new[] { ("Query (SDK engine)", DynamoGen_Query().GetAwaiter().GetResult()), ("Query (direct engine)", DynamoGen_Direct_Query().GetAwaiter().GetResult()), ("JSON reader", JsonReader_Page()) })
        {
            if (actual.Count != Items)
            {
                throw new System.InvalidOperationException($"{name} read {actual.Count} items, not {Items}");
            }

            SameItems.Assert(ReferenceItemHandWritten.ToItem(expected[0]), actual[0].ToItem(), name);
            SameItems.Assert(ReferenceItemHandWritten.ToItem(expected[^1]), actual[^1].ToItem(), name);
        }

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

    /// <summary>DynamoGen on the SDK engine: <c>Table&lt;T&gt;.QueryPageAsync</c> (one page), items mapped by the generated <c>FromItem</c>.</summary>
    [Benchmark]
    public async Task<List<ReferenceItem>> DynamoGen_Query()
        => (List<ReferenceItem>)(await _c.Table.QueryPageAsync(ReferenceItem.Indexes.Primary.Partition(ReferenceItem.SampleCustomer), null).ConfigureAwait(false)).Items;

    /// <summary>DynamoGen on the direct engine: the same call; the response's items are read straight from its JSON by the generated reader.</summary>
    [Benchmark]
    public async Task<List<ReferenceItem>> DynamoGen_Direct_Query()
        => (List<ReferenceItem>)(await _c.DirectTable.QueryPageAsync(ReferenceItem.Indexes.Primary.Partition(ReferenceItem.SampleCustomer), null).ConfigureAwait(false)).Items;

    /// <summary>The floor of the direct engine: the generated JSON reader alone over the same response body (no HTTP, no signing, no request).</summary>
    [Benchmark]
    public List<ReferenceItem> JsonReader_Page()
    {
        var reader = new Utf8JsonReader(_body);
        var items = new List<ReferenceItem>(Items);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("Items"u8))
            {
                reader.Read();
                while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
                {
                    items.Add(DynamoJson.Read<ReferenceItem>(ref reader));
                }
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return items;
    }

    [Benchmark]
    public Task<List<ReferenceItem>> DynamoDBContext_Query() => _c.Context.QueryAsync<ReferenceItem>(ReferenceItem.SampleCustomer).GetRemainingAsync();
}
