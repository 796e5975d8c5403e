namespace DynamoGen.Tests.Models;

/// <summary>A class with a composite key, settable and init properties, and optional members.</summary>
[DynamoTable("orders")]
public partial class Order
{
    [PartitionKey]
    public required string CustomerId { get; init; }

    [SortKey]
    [GlobalIndex("ByStatus", IsSortKey = true)]
    public long OrderId { get; set; }

    public int Quantity { get; set; }

    public double Total { get; set; }

    public bool Shipped { get; set; }

    /// <summary>Stored as 'status' (a reserved word); the partition key of a sparse global index.</summary>
    [DynamoName("status")]
    [GlobalIndex("ByStatus")]
    public string? State { get; set; }

    public int? Priority { get; set; }

    [DynamoIgnore]
    public string? Scratch { get; set; }

    /// <summary>Computed, get-only, no constructor parameter: not stored.</summary>
    public string Display => CustomerId + "/" + OrderId;
}
