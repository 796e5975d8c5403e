using Amazon.DynamoDBv2.DataModel;

namespace QuickStart.DynamoDBContext;

// The model of samples/QuickStart, annotated for DynamoDBContext. A record for the same equality check; settable
// properties because DynamoDBContext fills them by reflection after calling the parameterless constructor.
[DynamoDBTable("orders")]
public sealed record Order
{
    [DynamoDBHashKey]
    public string CustomerId { get; set; } = "";

    [DynamoDBRangeKey]
    public long OrderId { get; set; }

    public string Product { get; set; } = "";

    public int Quantity { get; set; }

    public double Total { get; set; }

    public bool Paid { get; set; }

    public string? Note { get; set; }
}
