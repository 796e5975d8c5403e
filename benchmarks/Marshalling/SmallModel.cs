using System.Collections.Generic;
using System.Globalization;
using Amazon.DynamoDBv2.DataModel;
using Amazon.DynamoDBv2.DocumentModel;
using Amazon.DynamoDBv2.Model;
using BenchmarkDotNet.Attributes;

namespace DynamoGen.Benchmarks.Marshalling;

/// <summary>The small model: four attributes. It also carries DynamoDBContext's attributes.</summary>
[DynamoTable("small")]
[DynamoDBTable("small")]
public partial record SmallItem
{
    [PartitionKey, DynamoDBHashKey] public required string Id { get; init; }
    public required string Name { get; init; }
    public int Count { get; init; }
    public bool Active { get; init; }
}

/// <summary>The best hand-written mapping of <see cref="SmallItem"/>: presized dictionary, no LINQ, invariant formatting.</summary>
public static class SmallItemHandWritten
{
    public static Dictionary<string, AttributeValue> ToItem(SmallItem x) => new(4)
    {
        ["Id"] = new AttributeValue { S = x.Id },
        ["Name"] = new AttributeValue { S = x.Name },
        ["Count"] = new AttributeValue { N = x.Count.ToString(CultureInfo.InvariantCulture) },
        ["Active"] = new AttributeValue { BOOL = x.Active },
    };

    public static SmallItem FromItem(Dictionary<string, AttributeValue> item) => new()
    {
        Id = item["Id"].S,
        Name = item["Name"].S,
        Count = int.Parse(item["Count"].N, NumberStyles.Integer, CultureInfo.InvariantCulture),
        Active = item["Active"].BOOL ?? false,
    };
}

[Config(typeof(MarshallingConfig))]
public class SmallModelBenchmarks
{
    private readonly SmallItem _value = new() { Id = "item-000001", Name = "A small item", Count = 42, Active = true };
    private Dictionary<string, AttributeValue> _item = null!;
    private DynamoDBContext _sdk = null!;

    [GlobalSetup]
    public void Setup()
    {
        _item = _value.ToItem();
        _sdk = Sdk.Context(Sdk.OfflineClient());
        SameItems.Assert(SmallItemHandWritten.ToItem(_value), _item, "SmallItem.ToItem");
        SameItems.Assert(SmallItemHandWritten.ToItem(SmallItemHandWritten.FromItem(_item)), SmallItem.FromItem(_item).ToItem(), "SmallItem.FromItem");
        SameItems.Assert(_item, DynamoDBContext_FromItem().ToItem(), "DynamoDBContext reading a DynamoGen item");
    }

    [GlobalCleanup]
    public void Cleanup() => _sdk.Dispose();

    [Benchmark(Baseline = true), BenchmarkCategory("ToItem")]
    public Dictionary<string, AttributeValue> HandWritten_ToItem() => SmallItemHandWritten.ToItem(_value);

    [Benchmark, BenchmarkCategory("ToItem")]
    public Dictionary<string, AttributeValue> DynamoGen_ToItem() => _value.ToItem();

    [Benchmark, BenchmarkCategory("ToItem")]
    public Dictionary<string, AttributeValue> DynamoDBContext_ToItem() => _sdk.ToDocument(_value).ToAttributeMap();

    [Benchmark(Baseline = true), BenchmarkCategory("FromItem")]
    public SmallItem HandWritten_FromItem() => SmallItemHandWritten.FromItem(_item);

    [Benchmark, BenchmarkCategory("FromItem")]
    public SmallItem DynamoGen_FromItem() => SmallItem.FromItem(_item);

    [Benchmark, BenchmarkCategory("FromItem")]
    public SmallItem DynamoDBContext_FromItem() => _sdk.FromDocument<SmallItem>(Document.FromAttributeMap(_item));
}
