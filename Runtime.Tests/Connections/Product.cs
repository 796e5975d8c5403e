namespace DynamoGen.Tests.Connections;

/// <summary>A composite-key item; <see cref="Source"/> says which server a read came from in the DAX tests.</summary>
[DynamoTable("products")]
public partial record Product
{
    [PartitionKey]
    public required string Category { get; init; }

    [SortKey]
    public required string Sku { get; init; }

    public string? Source { get; init; }

    public int Stock { get; init; }

    [DynamoName("hits")]
    public long? Hits { get; init; }
}

/// <summary>A simple-key item for per-table connection tests.</summary>
[DynamoTable("settings")]
public partial record Setting([property: PartitionKey] string Name, string Value);
