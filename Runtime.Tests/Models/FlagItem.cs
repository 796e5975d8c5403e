namespace DynamoGen.Tests.Models;

/// <summary>LaunchDarkly's table shape: the sort key is a property literally named Key, so the builder is PrimaryKey.</summary>
[DynamoTable("flags")]
public partial record FlagItem
{
    [PartitionKey]
    [DynamoName("namespace")]
    public required string Namespace { get; init; }

    [SortKey]
    [DynamoName("key")]
    public required string Key { get; init; }

    public int Version { get; init; }
}
