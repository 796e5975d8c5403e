using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using Amazon.DynamoDBv2.Model;

namespace DynamoGen;

/// <summary>Deep copies of items, and canonical text forms of keys and requests (equal values, equal text) for the in-process cache and batch bookkeeping.</summary>
internal static class AttributeValues
{
    public static Dictionary<string, AttributeValue>? Copy(Dictionary<string, AttributeValue>? item)
    {
        if (item is null)
        {
            return null;
        }

        var copy = new Dictionary<string, AttributeValue>(item.Count);
        foreach (var pair in item)
        {
            copy[pair.Key] = Copy(pair.Value);
        }

        return copy;
    }

    public static List<Dictionary<string, AttributeValue>>? Copy(List<Dictionary<string, AttributeValue>>? items)
    {
        if (items is null)
        {
            return null;
        }

        var copy = new List<Dictionary<string, AttributeValue>>(items.Count);
        foreach (var item in items)
        {
            copy.Add(Copy(item)!);
        }

        return copy;
    }

    public static AttributeValue Copy(AttributeValue? value)
    {
        if (value is null)
        {
            return new AttributeValue();
        }

        var copy = new AttributeValue();
        if (value.S is not null)
        {
            copy.S = value.S;
        }

        if (value.N is not null)
        {
            copy.N = value.N;
        }

        if (value.B is not null)
        {
            copy.B = new MemoryStream(value.B.ToArray());
        }

        if (value.BOOL is not null)
        {
            copy.BOOL = value.BOOL;
        }

        if (value.NULL is not null)
        {
            copy.NULL = value.NULL;
        }

        if (value.SS is not null)
        {
            copy.SS = new List<string>(value.SS);
        }

        if (value.NS is not null)
        {
            copy.NS = new List<string>(value.NS);
        }

        if (value.BS is not null)
        {
            var sets = new List<MemoryStream>(value.BS.Count);
            foreach (var stream in value.BS)
            {
                sets.Add(new MemoryStream(stream.ToArray()));
            }

            copy.BS = sets;
        }

        if (value.M is not null)
        {
            copy.M = Copy(value.M);
        }

        if (value.L is not null)
        {
            var list = new List<AttributeValue>(value.L.Count);
            foreach (var element in value.L)
            {
                list.Add(Copy(element));
            }

            copy.L = list;
        }

        return copy;
    }

    /// <summary>Appends a length-prefixed field, so that no two different sequences of fields give the same text.</summary>
    public static void Field(StringBuilder text, string? value)
    {
        if (value is null)
        {
            text.Append('~');
            return;
        }

        text.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value);
    }

    /// <summary>Appends a map with its entries sorted by name (the canonical form of a key or of expression values).</summary>
    public static void Map(StringBuilder text, Dictionary<string, AttributeValue>? map)
    {
        if (map is null)
        {
            text.Append('~');
            return;
        }

        var names = new string[map.Count];
        map.Keys.CopyTo(names, 0);
        Array.Sort(names, StringComparer.Ordinal);
        text.Append('{').Append(names.Length.ToString(CultureInfo.InvariantCulture));
        foreach (var name in names)
        {
            Field(text, name);
            Value(text, map[name]);
        }

        text.Append('}');
    }

    /// <summary>Appends expression attribute names sorted by placeholder.</summary>
    public static void Names(StringBuilder text, Dictionary<string, string>? names)
    {
        if (names is null)
        {
            text.Append('~');
            return;
        }

        var keys = new string[names.Count];
        names.Keys.CopyTo(keys, 0);
        Array.Sort(keys, StringComparer.Ordinal);
        text.Append('{').Append(keys.Length.ToString(CultureInfo.InvariantCulture));
        foreach (var key in keys)
        {
            Field(text, key);
            Field(text, names[key]);
        }

        text.Append('}');
    }

    public static void Value(StringBuilder text, AttributeValue? value)
    {
        if (value is null)
        {
            text.Append('~');
        }
        else if (value.S is not null)
        {
            text.Append('S');
            Field(text, value.S);
        }
        else if (value.N is not null)
        {
            text.Append('N');
            Field(text, Marshalling.Numbers.Canonical(value.N)); // by value: DynamoDB returns "10.50" as "10.5"
        }
        else if (value.B is not null)
        {
            text.Append('B');
            Field(text, Convert.ToBase64String(value.B.ToArray()));
        }
        else if (value.BOOL is { } flag)
        {
            text.Append(flag ? "T" : "F");
        }
        else if (value.NULL is true)
        {
            text.Append('0');
        }
        else if (value.SS is not null)
        {
            Strings(text, "SS", value.SS);
        }
        else if (value.NS is not null)
        {
            Strings(text, "NS", value.NS);
        }
        else if (value.BS is not null)
        {
            text.Append("BS").Append(value.BS.Count.ToString(CultureInfo.InvariantCulture));
            foreach (var stream in value.BS)
            {
                Field(text, Convert.ToBase64String(stream.ToArray()));
            }
        }
        else if (value.M is not null)
        {
            text.Append('M');
            Map(text, value.M);
        }
        else if (value.L is not null)
        {
            text.Append('L').Append(value.L.Count.ToString(CultureInfo.InvariantCulture)).Append('[');
            foreach (var element in value.L)
            {
                Value(text, element);
            }

            text.Append(']');
        }
        else
        {
            text.Append('?');
        }
    }

    private static void Strings(StringBuilder text, string tag, List<string> values)
    {
        text.Append(tag).Append(values.Count.ToString(CultureInfo.InvariantCulture));
        foreach (var value in values)
        {
            Field(text, value);
        }
    }
}
