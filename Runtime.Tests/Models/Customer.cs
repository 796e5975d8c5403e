namespace DynamoGen.Tests.Models;

/// <summary>A positional record with a partition key only, attributes on the parameters.</summary>
[DynamoTable("customers")]
public partial record Customer([property: PartitionKey] string Id, string Name, long Visits, bool? Vip = null);
