namespace DynamoGen.Generator.Model;

/// <summary>One mapped property of an item type.</summary>
/// <param name="Name">The C# property name.</param>
/// <param name="AttributeName">The DynamoDB attribute name it is stored under.</param>
/// <param name="Kind">How the value is converted.</param>
/// <param name="IsNullable">Whether the C# type admits null (a missing attribute reads as null).</param>
/// <param name="IsValueType">Whether the C# type is a value type (<c>Nullable&lt;T&gt;</c> counts as one).</param>
/// <param name="Role">Whether the member is part of the primary key.</param>
internal sealed record MemberModel(
    string Name,
    string AttributeName,
    ScalarKind Kind,
    bool IsNullable,
    bool IsValueType,
    KeyRole Role);

/// <summary>The part a member plays in the table's primary key.</summary>
internal enum KeyRole
{
    None,
    PartitionKey,
    SortKey,
}
