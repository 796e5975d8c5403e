using System;

namespace DynamoGen;

/// <summary>
/// An item could not be converted to or from its C# type: an attribute is missing, has the wrong DynamoDB type,
/// or holds a value that cannot be parsed or stored. The message names the type, member, attribute, what was
/// expected and what was found, and the item's key when it is known.
/// </summary>
public sealed class DynamoMappingException : DynamoException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="typeName">The C# type being mapped.</param>
    /// <param name="memberName">The C# member being mapped.</param>
    /// <param name="attributeName">The DynamoDB attribute name.</param>
    /// <param name="expected">What the mapping expected, for example <c>N (Int32)</c>.</param>
    /// <param name="found">What the item held, for example <c>S "abc"</c> or <c>nothing</c>.</param>
    /// <param name="itemKey">The item's key as text, when known.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public DynamoMappingException(string typeName, string memberName, string attributeName, string expected, string found, string? itemKey = null, Exception? innerException = null)
        : base(Format(typeName, memberName, attributeName, expected, found, itemKey), innerException)
    {
        TypeName = typeName;
        MemberName = memberName;
        AttributeName = attributeName;
        Expected = expected;
        Found = found;
        ItemKey = itemKey;
    }

    /// <summary>The C# type being mapped.</summary>
    public string TypeName { get; }

    /// <summary>The C# member being mapped.</summary>
    public string MemberName { get; }

    /// <summary>The DynamoDB attribute name.</summary>
    public string AttributeName { get; }

    /// <summary>What the mapping expected.</summary>
    public string Expected { get; }

    /// <summary>What the item held.</summary>
    public string Found { get; }

    /// <summary>The item's key as text, when it was known.</summary>
    public string? ItemKey { get; }

    private static string Format(string typeName, string memberName, string attributeName, string expected, string found, string? itemKey)
    {
        var message = $"Cannot map {typeName}.{memberName} (attribute '{attributeName}'): expected {expected}, found {found}.";
        return itemKey is null ? message : message + " Item key: " + itemKey + ".";
    }
}
