using System;
using System.Buffers;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.ComponentModel;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using DynamoGen.Marshalling;

namespace DynamoGen.Json;

/// <summary>
/// The fast path of generated DynamoDB JSON readers: one method per value kind, straight from the UTF-8 bytes (numbers,
/// dates and GUIDs are parsed from the bytes with the same .NET parsers and options as <see cref="Parse"/>, strings are
/// decoded once, no <c>AttributeValue</c> is created). Each method starts on the value's type descriptor and ends on the
/// value's <c>}</c> (see <see cref="JsonValueReader{T}"/>). Anything it does not take as it is (another type, a number
/// written as <c>5.0</c>, a <c>NULL</c> where a value is required, malformed text) throws, and the generated reader reads
/// the whole item again on the exact path (<see cref="AttributeValueJson"/> and <c>FromItem</c>), which accepts or
/// reports it exactly as the SDK path does.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class JsonRead
{
    private const NumberStyles Integer = NumberStyles.AllowLeadingSign;
    private const int MaxShortText = 64;
    private static readonly CultureInfo s_invariant = CultureInfo.InvariantCulture;

    /// <summary>The signal that an item leaves the fast path: generated readers catch it and take the exact path.</summary>
    /// <returns>The exception to throw.</returns>
    public static Exception Miss() => new JsonFastPathMissException();

    /// <summary>True when the reader is on a <c>NULL</c> descriptor.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsNull(ref Utf8JsonReader reader) => reader.ValueTextEquals("NULL"u8);

    /// <summary>Reads <c>true }</c> after a <c>NULL</c> descriptor.</summary>
    public static void Null(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType != JsonTokenType.True)
        {
            throw Miss();
        }

        Close(ref reader);
    }

    /// <summary>Checks the descriptor and moves to its value, which must be a JSON <paramref name="token"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Expect(ref Utf8JsonReader reader, ReadOnlySpan<byte> descriptor, JsonTokenType token)
    {
        if (!reader.ValueTextEquals(descriptor) || !reader.Read() || reader.TokenType != token)
        {
            throw Miss();
        }
    }

    /// <summary>Moves to the value's closing <c>}</c>: a second descriptor leaves the fast path.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Close(ref Utf8JsonReader reader)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.EndObject)
        {
            throw Miss();
        }
    }

    /// <summary>S.</summary>
    public static string String(ref Utf8JsonReader reader)
    {
        Expect(ref reader, "S"u8, JsonTokenType.String);
        var value = reader.GetString()!;
        Close(ref reader);
        return value;
    }

    /// <summary>S of one character.</summary>
    public static char Char(ref Utf8JsonReader reader)
    {
        Span<char> buffer = stackalloc char[MaxShortText];
        var length = ShortText(ref reader, buffer);
        if (length != 1)
        {
            throw Miss();
        }

        Close(ref reader);
        return buffer[0];
    }

    /// <summary>BOOL (N 0/1 leaves the fast path).</summary>
    public static bool Boolean(ref Utf8JsonReader reader)
    {
        if (!reader.ValueTextEquals("BOOL"u8) || !reader.Read())
        {
            throw Miss();
        }

        var value = reader.TokenType switch
        {
            JsonTokenType.True => true,
            JsonTokenType.False => false,
            _ => throw Miss(),
        };
        Close(ref reader);
        return value;
    }

    /// <summary>N.</summary>
    public static byte Byte(ref Utf8JsonReader reader) => Number<byte>(ref reader, Integer);

    /// <summary>N.</summary>
    public static sbyte SByte(ref Utf8JsonReader reader) => Number<sbyte>(ref reader, Integer);

    /// <summary>N.</summary>
    public static short Int16(ref Utf8JsonReader reader) => Number<short>(ref reader, Integer);

    /// <summary>N.</summary>
    public static ushort UInt16(ref Utf8JsonReader reader) => Number<ushort>(ref reader, Integer);

    /// <summary>N.</summary>
    public static int Int32(ref Utf8JsonReader reader) => Number<int>(ref reader, Integer);

    /// <summary>N.</summary>
    public static uint UInt32(ref Utf8JsonReader reader) => Number<uint>(ref reader, Integer);

    /// <summary>N.</summary>
    public static long Int64(ref Utf8JsonReader reader) => Number<long>(ref reader, Integer);

    /// <summary>N.</summary>
    public static ulong UInt64(ref Utf8JsonReader reader) => Number<ulong>(ref reader, Integer);

    /// <summary>N.</summary>
    public static float Single(ref Utf8JsonReader reader)
        => Number<float>(ref reader, NumberStyles.Float) is var value && float.IsFinite(value) ? value : throw Miss();

    /// <summary>N.</summary>
    public static double Double(ref Utf8JsonReader reader)
        => Number<double>(ref reader, NumberStyles.Float) is var value && double.IsFinite(value) ? value : throw Miss();

    /// <summary>N.</summary>
    public static decimal Decimal(ref Utf8JsonReader reader) => Number<decimal>(ref reader, NumberStyles.Float);

    /// <summary>S holding a GUID.</summary>
    public static Guid Guid(ref Utf8JsonReader reader)
    {
        Span<char> buffer = stackalloc char[MaxShortText];
        return System.Guid.TryParse(buffer[..ShortText(ref reader, buffer)], out var value) ? Closed(ref reader, value) : throw Miss();
    }

    /// <summary>S holding an ISO-8601 date and time; returned in UTC.</summary>
    public static DateTime DateTime(ref Utf8JsonReader reader)
    {
        Span<char> buffer = stackalloc char[MaxShortText];
        return Parse.DateTimeText(buffer[..ShortText(ref reader, buffer)], out var value) ? Closed(ref reader, value) : throw Miss();
    }

    /// <summary>S holding an ISO-8601 date and time with offset.</summary>
    public static DateTimeOffset DateTimeOffset(ref Utf8JsonReader reader)
    {
        Span<char> buffer = stackalloc char[MaxShortText];
        return Parse.DateTimeOffsetText(buffer[..ShortText(ref reader, buffer)], out var value) ? Closed(ref reader, value) : throw Miss();
    }

    /// <summary>S holding <c>yyyy-MM-dd</c>.</summary>
    public static DateOnly DateOnly(ref Utf8JsonReader reader)
    {
        Span<char> buffer = stackalloc char[MaxShortText];
        return Parse.DateOnlyText(buffer[..ShortText(ref reader, buffer)], out var value) ? Closed(ref reader, value) : throw Miss();
    }

    /// <summary>S holding a time of day.</summary>
    public static TimeOnly TimeOnly(ref Utf8JsonReader reader)
    {
        Span<char> buffer = stackalloc char[MaxShortText];
        return System.TimeOnly.TryParse(buffer[..ShortText(ref reader, buffer)], s_invariant, DateTimeStyles.None, out var value) ? Closed(ref reader, value) : throw Miss();
    }

    /// <summary>S holding a time span.</summary>
    public static TimeSpan TimeSpan(ref Utf8JsonReader reader)
    {
        Span<char> buffer = stackalloc char[MaxShortText];
        return System.TimeSpan.TryParse(buffer[..ShortText(ref reader, buffer)], s_invariant, out var value) ? Closed(ref reader, value) : throw Miss();
    }

    /// <summary>N of epoch seconds; returned in UTC.</summary>
    public static DateTime EpochDateTime(ref Utf8JsonReader reader)
        => System.DateTimeOffset.FromUnixTimeSeconds(EpochSeconds(ref reader)).UtcDateTime;

    /// <summary>N of epoch seconds; returned with offset zero.</summary>
    public static DateTimeOffset EpochDateTimeOffset(ref Utf8JsonReader reader)
        => System.DateTimeOffset.FromUnixTimeSeconds(EpochSeconds(ref reader));

    /// <summary>B.</summary>
    public static byte[] Binary(ref Utf8JsonReader reader)
    {
        Expect(ref reader, "B"u8, JsonTokenType.String);
        return reader.TryGetBytesFromBase64(out var value) ? Closed(ref reader, value) : throw Miss();
    }

    /// <summary>B.</summary>
    public static ReadOnlyMemory<byte> Memory(ref Utf8JsonReader reader) => Binary(ref reader);

    /// <summary>M, read by the nested type's generated reader.</summary>
    public static T Item<T>(ref Utf8JsonReader reader) where T : IDynamoJsonItem<T>
    {
        Expect(ref reader, "M"u8, JsonTokenType.StartObject);
        var value = T.ReadJson(ref reader);
        Close(ref reader);
        return value;
    }

    /// <summary>An element that may be <c>NULL</c>, as a nullable value type.</summary>
    public static T? Nullable<T>(ref Utf8JsonReader reader, JsonValueReader<T> element) where T : struct
    {
        if (IsNull(ref reader))
        {
            Null(ref reader);
            return null;
        }

        return element(ref reader);
    }

    /// <summary>An element that may be <c>NULL</c>, as a nullable reference.</summary>
    public static T? NullableReference<T>(ref Utf8JsonReader reader, JsonValueReader<T> element) where T : class
    {
        if (IsNull(ref reader))
        {
            Null(ref reader);
            return null;
        }

        return element(ref reader);
    }

    /// <summary>L as a list.</summary>
    public static List<T> List<T>(ref Utf8JsonReader reader, JsonValueReader<T> element)
    {
        Expect(ref reader, "L"u8, JsonTokenType.StartArray);
        var list = new List<T>();
        while (NextElement(ref reader))
        {
            list.Add(element(ref reader));
        }

        Close(ref reader);
        return list;
    }

    /// <summary>L as an array.</summary>
    public static T[] Array<T>(ref Utf8JsonReader reader, JsonValueReader<T> element) => List(ref reader, element).ToArray();

    /// <summary>L as an immutable array.</summary>
    public static ImmutableArray<T> ImmutableArray<T>(ref Utf8JsonReader reader, JsonValueReader<T> element)
        => System.Collections.Immutable.ImmutableArray.Create(Array(ref reader, element));

    /// <summary>SS as a set (<c>NULL</c>, an empty set inside a list or map, reads as an empty set).</summary>
    public static HashSet<string> StringSet(ref Utf8JsonReader reader)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        if (IsNull(ref reader))
        {
            Null(ref reader);
            return set;
        }

        Expect(ref reader, "SS"u8, JsonTokenType.StartArray);
        while (reader.Read() && reader.TokenType == JsonTokenType.String)
        {
            set.Add(reader.GetString()!);
        }

        return reader.TokenType == JsonTokenType.EndArray ? Closed(ref reader, set) : throw Miss();
    }

    /// <summary>NS as a set, each number parsed by <see cref="Numbers.Parse{T}"/>: compiled once per number type, no delegate call per number.</summary>
    public static HashSet<T> NumberSet<T>(ref Utf8JsonReader reader)
        where T : struct, System.Numerics.INumber<T>
    {
        var set = new HashSet<T>();
        if (IsNull(ref reader))
        {
            Null(ref reader);
            return set;
        }

        Expect(ref reader, "NS"u8, JsonTokenType.StartArray);
        while (reader.Read() && reader.TokenType == JsonTokenType.String)
        {
            set.Add(Numbers.Parse<T>(reader.GetString()!));
        }

        return reader.TokenType == JsonTokenType.EndArray ? Closed(ref reader, set) : throw Miss();
    }

    /// <summary>BS as a set of byte arrays.</summary>
    public static HashSet<byte[]> BinarySet(ref Utf8JsonReader reader)
    {
        var set = new HashSet<byte[]>();
        if (IsNull(ref reader))
        {
            Null(ref reader);
            return set;
        }

        Expect(ref reader, "BS"u8, JsonTokenType.StartArray);
        while (reader.Read() && reader.TokenType == JsonTokenType.String)
        {
            set.Add(reader.TryGetBytesFromBase64(out var bytes) ? bytes : throw Miss());
        }

        return reader.TokenType == JsonTokenType.EndArray ? Closed(ref reader, set) : throw Miss();
    }

    /// <summary>M as a dictionary keyed by attribute name; a key that appears twice leaves the fast path.</summary>
    public static Dictionary<string, T> Map<T>(ref Utf8JsonReader reader, JsonValueReader<T> element)
    {
        Expect(ref reader, "M"u8, JsonTokenType.StartObject);
        var map = new Dictionary<string, T>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = reader.GetString()!;
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject || !reader.Read() || reader.TokenType != JsonTokenType.PropertyName)
            {
                throw Miss();
            }

            if (!map.TryAdd(key, element(ref reader)))
            {
                throw Miss();
            }
        }

        return reader.TokenType == JsonTokenType.EndObject ? Closed(ref reader, map) : throw Miss();
    }

    /// <summary>S holding JSON, deserialized from the unescaped UTF-8 bytes with source-generated metadata; JSON null leaves the fast path.</summary>
    public static T Json<T>(ref Utf8JsonReader reader, JsonTypeInfo<T> typeInfo)
        => JsonOrNull(ref reader, typeInfo) ?? throw Miss();

    /// <summary>S holding JSON for a nullable member: the JSON text <c>null</c> reads as null.</summary>
    public static T? JsonOrNull<T>(ref Utf8JsonReader reader, JsonTypeInfo<T> typeInfo)
    {
        Expect(ref reader, "S"u8, JsonTokenType.String);
        T? value;
        if (!reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            value = JsonSerializer.Deserialize(reader.ValueSpan, typeInfo);
        }
        else
        {
            var length = reader.HasValueSequence ? checked((int)reader.ValueSequence.Length) : reader.ValueSpan.Length;
            var rented = ArrayPool<byte>.Shared.Rent(length);
            try
            {
                var written = reader.CopyString(rented);
                value = JsonSerializer.Deserialize(rented.AsSpan(0, written), typeInfo);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }

        Close(ref reader);
        return value;
    }

    /// <summary>S holding JSON for a nullable value-type member: the JSON text <c>null</c> reads as null.</summary>
    public static T? NullableJson<T>(ref Utf8JsonReader reader, JsonTypeInfo<T> typeInfo) where T : struct
    {
        // Deserializing "null" as a non-nullable struct throws; the exact path reads it as null. Take that path for it.
        return JsonOrNull(ref reader, typeInfo);
    }

    /// <summary>Any value, through a user converter (written against <c>AttributeValue</c>: this value is parsed into one).</summary>
    public static T Converter<T>(ref Utf8JsonReader reader, IDynamoConverter<T> converter)
        => converter.FromAttribute(AttributeValueJson.ReadAtDescriptor(ref reader));

    /// <summary>
    /// An N value parsed from its UTF-8 bytes with <paramref name="styles"/> and the invariant culture: the parser and
    /// options <see cref="Numbers"/> uses on the text, so every number taken here reads the same on both paths. Escaped
    /// text (a writer may escape '+' as <c>\u002B</c>) is unescaped on the stack first.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static T Number<T>(ref Utf8JsonReader reader, NumberStyles styles) where T : struct, INumberBase<T>
    {
        Expect(ref reader, "N"u8, JsonTokenType.String);
        T value;
        if (!reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            if (!T.TryParse(reader.ValueSpan, styles, s_invariant, out value))
            {
                throw Miss();
            }
        }
        else if (!TryParseEscaped(ref reader, styles, out value))
        {
            throw Miss();
        }

        Close(ref reader);
        return value;
    }

    private static bool TryParseEscaped<T>(ref Utf8JsonReader reader, NumberStyles styles, out T value) where T : struct, INumberBase<T>
    {
        Span<byte> buffer = stackalloc byte[MaxShortText * 2];
        var length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (length > buffer.Length)
        {
            value = default;
            return false;
        }

        return T.TryParse(buffer[..reader.CopyString(buffer)], styles, s_invariant, out value);
    }

    /// <summary>The text of a short S value, decoded into <paramref name="buffer"/>; longer texts leave the fast path.</summary>
    private static int ShortText(ref Utf8JsonReader reader, scoped Span<char> buffer)
    {
        Expect(ref reader, "S"u8, JsonTokenType.String);
        var length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        return length <= buffer.Length ? reader.CopyString(buffer) : throw Miss();
    }

    private static long EpochSeconds(ref Utf8JsonReader reader)
        => Number<long>(ref reader, Integer) is var seconds && seconds is >= -62135596800 and <= 253402300799 ? seconds : throw Miss();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static T Closed<T>(ref Utf8JsonReader reader, T value)
    {
        Close(ref reader);
        return value;
    }

    /// <summary>Moves to the next element of L: true and on its descriptor, or false on the array's end.</summary>
    private static bool NextElement(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
        {
            throw Miss();
        }

        if (reader.TokenType == JsonTokenType.EndArray)
        {
            return false;
        }

        if (reader.TokenType != JsonTokenType.StartObject || !reader.Read() || reader.TokenType != JsonTokenType.PropertyName)
        {
            throw Miss();
        }

        return true;
    }
}

/// <summary>An item leaves the fast path of a generated DynamoDB JSON reader (never seen outside it).</summary>
internal sealed class JsonFastPathMissException : Exception
{
    public JsonFastPathMissException()
        : base("The item leaves the fast path of the generated DynamoDB JSON reader.")
    {
    }
}
