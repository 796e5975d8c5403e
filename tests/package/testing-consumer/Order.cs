using DynamoGen;

namespace Shop.Tests;

[DynamoTable("orders")]
public partial class Order
{
    [PartitionKey]
    public required string CustomerId { get; init; }

    [SortKey]
    public long OrderId { get; set; }

    public int Quantity { get; set; }
}
