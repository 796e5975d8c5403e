using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;

namespace DynamoGen.Tests.Mapping;

/// <summary>How strictly numbers are compared.</summary>
internal enum Strictness
{
    /// <summary>
    /// <c>ToItem</c> → <c>FromItem</c>: bit for bit. Doubles keep the sign of zero, decimals keep their scale
    /// (1.10m stays 1.10m).
    /// </summary>
    Exact,

    /// <summary>
    /// Two readings of the same item (the JSON reader against <c>FromItem</c>): like <see cref="Exact"/>, and a DateTime
    /// is the very same value, kind included (a member left at its default is not UTC, and need not be).
    /// </summary>
    Identical,

    /// <summary>
    /// Through DynamoDB, which normalises numbers: 1.10 reads back as 1.1 and -0 as 0. Equal as numbers is the
    /// contract there.
    /// </summary>
    Stored,
}

/// <summary>
/// Deep comparison of an object graph with its round-tripped copy, listing every difference by path. The rules are
/// the wire format's contract:
/// <list type="bullet">
/// <item>DateTime: the copy is UTC and has the same instant (Local converted, Unspecified taken as UTC), to the tick;</item>
/// <item>DateTimeOffset: same clock time and same offset;</item>
/// <item>sets: same members in any order; an empty set and null are the same, because DynamoDB cannot store an empty
/// set, so it is omitted and reads back as the member's initial value (null when it has none);</item>
/// <item>lists, arrays, maps, nested types: element by element.</item>
/// </list>
/// </summary>
internal static class Same
{
    public static void Assert(object? expected, object? actual, Strictness strictness, object? input = null)
    {
        var differences = new List<string>();
        Compare(expected, actual, "", strictness, differences);
        if (differences.Count > 0)
        {
            throw new Exception("Round trip changed the value" + (input is null ? "" : " (input " + Show(input) + ")") + ":\n  "
                + string.Join("\n  ", differences.Take(20)));
        }
    }

    public static List<string> Differences(object? expected, object? actual, Strictness strictness)
    {
        var differences = new List<string>();
        Compare(expected, actual, "", strictness, differences);
        return differences;
    }

    private static void Compare(object? e, object? a, string path, Strictness strictness, List<string> differences)
    {
        if (e is null || a is null)
        {
            if (IsEmptySet(e) || IsEmptySet(a) || (e is null && a is null))
            {
                return;
            }

            differences.Add(path + ": expected " + Show(e) + ", found " + Show(a));
            return;
        }

        bool equal;
        switch (e)
        {
            case string s:
                equal = a is string t && string.Equals(s, t, StringComparison.Ordinal);
                break;
            case byte[] bytes:
                equal = a is byte[] other && bytes.AsSpan().SequenceEqual(other);
                break;
            case double d:
                equal = a is double x && (strictness != Strictness.Stored ? BitConverter.DoubleToInt64Bits(d) == BitConverter.DoubleToInt64Bits(x) : d == x);
                break;
            case float f:
                equal = a is float y && (strictness != Strictness.Stored ? BitConverter.SingleToInt32Bits(f) == BitConverter.SingleToInt32Bits(y) : f == y);
                break;
            case decimal m:
                equal = a is decimal n && m == n && (strictness == Strictness.Stored || m.Scale == n.Scale);
                break;
            case DateTime dt:
                var utc = dt.Kind switch
                {
                    DateTimeKind.Local => dt.ToUniversalTime(),
                    DateTimeKind.Unspecified => DateTime.SpecifyKind(dt, DateTimeKind.Utc),
                    _ => dt,
                };
                equal = strictness == Strictness.Identical
                    ? a is DateTime same && same.Kind == dt.Kind && same.Ticks == dt.Ticks
                    : a is DateTime adt && adt.Kind == DateTimeKind.Utc && adt.Ticks == utc.Ticks;
                break;
            case DateTimeOffset dto:
                equal = a is DateTimeOffset adto && adto.Ticks == dto.Ticks && adto.Offset == dto.Offset;
                break;
            case IDictionary map:
                CompareMaps(map, a as IDictionary, path, strictness, differences);
                return;
            case IEnumerable when IsSet(e.GetType()):
                CompareSets((IEnumerable)e, a as IEnumerable, path, strictness, differences);
                return;
            case IEnumerable list:
                CompareLists(list, a as IEnumerable, path, strictness, differences);
                return;
            default:
                var type = e.GetType();
                if (type.IsPrimitive || type.IsEnum || e is Guid or DateOnly or TimeOnly or TimeSpan)
                {
                    equal = e.Equals(a);
                    break;
                }

                if (a.GetType() != type)
                {
                    differences.Add(path + ": expected a " + type.Name + ", found a " + a.GetType().Name);
                    return;
                }

                foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanRead && p.GetIndexParameters().Length == 0))
                {
                    Compare(property.GetValue(e), property.GetValue(a), path + "." + property.Name, strictness, differences);
                }

