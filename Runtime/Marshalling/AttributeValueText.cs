using System;
using System.Globalization;
using Amazon.DynamoDBv2.Model;

namespace DynamoGen.Marshalling;

/// <summary>Short, human-readable descriptions of attribute values for error messages.</summary>
internal static class AttributeValueText
{
    private const int MaxShown = 64;

    /// <summary>Describes a value as its DynamoDB type and a shortened rendering, e.g. <c>S "abc"</c>.</summary>
    public static string Describe(AttributeValue? value)
    {
        if (value is null)
        {
            return "no attribute";
        }

        if (value.S is not null)
        {
            return "S \"" + Shorten(value.S) + "\"";
        }

        if (value.N is not null)
        {
            return "N " + Shorten(value.N);
        }

        if (value.BOOL is { } b)
        {
            return b ? "BOOL true" : "BOOL false";
        }

        if (value.NULL == true)
        {
            return "NULL";
        }

        if (value.B is not null)
        {
            return "B (" + value.B.Length.ToString(CultureInfo.InvariantCulture) + " bytes)";
        }

        if (value.M is not null)
        {
            return "M (" + value.M.Count.ToString(CultureInfo.InvariantCulture) + " attributes)";
        }

        if (value.L is not null)
        {
            return "L (" + value.L.Count.ToString(CultureInfo.InvariantCulture) + " elements)";
        }

        if (value.SS is not null)
        {
            return "SS (" + value.SS.Count.ToString(CultureInfo.InvariantCulture) + " strings)";
        }

        if (value.NS is not null)
        {
            return "NS (" + value.NS.Count.ToString(CultureInfo.InvariantCulture) + " numbers)";
        }

        if (value.BS is not null)
        {
            return "BS (" + value.BS.Count.ToString(CultureInfo.InvariantCulture) + " binaries)";
        }

        return "an empty attribute value";
    }

    private static string Shorten(string text)
        => text.Length <= MaxShown ? text : string.Concat(text.AsSpan(0, MaxShown), "…");
}
