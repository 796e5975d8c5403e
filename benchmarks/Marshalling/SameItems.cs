using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Amazon.DynamoDBv2.Model;

namespace DynamoGen.Benchmarks.Marshalling;

/// <summary>
/// Keeps the comparison honest: every suite's setup checks that hand-written and generated code produce the same
/// item (same attributes, types and text, so the same bytes on the wire) and read the same values back.
/// </summary>
public static class SameItems
{
    /// <summary>Throws, naming the first difference, unless both items are equal attribute by attribute.</summary>
    public static void Assert(Dictionary<string, AttributeValue> expected, Dictionary<string, AttributeValue> actual, string what)
    {
        var a = Describe(expected);
        var b = Describe(actual);
        if (a != b)
        {
            throw new InvalidOperationException($"{what}: hand-written and generated items differ.\n  hand-written: {a}\n  generated:    {b}");
        }
    }

    /// <summary>A canonical text of an item: attributes sorted by name, every value with its DynamoDB type.</summary>
    public static string Describe(Dictionary<string, AttributeValue> item)
    {
        var text = new StringBuilder();
        Map(text, item);
        return text.ToString();
    }

    private static void Map(StringBuilder text, Dictionary<string, AttributeValue> map)
    {
        text.Append('{');
        foreach (var pair in map.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            text.Append(pair.Key).Append(':');
            Value(text, pair.Value);
            text.Append(',');
        }

        text.Append('}');
    }

    private static void Value(StringBuilder text, AttributeValue value)
    {
        if (value.S is not null) text.Append("S\"").Append(value.S).Append('"');
        else if (value.N is not null) text.Append("N ").Append(value.N);
        else if (value.BOOL is { } b) text.Append("BOOL ").Append(b ? "true" : "false");
        else if (value.NULL == true) text.Append("NULL");
        else if (value.B is not null) text.Append("B ").Append(Convert.ToBase64String(value.B.ToArray()));
        else if (value.SS is not null) text.Append("SS[").AppendJoin(',', value.SS).Append(']');
        else if (value.NS is not null) text.Append("NS[").AppendJoin(',', value.NS).Append(']');
        else if (value.BS is not null) text.Append("BS[").AppendJoin(',', value.BS.Select(s => Convert.ToBase64String(s.ToArray()))).Append(']');
        else if (value.M is not null) Map(text, value.M);
        else if (value.L is not null)
        {
            text.Append('[');
            foreach (var element in value.L)
            {
                Value(text, element);
                text.Append(',');
            }

            text.Append(']');
        }
        else text.Append("EMPTY");
    }
}
