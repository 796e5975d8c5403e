using System.Collections.Generic;
using System.Globalization;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace DynamoGen.Tests.Schema;

/// <summary>
/// An order with two global indexes (one with a sort key, one INCLUDE), a KEYS_ONLY local index and a TTL attribute.
/// It implements <see cref="IDynamoTable{TSelf}"/> by hand with a hand-built schema, as the generator will from
/// [GlobalIndex], [LocalIndex] and [TimeToLive].
/// </summary>
public sealed record ShopOrder(string CustomerId, string OrderId, string Status, long CreatedAt, string ProductId, decimal Total, long? ExpiresAt = null)
    : IDynamoTable<ShopOrder>
{
    public static TableSchema TableSchema { get; } = new("shop-orders", new KeyAttribute("CustomerId", ScalarAttributeType.S), new KeyAttribute("OrderId", ScalarAttributeType.S))
    {
        Indexes =
        [
            new IndexSchema("ByStatus", IndexKind.Global, new KeyAttribute("Status", ScalarAttributeType.S), new KeyAttribute("CreatedAt", ScalarAttributeType.N), IndexProjection.All, []),
            new IndexSchema("ByProduct", IndexKind.Global, new KeyAttribute("ProductId", ScalarAttributeType.S), null, IndexProjection.Include, ["Total", "Status"]),
            new IndexSchema("ByTotal", IndexKind.Local, new KeyAttribute("CustomerId", ScalarAttributeType.S), new KeyAttribute("Total", ScalarAttributeType.N), IndexProjection.KeysOnly, []),
        ],
        TimeToLiveAttribute = "ExpiresAt",
    };

    public static DynamoKey<ShopOrder> Key(string customerId, string orderId)
        => DynamoKey<ShopOrder>.FromAttributeValues(new Dictionary<string, AttributeValue> { ["CustomerId"] = new AttributeValue { S = customerId }, ["OrderId"] = new AttributeValue { S = orderId } });

    public DynamoKey<ShopOrder> GetKey() => Key(CustomerId, OrderId);

    public Dictionary<string, AttributeValue> ToItem()
    {
        var item = new Dictionary<string, AttributeValue>(7)
        {
            ["CustomerId"] = new AttributeValue { S = CustomerId },
            ["OrderId"] = new AttributeValue { S = OrderId },
            ["Status"] = new AttributeValue { S = Status },
            ["CreatedAt"] = new AttributeValue { N = CreatedAt.ToString(CultureInfo.InvariantCulture) },
            ["ProductId"] = new AttributeValue { S = ProductId },
            ["Total"] = new AttributeValue { N = Total.ToString(CultureInfo.InvariantCulture) },
        };
        if (ExpiresAt is { } expiresAt)
        {
            item["ExpiresAt"] = new AttributeValue { N = expiresAt.ToString(CultureInfo.InvariantCulture) };
        }

        return item;
    }

    public static ShopOrder FromItem(Dictionary<string, AttributeValue> item) => new(
        item["CustomerId"].S,
        item["OrderId"].S,
        item["Status"].S,
        long.Parse(item["CreatedAt"].N, CultureInfo.InvariantCulture),
        item["ProductId"].S,
        decimal.Parse(item["Total"].N, CultureInfo.InvariantCulture),
        item.TryGetValue("ExpiresAt", out var expires) ? long.Parse(expires.N, CultureInfo.InvariantCulture) : null);
}

/// <summary>A second hand-written table type, to show several types and per-type settings side by side.</summary>
public sealed record Invoice(string Id, decimal Amount) : IDynamoTable<Invoice>
{
    public static TableSchema TableSchema { get; } = new("invoices", new KeyAttribute("Id", ScalarAttributeType.S), null);

    public DynamoKey<Invoice> GetKey() => DynamoKey<Invoice>.FromAttributeValues(new Dictionary<string, AttributeValue> { ["Id"] = new AttributeValue { S = Id } });

    public Dictionary<string, AttributeValue> ToItem() => new()
    {
        ["Id"] = new AttributeValue { S = Id },
        ["Amount"] = new AttributeValue { N = Amount.ToString(CultureInfo.InvariantCulture) },
    };

    public static Invoice FromItem(Dictionary<string, AttributeValue> item)
        => new(item["Id"].S, decimal.Parse(item["Amount"].N, CultureInfo.InvariantCulture));
}
