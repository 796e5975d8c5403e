using System;
using System.Collections.Generic;
using System.Globalization;
using Amazon.DynamoDBv2.Model;

namespace DynamoGen.Benchmarks.Marshalling;

/// <summary>The helpers a careful hand-writer would factor out once and reuse in every mapping.</summary>
public static class HandWritten
{
    /// <summary>DynamoGen's DateTime format: UTC ("Unspecified" taken as UTC), 7 fraction digits, 'Z'. That is .NET's "O" format of a UTC value.</summary>
    public static string IsoUtc(DateTime value)
        => (value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : DateTime.SpecifyKind(value, DateTimeKind.Utc)).ToString("O", CultureInfo.InvariantCulture);

    public static DateTime ParseIsoUtc(string text)
        => DateTimeOffset.ParseExact(text, "O", CultureInfo.InvariantCulture, DateTimeStyles.None).UtcDateTime; // .NET's fast path, no time-zone conversion

    public static List<AttributeValue> StringList(List<string> values)
    {
        var list = new List<AttributeValue>(values.Count);
        foreach (var value in values)
        {
            list.Add(new AttributeValue { S = value });
        }

        return list;
    }

    public static List<string> ParseStringList(List<AttributeValue> values)
    {
        var list = new List<string>(values.Count);
        foreach (var value in values)
        {
            list.Add(value.S);
        }

        return list;
    }

    public static List<AttributeValue> IntList(List<int> values)
    {
        var list = new List<AttributeValue>(values.Count);
        foreach (var value in values)
        {
            list.Add(new AttributeValue { N = value.ToString(CultureInfo.InvariantCulture) });
        }

        return list;
    }

    public static List<int> ParseIntList(List<AttributeValue> values)
    {
        var list = new List<int>(values.Count);
        foreach (var value in values)
        {
            list.Add(int.Parse(value.N, NumberStyles.Integer, CultureInfo.InvariantCulture));
        }

        return list;
    }

    // The refusals DynamoGen's writer makes, as a careful hand-writer would add them (for the *_Checked contestants):
    // a key is never null or empty, and no string holds half a surrogate pair (UTF-8 cannot encode it, so DynamoDB
    // would store U+FFFD instead).

    public static string Key(string? value)
        => string.IsNullOrEmpty(value) ? throw new ArgumentException("a key attribute cannot be null or empty") : Storable(value);

    public static string Storable(string value)
        => value.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') < 0 || PairsOnly(value) ? value : throw new ArgumentException("half a surrogate pair");

    public static List<AttributeValue> CheckedStringList(List<string> values)
    {
        var list = new List<AttributeValue>(values.Count);
        foreach (var value in values)
        {
            list.Add(new AttributeValue { S = Storable(value) });
        }

        return list;
    }

    private static bool PairsOnly(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(value[i]))
            {
                return false;
            }
        }

        return true;
    }
}
