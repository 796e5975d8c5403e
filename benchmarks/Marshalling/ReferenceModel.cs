using System;
using System.Collections.Generic;
using System.Globalization;
using Amazon.DynamoDBv2.DataModel;
using Amazon.DynamoDBv2.DocumentModel;
using Amazon.DynamoDBv2.Model;
using BenchmarkDotNet.Attributes;

namespace DynamoGen.Benchmarks.Marshalling;

public enum OrderStatus
{
    Pending = 0,
    Shipped = 1,
    Delivered = 2,
}

/// <summary>
/// The reference model of ENVIRONMENT.md: 12 attributes (strings, int, long, bool, DateTime, Guid, decimal, enum, a
/// list of strings, an optional string): a customer's order, keyed by customer and order number so that a query by
/// customer returns many. The same type carries DynamoDBContext's attributes: it reflects over the public init-only
/// properties and uses the parameterless constructor the generator restates.
/// </summary>
[DynamoTable("reference")]
[DynamoDBTable("reference")]
public partial record ReferenceItem
{
    [PartitionKey, DynamoDBHashKey] public required string CustomerId { get; init; }
    [SortKey, DynamoDBRangeKey] public long OrderId { get; init; }
    public required string Name { get; init; }
    public required string Email { get; init; }
    public int Quantity { get; init; }
    public bool Active { get; init; }
    public DateTime CreatedAt { get; init; }
    public Guid OwnerId { get; init; }
    public decimal Price { get; init; }
    public OrderStatus Status { get; init; }
    public required List<string> Tags { get; init; }
    public string? Note { get; init; }

    public const string SampleCustomer = "customer-000042";

    /// <summary>A representative order of <see cref="SampleCustomer"/>; <paramref name="i"/> is the order number and varies a few values.</summary>
    public static ReferenceItem Sample(int i) => new()
    {
        CustomerId = SampleCustomer,
        OrderId = 1_000_000_000L + i,
        Name = "Mechanical keyboard, tenkeyless",
        Email = "customer42@example.com",
        Quantity = 2 + (i % 5),
        Active = true,
        CreatedAt = new DateTime(2024, 1, 31, 13, 45, 0, DateTimeKind.Utc).AddTicks(1_234_567 + i),
        OwnerId = new Guid("0f8fad5b-d9cb-469f-a165-70867728950e"),
        Price = 179.90m + i,
        Status = OrderStatus.Shipped,
        Tags = new List<string> { "electronics", "keyboards", "gift" },
        Note = "Leave at the door",
    };
}

/// <summary>
/// The best hand-written mapping of <see cref="ReferenceItem"/>, producing exactly DynamoGen's wire format: presized
/// dictionary and list, no LINQ, invariant formatting, DateTime as ISO-8601 UTC through .NET's fast "O" format.
/// </summary>
public static class ReferenceItemHandWritten
{
    public static Dictionary<string, AttributeValue> ToItem(ReferenceItem x)
    {
        var item = new Dictionary<string, AttributeValue>(12)
        {
            ["CustomerId"] = new AttributeValue { S = x.CustomerId },
            ["OrderId"] = new AttributeValue { N = x.OrderId.ToString(CultureInfo.InvariantCulture) },
            ["Name"] = new AttributeValue { S = x.Name },
            ["Email"] = new AttributeValue { S = x.Email },
            ["Quantity"] = new AttributeValue { N = x.Quantity.ToString(CultureInfo.InvariantCulture) },
            ["Active"] = new AttributeValue { BOOL = x.Active },
            ["CreatedAt"] = new AttributeValue { S = HandWritten.IsoUtc(x.CreatedAt) },
            ["OwnerId"] = new AttributeValue { S = x.OwnerId.ToString("D", CultureInfo.InvariantCulture) },
            ["Price"] = new AttributeValue { N = x.Price.ToString(CultureInfo.InvariantCulture) },
            ["Status"] = new AttributeValue { N = ((int)x.Status).ToString(CultureInfo.InvariantCulture) },
            ["Tags"] = new AttributeValue { L = HandWritten.StringList(x.Tags) },
        };
        if (x.Note is not null)
        {
            item["Note"] = new AttributeValue { S = x.Note };
        }

        return item;
    }

