using System;
using System.Collections.Generic;
using DynamoGen;

namespace StreamHandler;

public enum OrderState
{
    Open,
    Paid,
    Shipped,
}

/// <summary>An order in the single table "shop": PK CUSTOMER#id, SK ORDER#number, entity "Order".</summary>
[DynamoTable("shop", Entity = "Order")]
[PartitionKey(Template = "CUSTOMER#{CustomerId}")]
[SortKey(Template = "ORDER#{OrderNumber}")]
public partial record Order
{
    public required string CustomerId { get; init; }
    public required int OrderNumber { get; init; }
    [DynamoEnumAsString] public OrderState State { get; init; }
    public decimal Total { get; init; }
    public List<string> Items { get; init; } = [];
}

/// <summary>A customer's profile in the same table: SK PROFILE, entity "Customer"; expires by time to live.</summary>
[DynamoTable("shop", Entity = "Customer")]
[PartitionKey(Template = "CUSTOMER#{CustomerId}")]
[SortKey(Template = "PROFILE")]
public partial record Customer
{
    public required string CustomerId { get; init; }
    public required string Name { get; init; }
    [TimeToLive] public DateTimeOffset? ExpiresAt { get; init; }
}
