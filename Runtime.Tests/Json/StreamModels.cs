namespace DynamoGen.Tests.Json;

/// <summary>The item of AWS's example DynamoDB event for Lambda (table ExampleTableWithStream: Id N, Message S).</summary>
[DynamoTable("ExampleTableWithStream")]
public partial record ExampleItem
{
    [PartitionKey] public required int Id { get; init; }

    public string? Message { get; init; }
}

/// <summary>A user profile of a single table whose types are told apart by their key templates (no entity attribute).</summary>
[DynamoTable("accounts")]
[PartitionKey(Template = "USER#{UserId}")]
[SortKey(Template = "PROFILE")]
public partial record AccountProfile
{
    public required string UserId { get; init; }

    public string? Email { get; init; }
}

/// <summary>A login of a user, in the same table as <see cref="AccountProfile"/>.</summary>
[DynamoTable("accounts")]
[PartitionKey(Template = "USER#{UserId}")]
[SortKey(Template = "LOGIN#{At}")]
public partial record AccountLogin
{
    public required string UserId { get; init; }

    public required System.DateTime At { get; init; }

    public string? Ip { get; init; }
}
