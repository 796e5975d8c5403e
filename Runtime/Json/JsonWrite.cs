using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.ComponentModel;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using DynamoGen.Marshalling;

namespace DynamoGen.Json;

/// <summary>
/// Writes attribute values as DynamoDB JSON for generated writers, in exactly the text of <see cref="Write"/> (the same
/// formats, checks and errors), formatted straight into the writer without strings or <c>AttributeValue</c>s. A value
/// that cannot be stored throws <see cref="AttributeFormatException"/>, which <see cref="JsonItemWriter"/> turns into
/// the same <see cref="DynamoMappingException"/> as <c>ToItem()</c>.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class JsonWrite
{
    private static readonly CultureInfo s_invariant = CultureInfo.InvariantCulture;

    /// <summary><c>{"NULL":true}</c>.</summary>
    public static void Null(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteBoolean("NULL"u8, true);
        writer.WriteEndObject();
    }

    /// <summary>S; a string with half a surrogate pair throws.</summary>
    public static void String(Utf8JsonWriter writer, string value)
    {
        if (!Utf16.IsStorable(value))
        {
            throw new AttributeFormatException(Utf16.Expected, Utf16.Describe(value));
        }

        Text(writer, "S"u8, value);
    }

    /// <summary>S of UTF-8 text known to be storable (an enum member's name).</summary>
    public static void Utf8String(Utf8JsonWriter writer, ReadOnlySpan<byte> value)
    {
        writer.WriteStartObject();
        writer.WriteString("S"u8, value);
        writer.WriteEndObject();
    }

    /// <summary>S of one character; a lone surrogate throws.</summary>
    public static void Char(Utf8JsonWriter writer, char value)
    {
        if (char.IsSurrogate(value))
        {
            throw new AttributeFormatException(Utf16.Expected, "a lone surrogate U+" + ((int)value).ToString("X4", s_invariant));
        }

        Text(writer, "S"u8, new ReadOnlySpan<char>(in value));
    }

    /// <summary>BOOL.</summary>
    public static void Boolean(Utf8JsonWriter writer, bool value)
    {
        writer.WriteStartObject();
        writer.WriteBoolean("BOOL"u8, value);
        writer.WriteEndObject();
    }

    /// <summary>N.</summary>
    public static void Byte(Utf8JsonWriter writer, byte value) => Number(writer, value, default);

    /// <summary>N.</summary>
    public static void SByte(Utf8JsonWriter writer, sbyte value) => Number(writer, value, default);

    /// <summary>N.</summary>
    public static void Int16(Utf8JsonWriter writer, short value) => Number(writer, value, default);

    /// <summary>N.</summary>
    public static void UInt16(Utf8JsonWriter writer, ushort value) => Number(writer, value, default);

    /// <summary>N.</summary>
    public static void Int32(Utf8JsonWriter writer, int value) => Number(writer, value, default);

    /// <summary>N.</summary>
    public static void UInt32(Utf8JsonWriter writer, uint value) => Number(writer, value, default);

    /// <summary>N.</summary>
    public static void Int64(Utf8JsonWriter writer, long value) => Number(writer, value, default);

    /// <summary>N.</summary>
    public static void UInt64(Utf8JsonWriter writer, ulong value) => Number(writer, value, default);

    /// <summary>N, shortest round-trip text; NaN and infinities throw.</summary>
    public static void Single(Utf8JsonWriter writer, float value)
    {
        if (!float.IsFinite(value))
        {
            Numbers.Format(value); // throws the wire format's error
        }

        Number(writer, value, "R");
    }

    /// <summary>N, shortest round-trip text; NaN and infinities throw.</summary>
    public static void Double(Utf8JsonWriter writer, double value)
    {
        if (!double.IsFinite(value))
        {
            Numbers.Format(value); // throws the wire format's error
        }

        Number(writer, value, "R");
    }

    /// <summary>N with every digit.</summary>
    public static void Decimal(Utf8JsonWriter writer, decimal value) => Number(writer, value, default);

    /// <summary>S, <c>D</c> format.</summary>
    public static void Guid(Utf8JsonWriter writer, Guid value) => Formatted(writer, value, "D");

    /// <summary>S, ISO-8601 in UTC (a value of unspecified kind is taken as UTC).</summary>
    public static void DateTime(Utf8JsonWriter writer, DateTime value)
    {
        var utc = value.Kind switch
        {
            DateTimeKind.Local => value.ToUniversalTime(),
            DateTimeKind.Unspecified => System.DateTime.SpecifyKind(value, DateTimeKind.Utc),
            _ => value,
        };
        Span<char> text = stackalloc char[IsoDates.UtcLength];
        Text(writer, "S"u8, text[..IsoDates.Write(text, utc)]);
    }

    /// <summary>S, ISO-8601 with the offset.</summary>
    public static void DateTimeOffset(Utf8JsonWriter writer, DateTimeOffset value)
    {
        Span<char> text = stackalloc char[IsoDates.OffsetLength];
        Text(writer, "S"u8, text[..IsoDates.Write(text, value)]);
    }

    /// <summary>S, <c>yyyy-MM-dd</c>.</summary>
    public static void DateOnly(Utf8JsonWriter writer, DateOnly value)
    {
        Span<char> text = stackalloc char[IsoDates.DateLength];
        Text(writer, "S"u8, text[..IsoDates.Write(text, value)]);
    }

    /// <summary>S, <c>HH:mm:ss.fffffff</c>.</summary>
    public static void TimeOnly(Utf8JsonWriter writer, TimeOnly value) => Formatted(writer, value, DynamoFormats.TimeOnly);

    /// <summary>S, .NET's constant format.</summary>
    public static void TimeSpan(Utf8JsonWriter writer, TimeSpan value) => Formatted(writer, value, DynamoFormats.TimeSpan);

    /// <summary>N, whole seconds since 1970-01-01 UTC.</summary>
    public static void EpochDateTime(Utf8JsonWriter writer, DateTime value) => Number(writer, Write.EpochSeconds(value), default);

    /// <summary>N, whole seconds since 1970-01-01 UTC.</summary>
    public static void EpochDateTimeOffset(Utf8JsonWriter writer, DateTimeOffset value) => Number(writer, value.ToUnixTimeSeconds(), default);

    /// <summary>B, base64.</summary>
    public static void Binary(Utf8JsonWriter writer, byte[] value) => Memory(writer, value);

    /// <summary>B, base64.</summary>
    public static void Memory(Utf8JsonWriter writer, ReadOnlyMemory<byte> value)
    {
        writer.WriteStartObject();
        writer.WriteBase64String("B"u8, value.Span);
        writer.WriteEndObject();
    }

    /// <summary>M, written by the nested type's generated writer.</summary>
    public static void Item<T>(Utf8JsonWriter writer, T value) where T : IDynamoJsonItem<T>
    {
        writer.WriteStartObject();
        writer.WritePropertyName("M"u8);
        value.WriteJson(writer);
        writer.WriteEndObject();
    }

    /// <summary>The value, or <c>NULL</c> for a null element of a list or map.</summary>
    public static void Nullable<T>(Utf8JsonWriter writer, T? value, JsonValueWriter<T> element) where T : struct
    {
        if (value.HasValue)
        {
            element(writer, value.GetValueOrDefault());
        }
        else
        {
            Null(writer);
        }
    }

    /// <summary>L. Null elements become <c>NULL</c>.</summary>
    public static void List<T>(Utf8JsonWriter writer, List<T> values, JsonValueWriter<T> element)
    {
        StartList(writer);
        for (var i = 0; i < values.Count; i++)
        {
            Element(writer, values[i], element, i);
        }

        EndList(writer);
    }

    /// <summary>L. Null elements become <c>NULL</c>.</summary>
    public static void List<T>(Utf8JsonWriter writer, T[] values, JsonValueWriter<T> element)
    {
        StartList(writer);
        for (var i = 0; i < values.Length; i++)
        {
            Element(writer, values[i], element, i);
        }

        EndList(writer);
    }

    /// <summary>L. Null elements become <c>NULL</c>.</summary>
    public static void List<T>(Utf8JsonWriter writer, ImmutableArray<T> values, JsonValueWriter<T> element)
    {
        StartList(writer);
        if (!values.IsDefault)
        {
            for (var i = 0; i < values.Length; i++)
            {
                Element(writer, values[i], element, i);
            }
        }

        EndList(writer);
    }

    /// <summary>L, for any other sequence.</summary>
    public static void List<T>(Utf8JsonWriter writer, IEnumerable<T> values, JsonValueWriter<T> element)
    {
        StartList(writer);
        var i = 0;
        foreach (var value in values)
        {
            Element(writer, value, element, i++);
        }

        EndList(writer);
    }

    /// <summary>Whether a set is empty (an empty set is left out: DynamoDB rejects empty sets).</summary>
    public static bool IsEmpty<T>(IEnumerable<T> values) => values switch
    {
        ICollection<T> collection => collection.Count == 0,
        IReadOnlyCollection<T> collection => collection.Count == 0,
        _ => !HasAny(values),
    };

    /// <summary>SS; an empty set is written as <c>NULL</c> (inside a list or map, where it cannot be left out).</summary>
    public static void StringSet(Utf8JsonWriter writer, IEnumerable<string> values)
    {
        if (IsEmpty(values))
        {
            Null(writer);
            return;
        }

        writer.WriteStartObject();
        writer.WriteStartArray("SS"u8);
        var i = 0;
        foreach (var value in values)
        {
            if (value is null)
            {
                throw new AttributeFormatException("a string (sets cannot hold null)", "null", "[" + i.ToString(s_invariant) + "]");
            }

            if (!Utf16.IsStorable(value))
            {
                throw new AttributeFormatException(Utf16.Expected, Utf16.Describe(value), "[" + i.ToString(s_invariant) + "]");
            }

            writer.WriteStringValue(value);
            i++;
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>NS (<c>NULL</c> when empty), each number formatted by <see cref="Numbers.Format{T}"/>: compiled once per number type, no delegate call per number.</summary>
    public static void NumberSet<T>(Utf8JsonWriter writer, IEnumerable<T> values)
        where T : struct, System.Numerics.INumber<T>
    {
        if (IsEmpty(values))
        {
            Null(writer);
            return;
        }

        writer.WriteStartObject();
        writer.WriteStartArray("NS"u8);
        foreach (var value in values)
        {
            writer.WriteStringValue(Numbers.Format(value));
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>BS (<c>NULL</c> when empty).</summary>
    public static void BinarySet(Utf8JsonWriter writer, IEnumerable<byte[]> values)
    {
        if (IsEmpty(values))
        {
            Null(writer);
            return;
        }

        writer.WriteStartObject();
        writer.WriteStartArray("BS"u8);
        var i = 0;
        foreach (var value in values)
        {
            writer.WriteBase64StringValue(value ?? throw new AttributeFormatException("bytes (sets cannot hold null)", "null", "[" + i.ToString(s_invariant) + "]"));
            i++;
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>M with the dictionary's keys as attribute names. Null values become <c>NULL</c>.</summary>
    public static void Map<T>(Utf8JsonWriter writer, Dictionary<string, T> values, JsonValueWriter<T> element)
    {
        StartMap(writer);
        foreach (var pair in values)
        {
            MapValue(writer, pair, element);
        }

        EndMap(writer);
    }

    /// <summary>M, for IDictionary and IReadOnlyDictionary.</summary>
    public static void Map<T>(Utf8JsonWriter writer, IEnumerable<KeyValuePair<string, T>> values, JsonValueWriter<T> element)
    {
        StartMap(writer);
        foreach (var pair in values)
        {
            MapValue(writer, pair, element);
        }

        EndMap(writer);
    }

    /// <summary>S holding the value serialized by System.Text.Json with source-generated metadata.</summary>
    public static void Json<T>(Utf8JsonWriter writer, T value, JsonTypeInfo<T> typeInfo)
        => Text(writer, "S"u8, JsonSerializer.Serialize(value, typeInfo));

    /// <summary>Any value through a user converter (written against <c>AttributeValue</c>: its result is written as the SDK writes it).</summary>
    public static void Converter<T>(Utf8JsonWriter writer, T value, IDynamoConverter<T> converter)
        => AttributeValueJson.WriteValue(writer, converter.ToAttribute(value));

    private static void Text(Utf8JsonWriter writer, ReadOnlySpan<byte> descriptor, ReadOnlySpan<char> value)
    {
        writer.WriteStartObject();
        writer.WriteString(descriptor, value);
        writer.WriteEndObject();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Number<T>(Utf8JsonWriter writer, T value, ReadOnlySpan<char> format) where T : IUtf8SpanFormattable
    {
        Span<byte> text = stackalloc byte[64];
        if (!value.TryFormat(text, out var written, format, s_invariant))
        {
            throw new InvalidOperationException("A number did not fit 64 bytes of text.");
        }

        writer.WriteStartObject();
        writer.WriteString("N"u8, text[..written]);
        writer.WriteEndObject();
    }

    private static void Formatted<T>(Utf8JsonWriter writer, T value, ReadOnlySpan<char> format) where T : ISpanFormattable
    {
        Span<char> text = stackalloc char[64];
        if (!value.TryFormat(text, out var written, format, s_invariant))
        {
            throw new InvalidOperationException("A date or GUID did not fit 64 characters of text.");
        }

        Text(writer, "S"u8, text[..written]);
    }

    private static void StartList(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("L"u8);
    }

    private static void EndList(Utf8JsonWriter writer)
    {
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void StartMap(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteStartObject("M"u8);
    }

    private static void EndMap(Utf8JsonWriter writer)
    {
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static bool HasAny<T>(IEnumerable<T> values)
    {
        using var e = values.GetEnumerator();
        return e.MoveNext();
    }

    private static void Element<T>(Utf8JsonWriter writer, T value, JsonValueWriter<T> element, int index)
    {
        if (value is null)
        {
            Null(writer);
            return;
        }

        try
        {
            element(writer, value);
        }
        catch (AttributeFormatException ex)
        {
            throw ex.Within("[" + index.ToString(s_invariant) + "]");
        }
    }

    private static void MapValue<T>(Utf8JsonWriter writer, KeyValuePair<string, T> pair, JsonValueWriter<T> element)
    {
        if (!Utf16.IsStorable(pair.Key))
        {
            throw new AttributeFormatException(Utf16.Expected, Utf16.Describe(pair.Key), "." + pair.Key); // a map key is stored as UTF-8 too
        }

        writer.WritePropertyName(pair.Key);
        if (pair.Value is null)
        {
            Null(writer);
            return;
        }

        try
        {
            element(writer, pair.Value);
        }
        catch (AttributeFormatException ex)
        {
            throw ex.Within("." + pair.Key);
        }
    }
}