    /// <summary>
    /// <see cref="ToItem"/> with the refusals DynamoGen's writer makes (a contestant for comparison, not the baseline):
    /// the key is not null or empty, no string holds half a surrogate pair, the enum value is defined.
    /// </summary>
    public static Dictionary<string, AttributeValue> ToItemChecked(ReferenceItem x)
    {
        var item = new Dictionary<string, AttributeValue>(12)
        {
            ["CustomerId"] = new AttributeValue { S = HandWritten.Key(x.CustomerId) },
            ["OrderId"] = new AttributeValue { N = x.OrderId.ToString(CultureInfo.InvariantCulture) },
            ["Name"] = new AttributeValue { S = HandWritten.Storable(x.Name) },
            ["Email"] = new AttributeValue { S = HandWritten.Storable(x.Email) },
            ["Quantity"] = new AttributeValue { N = x.Quantity.ToString(CultureInfo.InvariantCulture) },
            ["Active"] = new AttributeValue { BOOL = x.Active },
            ["CreatedAt"] = new AttributeValue { S = HandWritten.IsoUtc(x.CreatedAt) },
            ["OwnerId"] = new AttributeValue { S = x.OwnerId.ToString("D", CultureInfo.InvariantCulture) },
            ["Price"] = new AttributeValue { N = x.Price.ToString(CultureInfo.InvariantCulture) },
            ["Status"] = new AttributeValue { N = (x.Status is OrderStatus.Pending or OrderStatus.Shipped or OrderStatus.Delivered ? (int)x.Status : throw new ArgumentException("undefined status")).ToString(CultureInfo.InvariantCulture) },
            ["Tags"] = new AttributeValue { L = HandWritten.CheckedStringList(x.Tags) },
        };
        if (x.Note is not null)
        {
            item["Note"] = new AttributeValue { S = HandWritten.Storable(x.Note) };
        }

        return item;
    }

    public static ReferenceItem FromItem(Dictionary<string, AttributeValue> item) => new()
    {
        CustomerId = item["CustomerId"].S,
        OrderId = long.Parse(item["OrderId"].N, NumberStyles.Integer, CultureInfo.InvariantCulture),
        Name = item["Name"].S,
        Email = item["Email"].S,
        Quantity = int.Parse(item["Quantity"].N, NumberStyles.Integer, CultureInfo.InvariantCulture),
        Active = item["Active"].BOOL ?? false,
        CreatedAt = HandWritten.ParseIsoUtc(item["CreatedAt"].S),
        OwnerId = Guid.Parse(item["OwnerId"].S),
        Price = decimal.Parse(item["Price"].N, NumberStyles.Float, CultureInfo.InvariantCulture),
        Status = (OrderStatus)int.Parse(item["Status"].N, NumberStyles.Integer, CultureInfo.InvariantCulture),
        Tags = HandWritten.ParseStringList(item["Tags"].L),
        Note = item.TryGetValue("Note", out var note) ? note.S : null,
    };

    public static Dictionary<string, AttributeValue> Key(string customerId, long orderId) => new(2)
    {
        ["CustomerId"] = new AttributeValue { S = customerId },
        ["OrderId"] = new AttributeValue { N = orderId.ToString(CultureInfo.InvariantCulture) },
    };
}

[Config(typeof(MarshallingConfig))]
public class ReferenceModelBenchmarks
{
    private readonly ReferenceItem _value = ReferenceItem.Sample(1);
    private Dictionary<string, AttributeValue> _item = null!;
    private DynamoDBContext _sdk = null!;

    [GlobalSetup]
    public void Setup()
    {
        _item = _value.ToItem();
        _sdk = Sdk.Context(Sdk.OfflineClient());
        SameItems.Assert(ReferenceItemHandWritten.ToItem(_value), _item, "ReferenceItem.ToItem");
        SameItems.Assert(ReferenceItemHandWritten.ToItemChecked(_value), _item, "ReferenceItem.ToItem, checked");
        SameItems.Assert(ReferenceItemHandWritten.ToItem(ReferenceItemHandWritten.FromItem(_item)), ReferenceItem.FromItem(_item).ToItem(), "ReferenceItem.FromItem");
        SameItems.Assert(_item, DynamoDBContext_FromItem().ToItem(), "DynamoDBContext reading a DynamoGen item");
    }

    [GlobalCleanup]
    public void Cleanup() => _sdk.Dispose();

    [Benchmark(Baseline = true), BenchmarkCategory("ToItem")]
    public Dictionary<string, AttributeValue> HandWritten_ToItem() => ReferenceItemHandWritten.ToItem(_value);

    /// <summary>Hand-written with DynamoGen's refusals added: shows what those checks cost written by hand.</summary>
    [Benchmark, BenchmarkCategory("ToItem")]
    public Dictionary<string, AttributeValue> HandWritten_Checked_ToItem() => ReferenceItemHandWritten.ToItemChecked(_value);

    [Benchmark, BenchmarkCategory("ToItem")]
    public Dictionary<string, AttributeValue> DynamoGen_ToItem() => _value.ToItem();

    [Benchmark, BenchmarkCategory("ToItem")]
    public Dictionary<string, AttributeValue> DynamoDBContext_ToItem() => _sdk.ToDocument(_value).ToAttributeMap();

    [Benchmark(Baseline = true), BenchmarkCategory("FromItem")]
    public ReferenceItem HandWritten_FromItem() => ReferenceItemHandWritten.FromItem(_item);

    [Benchmark, BenchmarkCategory("FromItem")]
    public ReferenceItem DynamoGen_FromItem() => ReferenceItem.FromItem(_item);

    [Benchmark, BenchmarkCategory("FromItem")]
    public ReferenceItem DynamoDBContext_FromItem() => _sdk.FromDocument<ReferenceItem>(Document.FromAttributeMap(_item));
}