                return;
        }

        if (!equal)
        {
            differences.Add(path + ": expected " + Show(e) + ", found " + Show(a));
        }
    }

    private static void CompareLists(IEnumerable e, IEnumerable? a, string path, Strictness strictness, List<string> differences)
    {
        if (a is null)
        {
            differences.Add(path + ": expected a list, found " + Show(a));
            return;
        }

        var expected = e.Cast<object?>().ToList();
        var actual = a.Cast<object?>().ToList();
        if (expected.Count != actual.Count)
        {
            differences.Add(path + ": expected " + expected.Count + " elements " + Show(e) + ", found " + actual.Count + " " + Show(a));
            return;
        }

        for (var i = 0; i < expected.Count; i++)
        {
            Compare(expected[i], actual[i], path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]", strictness, differences);
        }
    }

    private static void CompareSets(IEnumerable e, IEnumerable? a, string path, Strictness strictness, List<string> differences)
    {
        var expected = e.Cast<object?>().ToList();
        var actual = a?.Cast<object?>().ToList() ?? new List<object?>();
        var unmatched = new List<object?>(actual);
        foreach (var item in expected)
        {
            var index = unmatched.FindIndex(x => Differences(item, x, strictness).Count == 0);
            if (index < 0)
            {
                differences.Add(path + ": set member " + Show(item) + " missing from " + Show(a));
            }
            else
            {
                unmatched.RemoveAt(index);
            }
        }

        foreach (var extra in unmatched)
        {
            differences.Add(path + ": unexpected set member " + Show(extra));
        }
    }

    private static void CompareMaps(IDictionary e, IDictionary? a, string path, Strictness strictness, List<string> differences)
    {
        if (a is null)
        {
            differences.Add(path + ": expected a map, found null");
            return;
        }

        foreach (DictionaryEntry entry in e)
        {
            var key = (string)entry.Key;
            if (!a.Contains(key))
            {
                differences.Add(path + ": key " + Show(key) + " missing");
                continue;
            }

            Compare(entry.Value, a[key], path + "[" + Show(key) + "]", strictness, differences);
        }

        foreach (DictionaryEntry entry in a)
        {
            if (!e.Contains(entry.Key))
            {
                differences.Add(path + ": unexpected key " + Show(entry.Key));
            }
        }
    }

    private static bool IsSet(Type type)
        => type.GetInterfaces().Any(i => i.IsGenericType && (i.GetGenericTypeDefinition() == typeof(ISet<>) || i.GetGenericTypeDefinition() == typeof(IReadOnlySet<>)));

    private static bool IsEmptySet(object? value) => value is IEnumerable set && IsSet(value.GetType()) && !set.Cast<object>().Any();

    /// <summary>A readable, culture-invariant rendering of a value for failure messages (strings escaped).</summary>
    public static string Show(object? value) => value switch
    {
        null => "null",
        string s => "\"" + Escape(s) + "\"",
        char c => "'" + Escape(c.ToString()) + "'",
        byte[] b => "0x" + Convert.ToHexString(b),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        DateTime dt => dt.ToString("O", CultureInfo.InvariantCulture) + " (" + dt.Kind + ")",
        DateTimeOffset dto => dto.ToString("O", CultureInfo.InvariantCulture),
        IDictionary map => "{" + string.Join(", ", Entries(map).Take(8).Select(x => Show(x.Key) + ": " + Show(x.Value))) + "}",
        IEnumerable list => "[" + string.Join(", ", list.Cast<object?>().Take(8).Select(Show)) + "]",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static IEnumerable<DictionaryEntry> Entries(IDictionary map)
    {
        // IDictionary's own enumerator yields DictionaryEntry; the generic one (used by Cast) yields KeyValuePair.
        var enumerator = map.GetEnumerator();
        while (enumerator.MoveNext())
        {
            yield return enumerator.Entry;
        }
    }

    private static string Escape(string s)
    {
        var builder = new System.Text.StringBuilder();
        foreach (var c in s)
        {
            if (c is >= ' ' and <= '~' && c != '"' && c != '\\')
            {
                builder.Append(c);
            }
            else
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }
}
