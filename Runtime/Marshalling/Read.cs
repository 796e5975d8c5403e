using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using Amazon.DynamoDBv2.Model;

namespace DynamoGen.Marshalling;

/// <summary>
/// Conversions from item attributes to C# values, called by generated <c>FromItem(...)</c> code. A required
/// attribute that is missing, an attribute of the wrong DynamoDB type, or a value that cannot be parsed throws a
/// <see cref="DynamoMappingException"/>; nothing is ever defaulted silently. The <c>...OrNull</c> forms return
/// <see langword="null"/> for a missing attribute or a <c>NULL</c> value.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class Read
{
    private const string ExpectedString = "S (String)";
    private const string ExpectedBoolean = "BOOL (Boolean)";
    private const string ExpectedInt32 = "N (Int32)";
    private const string ExpectedInt64 = "N (Int64)";
    private const string ExpectedDouble = "N (Double)";

    /// <summary>A required S attribute.</summary>
    public static string String(Dictionary<string, AttributeValue> item, string attribute, string member, ItemMapping mapping)
    {
        if (item.TryGetValue(attribute, out var value) && value.S is { } s)
        {
            return s;
        }

        throw mapping.ReadError(item, attribute, member, ExpectedString, value);
    }

    /// <summary>An optional S attribute.</summary>
    public static string? StringOrNull(Dictionary<string, AttributeValue> item, string attribute, string member, ItemMapping mapping)
    {
        if (!item.TryGetValue(attribute, out var value) || value.NULL == true)
        {
            return null;
        }

        return value.S ?? throw mapping.ReadError(item, attribute, member, ExpectedString, value);
    }

    /// <summary>A required BOOL attribute (an N of 0 or 1, as older mappers wrote, is accepted too).</summary>
    public static bool Boolean(Dictionary<string, AttributeValue> item, string attribute, string member, ItemMapping mapping)
    {
        item.TryGetValue(attribute, out var value);
        return ParseBoolean(item, value, attribute, member, mapping);
    }

    /// <summary>An optional BOOL attribute.</summary>
    public static bool? BooleanOrNull(Dictionary<string, AttributeValue> item, string attribute, string member, ItemMapping mapping)
    {
        if (!item.TryGetValue(attribute, out var value) || value.NULL == true)
        {
            return null;
        }

        return ParseBoolean(item, value, attribute, member, mapping);
    }

    /// <summary>A required N attribute holding a 32-bit integer.</summary>
    public static int Int32(Dictionary<string, AttributeValue> item, string attribute, string member, ItemMapping mapping)
    {
        if (item.TryGetValue(attribute, out var value) && value.N is { } n && int.TryParse(n, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var result))
        {
            return result;
        }

        return (int)ParseIntegerSlow(item, value, attribute, member, mapping, int.MinValue, int.MaxValue, ExpectedInt32);
    }

    /// <summary>An optional N attribute holding a 32-bit integer.</summary>
    public static int? Int32OrNull(Dictionary<string, AttributeValue> item, string attribute, string member, ItemMapping mapping)
    {
        if (!item.TryGetValue(attribute, out var value) || value.NULL == true)
        {
            return null;
        }

        return Int32(item, attribute, member, mapping);
    }

    /// <summary>A required N attribute holding a 64-bit integer.</summary>
    public static long Int64(Dictionary<string, AttributeValue> item, string attribute, string member, ItemMapping mapping)
    {
        if (item.TryGetValue(attribute, out var value) && value.N is { } n && long.TryParse(n, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var result))
        {
            return result;
        }

        return (long)ParseIntegerSlow(item, value, attribute, member, mapping, long.MinValue, long.MaxValue, ExpectedInt64);
    }

    /// <summary>An optional N attribute holding a 64-bit integer.</summary>
    public static long? Int64OrNull(Dictionary<string, AttributeValue> item, string attribute, string member, ItemMapping mapping)
    {
        if (!item.TryGetValue(attribute, out var value) || value.NULL == true)
        {
            return null;
        }

        return Int64(item, attribute, member, mapping);
    }

    /// <summary>A required N attribute holding a double.</summary>
    public static double Double(Dictionary<string, AttributeValue> item, string attribute, string member, ItemMapping mapping)
    {
        if (item.TryGetValue(attribute, out var value) && value.N is { } n && double.TryParse(n, NumberStyles.Float, CultureInfo.InvariantCulture, out var result) && double.IsFinite(result))
        {
            return result;
        }

        throw mapping.ReadError(item, attribute, member, ExpectedDouble, value);
    }

    /// <summary>An optional N attribute holding a double.</summary>
    public static double? DoubleOrNull(Dictionary<string, AttributeValue> item, string attribute, string member, ItemMapping mapping)
    {
        if (!item.TryGetValue(attribute, out var value) || value.NULL == true)
        {
            return null;
        }

        return Double(item, attribute, member, mapping);
    }

    private static bool ParseBoolean(Dictionary<string, AttributeValue> item, AttributeValue? value, string attribute, string member, ItemMapping mapping)
    {
        if (value?.BOOL is { } b)
        {
            return b;
        }

        // DynamoDBContext's first conversion schema stored bool as N 0/1: accept it so tables can migrate.
        switch (value?.N)
        {
            case "0":
                return false;
            case "1":
                return true;
            default:
                throw mapping.ReadError(item, attribute, member, ExpectedBoolean, value);
        }
    }

    // Numbers written by other programs may use a fraction or exponent ("5.0", "1E2"): accept them when they are
    // whole and in range, reject everything else with the exact value in the message.
    private static decimal ParseIntegerSlow(Dictionary<string, AttributeValue> item, AttributeValue? value, string attribute, string member, ItemMapping mapping, decimal min, decimal max, string expected)
    {
        if (value?.N is { } n
            && decimal.TryParse(n, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            && decimal.Truncate(number) == number
            && number >= min
            && number <= max)
        {
            return number;
        }

        throw mapping.ReadError(item, attribute, member, expected, value);
    }
}
