using System.Collections.Generic;
using Amazon.DynamoDBv2.Model;

namespace DynamoGen;

/// <summary>
/// An upper estimate of the bytes an item takes in a request's JSON (base64 for binary, worst-case escaping for
/// strings, the type tags and punctuation), so a BatchWriteItem request stays under DynamoDB's 16 MB limit.
/// </summary>
internal static class ItemSize
{
    public static long EstimateJsonBytes(Dictionary<string, AttributeValue> item)
    {
        long size = 2;
        foreach (var (name, value) in item)
        {
            size += Text(name) + 1 + Value(value) + 1;
        }

        return size;
    }

    private static long Value(AttributeValue value)
    {
        const int Tag = 8; // {"S":...}
        if (value.S is not null)
        {
            return Tag + Text(value.S);
        }

        if (value.N is not null)
        {
            return Tag + value.N.Length + 2;
        }

        if (value.B is not null)
        {
            return Tag + Base64(value.B.Length);
        }

        if (value.SS is not null)
        {
            long size = Tag + 2;
            foreach (var s in value.SS)
            {
                size += Text(s) + 1;
            }

            return size;
        }

        if (value.NS is not null)
        {
            long size = Tag + 2;
            foreach (var n in value.NS)
            {
                size += n.Length + 3;
            }

            return size;
        }

        if (value.BS is not null)
        {
            long size = Tag + 2;
            foreach (var b in value.BS)
            {
                size += Base64(b.Length) + 1;
            }

            return size;
        }

        if (value.M is not null)
        {
            return Tag + EstimateJsonBytes(value.M);
        }

        if (value.L is not null)
        {
            long size = Tag + 2;
            foreach (var element in value.L)
            {
                size += Value(element) + 1;
            }

            return size;
        }

        return Tag + 5; // BOOL, NULL
    }

    /// <summary>A JSON string's bytes at most: quotes, and every character escaped as \uXXXX when it must be, else its UTF-8 bytes.</summary>
    private static long Text(string text)
    {
        long size = 2;
        foreach (var c in text)
        {
            size += c < 0x20 || c == '"' || c == '\\' ? 6 : c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
        }

        return size;
    }

    private static long Base64(long bytes) => ((bytes + 2) / 3 * 4) + 2;
}
