using DynamoGen;

namespace QuickStart;

[DynamoTable("orders")]
public partial record Order
{
    [PartitionKey]
    public required string CustomerId { get; init; }

    [SortKey]
    public required long OrderId { get; init; }

    public required string Product { get; init; }

    public int Quantity { get; init; }

    public double Total { get; init; }

    public bool Paid { get; init; }

    public string? Note { get; init; }
}
