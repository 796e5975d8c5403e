namespace DynamoGen.Generator.Model;

/// <summary>One mapped property of an item type.</summary>
/// <param name="Name">The C# property name.</param>
/// <param name="AttributeName">The DynamoDB attribute name it is stored under.</param>
/// <param name="Shape">How the value is converted.</param>
/// <param name="Role">Whether the member is part of the primary key.</param>
/// <param name="Read">How <c>FromItem</c> treats a missing attribute.</param>
/// <param name="ConstructorDefault">
/// For a primary-constructor parameter: the C# expression of the parameter's default value, used when the attribute
/// is missing; null when the parameter has none.
/// </param>
internal sealed record MemberModel(
    string Name,
    string AttributeName,
    TypeShape Shape,
    KeyRole Role,
    MissingAttribute Read,
    string? ConstructorDefault);

/// <summary>The part a member plays in the table's primary key.</summary>
internal enum KeyRole
{
    None,
    PartitionKey,
    SortKey,
}

/// <summary>What reading does when a member's attribute is missing (or <c>NULL</c>).</summary>
internal enum MissingAttribute
{
    /// <summary>Throw: the member is not nullable and has no default.</summary>
    Error,

    /// <summary>Keep the member's current value: null, its initializer's value, or an empty set.</summary>
    KeepDefault,
}
