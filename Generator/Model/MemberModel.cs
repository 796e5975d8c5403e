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

/// <summary>
/// What reading does when a member's attribute is missing (or <c>NULL</c>), and why. The rule follows C#, as
/// System.Text.Json does: what C# requires is required, everything else keeps its initial value.
/// </summary>
internal enum MissingAttribute
{
    /// <summary>Keep the member's initial value: null, its initializer's value, <c>default</c>, or an empty set.</summary>
    KeepDefault,

    /// <summary>Throw: the member is part of the table's primary key.</summary>
    RequiredKey,

    /// <summary>Throw: the member has the <c>required</c> modifier.</summary>
    RequiredModifier,

    /// <summary>Throw: the member is a constructor parameter without a default value.</summary>
    RequiredParameter,

    /// <summary>Throw: a non-nullable reference type without an initializer would otherwise hold null.</summary>
    RequiredReference,

    /// <summary>Throw: <c>MissingAttributes = MissingAttributePolicy.Strict</c> makes every non-nullable member without an initializer required.</summary>
    RequiredStrict,
}

/// <summary>Helpers for <see cref="MissingAttribute"/>.</summary>
internal static class MissingAttributeExtensions
{
    /// <summary>Reading throws when the attribute is missing.</summary>
    public static bool IsRequired(this MissingAttribute read) => read != MissingAttribute.KeepDefault;

    /// <summary>Why the member is required, as a comment in the generated code; null for an optional member.</summary>
    public static string? Reason(this MissingAttribute read)
        => read switch
        {
            MissingAttribute.RequiredKey => "required: a key attribute",
            MissingAttribute.RequiredModifier => "required: the member is 'required'",
            MissingAttribute.RequiredParameter => "required: a constructor parameter without a default value",
            MissingAttribute.RequiredReference => "required: a non-nullable reference without an initializer",
            MissingAttribute.RequiredStrict => "required: MissingAttributes = Strict",
            _ => null,
        };
}
