// This file is written out from a table of scalar types (one block per type); keep the blocks identical in shape.
using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;
using Amazon.DynamoDBv2.Model;

namespace DynamoGen.Marshalling;

/// <summary>
/// Reads an item member by member for generated <c>FromItem</c> code. The generated code finds the item's attributes
/// in one pass over the item and hands each value found (or <see langword="null"/>) to one of three forms per type:
/// <c>X(value, attribute, member)</c> requires the attribute; <c>X(value, attribute, member, fallback)</c> returns the
/// fallback (the member's initial value) when the attribute is missing or <c>NULL</c>; <c>NullableX(...)</c> does the
/// same for nullable value types. The fast path of each is inlined; anything that does not fit it goes to one
/// out-of-line slow path, which converts what else is accepted or throws a <see cref="DynamoMappingException"/> naming
/// the type, member, attribute, expected and found value, and the item's key.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct ItemReader
{
    private readonly Dictionary<string, AttributeValue> _item;
    private readonly ItemMapping _mapping;

    /// <summary>Reads <paramref name="item"/>.</summary>
    /// <param name="item">The item.</param>
    /// <param name="mapping">The type's names, for error messages.</param>
    public ItemReader(Dictionary<string, AttributeValue> item, ItemMapping mapping)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (mapping.EntityAttribute is not null)
        {
            mapping.CheckEntity(item);
        }

        _item = item;
        _mapping = mapping;
    }

    /// <summary>The item being read.</summary>
    public Dictionary<string, AttributeValue> Item => _item;

    /// <summary>A required value of any type, converted by <paramref name="parse"/>.</summary>
    public T Value<T>(AttributeValue? value, string attribute, string member, Func<AttributeValue, T> parse)
        => Convert(attribute, member, value, parse, "a value");

    /// <summary>A value of any type, or <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    [return: NotNullIfNotNull(nameof(fallback))]
    public T? Value<T>(AttributeValue? value, string attribute, string member, Func<AttributeValue, T> parse, T? fallback)
        => value is not null && value.NULL != true ? Convert(attribute, member, value, parse, "a value") : fallback;

    /// <summary>A nullable value type, or <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    public T? NullableValue<T>(AttributeValue? value, string attribute, string member, Func<AttributeValue, T> parse, T? fallback) where T : struct
        => value is not null && value.NULL != true ? Convert(attribute, member, value, parse, "a value") : fallback;

    private T Convert<T>(string attribute, string member, AttributeValue? value, Func<AttributeValue, T> parse, string expected)
    {
        if (value is null || value.NULL == true)
        {
            throw _mapping.ReadError(_item, attribute, member, expected + " (the member is required)", value);
        }

        try
        {
            return parse(value);
        }
        catch (AttributeFormatException ex)
        {
            throw _mapping.ReadError(_item, attribute + ex.Path, member, ex.Expected, ex.Found);
        }
    }

    /// <summary>
    /// Reads <paramref name="value"/> with <typeparamref name="TConverter"/>, naming the member in any error: a missing or
    /// <c>NULL</c> value is reported as required (<paramref name="expected"/>), a conversion error with its path inside the
    /// attribute. The slow path of every scalar read (a value not in the fast format goes here, where the converter
    /// accepts what else it can) and the path of converter members (enums, nested items, lists, maps). Kept out of line
    /// so that the inlined fast paths stay small.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private T Converted<T, TConverter>(string attribute, string member, AttributeValue? value, string expected)
        where TConverter : struct, IAttributeConverter<T>
    {
        if (value is null || value.NULL == true)
        {
            throw _mapping.ReadError(_item, attribute, member, expected + " (the member is required)", value);
        }

        try
        {
            return TConverter.Read(value);
        }
        catch (AttributeFormatException ex)
        {
            throw _mapping.ReadError(_item, attribute + ex.Path, member, ex.Expected, ex.Found);
        }
    }

    /// <summary>A required value converted by <typeparamref name="TConverter"/> (an enum or a nested item): no delegate call.</summary>
    public T Value<T, TConverter>(AttributeValue? value, string attribute, string member)
        where TConverter : struct, IAttributeConverter<T>
        => Converted<T, TConverter>(attribute, member, value, "a value");

    /// <summary>A value converted by <typeparamref name="TConverter"/>, or <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    [return: NotNullIfNotNull(nameof(fallback))]
    public T? Value<T, TConverter>(AttributeValue? value, string attribute, string member, T? fallback)
        where TConverter : struct, IAttributeConverter<T>
        => value is null || value.NULL == true ? fallback : Converted<T, TConverter>(attribute, member, value, "a value");

    /// <summary>A nullable value type converted by <typeparamref name="TConverter"/>, or <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    public T? NullableValue<T, TConverter>(AttributeValue? value, string attribute, string member, T? fallback)
        where T : struct
        where TConverter : struct, IAttributeConverter<T>
        => value is null || value.NULL == true ? fallback : Converted<T, TConverter>(attribute, member, value, "a value");

    /// <summary>A required <c>string</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public string String(AttributeValue? value, string attribute, string member)
    {
        if (value is not null && TryString(value, out var result))
        {
            return result;
        }

        return Converted<string, As.String>(attribute, member, value, "S (String)");
    }

    /// <summary>A <c>string</c>, or <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    [return: NotNullIfNotNull(nameof(fallback))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public string? String(AttributeValue? value, string attribute, string member, string? fallback)
    {
        if (value is null || value.NULL == true)
        {
            return fallback;
        }

        return TryString(value, out var result) ? result : Converted<string, As.String>(attribute, member, value, "S (String)");
    }

    /// <summary>The success path of <see cref="Parse.String"/>: false sends the value to it (which converts what else it accepts, or throws).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryString(AttributeValue value, out string result)
    {
        result = value.S!;
        return result is not null;
    }

    /// <summary>A required <c>char</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public char Char(AttributeValue? value, string attribute, string member)
    {
        if (value is not null && TryChar(value, out var result))
        {
            return result;
        }

        return Converted<char, As.Char>(attribute, member, value, "S (Char)");
    }

    /// <summary>A <c>char</c>, or <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public char Char(AttributeValue? value, string attribute, string member, char fallback)
    {
        if (value is null || value.NULL == true)
        {
            return fallback;
        }

        return TryChar(value, out var result) ? result : Converted<char, As.Char>(attribute, member, value, "S (Char)");
    }

    /// <summary>A nullable <c>char</c>: <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public char? NullableChar(AttributeValue? value, string attribute, string member, char? fallback)
    {
        if (value is null || value.NULL == true)
        {
            return fallback;
        }

        return TryChar(value, out var result) ? result : Converted<char, As.Char>(attribute, member, value, "S (Char)");
    }

    /// <summary>The success path of <see cref="Parse.Char"/>: false sends the value to it (which converts what else it accepts, or throws).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryChar(AttributeValue value, out char result)
    {
        if (value.S is { Length: 1 } s)
        {
            result = s[0];
            return true;
        }

        result = default;
        return false;
    }

    /// <summary>A required <c>bool</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Boolean(AttributeValue? value, string attribute, string member)
    {
        if (value is not null && TryBoolean(value, out var result))
        {
            return result;
        }

        return Converted<bool, As.Boolean>(attribute, member, value, "BOOL (Boolean)");
    }

    /// <summary>A <c>bool</c>, or <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Boolean(AttributeValue? value, string attribute, string member, bool fallback)
    {
        if (value is null || value.NULL == true)
        {
            return fallback;
        }

        return TryBoolean(value, out var result) ? result : Converted<bool, As.Boolean>(attribute, member, value, "BOOL (Boolean)");
    }

    /// <summary>A nullable <c>bool</c>: <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool? NullableBoolean(AttributeValue? value, string attribute, string member, bool? fallback)
    {
        if (value is null || value.NULL == true)
        {
            return fallback;
        }

        return TryBoolean(value, out var result) ? result : Converted<bool, As.Boolean>(attribute, member, value, "BOOL (Boolean)");
    }

    /// <summary>The success path of <see cref="Parse.Boolean"/>: false sends the value to it (which converts what else it accepts, or throws).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryBoolean(AttributeValue value, out bool result)
    {
        if (value.BOOL is { } b)
        {
            result = b;
            return true;
        }

        result = default;
        return false;
    }

    /// <summary>A required <c>byte</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public byte Byte(AttributeValue? value, string attribute, string member)
    {
        if (value is not null && TryByte(value, out var result))
        {
            return result;
        }

        return Converted<byte, As.Byte>(attribute, member, value, "N (Byte)");
    }

    /// <summary>A <c>byte</c>, or <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public byte Byte(AttributeValue? value, string attribute, string member, byte fallback)
    {
        if (value is null || value.NULL == true)
        {
            return fallback;
        }

        return TryByte(value, out var result) ? result : Converted<byte, As.Byte>(attribute, member, value, "N (Byte)");
    }

    /// <summary>A nullable <c>byte</c>: <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public byte? NullableByte(AttributeValue? value, string attribute, string member, byte? fallback)
    {
        if (value is null || value.NULL == true)
        {
            return fallback;
        }

        return TryByte(value, out var result) ? result : Converted<byte, As.Byte>(attribute, member, value, "N (Byte)");
    }

    /// <summary>The success path of <see cref="Parse.Byte"/>: false sends the value to it (which converts what else it accepts, or throws).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryByte(AttributeValue value, out byte result)
    {
        if (value.N is { } n)
        {
            return byte.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out result);
        }

        result = default;
        return false;
    }

    /// <summary>A required <c>sbyte</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public sbyte SByte(AttributeValue? value, string attribute, string member)
    {
        if (value is not null && TrySByte(value, out var result))
        {
            return result;
        }

        return Converted<sbyte, As.SByte>(attribute, member, value, "N (SByte)");
    }

    /// <summary>A <c>sbyte</c>, or <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public sbyte SByte(AttributeValue? value, string attribute, string member, sbyte fallback)
    {
        if (value is null || value.NULL == true)
        {
            return fallback;
        }

        return TrySByte(value, out var result) ? result : Converted<sbyte, As.SByte>(attribute, member, value, "N (SByte)");
    }

    /// <summary>A nullable <c>sbyte</c>: <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public sbyte? NullableSByte(AttributeValue? value, string attribute, string member, sbyte? fallback)
    {
        if (value is null || value.NULL == true)
        {
            return fallback;
        }

        return TrySByte(value, out var result) ? result : Converted<sbyte, As.SByte>(attribute, member, value, "N (SByte)");
    }

    /// <summary>The success path of <see cref="Parse.SByte"/>: false sends the value to it (which converts what else it accepts, or throws).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TrySByte(AttributeValue value, out sbyte result)
    {
        if (value.N is { } n)
        {
            return sbyte.TryParse(n, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out result);
        }

        result = default;
        return false;
    }

    /// <summary>A required <c>short</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public short Int16(AttributeValue? value, string attribute, string member)
    {
        if (value is not null && TryInt16(value, out var result))
        {
            return result;
        }

        return Converted<short, As.Int16>(attribute, member, value, "N (Int16)");
    }

    /// <summary>A <c>short</c>, or <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public short Int16(AttributeValue? value, string attribute, string member, short fallback)
    {
        if (value is null || value.NULL == true)
        {
            return fallback;
        }

        return TryInt16(value, out var result) ? result : Converted<short, As.Int16>(attribute, member, value, "N (Int16)");
    }

    /// <summary>A nullable <c>short</c>: <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public short? NullableInt16(AttributeValue? value, string attribute, string member, short? fallback)
    {
        if (value is null || value.NULL == true)
        {
            return fallback;
        }

        return TryInt16(value, out var result) ? result : Converted<short, As.Int16>(attribute, member, value, "N (Int16)");
    }

    /// <summary>The success path of <see cref="Parse.Int16"/>: false sends the value to it (which converts what else it accepts, or throws).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryInt16(AttributeValue value, out short result)
    {
        if (value.N is { } n)
        {
            return short.TryParse(n, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out result);
        }

        result = default;
        return false;
    }

    /// <summary>A required <c>ushort</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ushort UInt16(AttributeValue? value, string attribute, string member)
    {
        if (value is not null && TryUInt16(value, out var result))
        {
            return result;
        }

        return Converted<ushort, As.UInt16>(attribute, member, value, "N (UInt16)");
    }

    /// <summary>A <c>ushort</c>, or <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ushort UInt16(AttributeValue? value, string attribute, string member, ushort fallback)
    {
        if (value is null || value.NULL == true)
        {
            return fallback;
        }

        return TryUInt16(value, out var result) ? result : Converted<ushort, As.UInt16>(attribute, member, value, "N (UInt16)");
    }

    /// <summary>A nullable <c>ushort</c>: <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ushort? NullableUInt16(AttributeValue? value, string attribute, string member, ushort? fallback)
    {
        if (value is null || value.NULL == true)
        {
            return fallback;
        }

        return TryUInt16(value, out var result) ? result : Converted<ushort, As.UInt16>(attribute, member, value, "N (UInt16)");
    }

    /// <summary>The success path of <see cref="Parse.UInt16"/>: false sends the value to it (which converts what else it accepts, or throws).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryUInt16(AttributeValue value, out ushort result)
    {
        if (value.N is { } n)
        {
            return ushort.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out result);
        }

        result = default;
        return false;
    }

    /// <summary>A required <c>int</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Int32(AttributeValue? value, string attribute, string member)
    {
        if (value is not null && TryInt32(value, out var result))
        {
            return result;
        }

        return Converted<int, As.Int32>(attribute, member, value, "N (Int32)");
    }

    /// <summary>A <c>int</c>, or <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Int32(AttributeValue? value, string attribute, string member, int fallback)
    {
        if (value is null || value.NULL == true)
        {
            return fallback;
        }

        return TryInt32(value, out var result) ? result : Converted<int, As.Int32>(attribute, member, value, "N (Int32)");
    }

    /// <summary>A nullable <c>int</c>: <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int? NullableInt32(AttributeValue? value, string attribute, string member, int? fallback)
    {
        if (value is null || value.NULL == true)
        {
            return fallback;
        }

        return TryInt32(value, out var result) ? result : Converted<int, As.Int32>(attribute, member, value, "N (Int32)");
    }

    /// <summary>The success path of <see cref="Parse.Int32"/>: false sends the value to it (which converts what else it accepts, or throws).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryInt32(AttributeValue value, out int result)
    {
        if (value.N is { } n)
        {
            return int.TryParse(n, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out result);
        }

        result = default;
        return false;
    }

    /// <summary>A required <c>uint</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public uint UInt32(AttributeValue? value, string attribute, string member)
    {
        if (value is not null && TryUInt32(value, out var result))
        {
            return result;
        }

        return Converted<uint, As.UInt32>(attribute, member, value, "N (UInt32)");
    }

    /// <summary>A <c>uint</c>, or <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public uint UInt32(AttributeValue? value, string attribute, string member, uint fallback)
    {
        if (value is null || value.NULL == true)
        {
            return fallback;
        }

        return TryUInt32(value, out var result) ? result : Converted<uint, As.UInt32>(attribute, member, value, "N (UInt32)");
    }

    /// <summary>A nullable <c>uint</c>: <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public uint? NullableUInt32(AttributeValue? value, string attribute, string member, uint? fallback)
    {
        if (value is null || value.NULL == true)
        {
            return fallback;
        }

        return TryUInt32(value, out var result) ? result : Converted<uint, As.UInt32>(attribute, member, value, "N (UInt32)");
    }

    /// <summary>The success path of <see cref="Parse.UInt32"/>: false sends the value to it (which converts what else it accepts, or throws).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryUInt32(AttributeValue value, out uint result)
    {
        if (value.N is { } n)
        {
            return uint.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out result);
        }

        result = default;
        return false;
    }

    /// <summary>A required <c>long</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long Int64(AttributeValue? value, string attribute, string member)
    {
        if (value is not null && TryInt64(value, out var result))
        {
            return result;
        }

        return Converted<long, As.Int64>(attribute, member, value, "N (Int64)");
    }

    /// <summary>A <c>long</c>, or <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long Int64(AttributeValue? value, string attribute, string member, long fallback)
    {
        if (value is null || value.NULL == true)
        {
            return fallback;
        }

        return TryInt64(value, out var result) ? result : Converted<long, As.Int64>(attribute, member, value, "N (Int64)");
    }

    /// <summary>A nullable <c>long</c>: <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long? NullableInt64(AttributeValue? value, string attribute, string member, long? fallback)
    {
        if (value is null || value.NULL == true)
        {
            return fallback;
        }

        return TryInt64(value, out var result) ? result : Converted<long, As.Int64>(attribute, member, value, "N (Int64)");
    }

    /// <summary>The success path of <see cref="Parse.Int64"/>: false sends the value to it (which converts what else it accepts, or throws).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryInt64(AttributeValue value, out long result)
    {
        if (value.N is { } n)
        {
            return long.TryParse(n, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out result);
        }

        result = default;
        return false;
    }

    /// <summary>A required <c>ulong</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong UInt64(AttributeValue? value, string attribute, string member)
    {
        if (value is not null && TryUInt64(value, out var result))
        {
            return result;
        }

        return Converted<ulong, As.UInt64>(attribute, member, value, "N (UInt64)");
    }

    /// <summary>A <c>ulong</c>, or <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong UInt64(AttributeValue? value, string attribute, string member, ulong fallback)
    {
        if (value is null || value.NULL == true)
        {
            return fallback;
        }

        return TryUInt64(value, out var result) ? result : Converted<ulong, As.UInt64>(attribute, member, value, "N (UInt64)");
    }

    /// <summary>A nullable <c>ulong</c>: <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong? NullableUInt64(AttributeValue? value, string attribute, string member, ulong? fallback)
    {
        if (value is null || value.NULL == true)
        {
            return fallback;
        }

        return TryUInt64(value, out var result) ? result : Converted<ulong, As.UInt64>(attribute, member, value, "N (UInt64)");
    }

    /// <summary>The success path of <see cref="Parse.UInt64"/>: false sends the value to it (which converts what else it accepts, or throws).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryUInt64(AttributeValue value, out ulong result)
    {
        if (value.N is { } n)
        {
            return ulong.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out result);
        }

        result = default;
        return false;
    }

    /// <summary>A required <c>float</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public float Single(AttributeValue? value, string attribute, string member)
    {
        if (value is not null && TrySingle(value, out var result))
        {
            return result;
        }

        return Converted<float, As.Single>(attribute, member, value, "N (Single)");
    }

    /// <summary>A <c>float</c>, or <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public float Single(AttributeValue? value, string attribute, string member, float fallback)
    {
        if (value is null || value.NULL == true)
        {
            return fallback;
        }

        return TrySingle(value, out var result) ? result : Converted<float, As.Single>(attribute, member, value, "N (Single)");
    }

    /// <summary>A nullable <c>float</c>: <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public float? NullableSingle(AttributeValue? value, string attribute, string member, float? fallback)
    {
        if (value is null || value.NULL == true)
        {
            return fallback;
        }

        return TrySingle(value, out var result) ? result : Converted<float, As.Single>(attribute, member, value, "N (Single)");
    }

    /// <summary>The success path of <see cref="Parse.Single"/>: false sends the value to it (which converts what else it accepts, or throws).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TrySingle(AttributeValue value, out float result)
    {
        if (value.N is { } n && float.TryParse(n, NumberStyles.Float, CultureInfo.InvariantCulture, out result) && float.IsFinite(result))
        {
            return true;
        }

        result = default;
        return false;
    }

    /// <summary>A required <c>double</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Double(AttributeValue? value, string attribute, string member)
    {
        if (value is not null && TryDouble(value, out var result))
        {
            return result;
        }

        return Converted<double, As.Double>(attribute, member, value, "N (Double)");
    }

    /// <summary>A <c>double</c>, or <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Double(AttributeValue? value, string attribute, string member, double fallback)
    {
        if (value is null || value.NULL == true)
        {
            return fallback;
        }

        return TryDouble(value, out var result) ? result : Converted<double, As.Double>(attribute, member, value, "N (Double)");
    }

    /// <summary>A nullable <c>double</c>: <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double? NullableDouble(AttributeValue? value, string attribute, string member, double? fallback)
    {
        if (value is null || value.NULL == true)
        {
            return fallback;
        }

        return TryDouble(value, out var result) ? result : Converted<double, As.Double>(attribute, member, value, "N (Double)");
    }

    /// <summary>The success path of <see cref="Parse.Double"/>: false sends the value to it (which converts what else it accepts, or throws).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryDouble(AttributeValue value, out double result)
    {
        if (value.N is { } n && double.TryParse(n, NumberStyles.Float, CultureInfo.InvariantCulture, out result) && double.IsFinite(result))
        {
            return true;
        }

        result = default;
        return false;
    }

    /// <summary>A required <c>decimal</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public decimal Decimal(AttributeValue? value, string attribute, string member)
    {
        if (value is not null && TryDecimal(value, out var result))
        {
            return result;
        }

        return Converted<decimal, As.Decimal>(attribute, member, value, "N (Decimal)");
    }

    /// <summary>A <c>decimal</c>, or <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public decimal Decimal(AttributeValue? value, string attribute, string member, decimal fallback)
    {
        if (value is null || value.NULL == true)
        {
            return fallback;
        }

        return TryDecimal(value, out var result) ? result : Converted<decimal, As.Decimal>(attribute, member, value, "N (Decimal)");
    }

    /// <summary>A nullable <c>decimal</c>: <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public decimal? NullableDecimal(AttributeValue? value, string attribute, string member, decimal? fallback)
    {
        if (value is null || value.NULL == true)
        {
            return fallback;
        }

        return TryDecimal(value, out var result) ? result : Converted<decimal, As.Decimal>(attribute, member, value, "N (Decimal)");
    }

    /// <summary>The success path of <see cref="Parse.Decimal"/>: false sends the value to it (which converts what else it accepts, or throws).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryDecimal(AttributeValue value, out decimal result)
    {
        if (value.N is { } n)
        {
            return decimal.TryParse(n, NumberStyles.Float, CultureInfo.InvariantCulture, out result);
        }

        result = default;
        return false;
    }

    /// <summary>A required <c>Guid</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public global::System.Guid Guid(AttributeValue? value, string attribute, string member)
    {
        if (value is not null && TryGuid(value, out var result))
        {
            return result;
        }

        return Converted<global::System.Guid, As.Guid>(attribute, member, value, "S (Guid)");
    }

    /// <summary>A <c>Guid</c>, or <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public global::System.Guid Guid(AttributeValue? value, string attribute, string member, global::System.Guid fallback)
    {
        if (value is null || value.NULL == true)
        {
            return fallback;
        }

        return TryGuid(value, out var result) ? result : Converted<global::System.Guid, As.Guid>(attribute, member, value, "S (Guid)");
    }

    /// <summary>A nullable <c>Guid</c>: <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public global::System.Guid? NullableGuid(AttributeValue? value, string attribute, string member, global::System.Guid? fallback)
    {
        if (value is null || value.NULL == true)
        {
            return fallback;
        }

        return TryGuid(value, out var result) ? result : Converted<global::System.Guid, As.Guid>(attribute, member, value, "S (Guid)");
    }

    /// <summary>The success path of <see cref="Parse.Guid"/>: false sends the value to it (which converts what else it accepts, or throws).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryGuid(AttributeValue value, out global::System.Guid result)
    {
        if (value.S is { } s)
        {
            return global::System.Guid.TryParse(s, out result);
        }

        result = default;
        return false;
    }

    /// <summary>A required <c>DateTime</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public global::System.DateTime DateTime(AttributeValue? value, string attribute, string member)
    {
        if (value is not null && TryDateTime(value, out var result))
        {
            return result;
        }

        return Converted<global::System.DateTime, As.DateTime>(attribute, member, value, "S (DateTime)");
    }

    /// <summary>A <c>DateTime</c>, or <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public global::System.DateTime DateTime(AttributeValue? value, string attribute, string member, global::System.DateTime fallback)
    {
        if (value is null || value.NULL == true)
        {
            return fallback;
        }

        return TryDateTime(value, out var result) ? result : Converted<global::System.DateTime, As.DateTime>(attribute, member, value, "S (DateTime)");
    }

    /// <summary>A nullable <c>DateTime</c>: <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public global::System.DateTime? NullableDateTime(AttributeValue? value, string attribute, string member, global::System.DateTime? fallback)
    {
        if (value is null || value.NULL == true)
        {
            return fallback;
        }

        return TryDateTime(value, out var result) ? result : Converted<global::System.DateTime, As.DateTime>(attribute, member, value, "S (DateTime)");
    }

    /// <summary>The success path of <see cref="Parse.DateTime"/>: false sends the value to it (which converts what else it accepts, or throws).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryDateTime(AttributeValue value, out global::System.DateTime result)
    {
        if (value.S is { } s)
        {
            return Parse.DateTimeText(s, out result);
        }

        result = default;
        return false;
    }

    /// <summary>A required <c>DateTimeOffset</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public global::System.DateTimeOffset DateTimeOffset(AttributeValue? value, string attribute, string member)
    {
        if (value is not null && TryDateTimeOffset(value, out var result))
        {
            return result;
        }

        return Converted<global::System.DateTimeOffset, As.DateTimeOffset>(attribute, member, value, "S (DateTimeOffset)");
    }

    /// <summary>A <c>DateTimeOffset</c>, or <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public global::System.DateTimeOffset DateTimeOffset(AttributeValue? value, string attribute, string member, global::System.DateTimeOffset fallback)
    {
        if (value is null || value.NULL == true)
        {
            return fallback;
        }

        return TryDateTimeOffset(value, out var result) ? result : Converted<global::System.DateTimeOffset, As.DateTimeOffset>(attribute, member, value, "S (DateTimeOffset)");
    }

    /// <summary>A nullable <c>DateTimeOffset</c>: <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public global::System.DateTimeOffset? NullableDateTimeOffset(AttributeValue? value, string attribute, string member, global::System.DateTimeOffset? fallback)
    {
        if (value is null || value.NULL == true)
        {
            return fallback;
        }

        return TryDateTimeOffset(value, out var result) ? result : Converted<global::System.DateTimeOffset, As.DateTimeOffset>(attribute, member, value, "S (DateTimeOffset)");
    }

    /// <summary>The success path of <see cref="Parse.DateTimeOffset"/>: false sends the value to it (which converts what else it accepts, or throws).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryDateTimeOffset(AttributeValue value, out global::System.DateTimeOffset result)
    {
        if (value.S is { } s)
        {
            return Parse.DateTimeOffsetText(s, out result);
        }

        result = default;
        return false;
    }

    /// <summary>A required <c>DateOnly</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public global::System.DateOnly DateOnly(AttributeValue? value, string attribute, string member)
    {
        if (value is not null && TryDateOnly(value, out var result))
        {
            return result;
        }

        return Converted<global::System.DateOnly, As.DateOnly>(attribute, member, value, "S (DateOnly)");
    }

    /// <summary>A <c>DateOnly</c>, or <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public global::System.DateOnly DateOnly(AttributeValue? value, string attribute, string member, global::System.DateOnly fallback)
    {
        if (value is null || value.NULL == true)
        {
            return fallback;
        }

        return TryDateOnly(value, out var result) ? result : Converted<global::System.DateOnly, As.DateOnly>(attribute, member, value, "S (DateOnly)");
    }

    /// <summary>A nullable <c>DateOnly</c>: <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public global::System.DateOnly? NullableDateOnly(AttributeValue? value, string attribute, string member, global::System.DateOnly? fallback)
    {
        if (value is null || value.NULL == true)
        {
            return fallback;
        }

        return TryDateOnly(value, out var result) ? result : Converted<global::System.DateOnly, As.DateOnly>(attribute, member, value, "S (DateOnly)");
    }

    /// <summary>The success path of <see cref="Parse.DateOnly"/>: false sends the value to it (which converts what else it accepts, or throws).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryDateOnly(AttributeValue value, out global::System.DateOnly result)
    {
        if (value.S is { } s)
        {
            return Parse.DateOnlyText(s, out result);
        }

        result = default;
        return false;
    }

    /// <summary>A required <c>TimeOnly</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public global::System.TimeOnly TimeOnly(AttributeValue? value, string attribute, string member)
    {
        if (value is not null && TryTimeOnly(value, out var result))
        {
            return result;
        }

        return Converted<global::System.TimeOnly, As.TimeOnly>(attribute, member, value, "S (TimeOnly)");
    }

    /// <summary>A <c>TimeOnly</c>, or <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public global::System.TimeOnly TimeOnly(AttributeValue? value, string attribute, string member, global::System.TimeOnly fallback)
    {
        if (value is null || value.NULL == true)
        {
            return fallback;
        }

        return TryTimeOnly(value, out var result) ? result : Converted<global::System.TimeOnly, As.TimeOnly>(attribute, member, value, "S (TimeOnly)");
    }

    /// <summary>A nullable <c>TimeOnly</c>: <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public global::System.TimeOnly? NullableTimeOnly(AttributeValue? value, string attribute, string member, global::System.TimeOnly? fallback)
    {
        if (value is null || value.NULL == true)
        {
            return fallback;
        }

        return TryTimeOnly(value, out var result) ? result : Converted<global::System.TimeOnly, As.TimeOnly>(attribute, member, value, "S (TimeOnly)");
    }

    /// <summary>The success path of <see cref="Parse.TimeOnly"/>: false sends the value to it (which converts what else it accepts, or throws).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryTimeOnly(AttributeValue value, out global::System.TimeOnly result)
    {
        if (value.S is { } s)
        {
            return Parse.TimeOnlyText(s, out result);
        }

        result = default;
        return false;
    }

    /// <summary>A required <c>TimeSpan</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public global::System.TimeSpan TimeSpan(AttributeValue? value, string attribute, string member)
    {
        if (value is not null && TryTimeSpan(value, out var result))
        {
            return result;
        }

        return Converted<global::System.TimeSpan, As.TimeSpan>(attribute, member, value, "S (TimeSpan)");
    }

    /// <summary>A <c>TimeSpan</c>, or <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public global::System.TimeSpan TimeSpan(AttributeValue? value, string attribute, string member, global::System.TimeSpan fallback)
    {
        if (value is null || value.NULL == true)
        {
            return fallback;
        }

        return TryTimeSpan(value, out var result) ? result : Converted<global::System.TimeSpan, As.TimeSpan>(attribute, member, value, "S (TimeSpan)");
    }

    /// <summary>A nullable <c>TimeSpan</c>: <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public global::System.TimeSpan? NullableTimeSpan(AttributeValue? value, string attribute, string member, global::System.TimeSpan? fallback)
    {
        if (value is null || value.NULL == true)
        {
            return fallback;
        }

        return TryTimeSpan(value, out var result) ? result : Converted<global::System.TimeSpan, As.TimeSpan>(attribute, member, value, "S (TimeSpan)");
    }

    /// <summary>The success path of <see cref="Parse.TimeSpan"/>: false sends the value to it (which converts what else it accepts, or throws).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryTimeSpan(AttributeValue value, out global::System.TimeSpan result)
    {
        if (value.S is { } s)
        {
            return global::System.TimeSpan.TryParse(s, CultureInfo.InvariantCulture, out result);
        }

        result = default;
        return false;
    }

    /// <summary>A required <c>DateTime</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public global::System.DateTime EpochDateTime(AttributeValue? value, string attribute, string member)
    {
        if (value is not null && TryEpochDateTime(value, out var result))
        {
            return result;
        }

        return Converted<global::System.DateTime, As.EpochDateTime>(attribute, member, value, "N (EpochDateTime)");
    }

    /// <summary>A <c>DateTime</c>, or <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public global::System.DateTime EpochDateTime(AttributeValue? value, string attribute, string member, global::System.DateTime fallback)
    {
        if (value is null || value.NULL == true)
        {
            return fallback;
        }

        return TryEpochDateTime(value, out var result) ? result : Converted<global::System.DateTime, As.EpochDateTime>(attribute, member, value, "N (EpochDateTime)");
    }

    /// <summary>A nullable <c>DateTime</c>: <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public global::System.DateTime? NullableEpochDateTime(AttributeValue? value, string attribute, string member, global::System.DateTime? fallback)
    {
        if (value is null || value.NULL == true)
        {
            return fallback;
        }

        return TryEpochDateTime(value, out var result) ? result : Converted<global::System.DateTime, As.EpochDateTime>(attribute, member, value, "N (EpochDateTime)");
    }

    /// <summary>The success path of <see cref="Parse.EpochDateTime"/>: false sends the value to it (which converts what else it accepts, or throws).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryEpochDateTime(AttributeValue value, out global::System.DateTime result)
    {
        // Whole seconds in the range Parse accepts (years 1 to 9999); anything else goes to Parse.
        if (value.N is { } n && long.TryParse(n, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seconds) && seconds is >= -62135596800 and <= 253402300799)
        {
            result = global::System.DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime;
            return true;
        }

        result = default;
        return false;
    }

    /// <summary>A required <c>DateTimeOffset</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public global::System.DateTimeOffset EpochDateTimeOffset(AttributeValue? value, string attribute, string member)
    {
        if (value is not null && TryEpochDateTimeOffset(value, out var result))
        {
            return result;
        }

        return Converted<global::System.DateTimeOffset, As.EpochDateTimeOffset>(attribute, member, value, "N (EpochDateTimeOffset)");
    }

    /// <summary>A <c>DateTimeOffset</c>, or <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public global::System.DateTimeOffset EpochDateTimeOffset(AttributeValue? value, string attribute, string member, global::System.DateTimeOffset fallback)
    {
        if (value is null || value.NULL == true)
        {
            return fallback;
        }

        return TryEpochDateTimeOffset(value, out var result) ? result : Converted<global::System.DateTimeOffset, As.EpochDateTimeOffset>(attribute, member, value, "N (EpochDateTimeOffset)");
    }

    /// <summary>A nullable <c>DateTimeOffset</c>: <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public global::System.DateTimeOffset? NullableEpochDateTimeOffset(AttributeValue? value, string attribute, string member, global::System.DateTimeOffset? fallback)
    {
        if (value is null || value.NULL == true)
        {
            return fallback;
        }

        return TryEpochDateTimeOffset(value, out var result) ? result : Converted<global::System.DateTimeOffset, As.EpochDateTimeOffset>(attribute, member, value, "N (EpochDateTimeOffset)");
    }

    /// <summary>The success path of <see cref="Parse.EpochDateTimeOffset"/>: false sends the value to it (which converts what else it accepts, or throws).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryEpochDateTimeOffset(AttributeValue value, out global::System.DateTimeOffset result)
    {
        // Whole seconds in the range Parse accepts (years 1 to 9999); anything else goes to Parse.
        if (value.N is { } n && long.TryParse(n, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seconds) && seconds is >= -62135596800 and <= 253402300799)
        {
            result = global::System.DateTimeOffset.FromUnixTimeSeconds(seconds);
            return true;
        }

        result = default;
        return false;
    }

    /// <summary>A required <c>byte[]</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public byte[] Binary(AttributeValue? value, string attribute, string member)
    {
        if (value is not null && TryBinary(value, out var result))
        {
            return result;
        }

        return Converted<byte[], As.Binary>(attribute, member, value, "B (bytes)");
    }

    /// <summary>A <c>byte[]</c>, or <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    [return: NotNullIfNotNull(nameof(fallback))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public byte[]? Binary(AttributeValue? value, string attribute, string member, byte[]? fallback)
    {
        if (value is null || value.NULL == true)
        {
            return fallback;
        }

        return TryBinary(value, out var result) ? result : Converted<byte[], As.Binary>(attribute, member, value, "B (bytes)");
    }

    /// <summary>The success path of <see cref="Parse.Binary"/>: false sends the value to it (which converts what else it accepts, or throws).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryBinary(AttributeValue value, out byte[] result)
    {
        if (value.B is not null)
        {
            result = Parse.Binary(value);
            return true;
        }

        result = null!;
        return false;
    }

    /// <summary>A required <c>ReadOnlyMemory&lt;byte&gt;</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public global::System.ReadOnlyMemory<byte> Memory(AttributeValue? value, string attribute, string member)
    {
        if (value is not null && TryMemory(value, out var result))
        {
            return result;
        }

        return Converted<global::System.ReadOnlyMemory<byte>, As.Memory>(attribute, member, value, "B (bytes)");
    }

    /// <summary>A <c>ReadOnlyMemory&lt;byte&gt;</c>, or <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public global::System.ReadOnlyMemory<byte> Memory(AttributeValue? value, string attribute, string member, global::System.ReadOnlyMemory<byte> fallback)
    {
        if (value is null || value.NULL == true)
        {
            return fallback;
        }

        return TryMemory(value, out var result) ? result : Converted<global::System.ReadOnlyMemory<byte>, As.Memory>(attribute, member, value, "B (bytes)");
    }

    /// <summary>A nullable <c>ReadOnlyMemory&lt;byte&gt;</c>: <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public global::System.ReadOnlyMemory<byte>? NullableMemory(AttributeValue? value, string attribute, string member, global::System.ReadOnlyMemory<byte>? fallback)
    {
        if (value is null || value.NULL == true)
        {
            return fallback;
        }

        return TryMemory(value, out var result) ? result : Converted<global::System.ReadOnlyMemory<byte>, As.Memory>(attribute, member, value, "B (bytes)");
    }

    /// <summary>The success path of <see cref="Parse.Memory"/>: false sends the value to it (which converts what else it accepts, or throws).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryMemory(AttributeValue value, out global::System.ReadOnlyMemory<byte> result)
    {
        if (value.B is not null)
        {
            result = Parse.Memory(value);
            return true;
        }

        result = default;
        return false;
    }
}
