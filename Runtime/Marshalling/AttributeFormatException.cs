using System;
using System.ComponentModel;
using Amazon.DynamoDBv2.Model;

namespace DynamoGen.Marshalling;

/// <summary>
/// A single attribute value could not be converted. Thrown by <see cref="Parse"/> and <see cref="Write"/>, and turned
/// into a <see cref="DynamoMappingException"/> (with the type, member, attribute and item key) by
/// <see cref="ItemReader"/> and <see cref="ItemWriter"/>. You only meet it when calling those helpers directly.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class AttributeFormatException : DynamoException
{
    /// <summary>Creates the exception for a value read from an item.</summary>
    /// <param name="expected">What was expected, for example <c>N (Int32)</c>.</param>
    /// <param name="found">The attribute value found.</param>
    /// <param name="path">Where inside the attribute, for example <c>[3].name</c>; empty for the attribute itself.</param>
    public AttributeFormatException(string expected, AttributeValue? found, string path = "")
        : this(expected, AttributeValueText.Describe(found), path)
    {
    }

    /// <summary>Creates the exception with a description of what was found.</summary>
    /// <param name="expected">What was expected.</param>
    /// <param name="found">What was found, as text.</param>
    /// <param name="path">Where inside the attribute; empty for the attribute itself.</param>
    public AttributeFormatException(string expected, string found, string path = "")
        : base($"expected {expected}, found {found}")
    {
        Expected = expected;
        Found = found;
        Path = path;
    }

    /// <summary>What was expected.</summary>
    public string Expected { get; }

    /// <summary>What was found.</summary>
    public string Found { get; }

    /// <summary>Where inside the attribute the bad value sits (<c>[3]</c>, <c>.name</c>, ...), or empty.</summary>
    public string Path { get; }

    /// <summary>The same error one level further out: <paramref name="segment"/> is prepended to the path.</summary>
    /// <param name="segment">The segment, for example <c>[3]</c> or <c>.name</c>.</param>
    /// <returns>A new exception.</returns>
    public AttributeFormatException Within(string segment) => new(Expected, Found, segment + Path);
}
