using System;

namespace DynamoGen.Tests.Models;

/// <summary>How an order moves; stored by name so it can be part of a key template.</summary>
public enum OrderState
{
    Open,
    Shipped,
    Cancelled,
}

/// <summary>
/// Single-table design: customers and their orders share table "shop". Keys are computed from templates, orders by
/// state are found through a GSI whose keys are templates too, and both types carry their entity name. Total has an
/// initializer, so an index projecting only keys can still be read. (Quoted verbatim by docs/keys-and-indexes.md.)
/// </summary>
[DynamoTable("shop", Entity = "Order")]
[PartitionKey(Template = "CUSTOMER#{CustomerId}")]
[SortKey(Template = "ORDER#{OrderDate}#{OrderNumber}")]
[GlobalIndex("GSI1", Template = "STATE#{State}", AttributeName = "GSI1PK")]
[GlobalIndex("GSI1", IsSortKey = true, Template = "{OrderDate}#{CustomerId}", AttributeName = "GSI1SK")]
public partial record ShopOrder
{
    public required string CustomerId { get; init; }
    public required DateOnly OrderDate { get; init; }
    public required int OrderNumber { get; init; }
    [DynamoEnumAsString] public OrderState State { get; init; }
    public decimal Total { get; init; } = 0m;
}

/// <summary>The customer's profile item, in the same partition as the customer's orders.</summary>
[DynamoTable("shop", Entity = "Customer")]
[PartitionKey(Template = "CUSTOMER#{CustomerId}")]
[SortKey(Template = "PROFILE")]
public partial record ShopCustomer
{
    public required string CustomerId { get; init; }
    public string? Name { get; init; }
}

/// <summary>A template with a string placeholder in the middle: its value must not contain the separator after it.</summary>
[DynamoTable("paths")]
[PartitionKey(Template = "DIR#{Directory}#FILE#{File}")]
public partial record PathItem
{
    public required string Directory { get; init; }

    public required string File { get; init; }
}
