using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.ComponentModel;
using System.Globalization;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Amazon.DynamoDBv2.Model;

namespace DynamoGen.Marshalling;

/// <summary>
/// Converts attribute values to C# values, strictly: the wrong DynamoDB type or an unparsable value throws
/// <see cref="AttributeFormatException"/> naming what was expected and what was found. Generated code calls these
/// through <see cref="ItemReader"/>, and directly for elements of lists, sets and maps.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class Parse
{
    /// <summary>True for a <c>NULL: true</c> value.</summary>
    public static bool IsNull(AttributeValue value) => value.NULL == true;

    /// <summary>S.</summary>
    public static string String(AttributeValue value) => value.S ?? throw new AttributeFormatException("S (String)", value);

    /// <summary>S of exactly one character.</summary>
    public static char Char(AttributeValue value)
        => value.S is { Length: 1 } s ? s[0] : throw new AttributeFormatException("S of one character (Char)", value);

    /// <summary>BOOL; N <c>0</c>/<c>1</c> (DynamoDBContext's first conversion schema) is accepted too.</summary>
    public static bool Boolean(AttributeValue value)
        => value.BOOL ?? value.N switch
        {
            "0" => false,
            "1" => true,
            _ => throw new AttributeFormatException("BOOL (Boolean)", value),
        };

    /// <summary>N.</summary>
    public static byte Byte(AttributeValue value) => Numbers.ParseByte(Number(value, "N (Byte)"));

    /// <summary>N.</summary>
    public static sbyte SByte(AttributeValue value) => Numbers.ParseSByte(Number(value, "N (SByte)"));

    /// <summary>N.</summary>
    public static short Int16(AttributeValue value) => Numbers.ParseInt16(Number(value, "N (Int16)"));

    /// <summary>N.</summary>
    public static ushort UInt16(AttributeValue value) => Numbers.ParseUInt16(Number(value, "N (UInt16)"));

    /// <summary>N.</summary>
    public static int Int32(AttributeValue value) => Numbers.ParseInt32(Number(value, "N (Int32)"));

    /// <summary>N.</summary>
    public static uint UInt32(AttributeValue value) => Numbers.ParseUInt32(Number(value, "N (UInt32)"));

    /// <summary>N.</summary>
    public static long Int64(AttributeValue value) => Numbers.ParseInt64(Number(value, "N (Int64)"));

    /// <summary>N.</summary>
    public static ulong UInt64(AttributeValue value) => Numbers.ParseUInt64(Number(value, "N (UInt64)"));

    /// <summary>N.</summary>
    public static float Single(AttributeValue value) => Numbers.ParseSingle(Number(value, "N (Single)"));

    /// <summary>N.</summary>
    public static double Double(AttributeValue value) => Numbers.ParseDouble(Number(value, "N (Double)"));

    /// <summary>N.</summary>
    public static decimal Decimal(AttributeValue value) => Numbers.ParseDecimal(Number(value, "N (Decimal)"));

    /// <summary>S holding a GUID in any standard format.</summary>
    public static Guid Guid(AttributeValue value)
        => value.S is { } s && System.Guid.TryParse(s, out var result) ? result : throw new AttributeFormatException("S holding a GUID", value);

    /// <summary>S holding an ISO-8601 date and time; returned in UTC.</summary>
    public static DateTime DateTime(AttributeValue value)
        => value.S is { } s && DateTimeText(s, out var result) ? result : throw new AttributeFormatException("S holding an ISO-8601 date and time (DateTime)", value);

    /// <summary>S holding an ISO-8601 date and time with offset.</summary>
    public static DateTimeOffset DateTimeOffset(AttributeValue value)
        => value.S is { } s && DateTimeOffsetText(s, out var result)
            ? result
            : throw new AttributeFormatException("S holding an ISO-8601 date and time with offset (DateTimeOffset)", value);

    /// <summary>S holding <c>yyyy-MM-dd</c>.</summary>
    public static DateOnly DateOnly(AttributeValue value)
        => value.S is { } s && DateOnlyText(s, out var result)
            ? result
            : throw new AttributeFormatException("S holding a date yyyy-MM-dd (DateOnly)", value);

    /// <summary>S holding a time of day.</summary>
    public static TimeOnly TimeOnly(AttributeValue value)
        => value.S is { } s && TimeOnlyText(s, out var result)
            ? result
            : throw new AttributeFormatException("S holding a time of day HH:mm:ss.fffffff (TimeOnly)", value);

    /// <summary>S holding a time span in the constant format.</summary>
    public static TimeSpan TimeSpan(AttributeValue value)
        => value.S is { } s && System.TimeSpan.TryParse(s, DynamoFormats.Invariant, out var result)
            ? result
            : throw new AttributeFormatException("S holding a time span [-][d.]hh:mm:ss[.fffffff] (TimeSpan)", value);

    /// <summary>N of epoch seconds; returned in UTC.</summary>
    public static DateTime EpochDateTime(AttributeValue value)
        => System.DateTimeOffset.FromUnixTimeSeconds(EpochSeconds(value)).UtcDateTime;

    /// <summary>N of epoch seconds; returned with offset zero.</summary>
    public static DateTimeOffset EpochDateTimeOffset(AttributeValue value)
        => System.DateTimeOffset.FromUnixTimeSeconds(EpochSeconds(value));

    /// <summary>B.</summary>
    public static byte[] Binary(AttributeValue value) => value.B is { } b ? Bytes(b) : throw new AttributeFormatException("B (bytes)", value);

    /// <summary>B.</summary>
    public static ReadOnlyMemory<byte> Memory(AttributeValue value) => Binary(value);

    /// <summary>M, read by the nested type's generated <c>FromItem</c>.</summary>
    public static T Item<T>(AttributeValue value) where T : IDynamoItem<T>
    {
        if (value.M is not { } map)
        {
            throw new AttributeFormatException("M (" + typeof(T).Name + ")", value);
        }

        try
        {
            return T.FromItem(map);
        }
        catch (DynamoMappingException ex)
        {
            throw new AttributeFormatException(ex.Expected, ex.Found, "." + ex.AttributeName);
        }
    }

    /// <summary>An element that may be <c>NULL</c>, as a nullable value type.</summary>
    public static T? Nullable<T>(AttributeValue value, Func<AttributeValue, T> element) where T : struct
        => IsNull(value) ? null : element(value);

    /// <summary>An element that may be <c>NULL</c>, as a nullable reference.</summary>
    public static T? NullableReference<T>(AttributeValue value, Func<AttributeValue, T> element) where T : class
        => IsNull(value) ? null : element(value);

    /// <summary>L as a list.</summary>
    public static List<T> List<T>(AttributeValue value, Func<AttributeValue, T> element)
    {
        var source = value.L ?? throw new AttributeFormatException("L (list)", value);
        var list = new List<T>(source.Count);
        for (var i = 0; i < source.Count; i++)
        {
            list.Add(Element(source[i], element, i));
        }

        return list;
    }

    /// <summary>L as an array.</summary>
    public static T[] Array<T>(AttributeValue value, Func<AttributeValue, T> element)
    {
        var source = value.L ?? throw new AttributeFormatException("L (list)", value);
        var array = new T[source.Count];
        for (var i = 0; i < array.Length; i++)
        {
            array[i] = Element(source[i], element, i);
        }

        return array;
    }

    /// <summary>L as an immutable array.</summary>
    public static ImmutableArray<T> ImmutableArray<T>(AttributeValue value, Func<AttributeValue, T> element)
        => System.Collections.Immutable.ImmutableArray.Create(Array(value, element));

    /// <summary>L of strings as a list, with exact types (see <see cref="Write.StringList"/>: shared generic code is slower).</summary>
    public static List<string> StringList(AttributeValue value)
    {
        var source = value.L ?? throw new AttributeFormatException("L (list)", value);
        var list = new List<string>(source.Count);
        for (var i = 0; i < source.Count; i++)
        {
            list.Add(source[i].S ?? throw new AttributeFormatException("S (String)", source[i], Index(i)));
        }

        return list;
    }

    /// <summary>M of strings as a dictionary keyed by attribute name, with exact types.</summary>
    public static Dictionary<string, string> StringMap(AttributeValue value)
    {
        var source = value.M ?? throw new AttributeFormatException("M (map)", value);
        var map = new Dictionary<string, string>(source.Count, StringComparer.Ordinal);
        foreach (var (key, element) in source)
        {
            map[key] = element.S ?? throw new AttributeFormatException("S (String)", element, "." + key);
        }

        return map;
    }

    /// <summary>L as a list, each element read by <typeparamref name="TElement"/> (a direct call, no delegate).</summary>
    public static List<T> List<T, TElement>(AttributeValue value)
        where TElement : struct, IAttributeConverter<T>
    {
        var source = value.L ?? throw new AttributeFormatException("L (list)", value);
        var list = new List<T>(source.Count);
        var i = 0;
        try
        {
            for (; i < source.Count; i++)
            {
                list.Add(TElement.Read(source[i]));
            }
        }
        catch (AttributeFormatException ex)
        {
            throw ex.Within(Index(i)); // the element's position, built only on failure
        }

        return list;
    }

    /// <summary>L as an array, each element read by <typeparamref name="TElement"/>.</summary>
    public static T[] Array<T, TElement>(AttributeValue value)
        where TElement : struct, IAttributeConverter<T>
    {
        var source = value.L ?? throw new AttributeFormatException("L (list)", value);
        var array = new T[source.Count];
        var i = 0;
        try
        {
            for (; i < array.Length; i++)
            {
                array[i] = TElement.Read(source[i]);
            }
        }
        catch (AttributeFormatException ex)
        {
            throw ex.Within(Index(i));
        }

        return array;
    }

    /// <summary>L as an immutable array, each element read by <typeparamref name="TElement"/>.</summary>
    public static ImmutableArray<T> ImmutableArray<T, TElement>(AttributeValue value)
        where TElement : struct, IAttributeConverter<T>
        => System.Collections.Immutable.ImmutableArray.Create(Array<T, TElement>(value));

    /// <summary>M as a dictionary keyed by attribute name, each value read by <typeparamref name="TElement"/>.</summary>
    public static Dictionary<string, T> Map<T, TElement>(AttributeValue value)
        where TElement : struct, IAttributeConverter<T>
    {
        var source = value.M ?? throw new AttributeFormatException("M (map)", value);
        var map = new Dictionary<string, T>(source.Count, StringComparer.Ordinal);
        string? key = null;
        try
        {
            foreach (var pair in source)
            {
                key = pair.Key;
                map[pair.Key] = TElement.Read(pair.Value);
            }
        }
        catch (AttributeFormatException ex)
        {
            throw ex.Within("." + key);
        }

        return map;
    }

    /// <summary>NS as a set, each number read by <see cref="Numbers.Parse{T}"/> (compiled once per number type, no delegate).</summary>
    public static HashSet<T> NumberSet<T>(AttributeValue value)
        where T : struct, System.Numerics.INumber<T>
    {
        if (IsNull(value))
        {
            return new HashSet<T>(); // an empty set nested in a list or map is stored as NULL
        }

        var source = value.NS ?? throw new AttributeFormatException("NS (number set)", value);
        var set = new HashSet<T>(source.Count);
        var i = 0;
        try
        {
            for (; i < source.Count; i++)
            {
                set.Add(Numbers.Parse<T>(source[i]));
            }
        }
        catch (AttributeFormatException ex)
        {
            throw ex.Within(Index(i));
        }

        return set;
    }

    /// <summary>SS as a set.</summary>
    public static HashSet<string> StringSet(AttributeValue value)
        => value.SS is { } ss ? new HashSet<string>(ss, StringComparer.Ordinal)
            : IsNull(value) ? new HashSet<string>(StringComparer.Ordinal) // an empty set nested in a list or map is stored as NULL
            : throw new AttributeFormatException("SS (string set)", value);

    /// <summary>BS as a set of byte arrays.</summary>
    public static HashSet<byte[]> BinarySet(AttributeValue value)
    {
        if (IsNull(value))
        {
            return new HashSet<byte[]>(); // an empty set nested in a list or map is stored as NULL
        }

        var source = value.BS ?? throw new AttributeFormatException("BS (binary set)", value);
        var set = new HashSet<byte[]>(source.Count);
        foreach (var stream in source)
        {
            set.Add(Bytes(stream));
        }

        return set;
    }

    /// <summary>M as a dictionary keyed by attribute name.</summary>
    public static Dictionary<string, T> Map<T>(AttributeValue value, Func<AttributeValue, T> element)
    {
        var source = value.M ?? throw new AttributeFormatException("M (map)", value);
        var map = new Dictionary<string, T>(source.Count, StringComparer.Ordinal);
        foreach (var pair in source)
        {
            try
            {
                map[pair.Key] = element(pair.Value);
            }
            catch (AttributeFormatException ex)
            {
                throw ex.Within("." + pair.Key);
            }
        }

        return map;
    }

    /// <summary>S holding JSON, deserialized by System.Text.Json with source-generated metadata (AOT-safe).</summary>
    public static T Json<T>(AttributeValue value, JsonTypeInfo<T> typeInfo)
    {
        var json = value.S ?? throw new AttributeFormatException("S holding JSON", value);
        try
        {
            return JsonSerializer.Deserialize(json, typeInfo) ?? throw new AttributeFormatException("S holding a JSON value other than null", value);
        }
        catch (JsonException ex)
        {
            throw new AttributeFormatException("S holding JSON for " + typeof(T).Name + " (" + ex.Message + ")", value);
        }
    }

    /// <summary>
    /// S holding JSON for a nullable member: the JSON text <c>null</c> reads as null (LaunchDarkly's stores write a
    /// deleted item's JSON that way), everything else as <see cref="Json{T}"/>.
    /// </summary>
    public static T? JsonOrNull<T>(AttributeValue value, JsonTypeInfo<T> typeInfo)
    {
        var json = value.S ?? throw new AttributeFormatException("S holding JSON", value);
        try
        {
            return JsonSerializer.Deserialize(json, typeInfo);
        }
        catch (JsonException ex)
        {
            throw new AttributeFormatException("S holding JSON for " + typeof(T).Name + " (" + ex.Message + ")", value);
        }
    }

    /// <summary>S holding JSON for a nullable value-type member: the JSON text <c>null</c> reads as null.</summary>
    public static T? NullableJson<T>(AttributeValue value, JsonTypeInfo<T> typeInfo)
        where T : struct
        => value.S is { } json && json.AsSpan().Trim().SequenceEqual("null") ? null : Json(value, typeInfo);

    /// <summary>
    /// Reads a DateTimeOffset. Our own text (<see cref="DynamoFormats.DateTimeOffset"/>, 33 characters with an explicit
    /// offset) is read by <see cref="IsoDates"/>; a 33-character text it does not take goes to .NET's exact "O" parse,
    /// which gives the same value for our text. Any other text (no offset, 'Z', fewer digits) goes to the general
    /// ISO-8601 parser, which accepted it before.
    /// </summary>
    internal static bool DateTimeOffsetText(ReadOnlySpan<char> text, out DateTimeOffset result)
        => IsoDates.TryParseOffset(text, out result)
            || (text.Length == 33 && text[27] is '+' or '-'
                && System.DateTimeOffset.TryParseExact(text, DynamoFormats.RoundTrip, DynamoFormats.Invariant, DateTimeStyles.None, out result))
            || System.DateTimeOffset.TryParse(text, DynamoFormats.Invariant, DateTimeStyles.RoundtripKind, out result);

    /// <summary>Reads <c>yyyy-MM-dd</c> (<see cref="IsoDates"/>, then .NET's exact parses of "O" and the custom format).</summary>
    internal static bool DateOnlyText(ReadOnlySpan<char> text, out DateOnly result)
        => IsoDates.TryParseDate(text, out result)
            || System.DateOnly.TryParseExact(text, DynamoFormats.RoundTrip, DynamoFormats.Invariant, DateTimeStyles.None, out result)
            || System.DateOnly.TryParseExact(text, DynamoFormats.DateOnly, DynamoFormats.Invariant, DateTimeStyles.None, out result);

    /// <summary>
    /// Reads a time of day. Our own text (<see cref="DynamoFormats.TimeOnly"/>, 16 characters) is .NET's "O" format of
    /// a TimeOnly, read by its fast exact parse; any other text goes to the general parser, which accepted it before.
    /// </summary>
    internal static bool TimeOnlyText(ReadOnlySpan<char> text, out TimeOnly result)
        => (text.Length == 16 && System.TimeOnly.TryParseExact(text, DynamoFormats.RoundTrip, DynamoFormats.Invariant, DateTimeStyles.None, out result))
            || System.TimeOnly.TryParse(text, DynamoFormats.Invariant, DateTimeStyles.None, out result);

    internal static bool DateTimeText(ReadOnlySpan<char> text, out DateTime result)
    {
        if (IsoDates.TryParseUtc(text, out result))
        {
            return true; // our own text, exactly
        }

        // Our own format is .NET's "O" of a UTC value. DateTimeOffset's "O" parse with no styles takes .NET's fast path
        // (about 10x faster than DateTime's with RoundtripKind or AdjustToUniversal) and converts no time zone; the 'Z'
        // check keeps texts without an offset (taken as UTC below, as local time by DateTimeOffset) off that path.
        // Anything else ISO-8601 (DynamoDBContext's milliseconds, an offset) is accepted too.
        if (text.Length > 0 && text[^1] == 'Z' && System.DateTimeOffset.TryParseExact(text, "O", DynamoFormats.Invariant, DateTimeStyles.None, out var utc))
        {
            result = utc.UtcDateTime;
            return true;
        }

        if (System.DateTime.TryParseExact(text, DynamoFormats.DateTime, DynamoFormats.Invariant, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out result)
            || System.DateTime.TryParse(text, DynamoFormats.Invariant, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out result))
        {
            result = System.DateTime.SpecifyKind(result, DateTimeKind.Utc);
            return true;
        }

        return false;
    }

    private static string Index(int index) => "[" + index.ToString(DynamoFormats.Invariant) + "]";

    private static string Number(AttributeValue value, string expected) => value.N ?? throw new AttributeFormatException(expected, value);

    private static long EpochSeconds(AttributeValue value)
    {
        var seconds = Numbers.ParseInt64(Number(value, "N of epoch seconds"));
        return seconds is < -62135596800 or > 253402300799
            ? throw new AttributeFormatException("N of epoch seconds between years 1 and 9999", value)
            : seconds;
    }

    private static byte[] Bytes(MemoryStream stream)
        => stream.TryGetBuffer(out var buffer) && buffer.Offset == 0 && buffer.Count == buffer.Array!.Length ? buffer.Array : stream.ToArray();

    private static T Element<T>(AttributeValue value, Func<AttributeValue, T> element, int index)
    {
        try
        {
            return element(value);
        }
        catch (AttributeFormatException ex)
        {
            throw ex.Within("[" + index.ToString(DynamoFormats.Invariant) + "]");
        }
    }
}
