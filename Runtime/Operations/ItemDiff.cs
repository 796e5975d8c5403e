using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Amazon.DynamoDBv2.Model;

namespace DynamoGen;

/// <summary>The attribute-by-attribute difference of two items, as an <see cref="UpdateExpression"/> (for <c>UpdateChangesAsync</c>).</summary>
internal static class ItemDiff
{
    /// <summary>SET every attribute of <paramref name="after"/> that is new or different, REMOVE every attribute only <paramref name="before"/> has; <paramref name="skip"/> is left alone.</summary>
    public static UpdateExpression Changes(Dictionary<string, AttributeValue> before, Dictionary<string, AttributeValue> after, HashSet<string> skip)
    {
        var update = new UpdateExpression();
        foreach (var (name, value) in after)
        {
            if (!skip.Contains(name) && (!before.TryGetValue(name, out var old) || !Same(old, value)))
            {
                update = update.Set(new AttributePath(name), value);
            }
        }

        foreach (var name in before.Keys)
        {
            if (!skip.Contains(name) && !after.ContainsKey(name))
            {
                update = update.Remove(new AttributePath(name));
            }
        }

        return update;
    }

    public static bool SameKey(Dictionary<string, AttributeValue> a, Dictionary<string, AttributeValue> b)
        => a.Count == b.Count && a.All(entry => b.TryGetValue(entry.Key, out var other) && Same(entry.Value, other));

    /// <summary>Deep equality of two attribute values; sets compare as sets.</summary>
    public static bool Same(AttributeValue a, AttributeValue b)
    {
        if (a.S is not null || b.S is not null)
        {
            return string.Equals(a.S, b.S, StringComparison.Ordinal);
        }

        if (a.N is not null || b.N is not null)
        {
            // By value, as DynamoDB compares and stores numbers ("10.50" is stored, and read back, as "10.5").
            return a.N is not null && b.N is not null && Marshalling.Numbers.SameValue(a.N, b.N);
        }

        if (a.B is not null || b.B is not null)
        {
            return a.B is not null && b.B is not null && Bytes(a.B).SequenceEqual(Bytes(b.B));
        }

        if (a.BOOL is not null || b.BOOL is not null)
        {
            return a.BOOL == b.BOOL;
        }

        if (a.NULL == true || b.NULL == true)
        {
            return a.NULL == b.NULL;
        }

        if (a.SS is not null || b.SS is not null)
        {
            return a.SS is not null && b.SS is not null && a.SS.ToHashSet(StringComparer.Ordinal).SetEquals(b.SS);
        }

        if (a.NS is not null || b.NS is not null)
        {
            return a.NS is not null && b.NS is not null && a.NS.Select(Marshalling.Numbers.Canonical).ToHashSet(StringComparer.Ordinal).SetEquals(b.NS.Select(Marshalling.Numbers.Canonical));
        }

        if (a.BS is not null || b.BS is not null)
        {
            return a.BS is not null && b.BS is not null
                && a.BS.Select(s => Convert.ToBase64String(s.ToArray())).ToHashSet(StringComparer.Ordinal).SetEquals(b.BS.Select(s => Convert.ToBase64String(s.ToArray())));
        }

        if (a.M is not null || b.M is not null)
        {
            return a.M is not null && b.M is not null && a.M.Count == b.M.Count && a.M.All(e => b.M.TryGetValue(e.Key, out var o) && Same(e.Value, o));
        }

        if (a.L is not null || b.L is not null)
        {
            if (a.L is null || b.L is null || a.L.Count != b.L.Count)
            {
                return false;
            }

            for (var i = 0; i < a.L.Count; i++)
            {
                if (!Same(a.L[i], b.L[i]))
                {
                    return false;
                }
            }

            return true;
        }

        return true;
    }

    /// <summary>The bytes of a B value, without a copy when the stream exposes its buffer.</summary>
    public static ReadOnlySpan<byte> Bytes(MemoryStream stream)
        => stream.TryGetBuffer(out var buffer) ? buffer.AsSpan() : stream.ToArray();
}
