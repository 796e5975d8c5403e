using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.ComponentModel;
using System.IO;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Amazon.DynamoDBv2.Model;

namespace DynamoGen.Marshalling;

/// <summary>
/// Converts C# values to attribute values in DynamoGen's wire format (see the README's type-mapping table).
/// Generated code calls these through <see cref="ItemWriter"/>, and directly for elements of lists, sets and maps.
/// A value that cannot be stored throws <see cref="AttributeFormatException"/>.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class Write
{
    /// <summary>A <c>NULL: true</c> value (a new instance: attribute values are mutable).</summary>
    public static AttributeValue Null() => new() { NULL = true };

    /// <summary>S. A string with half a surrogate pair (which UTF-8 cannot encode) throws.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static AttributeValue String(string value)
        => Utf16.IsStorable(value) ? new AttributeValue { S = value } : throw NotStorable(value);

    /// <summary>S of one character; a lone surrogate throws.</summary>
    public static AttributeValue Char(char value)
        => char.IsSurrogate(value)
            ? throw new AttributeFormatException(Utf16.Expected, "a lone surrogate U+" + ((int)value).ToString("X4", DynamoFormats.Invariant))
            : new AttributeValue { S = value.ToString() };

    /// <summary>BOOL.</summary>
    public static AttributeValue Boolean(bool value) => new() { BOOL = value };

    /// <summary>N.</summary>
    public static AttributeValue Byte(byte value) => new() { N = Numbers.Format(value) };

    /// <summary>N.</summary>
    public static AttributeValue SByte(sbyte value) => new() { N = Numbers.Format(value) };

    /// <summary>N.</summary>
    public static AttributeValue Int16(short value) => new() { N = Numbers.Format(value) };

    /// <summary>N.</summary>
    public static AttributeValue UInt16(ushort value) => new() { N = Numbers.Format(value) };

    /// <summary>N.</summary>
    public static AttributeValue Int32(int value) => new() { N = Numbers.Format(value) };

    /// <summary>N.</summary>
    public static AttributeValue UInt32(uint value) => new() { N = Numbers.Format(value) };

    /// <summary>N.</summary>
    public static AttributeValue Int64(long value) => new() { N = Numbers.Format(value) };

    /// <summary>N.</summary>
    public static AttributeValue UInt64(ulong value) => new() { N = Numbers.Format(value) };

    /// <summary>N, shortest round-trip text; NaN and infinities throw.</summary>
    public static AttributeValue Single(float value) => new() { N = Numbers.Format(value) };

    /// <summary>N, shortest round-trip text; NaN and infinities throw.</summary>
    public static AttributeValue Double(double value) => new() { N = Numbers.Format(value) };

    /// <summary>N with every digit of the decimal.</summary>
    public static AttributeValue Decimal(decimal value) => new() { N = Numbers.Format(value) };

    /// <summary>S, <c>D</c> format (<c>00000000-0000-0000-0000-000000000000</c>).</summary>
    public static AttributeValue Guid(Guid value) => new() { S = value.ToString("D", DynamoFormats.Invariant) };

    /// <summary>S, ISO-8601 in UTC (<see cref="DynamoFormats.DateTime"/>). A value of unspecified kind is taken as UTC.</summary>
    public static AttributeValue DateTime(DateTime value) => new() { S = DateText(value) };

    /// <summary>S, ISO-8601 with the offset (<see cref="DynamoFormats.DateTimeOffset"/>).</summary>
    public static AttributeValue DateTimeOffset(DateTimeOffset value) => new() { S = IsoDates.Format(value) };

    /// <summary>S, <c>yyyy-MM-dd</c> (<see cref="DynamoFormats.DateOnly"/>).</summary>
    public static AttributeValue DateOnly(DateOnly value) => new() { S = IsoDates.Format(value) };

    /// <summary>S, <c>HH:mm:ss.fffffff</c> (<see cref="DynamoFormats.TimeOnly"/>).</summary>
    public static AttributeValue TimeOnly(TimeOnly value) => new() { S = value.ToString(DynamoFormats.RoundTrip, DynamoFormats.Invariant) };

    /// <summary>S, .NET's constant format <c>[-][d.]hh:mm:ss[.fffffff]</c>.</summary>
    public static AttributeValue TimeSpan(TimeSpan value) => new() { S = value.ToString(DynamoFormats.TimeSpan, DynamoFormats.Invariant) };

    /// <summary>N, whole seconds since 1970-01-01 UTC (what DynamoDB's TTL expects). A value of unspecified kind is taken as UTC.</summary>
    public static AttributeValue EpochDateTime(DateTime value) => new() { N = Numbers.Format(EpochSeconds(value)) };

    /// <summary>N, whole seconds since 1970-01-01 UTC.</summary>
    public static AttributeValue EpochDateTimeOffset(DateTimeOffset value) => new() { N = Numbers.Format(value.ToUnixTimeSeconds()) };

    /// <summary>B. The array is wrapped, not copied.</summary>
    public static AttributeValue Binary(byte[] value) => new() { B = new MemoryStream(value, writable: false) };

    /// <summary>B. The memory is wrapped when it is a whole array segment, copied otherwise.</summary>
    public static AttributeValue Memory(ReadOnlyMemory<byte> value)
        => MemoryMarshal.TryGetArray(value, out var segment) && segment.Array is not null
            ? new AttributeValue { B = new MemoryStream(segment.Array, segment.Offset, segment.Count, writable: false) }
            : new AttributeValue { B = new MemoryStream(value.ToArray(), writable: false) };

    /// <summary>M, the nested item's own attributes.</summary>
    public static AttributeValue Item<T>(T value) where T : IDynamoItem<T> => new() { M = value.ToItem() };

    /// <summary>The value, or <c>NULL</c> for a null element of a list or map.</summary>
    public static AttributeValue Nullable<T>(T? value, Func<T, AttributeValue> element) where T : struct
        => value.HasValue ? element(value.GetValueOrDefault()) : Null();

    /// <summary>L. Null elements become <c>NULL</c> so positions are kept.</summary>
    public static AttributeValue List<T>(List<T> values, Func<T, AttributeValue> element)
    {
        var list = new List<AttributeValue>(values.Count);
        for (var i = 0; i < values.Count; i++)
        {
            list.Add(Element(values[i], element, i));
        }

        return new AttributeValue { L = list };
    }

    /// <summary>L. Null elements become <c>NULL</c> so positions are kept.</summary>
    public static AttributeValue List<T>(T[] values, Func<T, AttributeValue> element)
    {
        var list = new List<AttributeValue>(values.Length);
        for (var i = 0; i < values.Length; i++)
        {
            list.Add(Element(values[i], element, i));
        }

        return new AttributeValue { L = list };
    }

    /// <summary>L. Null elements become <c>NULL</c> so positions are kept.</summary>
    public static AttributeValue List<T>(ImmutableArray<T> values, Func<T, AttributeValue> element)
    {
        var list = new List<AttributeValue>(values.IsDefault ? 0 : values.Length);
        for (var i = 0; i < list.Capacity; i++)
        {
            list.Add(Element(values[i], element, i));
        }

        return new AttributeValue { L = list };
    }

    /// <summary>L, for any other sequence (IList, IReadOnlyList, IEnumerable, ICollection).</summary>
    public static AttributeValue List<T>(IEnumerable<T> values, Func<T, AttributeValue> element)
    {
        var list = values is IReadOnlyCollection<T> c ? new List<AttributeValue>(c.Count) : new List<AttributeValue>();
        var i = 0;
        foreach (var value in values)
        {
            list.Add(Element(value, element, i++));
        }

        return new AttributeValue { L = list };
    }

    /// <summary>
    /// L of strings. Written with exact types, not as <c>List&lt;string, As.String&gt;</c>: generic code over a reference
    /// type is shared between instantiations and measured 1.6x slower than this loop (benchmarks/Primitives, PrimitiveConverterCosts).
    /// </summary>
    public static AttributeValue StringList(List<string> values)
    {
        var source = CollectionsMarshal.AsSpan(values);
        var list = new List<AttributeValue>(source.Length);
        var target = Filled(list, source.Length);
        for (var i = 0; i < source.Length; i++)
        {
            var value = source[i];
            target[i] = value is null ? Null() : Utf16.IsStorable(value) ? new AttributeValue { S = value } : throw NotStorable(value, Index(i));
        }

        return new AttributeValue { L = list };
    }

    /// <summary>M of strings, with exact types (see <see cref="StringList"/>). Null values become <c>NULL</c>.</summary>
    public static AttributeValue StringMap(Dictionary<string, string> values)
    {
        var map = new Dictionary<string, AttributeValue>(values.Count);
        foreach (var (key, value) in values)
        {
            map[StorableKey(key)] = value is null ? Null() : Utf16.IsStorable(value) ? new AttributeValue { S = value } : throw NotStorable(value, "." + key);
        }

        return new AttributeValue { M = map };
    }

    /// <summary>L, each element written by <typeparamref name="TElement"/> (a direct call, no delegate). Null elements become <c>NULL</c>.</summary>
    public static AttributeValue List<T, TElement>(List<T> values)
        where TElement : struct, IAttributeConverter<T>
    {
        var source = CollectionsMarshal.AsSpan(values);
        var list = new List<AttributeValue>(source.Length);
        var target = Filled(list, source.Length);
        var i = 0;
        try
        {
            for (; i < source.Length; i++)
            {
                target[i] = source[i] is { } value ? TElement.Write(value) : Null();
            }
        }
        catch (AttributeFormatException ex)
        {
            throw ex.Within(Index(i)); // the element's position, built only on failure
        }

        return new AttributeValue { L = list };
    }

    /// <summary>L, each element written by <typeparamref name="TElement"/>. Null elements become <c>NULL</c>.</summary>
    public static AttributeValue List<T, TElement>(T[] values)
        where TElement : struct, IAttributeConverter<T>
    {
        var list = new List<AttributeValue>(values.Length);
        var target = Filled(list, values.Length);
        var i = 0;
        try
        {
            for (; i < values.Length; i++)
            {
                target[i] = values[i] is { } value ? TElement.Write(value) : Null();
            }
        }
        catch (AttributeFormatException ex)
        {
            throw ex.Within(Index(i));
        }

        return new AttributeValue { L = list };
    }

    /// <summary>L, each element written by <typeparamref name="TElement"/>. Null elements become <c>NULL</c>.</summary>
    public static AttributeValue List<T, TElement>(ImmutableArray<T> values)
        where TElement : struct, IAttributeConverter<T>
    {
        var count = values.IsDefault ? 0 : values.Length;
        var list = new List<AttributeValue>(count);
        var i = 0;
        try
        {
            for (; i < count; i++)
            {
                list.Add(values[i] is { } value ? TElement.Write(value) : Null());
            }
        }
        catch (AttributeFormatException ex)
        {
            throw ex.Within(Index(i));
        }

        return new AttributeValue { L = list };
    }

    /// <summary>L, for any other sequence (IList, IReadOnlyList, IEnumerable, ICollection), each element written by <typeparamref name="TElement"/>.</summary>
    public static AttributeValue List<T, TElement>(IEnumerable<T> values)
        where TElement : struct, IAttributeConverter<T>
    {
        var list = values is IReadOnlyCollection<T> c ? new List<AttributeValue>(c.Count) : new List<AttributeValue>();
        try
        {
            foreach (var element in values)
            {
                list.Add(element is { } value ? TElement.Write(value) : Null());
            }
        }
        catch (AttributeFormatException ex)
        {
            throw ex.Within(Index(list.Count)); // the elements before the bad one were added
        }

        return new AttributeValue { L = list };
    }

    /// <summary>M with the dictionary's keys as attribute names, each value written by <typeparamref name="TElement"/>. Null values become <c>NULL</c>.</summary>
    public static AttributeValue Map<T, TElement>(Dictionary<string, T> values)
        where TElement : struct, IAttributeConverter<T>
    {
        var map = new Dictionary<string, AttributeValue>(values.Count);
        string? key = null;
        try
        {
            foreach (var pair in values)
            {
                key = pair.Key;
                map[Utf16.IsStorable(key) ? key : throw NotStorable(key)] = pair.Value is { } value ? TElement.Write(value) : Null(); // the catch adds the key's path
            }
        }
        catch (AttributeFormatException ex)
        {
            throw ex.Within("." + key);
        }

        return new AttributeValue { M = map };
    }

    /// <summary>M, for IDictionary and IReadOnlyDictionary, each value written by <typeparamref name="TElement"/>.</summary>
    public static AttributeValue Map<T, TElement>(IEnumerable<KeyValuePair<string, T>> values)
        where TElement : struct, IAttributeConverter<T>
    {
        var map = values is IReadOnlyCollection<KeyValuePair<string, T>> c ? new Dictionary<string, AttributeValue>(c.Count) : new Dictionary<string, AttributeValue>();
        string? key = null;
        try
        {
            foreach (var pair in values)
            {
                key = pair.Key;
                map[Utf16.IsStorable(key) ? key : throw NotStorable(key)] = pair.Value is { } value ? TElement.Write(value) : Null(); // the catch adds the key's path
            }
        }
        catch (AttributeFormatException ex)
        {
            throw ex.Within("." + key);
        }

        return new AttributeValue { M = map };
    }

    /// <summary>
    /// NS, or <see langword="null"/> (attribute omitted) for an empty set: DynamoDB rejects empty sets. Each number is
    /// formatted by <see cref="Numbers.Format{T}"/>, compiled once per number type (no delegate call per element).
    /// </summary>
    public static AttributeValue? NumberSet<T>(IEnumerable<T> values)
        where T : struct, System.Numerics.INumber<T>
    {
        if (values is HashSet<T> hashSet)
        {
            return NumberSet(hashSet);
        }

        var set = new List<string>(CountOf(values));
        foreach (var value in values)
        {
            set.Add(Numbers.Format(value));
        }

        return set.Count == 0 ? null : new AttributeValue { NS = set };
    }

    /// <summary>
    /// NS from a <see cref="HashSet{T}"/> (the usual set type; chosen at compile time, so no type test): its struct
    /// enumerator, the list sized exactly. <see langword="null"/> for an empty set.
    /// </summary>
    public static AttributeValue? NumberSet<T>(HashSet<T> values)
        where T : struct, System.Numerics.INumber<T>
    {
        if (values.Count == 0)
        {
            return null;
        }

        var set = new List<string>(values.Count);
        var target = Filled(set, values.Count);
        var i = 0;
        foreach (var value in values)
        {
            target[i++] = Numbers.Format(value);
        }

        return new AttributeValue { NS = set };
    }

    /// <summary>SS, or <see langword="null"/> (attribute omitted) for an empty set: DynamoDB rejects empty sets.</summary>
    public static AttributeValue? StringSet(IEnumerable<string> values)
    {
        if (values is HashSet<string> hashSet)
        {
            return StringSet(hashSet);
        }

        var set = new List<string>(CountOf(values));
        foreach (var value in values)
        {
            set.Add(StoredElement(value, set.Count));
        }

        return set.Count == 0 ? null : new AttributeValue { SS = set };
    }

    /// <summary>
    /// SS from a <see cref="HashSet{T}"/> (the usual set type; chosen at compile time, so no type test): its struct
    /// enumerator, the list sized exactly. <see langword="null"/> for an empty set.
    /// </summary>
    public static AttributeValue? StringSet(HashSet<string> values)
    {
        if (values.Count == 0)
        {
            return null;
        }

        var set = new List<string>(values.Count);
        var target = Filled(set, values.Count);
        var i = 0;
        foreach (var value in values)
        {
            target[i] = StoredElement(value, i);
            i++;
        }

        return new AttributeValue { SS = set };
    }

    /// <summary>BS, or <see langword="null"/> (attribute omitted) for an empty set: DynamoDB rejects empty sets.</summary>
    public static AttributeValue? BinarySet(IEnumerable<byte[]> values)
    {
        var set = new List<MemoryStream>(CountOf(values));
        foreach (var value in values)
        {
            set.Add(new MemoryStream(value ?? throw NullInSet("bytes (sets cannot hold null)", set.Count), writable: false));
        }

        return set.Count == 0 ? null : new AttributeValue { BS = set };
    }

    /// <summary>M with the dictionary's keys as attribute names. Null values become <c>NULL</c>.</summary>
    public static AttributeValue Map<T>(Dictionary<string, T> values, Func<T, AttributeValue> element)
    {
        var map = new Dictionary<string, AttributeValue>(values.Count);
        foreach (var pair in values)
        {
            map[StorableKey(pair.Key)] = MapValue(pair, element);
        }

        return new AttributeValue { M = map };
    }

    /// <summary>M, for IDictionary and IReadOnlyDictionary.</summary>
    public static AttributeValue Map<T>(IEnumerable<KeyValuePair<string, T>> values, Func<T, AttributeValue> element)
    {
        var map = values is IReadOnlyCollection<KeyValuePair<string, T>> c ? new Dictionary<string, AttributeValue>(c.Count) : new Dictionary<string, AttributeValue>();
        foreach (var pair in values)
        {
            map[StorableKey(pair.Key)] = MapValue(pair, element);
        }

        return new AttributeValue { M = map };
    }

    /// <summary>S holding the value serialized by System.Text.Json with source-generated metadata (AOT-safe).</summary>
    public static AttributeValue Json<T>(T value, JsonTypeInfo<T> typeInfo) => new() { S = JsonSerializer.Serialize(value, typeInfo) };

    internal static string DateText(DateTime value)
    {
        var utc = value.Kind switch
        {
            DateTimeKind.Local => value.ToUniversalTime(),
            DateTimeKind.Unspecified => System.DateTime.SpecifyKind(value, DateTimeKind.Utc),
            _ => value,
        };
        return IsoDates.Format(utc);
    }

    internal static long EpochSeconds(DateTime value)
    {
        var utc = value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : System.DateTime.SpecifyKind(value, DateTimeKind.Utc);
        return new DateTimeOffset(utc).ToUnixTimeSeconds();
    }

    /// <summary>The number of elements when the collection knows it without enumerating, else 0 (let the list grow).</summary>
    /// <summary>
    /// Sets a new, empty list's count and returns its storage, so a loop writes each element by index instead of through
    /// <c>Add</c> (no size or version check per element). The list is dropped if the loop throws.
    /// </summary>
    private static Span<T> Filled<T>(List<T> list, int count)
    {
        CollectionsMarshal.SetCount(list, count);
        return CollectionsMarshal.AsSpan(list);
    }

    private static int CountOf<T>(IEnumerable<T> values) => values switch
    {
        ICollection<T> collection => collection.Count,
        IReadOnlyCollection<T> collection => collection.Count,
        _ => 0,
    };

    /// <summary>The error for a string DynamoDB cannot store, described only when it is thrown.</summary>
    private static AttributeFormatException NotStorable(string value, string path = "") => new(Utf16.Expected, Utf16.Describe(value), path);

    /// <summary>A map key: an attribute name, stored as UTF-8 like any string, so half a surrogate pair is refused, naming the key.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static string StorableKey(string key) => Utf16.IsStorable(key) ? key : throw NotStorable(key, "." + key);

    private static string Index(int index) => "[" + index.ToString(DynamoFormats.Invariant) + "]";

    /// <summary>A string set element: never null, and storable (half a surrogate pair would be changed on its way to the table).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static string StoredElement(string? value, int index)
        => value is null ? throw NullInSet("a string (sets cannot hold null)", index)
            : Utf16.IsStorable(value) ? value
            : throw NotStorable(value, Index(index));

    private static AttributeFormatException NullInSet(string expected, int index)
        => new(expected, "null", "[" + index.ToString(DynamoFormats.Invariant) + "]");

    private static AttributeValue Element<T>(T value, Func<T, AttributeValue> element, int index)
    {
        if (value is null)
        {
            return Null();
        }

        try
        {
            return element(value);
        }
        catch (AttributeFormatException ex)
        {
            throw ex.Within("[" + index.ToString(DynamoFormats.Invariant) + "]");
        }
    }

    private static AttributeValue MapValue<T>(KeyValuePair<string, T> pair, Func<T, AttributeValue> element)
    {
        if (pair.Value is null)
        {
            return Null();
        }

        try
        {
            return element(pair.Value);
        }
        catch (AttributeFormatException ex)
        {
            throw ex.Within("." + pair.Key);
        }
    }
}
