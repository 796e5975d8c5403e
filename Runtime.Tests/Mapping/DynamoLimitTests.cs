namespace DynamoGen.Tests.Mapping;

/// <summary>DynamoDB's own limits, asserted explicitly rather than silently left out of the property tests.</summary>
public sealed class DynamoLimitTests
{
}
