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
}
