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
/// Reads an item member by member for generated <c>FromItem</c> code. Three forms per type:
/// <c>X(attribute, member)</c> requires the attribute; <c>X(attribute, member, fallback)</c> returns the fallback (the
/// member's initial value) when the attribute is missing or <c>NULL</c>; <c>NullableX(...)</c> does the same for
/// nullable value types. Anything else that does not fit throws a <see cref="DynamoMappingException"/> naming the
/// type, member, attribute, expected and found value, and the item's key.
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
    public T Value<T>(string attribute, string member, Func<AttributeValue, T> parse)
    {
        _item.TryGetValue(attribute, out var value);
        return Convert(attribute, member, value, parse, "a value");
    }

    /// <summary>A value of any type, or <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    [return: NotNullIfNotNull(nameof(fallback))]
    public T? Value<T>(string attribute, string member, Func<AttributeValue, T> parse, T? fallback)
        => _item.TryGetValue(attribute, out var value) && value.NULL != true ? Convert(attribute, member, value, parse, "a value") : fallback;

    /// <summary>A nullable value type, or <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    public T? NullableValue<T>(string attribute, string member, Func<AttributeValue, T> parse, T? fallback) where T : struct
        => _item.TryGetValue(attribute, out var value) && value.NULL != true ? Convert(attribute, member, value, parse, "a value") : fallback;

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

    /// <summary>A required value converted by <typeparamref name="TConverter"/> (an enum or a nested item): no delegate call.</summary>
    public T Value<T, TConverter>(string attribute, string member)
        where TConverter : struct, IAttributeConverter<T>
    {
        if (_item.TryGetValue(attribute, out var value) && value.NULL != true)
        {
            try
            {
                return TConverter.Read(value);
            }
            catch (AttributeFormatException ex)
            {
                throw _mapping.ReadError(_item, attribute + ex.Path, member, ex.Expected, ex.Found);
            }
        }

        throw _mapping.ReadError(_item, attribute, member, "a value (the member is required)", value);
    }

    /// <summary>A value converted by <typeparamref name="TConverter"/>, or <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    [return: NotNullIfNotNull(nameof(fallback))]
    public T? Value<T, TConverter>(string attribute, string member, T? fallback)
        where TConverter : struct, IAttributeConverter<T>
    {
        if (!_item.TryGetValue(attribute, out var value) || value.NULL == true)
        {
            return fallback;
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

    /// <summary>A nullable value type converted by <typeparamref name="TConverter"/>, or <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    public T? NullableValue<T, TConverter>(string attribute, string member, T? fallback)
        where T : struct
        where TConverter : struct, IAttributeConverter<T>
    {
        if (!_item.TryGetValue(attribute, out var value) || value.NULL == true)
        {
            return fallback;
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

    /// <summary>A required <c>string</c>.</summary>
    public string String(string attribute, string member)
    {
        if (_item.TryGetValue(attribute, out var value) && TryString(value, out var result))
        {
            return result;
        }

        return Convert(attribute, member, value, Parse.String, "S (String)");
    }

    /// <summary>A <c>string</c>, or <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    [return: NotNullIfNotNull(nameof(fallback))]
    public string? String(string attribute, string member, string? fallback)
    {
        if (!_item.TryGetValue(attribute, out var value) || value.NULL == true)
        {
            return fallback;
        }

        return TryString(value, out var result) ? result : Convert(attribute, member, value, Parse.String, "S (String)");
    }

    /// <summary>The success path of <see cref="Parse.String"/>: false sends the value to it (which converts what else it accepts, or throws).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryString(AttributeValue value, out string result)
    {
        result = value.S!;
        return result is not null;
    }

    /// <summary>A required <c>char</c>.</summary>
    public char Char(string attribute, string member)
    {
        if (_item.TryGetValue(attribute, out var value) && TryChar(value, out var result))
        {
            return result;
        }

        return Convert(attribute, member, value, Parse.Char, "S (Char)");
    }

    /// <summary>A <c>char</c>, or <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    public char Char(string attribute, string member, char fallback)
    {
        if (!_item.TryGetValue(attribute, out var value) || value.NULL == true)
        {
            return fallback;
        }

        return TryChar(value, out var result) ? result : Convert(attribute, member, value, Parse.Char, "S (Char)");
    }

    /// <summary>A nullable <c>char</c>: <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    public char? NullableChar(string attribute, string member, char? fallback)
    {
        if (!_item.TryGetValue(attribute, out var value) || value.NULL == true)
        {
            return fallback;
        }

        return TryChar(value, out var result) ? result : Convert(attribute, member, value, Parse.Char, "S (Char)");
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
    public bool Boolean(string attribute, string member)
    {
        if (_item.TryGetValue(attribute, out var value) && TryBoolean(value, out var result))
        {
            return result;
        }

        return Convert(attribute, member, value, Parse.Boolean, "BOOL (Boolean)");
    }

    /// <summary>A <c>bool</c>, or <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    public bool Boolean(string attribute, string member, bool fallback)
    {
        if (!_item.TryGetValue(attribute, out var value) || value.NULL == true)
        {
            return fallback;
        }

        return TryBoolean(value, out var result) ? result : Convert(attribute, member, value, Parse.Boolean, "BOOL (Boolean)");
    }

    /// <summary>A nullable <c>bool</c>: <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    public bool? NullableBoolean(string attribute, string member, bool? fallback)
    {
        if (!_item.TryGetValue(attribute, out var value) || value.NULL == true)
        {
            return fallback;
        }

        return TryBoolean(value, out var result) ? result : Convert(attribute, member, value, Parse.Boolean, "BOOL (Boolean)");
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
    public byte Byte(string attribute, string member)
    {
        if (_item.TryGetValue(attribute, out var value) && TryByte(value, out var result))
        {
            return result;
        }

        return Convert(attribute, member, value, Parse.Byte, "N (Byte)");
    }

    /// <summary>A <c>byte</c>, or <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    public byte Byte(string attribute, string member, byte fallback)
    {
        if (!_item.TryGetValue(attribute, out var value) || value.NULL == true)
        {
            return fallback;
        }

        return TryByte(value, out var result) ? result : Convert(attribute, member, value, Parse.Byte, "N (Byte)");
    }

    /// <summary>A nullable <c>byte</c>: <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    public byte? NullableByte(string attribute, string member, byte? fallback)
    {
        if (!_item.TryGetValue(attribute, out var value) || value.NULL == true)
        {
            return fallback;
        }

        return TryByte(value, out var result) ? result : Convert(attribute, member, value, Parse.Byte, "N (Byte)");
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
    public sbyte SByte(string attribute, string member)
    {
        if (_item.TryGetValue(attribute, out var value) && TrySByte(value, out var result))
        {
            return result;
        }

        return Convert(attribute, member, value, Parse.SByte, "N (SByte)");
    }

    /// <summary>A <c>sbyte</c>, or <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    public sbyte SByte(string attribute, string member, sbyte fallback)
    {
        if (!_item.TryGetValue(attribute, out var value) || value.NULL == true)
        {
            return fallback;
        }

        return TrySByte(value, out var result) ? result : Convert(attribute, member, value, Parse.SByte, "N (SByte)");
    }

    /// <summary>A nullable <c>sbyte</c>: <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    public sbyte? NullableSByte(string attribute, string member, sbyte? fallback)
    {
        if (!_item.TryGetValue(attribute, out var value) || value.NULL == true)
        {
            return fallback;
        }

        return TrySByte(value, out var result) ? result : Convert(attribute, member, value, Parse.SByte, "N (SByte)");
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
    public short Int16(string attribute, string member)
    {
        if (_item.TryGetValue(attribute, out var value) && TryInt16(value, out var result))
        {
            return result;
        }

        return Convert(attribute, member, value, Parse.Int16, "N (Int16)");
    }

    /// <summary>A <c>short</c>, or <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    public short Int16(string attribute, string member, short fallback)
    {
        if (!_item.TryGetValue(attribute, out var value) || value.NULL == true)
        {
            return fallback;
        }

        return TryInt16(value, out var result) ? result : Convert(attribute, member, value, Parse.Int16, "N (Int16)");
    }

    /// <summary>A nullable <c>short</c>: <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    public short? NullableInt16(string attribute, string member, short? fallback)
    {
        if (!_item.TryGetValue(attribute, out var value) || value.NULL == true)
        {
            return fallback;
        }

        return TryInt16(value, out var result) ? result : Convert(attribute, member, value, Parse.Int16, "N (Int16)");
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
    public ushort UInt16(string attribute, string member)
    {
        if (_item.TryGetValue(attribute, out var value) && TryUInt16(value, out var result))
        {
            return result;
        }

        return Convert(attribute, member, value, Parse.UInt16, "N (UInt16)");
    }

    /// <summary>A <c>ushort</c>, or <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    public ushort UInt16(string attribute, string member, ushort fallback)
    {
        if (!_item.TryGetValue(attribute, out var value) || value.NULL == true)
        {
            return fallback;
        }

        return TryUInt16(value, out var result) ? result : Convert(attribute, member, value, Parse.UInt16, "N (UInt16)");
    }

    /// <summary>A nullable <c>ushort</c>: <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    public ushort? NullableUInt16(string attribute, string member, ushort? fallback)
    {
        if (!_item.TryGetValue(attribute, out var value) || value.NULL == true)
        {
            return fallback;
        }

        return TryUInt16(value, out var result) ? result : Convert(attribute, member, value, Parse.UInt16, "N (UInt16)");
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
    public int Int32(string attribute, string member)
    {
        if (_item.TryGetValue(attribute, out var value) && TryInt32(value, out var result))
        {
            return result;
        }

        return Convert(attribute, member, value, Parse.Int32, "N (Int32)");
    }

    /// <summary>A <c>int</c>, or <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    public int Int32(string attribute, string member, int fallback)
    {
        if (!_item.TryGetValue(attribute, out var value) || value.NULL == true)
        {
            return fallback;
        }

        return TryInt32(value, out var result) ? result : Convert(attribute, member, value, Parse.Int32, "N (Int32)");
    }

    /// <summary>A nullable <c>int</c>: <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    public int? NullableInt32(string attribute, string member, int? fallback)
    {
        if (!_item.TryGetValue(attribute, out var value) || value.NULL == true)
        {
            return fallback;
        }

        return TryInt32(value, out var result) ? result : Convert(attribute, member, value, Parse.Int32, "N (Int32)");
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
    public uint UInt32(string attribute, string member)
    {
        if (_item.TryGetValue(attribute, out var value) && TryUInt32(value, out var result))
        {
            return result;
        }

        return Convert(attribute, member, value, Parse.UInt32, "N (UInt32)");
    }

    /// <summary>A <c>uint</c>, or <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    public uint UInt32(string attribute, string member, uint fallback)
    {
        if (!_item.TryGetValue(attribute, out var value) || value.NULL == true)
        {
            return fallback;
        }

        return TryUInt32(value, out var result) ? result : Convert(attribute, member, value, Parse.UInt32, "N (UInt32)");
    }

    /// <summary>A nullable <c>uint</c>: <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    public uint? NullableUInt32(string attribute, string member, uint? fallback)
    {
        if (!_item.TryGetValue(attribute, out var value) || value.NULL == true)
        {
            return fallback;
        }

        return TryUInt32(value, out var result) ? result : Convert(attribute, member, value, Parse.UInt32, "N (UInt32)");
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
    public long Int64(string attribute, string member)
    {
        if (_item.TryGetValue(attribute, out var value) && TryInt64(value, out var result))
        {
            return result;
        }

        return Convert(attribute, member, value, Parse.Int64, "N (Int64)");
    }

    /// <summary>A <c>long</c>, or <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    public long Int64(string attribute, string member, long fallback)
    {
        if (!_item.TryGetValue(attribute, out var value) || value.NULL == true)
        {
            return fallback;
        }

        return TryInt64(value, out var result) ? result : Convert(attribute, member, value, Parse.Int64, "N (Int64)");
    }

    /// <summary>A nullable <c>long</c>: <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    public long? NullableInt64(string attribute, string member, long? fallback)
    {
        if (!_item.TryGetValue(attribute, out var value) || value.NULL == true)
        {
            return fallback;
        }

        return TryInt64(value, out var result) ? result : Convert(attribute, member, value, Parse.Int64, "N (Int64)");
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
    public ulong UInt64(string attribute, string member)
    {
        if (_item.TryGetValue(attribute, out var value) && TryUInt64(value, out var result))
        {
            return result;
        }

        return Convert(attribute, member, value, Parse.UInt64, "N (UInt64)");
    }

    /// <summary>A <c>ulong</c>, or <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    public ulong UInt64(string attribute, string member, ulong fallback)
    {
        if (!_item.TryGetValue(attribute, out var value) || value.NULL == true)
        {
            return fallback;
        }

        return TryUInt64(value, out var result) ? result : Convert(attribute, member, value, Parse.UInt64, "N (UInt64)");
    }

    /// <summary>A nullable <c>ulong</c>: <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    public ulong? NullableUInt64(string attribute, string member, ulong? fallback)
    {
        if (!_item.TryGetValue(attribute, out var value) || value.NULL == true)
        {
            return fallback;
        }

        return TryUInt64(value, out var result) ? result : Convert(attribute, member, value, Parse.UInt64, "N (UInt64)");
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
    public float Single(string attribute, string member)
    {
        if (_item.TryGetValue(attribute, out var value) && TrySingle(value, out var result))
        {
            return result;
        }

        return Convert(attribute, member, value, Parse.Single, "N (Single)");
    }

    /// <summary>A <c>float</c>, or <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    public float Single(string attribute, string member, float fallback)
    {
        if (!_item.TryGetValue(attribute, out var value) || value.NULL == true)
        {
            return fallback;
        }

        return TrySingle(value, out var result) ? result : Convert(attribute, member, value, Parse.Single, "N (Single)");
    }

    /// <summary>A nullable <c>float</c>: <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    public float? NullableSingle(string attribute, string member, float? fallback)
    {
        if (!_item.TryGetValue(attribute, out var value) || value.NULL == true)
        {
            return fallback;
        }

        return TrySingle(value, out var result) ? result : Convert(attribute, member, value, Parse.Single, "N (Single)");
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
    public double Double(string attribute, string member)
    {
        if (_item.TryGetValue(attribute, out var value) && TryDouble(value, out var result))
        {
            return result;
        }

        return Convert(attribute, member, value, Parse.Double, "N (Double)");
    }

    /// <summary>A <c>double</c>, or <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    public double Double(string attribute, string member, double fallback)
    {
        if (!_item.TryGetValue(attribute, out var value) || value.NULL == true)
        {
            return fallback;
        }

        return TryDouble(value, out var result) ? result : Convert(attribute, member, value, Parse.Double, "N (Double)");
    }

    /// <summary>A nullable <c>double</c>: <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    public double? NullableDouble(string attribute, string member, double? fallback)
    {
        if (!_item.TryGetValue(attribute, out var value) || value.NULL == true)
        {
            return fallback;
        }

        return TryDouble(value, out var result) ? result : Convert(attribute, member, value, Parse.Double, "N (Double)");
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
    public decimal Decimal(string attribute, string member)
    {
        if (_item.TryGetValue(attribute, out var value) && TryDecimal(value, out var result))
        {
            return result;
        }

        return Convert(attribute, member, value, Parse.Decimal, "N (Decimal)");
    }

    /// <summary>A <c>decimal</c>, or <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    public decimal Decimal(string attribute, string member, decimal fallback)
    {
        if (!_item.TryGetValue(attribute, out var value) || value.NULL == true)
        {
            return fallback;
        }

        return TryDecimal(value, out var result) ? result : Convert(attribute, member, value, Parse.Decimal, "N (Decimal)");
    }

    /// <summary>A nullable <c>decimal</c>: <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    public decimal? NullableDecimal(string attribute, string member, decimal? fallback)
    {
        if (!_item.TryGetValue(attribute, out var value) || value.NULL == true)
        {
            return fallback;
        }

        return TryDecimal(value, out var result) ? result : Convert(attribute, member, value, Parse.Decimal, "N (Decimal)");
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
    public global::System.Guid Guid(string attribute, string member)
    {
        if (_item.TryGetValue(attribute, out var value) && TryGuid(value, out var result))
        {
            return result;
        }

        return Convert(attribute, member, value, Parse.Guid, "S (Guid)");
    }

    /// <summary>A <c>Guid</c>, or <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    public global::System.Guid Guid(string attribute, string member, global::System.Guid fallback)
    {
        if (!_item.TryGetValue(attribute, out var value) || value.NULL == true)
        {
            return fallback;
        }

        return TryGuid(value, out var result) ? result : Convert(attribute, member, value, Parse.Guid, "S (Guid)");
    }

    /// <summary>A nullable <c>Guid</c>: <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    public global::System.Guid? NullableGuid(string attribute, string member, global::System.Guid? fallback)
    {
        if (!_item.TryGetValue(attribute, out var value) || value.NULL == true)
        {
            return fallback;
        }

        return TryGuid(value, out var result) ? result : Convert(attribute, member, value, Parse.Guid, "S (Guid)");
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
    public global::System.DateTime DateTime(string attribute, string member)
    {
        if (_item.TryGetValue(attribute, out var value) && TryDateTime(value, out var result))
        {
            return result;
        }

        return Convert(attribute, member, value, Parse.DateTime, "S (DateTime)");
    }

    /// <summary>A <c>DateTime</c>, or <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    public global::System.DateTime DateTime(string attribute, string member, global::System.DateTime fallback)
    {
        if (!_item.TryGetValue(attribute, out var value) || value.NULL == true)
        {
            return fallback;
        }

        return TryDateTime(value, out var result) ? result : Convert(attribute, member, value, Parse.DateTime, "S (DateTime)");
    }

    /// <summary>A nullable <c>DateTime</c>: <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    public global::System.DateTime? NullableDateTime(string attribute, string member, global::System.DateTime? fallback)
    {
        if (!_item.TryGetValue(attribute, out var value) || value.NULL == true)
        {
            return fallback;
        }

        return TryDateTime(value, out var result) ? result : Convert(attribute, member, value, Parse.DateTime, "S (DateTime)");
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
    public global::System.DateTimeOffset DateTimeOffset(string attribute, string member)
    {
        if (_item.TryGetValue(attribute, out var value) && TryDateTimeOffset(value, out var result))
        {
            return result;
        }

        return Convert(attribute, member, value, Parse.DateTimeOffset, "S (DateTimeOffset)");
    }

    /// <summary>A <c>DateTimeOffset</c>, or <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    public global::System.DateTimeOffset DateTimeOffset(string attribute, string member, global::System.DateTimeOffset fallback)
    {
        if (!_item.TryGetValue(attribute, out var value) || value.NULL == true)
        {
            return fallback;
        }

        return TryDateTimeOffset(value, out var result) ? result : Convert(attribute, member, value, Parse.DateTimeOffset, "S (DateTimeOffset)");
    }

    /// <summary>A nullable <c>DateTimeOffset</c>: <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    public global::System.DateTimeOffset? NullableDateTimeOffset(string attribute, string member, global::System.DateTimeOffset? fallback)
    {
        if (!_item.TryGetValue(attribute, out var value) || value.NULL == true)
        {
            return fallback;
        }

        return TryDateTimeOffset(value, out var result) ? result : Convert(attribute, member, value, Parse.DateTimeOffset, "S (DateTimeOffset)");
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
    public global::System.DateOnly DateOnly(string attribute, string member)
    {
        if (_item.TryGetValue(attribute, out var value) && TryDateOnly(value, out var result))
        {
            return result;
        }

        return Convert(attribute, member, value, Parse.DateOnly, "S (DateOnly)");
    }

    /// <summary>A <c>DateOnly</c>, or <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    public global::System.DateOnly DateOnly(string attribute, string member, global::System.DateOnly fallback)
    {
        if (!_item.TryGetValue(attribute, out var value) || value.NULL == true)
        {
            return fallback;
        }

        return TryDateOnly(value, out var result) ? result : Convert(attribute, member, value, Parse.DateOnly, "S (DateOnly)");
    }

    /// <summary>A nullable <c>DateOnly</c>: <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    public global::System.DateOnly? NullableDateOnly(string attribute, string member, global::System.DateOnly? fallback)
    {
        if (!_item.TryGetValue(attribute, out var value) || value.NULL == true)
        {
            return fallback;
        }

        return TryDateOnly(value, out var result) ? result : Convert(attribute, member, value, Parse.DateOnly, "S (DateOnly)");
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
    public global::System.TimeOnly TimeOnly(string attribute, string member)
    {
        if (_item.TryGetValue(attribute, out var value) && TryTimeOnly(value, out var result))
        {
            return result;
        }

        return Convert(attribute, member, value, Parse.TimeOnly, "S (TimeOnly)");
    }

    /// <summary>A <c>TimeOnly</c>, or <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    public global::System.TimeOnly TimeOnly(string attribute, string member, global::System.TimeOnly fallback)
    {
        if (!_item.TryGetValue(attribute, out var value) || value.NULL == true)
        {
            return fallback;
        }

        return TryTimeOnly(value, out var result) ? result : Convert(attribute, member, value, Parse.TimeOnly, "S (TimeOnly)");
    }

    /// <summary>A nullable <c>TimeOnly</c>: <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    public global::System.TimeOnly? NullableTimeOnly(string attribute, string member, global::System.TimeOnly? fallback)
    {
        if (!_item.TryGetValue(attribute, out var value) || value.NULL == true)
        {
            return fallback;
        }

        return TryTimeOnly(value, out var result) ? result : Convert(attribute, member, value, Parse.TimeOnly, "S (TimeOnly)");
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
    public global::System.TimeSpan TimeSpan(string attribute, string member)
    {
        if (_item.TryGetValue(attribute, out var value) && TryTimeSpan(value, out var result))
        {
            return result;
        }

        return Convert(attribute, member, value, Parse.TimeSpan, "S (TimeSpan)");
    }

    /// <summary>A <c>TimeSpan</c>, or <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    public global::System.TimeSpan TimeSpan(string attribute, string member, global::System.TimeSpan fallback)
    {
        if (!_item.TryGetValue(attribute, out var value) || value.NULL == true)
        {
            return fallback;
        }

        return TryTimeSpan(value, out var result) ? result : Convert(attribute, member, value, Parse.TimeSpan, "S (TimeSpan)");
    }

    /// <summary>A nullable <c>TimeSpan</c>: <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    public global::System.TimeSpan? NullableTimeSpan(string attribute, string member, global::System.TimeSpan? fallback)
    {
        if (!_item.TryGetValue(attribute, out var value) || value.NULL == true)
        {
            return fallback;
        }

        return TryTimeSpan(value, out var result) ? result : Convert(attribute, member, value, Parse.TimeSpan, "S (TimeSpan)");
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
    public global::System.DateTime EpochDateTime(string attribute, string member)
    {
        if (_item.TryGetValue(attribute, out var value) && TryEpochDateTime(value, out var result))
        {
            return result;
        }

        return Convert(attribute, member, value, Parse.EpochDateTime, "N (EpochDateTime)");
    }

    /// <summary>A <c>DateTime</c>, or <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    public global::System.DateTime EpochDateTime(string attribute, string member, global::System.DateTime fallback)
    {
        if (!_item.TryGetValue(attribute, out var value) || value.NULL == true)
        {
            return fallback;
        }

        return TryEpochDateTime(value, out var result) ? result : Convert(attribute, member, value, Parse.EpochDateTime, "N (EpochDateTime)");
    }

    /// <summary>A nullable <c>DateTime</c>: <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    public global::System.DateTime? NullableEpochDateTime(string attribute, string member, global::System.DateTime? fallback)
    {
        if (!_item.TryGetValue(attribute, out var value) || value.NULL == true)
        {
            return fallback;
        }

        return TryEpochDateTime(value, out var result) ? result : Convert(attribute, member, value, Parse.EpochDateTime, "N (EpochDateTime)");
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
    public global::System.DateTimeOffset EpochDateTimeOffset(string attribute, string member)
    {
        if (_item.TryGetValue(attribute, out var value) && TryEpochDateTimeOffset(value, out var result))
        {
            return result;
        }

        return Convert(attribute, member, value, Parse.EpochDateTimeOffset, "N (EpochDateTimeOffset)");
    }

    /// <summary>A <c>DateTimeOffset</c>, or <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    public global::System.DateTimeOffset EpochDateTimeOffset(string attribute, string member, global::System.DateTimeOffset fallback)
    {
        if (!_item.TryGetValue(attribute, out var value) || value.NULL == true)
        {
            return fallback;
        }

        return TryEpochDateTimeOffset(value, out var result) ? result : Convert(attribute, member, value, Parse.EpochDateTimeOffset, "N (EpochDateTimeOffset)");
    }

    /// <summary>A nullable <c>DateTimeOffset</c>: <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    public global::System.DateTimeOffset? NullableEpochDateTimeOffset(string attribute, string member, global::System.DateTimeOffset? fallback)
    {
        if (!_item.TryGetValue(attribute, out var value) || value.NULL == true)
        {
            return fallback;
        }

        return TryEpochDateTimeOffset(value, out var result) ? result : Convert(attribute, member, value, Parse.EpochDateTimeOffset, "N (EpochDateTimeOffset)");
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
    public byte[] Binary(string attribute, string member)
    {
        if (_item.TryGetValue(attribute, out var value) && TryBinary(value, out var result))
        {
            return result;
        }

        return Convert(attribute, member, value, Parse.Binary, "B (bytes)");
    }

    /// <summary>A <c>byte[]</c>, or <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    [return: NotNullIfNotNull(nameof(fallback))]
    public byte[]? Binary(string attribute, string member, byte[]? fallback)
    {
        if (!_item.TryGetValue(attribute, out var value) || value.NULL == true)
        {
            return fallback;
        }

        return TryBinary(value, out var result) ? result : Convert(attribute, member, value, Parse.Binary, "B (bytes)");
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
    public global::System.ReadOnlyMemory<byte> Memory(string attribute, string member)
    {
        if (_item.TryGetValue(attribute, out var value) && TryMemory(value, out var result))
        {
            return result;
        }

        return Convert(attribute, member, value, Parse.Memory, "B (bytes)");
    }

    /// <summary>A <c>ReadOnlyMemory&lt;byte&gt;</c>, or <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    public global::System.ReadOnlyMemory<byte> Memory(string attribute, string member, global::System.ReadOnlyMemory<byte> fallback)
    {
        if (!_item.TryGetValue(attribute, out var value) || value.NULL == true)
        {
            return fallback;
        }

        return TryMemory(value, out var result) ? result : Convert(attribute, member, value, Parse.Memory, "B (bytes)");
    }

    /// <summary>A nullable <c>ReadOnlyMemory&lt;byte&gt;</c>: <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    public global::System.ReadOnlyMemory<byte>? NullableMemory(string attribute, string member, global::System.ReadOnlyMemory<byte>? fallback)
    {
        if (!_item.TryGetValue(attribute, out var value) || value.NULL == true)
        {
            return fallback;
        }

        return TryMemory(value, out var result) ? result : Convert(attribute, member, value, Parse.Memory, "B (bytes)");
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
