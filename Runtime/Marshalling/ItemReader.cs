// This file is written out from a table of scalar types (one block per type); keep the blocks identical in shape.
using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
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

    /// <summary>A required <c>string</c>.</summary>
    public string String(string attribute, string member)
    {
        if (_item.TryGetValue(attribute, out var value) && value.S is { } s)
        {
            return s;
        }

        return Convert(attribute, member, value, Parse.String, "S (String)");
    }

    /// <summary>A <c>string</c>, or <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    [return: NotNullIfNotNull(nameof(fallback))]
    public string? String(string attribute, string member, string? fallback)
        => _item.TryGetValue(attribute, out var value) && value.NULL != true ? Convert(attribute, member, value, Parse.String, "S (String)") : fallback;

    /// <summary>A required <c>char</c>.</summary>
    public char Char(string attribute, string member)
    {
        _item.TryGetValue(attribute, out var value);
        return Convert(attribute, member, value, Parse.Char, "S (Char)");
    }

    /// <summary>A <c>char</c>, or <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    public char Char(string attribute, string member, char fallback)
        => _item.TryGetValue(attribute, out var value) && value.NULL != true ? Convert(attribute, member, value, Parse.Char, "S (Char)") : fallback;

    /// <summary>A nullable <c>char</c>: <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    public char? NullableChar(string attribute, string member, char? fallback)
        => _item.TryGetValue(attribute, out var value) && value.NULL != true ? Convert(attribute, member, value, Parse.Char, "S (Char)") : fallback;

    /// <summary>A required <c>bool</c>.</summary>
    public bool Boolean(string attribute, string member)
    {
        if (_item.TryGetValue(attribute, out var value) && value.BOOL is { } result)
        {
            return result;
        }

        return Convert(attribute, member, value, Parse.Boolean, "BOOL (Boolean)");
    }

    /// <summary>A <c>bool</c>, or <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    public bool Boolean(string attribute, string member, bool fallback)
        => _item.TryGetValue(attribute, out var value) && value.NULL != true ? Convert(attribute, member, value, Parse.Boolean, "BOOL (Boolean)") : fallback;

    /// <summary>A nullable <c>bool</c>: <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    public bool? NullableBoolean(string attribute, string member, bool? fallback)
        => _item.TryGetValue(attribute, out var value) && value.NULL != true ? Convert(attribute, member, value, Parse.Boolean, "BOOL (Boolean)") : fallback;

    /// <summary>A required <c>byte</c>.</summary>
    public byte Byte(string attribute, string member)
    {
        _item.TryGetValue(attribute, out var value);
        return Convert(attribute, member, value, Parse.Byte, "N (Byte)");
    }

    /// <summary>A <c>byte</c>, or <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    public byte Byte(string attribute, string member, byte fallback)
        => _item.TryGetValue(attribute, out var value) && value.NULL != true ? Convert(attribute, member, value, Parse.Byte, "N (Byte)") : fallback;

    /// <summary>A nullable <c>byte</c>: <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    public byte? NullableByte(string attribute, string member, byte? fallback)
        => _item.TryGetValue(attribute, out var value) && value.NULL != true ? Convert(attribute, member, value, Parse.Byte, "N (Byte)") : fallback;

    /// <summary>A required <c>sbyte</c>.</summary>
    public sbyte SByte(string attribute, string member)
    {
        _item.TryGetValue(attribute, out var value);
        return Convert(attribute, member, value, Parse.SByte, "N (SByte)");
    }

    /// <summary>A <c>sbyte</c>, or <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    public sbyte SByte(string attribute, string member, sbyte fallback)
        => _item.TryGetValue(attribute, out var value) && value.NULL != true ? Convert(attribute, member, value, Parse.SByte, "N (SByte)") : fallback;

    /// <summary>A nullable <c>sbyte</c>: <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    public sbyte? NullableSByte(string attribute, string member, sbyte? fallback)
        => _item.TryGetValue(attribute, out var value) && value.NULL != true ? Convert(attribute, member, value, Parse.SByte, "N (SByte)") : fallback;

    /// <summary>A required <c>short</c>.</summary>
    public short Int16(string attribute, string member)
    {
        _item.TryGetValue(attribute, out var value);
        return Convert(attribute, member, value, Parse.Int16, "N (Int16)");
    }

    /// <summary>A <c>short</c>, or <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    public short Int16(string attribute, string member, short fallback)
        => _item.TryGetValue(attribute, out var value) && value.NULL != true ? Convert(attribute, member, value, Parse.Int16, "N (Int16)") : fallback;

    /// <summary>A nullable <c>short</c>: <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    public short? NullableInt16(string attribute, string member, short? fallback)
        => _item.TryGetValue(attribute, out var value) && value.NULL != true ? Convert(attribute, member, value, Parse.Int16, "N (Int16)") : fallback;

    /// <summary>A required <c>ushort</c>.</summary>
    public ushort UInt16(string attribute, string member)
    {
        _item.TryGetValue(attribute, out var value);
        return Convert(attribute, member, value, Parse.UInt16, "N (UInt16)");
    }

    /// <summary>A <c>ushort</c>, or <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    public ushort UInt16(string attribute, string member, ushort fallback)
        => _item.TryGetValue(attribute, out var value) && value.NULL != true ? Convert(attribute, member, value, Parse.UInt16, "N (UInt16)") : fallback;

    /// <summary>A nullable <c>ushort</c>: <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    public ushort? NullableUInt16(string attribute, string member, ushort? fallback)
        => _item.TryGetValue(attribute, out var value) && value.NULL != true ? Convert(attribute, member, value, Parse.UInt16, "N (UInt16)") : fallback;

    /// <summary>A required <c>int</c>.</summary>
    public int Int32(string attribute, string member)
    {
        if (_item.TryGetValue(attribute, out var value) && value.N is { } n && int.TryParse(n, global::System.Globalization.NumberStyles.AllowLeadingSign, global::System.Globalization.CultureInfo.InvariantCulture, out var result))
        {
            return result;
        }

        return Convert(attribute, member, value, Parse.Int32, "N (Int32)");
    }

    /// <summary>A <c>int</c>, or <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    public int Int32(string attribute, string member, int fallback)
        => _item.TryGetValue(attribute, out var value) && value.NULL != true ? Convert(attribute, member, value, Parse.Int32, "N (Int32)") : fallback;

    /// <summary>A nullable <c>int</c>: <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    public int? NullableInt32(string attribute, string member, int? fallback)
        => _item.TryGetValue(attribute, out var value) && value.NULL != true ? Convert(attribute, member, value, Parse.Int32, "N (Int32)") : fallback;

    /// <summary>A required <c>uint</c>.</summary>
    public uint UInt32(string attribute, string member)
    {
        _item.TryGetValue(attribute, out var value);
        return Convert(attribute, member, value, Parse.UInt32, "N (UInt32)");
    }

    /// <summary>A <c>uint</c>, or <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    public uint UInt32(string attribute, string member, uint fallback)
        => _item.TryGetValue(attribute, out var value) && value.NULL != true ? Convert(attribute, member, value, Parse.UInt32, "N (UInt32)") : fallback;

    /// <summary>A nullable <c>uint</c>: <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    public uint? NullableUInt32(string attribute, string member, uint? fallback)
        => _item.TryGetValue(attribute, out var value) && value.NULL != true ? Convert(attribute, member, value, Parse.UInt32, "N (UInt32)") : fallback;

    /// <summary>A required <c>long</c>.</summary>
    public long Int64(string attribute, string member)
    {
        if (_item.TryGetValue(attribute, out var value) && value.N is { } n && long.TryParse(n, global::System.Globalization.NumberStyles.AllowLeadingSign, global::System.Globalization.CultureInfo.InvariantCulture, out var result))
        {
            return result;
        }

        return Convert(attribute, member, value, Parse.Int64, "N (Int64)");
    }

    /// <summary>A <c>long</c>, or <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    public long Int64(string attribute, string member, long fallback)
        => _item.TryGetValue(attribute, out var value) && value.NULL != true ? Convert(attribute, member, value, Parse.Int64, "N (Int64)") : fallback;

    /// <summary>A nullable <c>long</c>: <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    public long? NullableInt64(string attribute, string member, long? fallback)
        => _item.TryGetValue(attribute, out var value) && value.NULL != true ? Convert(attribute, member, value, Parse.Int64, "N (Int64)") : fallback;

    /// <summary>A required <c>ulong</c>.</summary>
    public ulong UInt64(string attribute, string member)
    {
        _item.TryGetValue(attribute, out var value);
        return Convert(attribute, member, value, Parse.UInt64, "N (UInt64)");
    }

    /// <summary>A <c>ulong</c>, or <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    public ulong UInt64(string attribute, string member, ulong fallback)
        => _item.TryGetValue(attribute, out var value) && value.NULL != true ? Convert(attribute, member, value, Parse.UInt64, "N (UInt64)") : fallback;

    /// <summary>A nullable <c>ulong</c>: <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    public ulong? NullableUInt64(string attribute, string member, ulong? fallback)
        => _item.TryGetValue(attribute, out var value) && value.NULL != true ? Convert(attribute, member, value, Parse.UInt64, "N (UInt64)") : fallback;

    /// <summary>A required <c>float</c>.</summary>
    public float Single(string attribute, string member)
    {
        _item.TryGetValue(attribute, out var value);
        return Convert(attribute, member, value, Parse.Single, "N (Single)");
    }

    /// <summary>A <c>float</c>, or <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    public float Single(string attribute, string member, float fallback)
        => _item.TryGetValue(attribute, out var value) && value.NULL != true ? Convert(attribute, member, value, Parse.Single, "N (Single)") : fallback;

    /// <summary>A nullable <c>float</c>: <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    public float? NullableSingle(string attribute, string member, float? fallback)
        => _item.TryGetValue(attribute, out var value) && value.NULL != true ? Convert(attribute, member, value, Parse.Single, "N (Single)") : fallback;

    /// <summary>A required <c>double</c>.</summary>
    public double Double(string attribute, string member)
    {
        if (_item.TryGetValue(attribute, out var value) && value.N is { } n && double.TryParse(n, global::System.Globalization.NumberStyles.Float, global::System.Globalization.CultureInfo.InvariantCulture, out var result) && double.IsFinite(result))
        {
            return result;
        }

        return Convert(attribute, member, value, Parse.Double, "N (Double)");
    }

    /// <summary>A <c>double</c>, or <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    public double Double(string attribute, string member, double fallback)
        => _item.TryGetValue(attribute, out var value) && value.NULL != true ? Convert(attribute, member, value, Parse.Double, "N (Double)") : fallback;

    /// <summary>A nullable <c>double</c>: <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    public double? NullableDouble(string attribute, string member, double? fallback)
        => _item.TryGetValue(attribute, out var value) && value.NULL != true ? Convert(attribute, member, value, Parse.Double, "N (Double)") : fallback;

    /// <summary>A required <c>decimal</c>.</summary>
    public decimal Decimal(string attribute, string member)
    {
        if (_item.TryGetValue(attribute, out var value) && value.N is { } n && decimal.TryParse(n, global::System.Globalization.NumberStyles.Float, global::System.Globalization.CultureInfo.InvariantCulture, out var result))
        {
            return result;
        }

        return Convert(attribute, member, value, Parse.Decimal, "N (Decimal)");
    }

    /// <summary>A <c>decimal</c>, or <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    public decimal Decimal(string attribute, string member, decimal fallback)
        => _item.TryGetValue(attribute, out var value) && value.NULL != true ? Convert(attribute, member, value, Parse.Decimal, "N (Decimal)") : fallback;

    /// <summary>A nullable <c>decimal</c>: <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    public decimal? NullableDecimal(string attribute, string member, decimal? fallback)
        => _item.TryGetValue(attribute, out var value) && value.NULL != true ? Convert(attribute, member, value, Parse.Decimal, "N (Decimal)") : fallback;

    /// <summary>A required <c>Guid</c>.</summary>
    public global::System.Guid Guid(string attribute, string member)
    {
        if (_item.TryGetValue(attribute, out var value) && value.S is { } s && global::System.Guid.TryParse(s, out var result))
        {
            return result;
        }

        return Convert(attribute, member, value, Parse.Guid, "S (Guid)");
    }

    /// <summary>A <c>Guid</c>, or <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    public global::System.Guid Guid(string attribute, string member, global::System.Guid fallback)
        => _item.TryGetValue(attribute, out var value) && value.NULL != true ? Convert(attribute, member, value, Parse.Guid, "S (Guid)") : fallback;

    /// <summary>A nullable <c>Guid</c>: <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    public global::System.Guid? NullableGuid(string attribute, string member, global::System.Guid? fallback)
        => _item.TryGetValue(attribute, out var value) && value.NULL != true ? Convert(attribute, member, value, Parse.Guid, "S (Guid)") : fallback;

    /// <summary>A required <c>DateTime</c>.</summary>
    public global::System.DateTime DateTime(string attribute, string member)
    {
        if (_item.TryGetValue(attribute, out var value) && value.S is { } s && Parse.DateTimeText(s, out var result))
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

        return value.S is { } s && Parse.DateTimeText(s, out var result) ? result : Convert(attribute, member, value, Parse.DateTime, "S (DateTime)");
    }

    /// <summary>A nullable <c>DateTime</c>: <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    public global::System.DateTime? NullableDateTime(string attribute, string member, global::System.DateTime? fallback)
        => _item.TryGetValue(attribute, out var value) && value.NULL != true ? Convert(attribute, member, value, Parse.DateTime, "S (DateTime)") : fallback;

    /// <summary>A required <c>DateTimeOffset</c>.</summary>
    public global::System.DateTimeOffset DateTimeOffset(string attribute, string member)
    {
        if (_item.TryGetValue(attribute, out var value) && value.S is { } s && Parse.DateTimeOffsetText(s, out var result))
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

        return value.S is { } s && Parse.DateTimeOffsetText(s, out var result) ? result : Convert(attribute, member, value, Parse.DateTimeOffset, "S (DateTimeOffset)");
    }

    /// <summary>A nullable <c>DateTimeOffset</c>: <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    public global::System.DateTimeOffset? NullableDateTimeOffset(string attribute, string member, global::System.DateTimeOffset? fallback)
        => _item.TryGetValue(attribute, out var value) && value.NULL != true ? Convert(attribute, member, value, Parse.DateTimeOffset, "S (DateTimeOffset)") : fallback;

    /// <summary>A required <c>DateOnly</c>.</summary>
    public global::System.DateOnly DateOnly(string attribute, string member)
    {
        if (_item.TryGetValue(attribute, out var value) && value.S is { } s && Parse.DateOnlyText(s, out var result))
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

        return value.S is { } s && Parse.DateOnlyText(s, out var result) ? result : Convert(attribute, member, value, Parse.DateOnly, "S (DateOnly)");
    }

    /// <summary>A nullable <c>DateOnly</c>: <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    public global::System.DateOnly? NullableDateOnly(string attribute, string member, global::System.DateOnly? fallback)
        => _item.TryGetValue(attribute, out var value) && value.NULL != true ? Convert(attribute, member, value, Parse.DateOnly, "S (DateOnly)") : fallback;

    /// <summary>A required <c>TimeOnly</c>.</summary>
    public global::System.TimeOnly TimeOnly(string attribute, string member)
    {
        _item.TryGetValue(attribute, out var value);
        return Convert(attribute, member, value, Parse.TimeOnly, "S (TimeOnly)");
    }

    /// <summary>A <c>TimeOnly</c>, or <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    public global::System.TimeOnly TimeOnly(string attribute, string member, global::System.TimeOnly fallback)
        => _item.TryGetValue(attribute, out var value) && value.NULL != true ? Convert(attribute, member, value, Parse.TimeOnly, "S (TimeOnly)") : fallback;

    /// <summary>A nullable <c>TimeOnly</c>: <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    public global::System.TimeOnly? NullableTimeOnly(string attribute, string member, global::System.TimeOnly? fallback)
        => _item.TryGetValue(attribute, out var value) && value.NULL != true ? Convert(attribute, member, value, Parse.TimeOnly, "S (TimeOnly)") : fallback;

    /// <summary>A required <c>TimeSpan</c>.</summary>
    public global::System.TimeSpan TimeSpan(string attribute, string member)
    {
        _item.TryGetValue(attribute, out var value);
        return Convert(attribute, member, value, Parse.TimeSpan, "S (TimeSpan)");
    }

    /// <summary>A <c>TimeSpan</c>, or <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    public global::System.TimeSpan TimeSpan(string attribute, string member, global::System.TimeSpan fallback)
        => _item.TryGetValue(attribute, out var value) && value.NULL != true ? Convert(attribute, member, value, Parse.TimeSpan, "S (TimeSpan)") : fallback;

    /// <summary>A nullable <c>TimeSpan</c>: <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    public global::System.TimeSpan? NullableTimeSpan(string attribute, string member, global::System.TimeSpan? fallback)
        => _item.TryGetValue(attribute, out var value) && value.NULL != true ? Convert(attribute, member, value, Parse.TimeSpan, "S (TimeSpan)") : fallback;

    /// <summary>A required <c>DateTime</c>.</summary>
    public global::System.DateTime EpochDateTime(string attribute, string member)
    {
        _item.TryGetValue(attribute, out var value);
        return Convert(attribute, member, value, Parse.EpochDateTime, "N (EpochDateTime)");
    }

    /// <summary>A <c>DateTime</c>, or <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    public global::System.DateTime EpochDateTime(string attribute, string member, global::System.DateTime fallback)
        => _item.TryGetValue(attribute, out var value) && value.NULL != true ? Convert(attribute, member, value, Parse.EpochDateTime, "N (EpochDateTime)") : fallback;

    /// <summary>A nullable <c>DateTime</c>: <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    public global::System.DateTime? NullableEpochDateTime(string attribute, string member, global::System.DateTime? fallback)
        => _item.TryGetValue(attribute, out var value) && value.NULL != true ? Convert(attribute, member, value, Parse.EpochDateTime, "N (EpochDateTime)") : fallback;

    /// <summary>A required <c>DateTimeOffset</c>.</summary>
    public global::System.DateTimeOffset EpochDateTimeOffset(string attribute, string member)
    {
        _item.TryGetValue(attribute, out var value);
        return Convert(attribute, member, value, Parse.EpochDateTimeOffset, "N (EpochDateTimeOffset)");
    }

    /// <summary>A <c>DateTimeOffset</c>, or <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    public global::System.DateTimeOffset EpochDateTimeOffset(string attribute, string member, global::System.DateTimeOffset fallback)
        => _item.TryGetValue(attribute, out var value) && value.NULL != true ? Convert(attribute, member, value, Parse.EpochDateTimeOffset, "N (EpochDateTimeOffset)") : fallback;

    /// <summary>A nullable <c>DateTimeOffset</c>: <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    public global::System.DateTimeOffset? NullableEpochDateTimeOffset(string attribute, string member, global::System.DateTimeOffset? fallback)
        => _item.TryGetValue(attribute, out var value) && value.NULL != true ? Convert(attribute, member, value, Parse.EpochDateTimeOffset, "N (EpochDateTimeOffset)") : fallback;

    /// <summary>A required <c>byte[]</c>.</summary>
    public byte[] Binary(string attribute, string member)
    {
        _item.TryGetValue(attribute, out var value);
        return Convert(attribute, member, value, Parse.Binary, "B (bytes)");
    }

    /// <summary>A <c>byte[]</c>, or <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    [return: NotNullIfNotNull(nameof(fallback))]
    public byte[]? Binary(string attribute, string member, byte[]? fallback)
        => _item.TryGetValue(attribute, out var value) && value.NULL != true ? Convert(attribute, member, value, Parse.Binary, "B (bytes)") : fallback;

    /// <summary>A required <c>ReadOnlyMemory&lt;byte&gt;</c>.</summary>
    public global::System.ReadOnlyMemory<byte> Memory(string attribute, string member)
    {
        _item.TryGetValue(attribute, out var value);
        return Convert(attribute, member, value, Parse.Memory, "B (bytes)");
    }

    /// <summary>A <c>ReadOnlyMemory&lt;byte&gt;</c>, or <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    public global::System.ReadOnlyMemory<byte> Memory(string attribute, string member, global::System.ReadOnlyMemory<byte> fallback)
        => _item.TryGetValue(attribute, out var value) && value.NULL != true ? Convert(attribute, member, value, Parse.Memory, "B (bytes)") : fallback;

    /// <summary>A nullable <c>ReadOnlyMemory&lt;byte&gt;</c>: <paramref name="fallback"/> when the attribute is missing or <c>NULL</c>.</summary>
    public global::System.ReadOnlyMemory<byte>? NullableMemory(string attribute, string member, global::System.ReadOnlyMemory<byte>? fallback)
        => _item.TryGetValue(attribute, out var value) && value.NULL != true ? Convert(attribute, member, value, Parse.Memory, "B (bytes)") : fallback;
}
