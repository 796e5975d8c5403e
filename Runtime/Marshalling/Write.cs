using System.ComponentModel;
using System.Globalization;
using Amazon.DynamoDBv2.Model;

namespace DynamoGen.Marshalling;

/// <summary>
/// Conversions from C# values to attribute values in DynamoGen's wire format, called by generated <c>ToItem()</c> code.
/// Every number is formatted with the invariant culture; floating-point numbers use the shortest text that
/// round-trips.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class Write
{
    /// <summary>An S value.</summary>
    public static AttributeValue String(string value) => new() { S = value };

    /// <summary>A BOOL value.</summary>
    public static AttributeValue Boolean(bool value) => new() { BOOL = value };

    /// <summary>An N value.</summary>
    public static AttributeValue Int32(int value) => new() { N = value.ToString(CultureInfo.InvariantCulture) };

    /// <summary>An N value.</summary>
    public static AttributeValue Int64(long value) => new() { N = value.ToString(CultureInfo.InvariantCulture) };

    /// <summary>An N value holding the shortest text that round-trips; NaN and infinities cannot be stored.</summary>
    public static AttributeValue Double(double value, string attribute, string member, ItemMapping mapping)
    {
        if (!double.IsFinite(value))
        {
            throw mapping.WriteError(attribute, member, "a finite number (DynamoDB has no NaN or infinity)", value.ToString(CultureInfo.InvariantCulture));
        }

        return new AttributeValue { N = value.ToString("R", CultureInfo.InvariantCulture) };
    }

    /// <summary>An S key value; key attributes can be neither null nor empty.</summary>
    public static AttributeValue KeyString(string? value, string attribute, string member, ItemMapping mapping)
    {
        if (string.IsNullOrEmpty(value))
        {
            throw mapping.WriteError(attribute, member, "a non-empty string (key attributes cannot be null or empty)", value is null ? "null" : "an empty string");
        }

        return new AttributeValue { S = value };
    }
}
