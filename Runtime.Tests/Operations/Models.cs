using System;
using System.Collections.Generic;
using System.Globalization;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace DynamoGen.Tests.Operations;

/// <summary>Attributes named with DynamoDB reserved words (status, name, data) and every update-able shape.</summary>
[DynamoTable("reserved")]
public partial record Reserved
{
    [PartitionKey]
    public required string Id { get; init; }

    [DynamoName("status")]
    public string? Status { get; init; }

    [DynamoName("name")]
    public string? Name { get; init; }

    [DynamoName("data")]
    public string? Data { get; init; }

    public int? Count { get; init; }

    public List<string>? Tags { get; init; }

    public HashSet<string>? Labels { get; init; }

    public Dictionary<string, int>? Scores { get; init; }

    public Inner? Nested { get; init; }
}

[DynamoItem]
public partial record Inner
{
    public int Hits { get; init; }

    public string? Label { get; init; }
}

/// <summary>Large items for multi-page queries.</summary>
[DynamoTable("blobs")]
public partial record Blob
{
    [PartitionKey]
    public required string Owner { get; init; }

    [SortKey]
    public long Seq { get; init; }

    public string Payload { get; init; } = string.Empty;

    public int Size { get; init; }
}

/// <summary>A [Version] type: every put, update and delete is an optimistic-concurrency write on 'v'.</summary>
[DynamoTable("counters")]
public partial record Counter([property: PartitionKey] string Id, long Count, [property: Version, DynamoName("v")] long Version);

/// <summary>A [TimeToLive] type: 'expires' holds epoch seconds and is the table's TTL attribute.</summary>
[DynamoTable("sessions")]
public partial record Session([property: PartitionKey] string Id, [property: TimeToLive, DynamoName("expires")] long? ExpiresAt, string User);

/// <summary>Two entity types sharing table "app" (single-table design), written by hand with the entity attribute.</summary>
public sealed record AppUser(string UserId, string Email) : IDynamoTable<AppUser>
{
    public static TableSchema TableSchema { get; } = new("app", new KeyAttribute("pk", ScalarAttributeType.S), new KeyAttribute("sk", ScalarAttributeType.S)) { EntityAttribute = "_type", EntityName = "user" };

    public static AppUser FromItem(Dictionary<string, AttributeValue> item) => new(item["pk"].S, item["Email"].S);

    public Dictionary<string, AttributeValue> ToItem() => new()
    {
        ["pk"] = new AttributeValue { S = UserId },
        ["sk"] = new AttributeValue { S = "PROFILE" },
        ["_type"] = new AttributeValue { S = "user" },
        ["Email"] = new AttributeValue { S = Email },
    };

    public DynamoKey<AppUser> GetKey() => DynamoKey<AppUser>.FromAttributeValues(new Dictionary<string, AttributeValue> { ["pk"] = new AttributeValue { S = UserId }, ["sk"] = new AttributeValue { S = "PROFILE" } });
}

public sealed record AppPurchase(string UserId, string PurchaseId, decimal Amount) : IDynamoTable<AppPurchase>
{
    public static TableSchema TableSchema { get; } = new("app", new KeyAttribute("pk", ScalarAttributeType.S), new KeyAttribute("sk", ScalarAttributeType.S)) { EntityAttribute = "_type", EntityName = "purchase" };

    public static AppPurchase FromItem(Dictionary<string, AttributeValue> item)
        => new(item["pk"].S, item["sk"].S["PURCHASE#".Length..], decimal.Parse(item["Amount"].N, CultureInfo.InvariantCulture));

    public Dictionary<string, AttributeValue> ToItem() => new()
    {
        ["pk"] = new AttributeValue { S = UserId },
        ["sk"] = new AttributeValue { S = "PURCHASE#" + PurchaseId },
        ["_type"] = new AttributeValue { S = "purchase" },
        ["Amount"] = new AttributeValue { N = Amount.ToString(CultureInfo.InvariantCulture) },
    };

    public DynamoKey<AppPurchase> GetKey() => DynamoKey<AppPurchase>.FromAttributeValues(new Dictionary<string, AttributeValue> { ["pk"] = new AttributeValue { S = UserId }, ["sk"] = new AttributeValue { S = "PURCHASE#" + PurchaseId } });
}

/// <summary>
/// Number keys whose text DynamoDB normalizes: a decimal sort key keeps its scale's zeros when written ("10.50"), a
/// double one may be written with an exponent ("1E+21"); DynamoDB stores and returns the number ("10.5",
/// "1000000000000000000000"), so items and unprocessed keys come back with other text than the request's.
/// </summary>
[DynamoTable("price_points")]
public partial record PricePoint
{
    [PartitionKey]
    public required string Category { get; init; }

    [SortKey]
    public decimal Price { get; init; }

    public double Weight { get; init; }
}

/// <summary>A double partition key (see <see cref="PricePoint"/>).</summary>
[DynamoTable("measures")]
public partial record Measure([property: PartitionKey] double Value, string Label);
