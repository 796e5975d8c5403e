using Amazon.DynamoDBv2.Model;

namespace DynamoGen;

/// <summary>
/// Converts one C# type to and from an attribute value; plug it into a member with
/// <see cref="DynamoConverterAttribute"/>. Throw <see cref="Marshalling.AttributeFormatException"/> from
/// <see cref="FromAttribute"/> for a value you cannot read: DynamoGen adds the type, member, attribute and key.
/// </summary>
/// <typeparam name="T">The member's type.</typeparam>
public interface IDynamoConverter<T>
{
    /// <summary>Converts a (non-null) value to an attribute value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The attribute value.</returns>
    AttributeValue ToAttribute(T value);

    /// <summary>Converts an attribute value (never missing or <c>NULL</c>) back.</summary>
    /// <param name="value">The attribute value.</param>
    /// <returns>The value.</returns>
    T FromAttribute(AttributeValue value);
}
