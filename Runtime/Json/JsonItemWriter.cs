// This file is written out from a table of scalar types (one block per type); keep the blocks identical in shape.
using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using DynamoGen.Marshalling;

namespace DynamoGen.Json;

/// <summary>
/// Writes an item member by member as DynamoDB JSON for generated <c>WriteJson</c> code, exactly as
/// <see cref="ItemWriter"/> builds it for <c>ToItem()</c>: the same attributes in the same order, null members left out
/// (or <c>NULL</c> when the type asks for it), empty sets left out, and the same <see cref="DynamoMappingException"/> for
/// a value that cannot be stored. Attribute names come as UTF-8 literals; one method per scalar type, no delegates.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct JsonItemWriter
{
    private readonly Utf8JsonWriter _writer;
    private readonly ItemMapping _mapping;

    /// <summary>Starts the item object.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="mapping">The type's names, for error messages, and its null handling.</param>
    public JsonItemWriter(Utf8JsonWriter writer, ItemMapping mapping)
    {
        ArgumentNullException.ThrowIfNull(writer);
        _writer = writer;
        _mapping = mapping;
        writer.WriteStartObject();
    }

    /// <summary>Ends the item object.</summary>
    public void End() => _writer.WriteEndObject();

    /// <summary>A fixed S value, such as the entity name of a type that shares its table.</summary>
    /// <param name="attribute">The attribute name.</param>
    /// <param name="value">The value.</param>
    public void Constant(ReadOnlySpan<byte> attribute, ReadOnlySpan<byte> value)
    {
        _writer.WritePropertyName(attribute);
        _writer.WriteStartObject();
        _writer.WriteString("S"u8, value);
        _writer.WriteEndObject();
    }

    /// <summary>A computed key attribute from a one-placeholder template.</summary>
    public void Template(KeyTemplate template, string part0) => Template(template, [part0]);

    /// <summary>A computed key attribute from a two-placeholder template.</summary>
    public void Template(KeyTemplate template, string part0, string part1) => Template(template, [part0, part1]);

    /// <summary>A computed key attribute from a template with any number of placeholders.</summary>
    public void Template(KeyTemplate template, params string[] parts) => Template(template, new ReadOnlySpan<string>(parts ?? throw new ArgumentNullException(nameof(parts))));

    private void Template(KeyTemplate template, ReadOnlySpan<string> parts)
    {
        ArgumentNullException.ThrowIfNull(template);
        string text;
        try
        {
            text = template.Format(parts);
        }
        catch (AttributeFormatException ex)
        {
            throw _mapping.WriteError(template.Attribute, "(key template '" + template.Template + "')", ex.Expected, ex.Found);
        }

        if (text.Length == 0)
        {
            throw _mapping.WriteError(template.Attribute, "(key template '" + template.Template + "')", "a non-empty string (key attributes cannot be empty)", "an empty string");
        }

        _writer.WritePropertyName(template.Attribute);
        _writer.WriteStartObject();
        _writer.WriteString("S"u8, text);
        _writer.WriteEndObject();
    }

    /// <summary>A string key attribute: never null or empty.</summary>
    public void Key(ReadOnlySpan<byte> attribute, string member, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            throw _mapping.WriteError(Name(attribute), member, "a non-empty string (key attributes cannot be null or empty)", value is null ? "null" : "an empty string");
        }

        if (!Utf16.IsStorable(value))
        {
            throw _mapping.WriteError(Name(attribute), member, Utf16.Expected, Utf16.Describe(value));
        }

        _writer.WritePropertyName(attribute);
        _writer.WriteStartObject();
        _writer.WriteString("S"u8, value);
        _writer.WriteEndObject();
    }

    /// <summary>A binary key attribute: never null or empty.</summary>
    public void Key(ReadOnlySpan<byte> attribute, string member, byte[]? value)
    {
        if (value is null || value.Length == 0)
        {
            throw _mapping.WriteError(Name(attribute), member, "non-empty bytes (key attributes cannot be null or empty)", value is null ? "null" : "empty bytes");
        }

        _writer.WritePropertyName(attribute);
        JsonWrite.Binary(_writer, value);
    }

    /// <summary>Any value, written by <paramref name="write"/>; a null value is left out.</summary>
    public void Value<T>(ReadOnlySpan<byte> attribute, string member, T? value, JsonValueWriter<T> write)
    {
        if (value is null)
        {
            Null(attribute);
            return;
        }

        _writer.WritePropertyName(attribute);
        try
        {
            write(_writer, value);
        }
        catch (AttributeFormatException ex)
        {
            throw _mapping.WriteError(Name(attribute) + ex.Path, member, ex.Expected, ex.Found);
        }
    }

    /// <summary>A nullable value type, written by <paramref name="write"/> when it has a value.</summary>
    public void NullableValue<T>(ReadOnlySpan<byte> attribute, string member, T? value, JsonValueWriter<T> write) where T : struct
    {
        if (value.HasValue)
        {
            Value(attribute, member, value.GetValueOrDefault(), write);
        }
        else
        {
            Null(attribute);
        }
    }

    /// <summary>A set, written by <paramref name="write"/>; a null or empty set is left out (DynamoDB rejects empty sets).</summary>
    public void Set<T>(ReadOnlySpan<byte> attribute, string member, IEnumerable<T>? values, JsonValueWriter<IEnumerable<T>> write)
    {
        if (values is null || JsonWrite.IsEmpty(values))
        {
            Null(attribute);
            return;
        }

        Value(attribute, member, values, write);
    }

    /// <summary>A value through a user converter: its attribute value is computed first, so a null result is left out as <c>ToItem()</c> leaves it out.</summary>
    public void Converter<T>(ReadOnlySpan<byte> attribute, string member, T? value, IDynamoConverter<T> converter)
    {
        if (value is null)
        {
            Null(attribute);
            return;
        }

        Amazon.DynamoDBv2.Model.AttributeValue? converted;
        try
        {
            converted = converter.ToAttribute(value);
        }
        catch (AttributeFormatException ex)
        {
            throw _mapping.WriteError(Name(attribute) + ex.Path, member, ex.Expected, ex.Found);
        }

        if (converted is null)
        {
            Null(attribute);
            return;
        }

        _writer.WritePropertyName(attribute);
        AttributeValueJson.WriteValue(_writer, converted);
    }

    /// <summary>A nullable value type through a user converter.</summary>
    public void NullableConverter<T>(ReadOnlySpan<byte> attribute, string member, T? value, IDynamoConverter<T> converter) where T : struct
    {
        if (value.HasValue)
        {
            Converter(attribute, member, value.GetValueOrDefault(), converter);
        }
        else
        {
            Null(attribute);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Null(ReadOnlySpan<byte> attribute)
    {
        if (_mapping.WriteNulls)
        {
            _writer.WritePropertyName(attribute);
            JsonWrite.Null(_writer);
        }
    }

    private static string Name(ReadOnlySpan<byte> attribute) => Encoding.UTF8.GetString(attribute);

    /// <summary>A <c>string</c> member: left out when null.</summary>
    public void String(ReadOnlySpan<byte> attribute, string member, string? value)
    {
        if (value is null)
        {
            Null(attribute);
        }
        else if (Utf16.IsStorable(value))
        {
            _writer.WritePropertyName(attribute);
            _writer.WriteStartObject();
            _writer.WriteString("S"u8, value);
            _writer.WriteEndObject();
        }
        else
        {
            throw _mapping.WriteError(Name(attribute), member, Utf16.Expected, Utf16.Describe(value));
        }
    }

    /// <summary>A <c>byte[]</c> member: left out when null.</summary>
    public void Binary(ReadOnlySpan<byte> attribute, string member, byte[]? value)
    {
        if (value is null)
        {
            Null(attribute);
        }
        else
        {
            _writer.WritePropertyName(attribute);
            JsonWrite.Binary(_writer, value);
        }
    }

    /// <summary>A <c>char</c> member.</summary>
    public void Char(ReadOnlySpan<byte> attribute, string member, char value)
    {
        _writer.WritePropertyName(attribute);
        try
        {
            JsonWrite.Char(_writer, value);
        }
        catch (AttributeFormatException ex)
        {
            throw _mapping.WriteError(Name(attribute), member, ex.Expected, ex.Found);
        }
    }

    /// <summary>A nullable <c>char</c> member: left out when null.</summary>
    public void Char(ReadOnlySpan<byte> attribute, string member, char? value)
    {
        if (value.HasValue)
        {
            Char(attribute, member, value.GetValueOrDefault());
        }
        else
        {
            Null(attribute);
        }
    }

    /// <summary>A <c>bool</c> member.</summary>
    public void Boolean(ReadOnlySpan<byte> attribute, string member, bool value)
    {
        _writer.WritePropertyName(attribute);
        JsonWrite.Boolean(_writer, value);
    }

    /// <summary>A nullable <c>bool</c> member: left out when null.</summary>
    public void Boolean(ReadOnlySpan<byte> attribute, string member, bool? value)
    {
        if (value.HasValue)
        {
            Boolean(attribute, member, value.GetValueOrDefault());
        }
        else
        {
            Null(attribute);
        }
    }

    /// <summary>A <c>byte</c> member.</summary>
    public void Byte(ReadOnlySpan<byte> attribute, string member, byte value)
    {
        _writer.WritePropertyName(attribute);
        JsonWrite.Byte(_writer, value);
    }

    /// <summary>A nullable <c>byte</c> member: left out when null.</summary>
    public void Byte(ReadOnlySpan<byte> attribute, string member, byte? value)
    {
        if (value.HasValue)
        {
            Byte(attribute, member, value.GetValueOrDefault());
        }
        else
        {
            Null(attribute);
        }
    }

    /// <summary>A <c>sbyte</c> member.</summary>
    public void SByte(ReadOnlySpan<byte> attribute, string member, sbyte value)
    {
        _writer.WritePropertyName(attribute);
        JsonWrite.SByte(_writer, value);
    }

    /// <summary>A nullable <c>sbyte</c> member: left out when null.</summary>
    public void SByte(ReadOnlySpan<byte> attribute, string member, sbyte? value)
    {
        if (value.HasValue)
        {
            SByte(attribute, member, value.GetValueOrDefault());
        }
        else
        {
            Null(attribute);
        }
    }

    /// <summary>A <c>short</c> member.</summary>
    public void Int16(ReadOnlySpan<byte> attribute, string member, short value)
    {
        _writer.WritePropertyName(attribute);
        JsonWrite.Int16(_writer, value);
    }

    /// <summary>A nullable <c>short</c> member: left out when null.</summary>
    public void Int16(ReadOnlySpan<byte> attribute, string member, short? value)
    {
        if (value.HasValue)
        {
            Int16(attribute, member, value.GetValueOrDefault());
        }
        else
        {
            Null(attribute);
        }
    }

    /// <summary>A <c>ushort</c> member.</summary>
    public void UInt16(ReadOnlySpan<byte> attribute, string member, ushort value)
    {
        _writer.WritePropertyName(attribute);
        JsonWrite.UInt16(_writer, value);
    }

    /// <summary>A nullable <c>ushort</c> member: left out when null.</summary>
    public void UInt16(ReadOnlySpan<byte> attribute, string member, ushort? value)
    {
        if (value.HasValue)
        {
            UInt16(attribute, member, value.GetValueOrDefault());
        }
        else
        {
            Null(attribute);
        }
    }

    /// <summary>A <c>int</c> member.</summary>
    public void Int32(ReadOnlySpan<byte> attribute, string member, int value)
    {
        _writer.WritePropertyName(attribute);
        JsonWrite.Int32(_writer, value);
    }

    /// <summary>A nullable <c>int</c> member: left out when null.</summary>
    public void Int32(ReadOnlySpan<byte> attribute, string member, int? value)
    {
        if (value.HasValue)
        {
            Int32(attribute, member, value.GetValueOrDefault());
        }
        else
        {
            Null(attribute);
        }
    }

    /// <summary>A <c>uint</c> member.</summary>
    public void UInt32(ReadOnlySpan<byte> attribute, string member, uint value)
    {
        _writer.WritePropertyName(attribute);
        JsonWrite.UInt32(_writer, value);
    }

    /// <summary>A nullable <c>uint</c> member: left out when null.</summary>
    public void UInt32(ReadOnlySpan<byte> attribute, string member, uint? value)
    {
        if (value.HasValue)
        {
            UInt32(attribute, member, value.GetValueOrDefault());
        }
        else
        {
            Null(attribute);
        }
    }

    /// <summary>A <c>long</c> member.</summary>
    public void Int64(ReadOnlySpan<byte> attribute, string member, long value)
    {
        _writer.WritePropertyName(attribute);
        JsonWrite.Int64(_writer, value);
    }

    /// <summary>A nullable <c>long</c> member: left out when null.</summary>
    public void Int64(ReadOnlySpan<byte> attribute, string member, long? value)
    {
        if (value.HasValue)
        {
            Int64(attribute, member, value.GetValueOrDefault());
        }
        else
        {
            Null(attribute);
        }
    }

    /// <summary>A <c>ulong</c> member.</summary>
    public void UInt64(ReadOnlySpan<byte> attribute, string member, ulong value)
    {
        _writer.WritePropertyName(attribute);
        JsonWrite.UInt64(_writer, value);
    }

    /// <summary>A nullable <c>ulong</c> member: left out when null.</summary>
    public void UInt64(ReadOnlySpan<byte> attribute, string member, ulong? value)
    {
        if (value.HasValue)
        {
            UInt64(attribute, member, value.GetValueOrDefault());
        }
        else
        {
            Null(attribute);
        }
    }

    /// <summary>A <c>float</c> member.</summary>
    public void Single(ReadOnlySpan<byte> attribute, string member, float value)
    {
        _writer.WritePropertyName(attribute);
        try
        {
            JsonWrite.Single(_writer, value);
        }
        catch (AttributeFormatException ex)
        {
            throw _mapping.WriteError(Name(attribute), member, ex.Expected, ex.Found);
        }
    }

    /// <summary>A nullable <c>float</c> member: left out when null.</summary>
    public void Single(ReadOnlySpan<byte> attribute, string member, float? value)
    {
        if (value.HasValue)
        {
            Single(attribute, member, value.GetValueOrDefault());
        }
        else
        {
            Null(attribute);
        }
    }

    /// <summary>A <c>double</c> member.</summary>
    public void Double(ReadOnlySpan<byte> attribute, string member, double value)
    {
        _writer.WritePropertyName(attribute);
        try
        {
            JsonWrite.Double(_writer, value);
        }
        catch (AttributeFormatException ex)
        {
            throw _mapping.WriteError(Name(attribute), member, ex.Expected, ex.Found);
        }
    }

    /// <summary>A nullable <c>double</c> member: left out when null.</summary>
    public void Double(ReadOnlySpan<byte> attribute, string member, double? value)
    {
        if (value.HasValue)
        {
            Double(attribute, member, value.GetValueOrDefault());
        }
        else
        {
            Null(attribute);
        }
    }

    /// <summary>A <c>decimal</c> member.</summary>
    public void Decimal(ReadOnlySpan<byte> attribute, string member, decimal value)
    {
        _writer.WritePropertyName(attribute);
        JsonWrite.Decimal(_writer, value);
    }

    /// <summary>A nullable <c>decimal</c> member: left out when null.</summary>
    public void Decimal(ReadOnlySpan<byte> attribute, string member, decimal? value)
    {
        if (value.HasValue)
        {
            Decimal(attribute, member, value.GetValueOrDefault());
        }
        else
        {
            Null(attribute);
        }
    }

    /// <summary>A <c>Guid</c> member.</summary>
    public void Guid(ReadOnlySpan<byte> attribute, string member, global::System.Guid value)
    {
        _writer.WritePropertyName(attribute);
        JsonWrite.Guid(_writer, value);
    }

    /// <summary>A nullable <c>Guid</c> member: left out when null.</summary>
    public void Guid(ReadOnlySpan<byte> attribute, string member, global::System.Guid? value)
    {
        if (value.HasValue)
        {
            Guid(attribute, member, value.GetValueOrDefault());
        }
        else
        {
            Null(attribute);
        }
    }

    /// <summary>A <c>DateTime</c> member.</summary>
    public void DateTime(ReadOnlySpan<byte> attribute, string member, global::System.DateTime value)
    {
        _writer.WritePropertyName(attribute);
        JsonWrite.DateTime(_writer, value);
    }

    /// <summary>A nullable <c>DateTime</c> member: left out when null.</summary>
    public void DateTime(ReadOnlySpan<byte> attribute, string member, global::System.DateTime? value)
    {
        if (value.HasValue)
        {
            DateTime(attribute, member, value.GetValueOrDefault());
        }
        else
        {
            Null(attribute);
        }
    }

    /// <summary>A <c>DateTimeOffset</c> member.</summary>
    public void DateTimeOffset(ReadOnlySpan<byte> attribute, string member, global::System.DateTimeOffset value)
    {
        _writer.WritePropertyName(attribute);
        JsonWrite.DateTimeOffset(_writer, value);
    }

    /// <summary>A nullable <c>DateTimeOffset</c> member: left out when null.</summary>
    public void DateTimeOffset(ReadOnlySpan<byte> attribute, string member, global::System.DateTimeOffset? value)
    {
        if (value.HasValue)
        {
            DateTimeOffset(attribute, member, value.GetValueOrDefault());
        }
        else
        {
            Null(attribute);
        }
    }

    /// <summary>A <c>DateOnly</c> member.</summary>
    public void DateOnly(ReadOnlySpan<byte> attribute, string member, global::System.DateOnly value)
    {
        _writer.WritePropertyName(attribute);
        JsonWrite.DateOnly(_writer, value);
    }

    /// <summary>A nullable <c>DateOnly</c> member: left out when null.</summary>
    public void DateOnly(ReadOnlySpan<byte> attribute, string member, global::System.DateOnly? value)
    {
        if (value.HasValue)
        {
            DateOnly(attribute, member, value.GetValueOrDefault());
        }
        else
        {
            Null(attribute);
        }
    }

    /// <summary>A <c>TimeOnly</c> member.</summary>
    public void TimeOnly(ReadOnlySpan<byte> attribute, string member, global::System.TimeOnly value)
    {
        _writer.WritePropertyName(attribute);
        JsonWrite.TimeOnly(_writer, value);
    }

    /// <summary>A nullable <c>TimeOnly</c> member: left out when null.</summary>
    public void TimeOnly(ReadOnlySpan<byte> attribute, string member, global::System.TimeOnly? value)
    {
        if (value.HasValue)
        {
            TimeOnly(attribute, member, value.GetValueOrDefault());
        }
        else
        {
            Null(attribute);
        }
    }

    /// <summary>A <c>TimeSpan</c> member.</summary>
    public void TimeSpan(ReadOnlySpan<byte> attribute, string member, global::System.TimeSpan value)
    {
        _writer.WritePropertyName(attribute);
        JsonWrite.TimeSpan(_writer, value);
    }

    /// <summary>A nullable <c>TimeSpan</c> member: left out when null.</summary>
    public void TimeSpan(ReadOnlySpan<byte> attribute, string member, global::System.TimeSpan? value)
    {
        if (value.HasValue)
        {
            TimeSpan(attribute, member, value.GetValueOrDefault());
        }
        else
        {
            Null(attribute);
        }
    }

    /// <summary>A <c>DateTime</c> member.</summary>
    public void EpochDateTime(ReadOnlySpan<byte> attribute, string member, global::System.DateTime value)
    {
        _writer.WritePropertyName(attribute);
        JsonWrite.EpochDateTime(_writer, value);
    }

    /// <summary>A nullable <c>DateTime</c> member: left out when null.</summary>
    public void EpochDateTime(ReadOnlySpan<byte> attribute, string member, global::System.DateTime? value)
    {
        if (value.HasValue)
        {
            EpochDateTime(attribute, member, value.GetValueOrDefault());
        }
        else
        {
            Null(attribute);
        }
    }

    /// <summary>A <c>DateTimeOffset</c> member.</summary>
    public void EpochDateTimeOffset(ReadOnlySpan<byte> attribute, string member, global::System.DateTimeOffset value)
    {
        _writer.WritePropertyName(attribute);
        JsonWrite.EpochDateTimeOffset(_writer, value);
    }

    /// <summary>A nullable <c>DateTimeOffset</c> member: left out when null.</summary>
    public void EpochDateTimeOffset(ReadOnlySpan<byte> attribute, string member, global::System.DateTimeOffset? value)
    {
        if (value.HasValue)
        {
            EpochDateTimeOffset(attribute, member, value.GetValueOrDefault());
        }
        else
        {
            Null(attribute);
        }
    }

    /// <summary>A <c>ReadOnlyMemory&lt;byte&gt;</c> member.</summary>
    public void Memory(ReadOnlySpan<byte> attribute, string member, global::System.ReadOnlyMemory<byte> value)
    {
        _writer.WritePropertyName(attribute);
        JsonWrite.Memory(_writer, value);
    }

    /// <summary>A nullable <c>ReadOnlyMemory&lt;byte&gt;</c> member: left out when null.</summary>
    public void Memory(ReadOnlySpan<byte> attribute, string member, global::System.ReadOnlyMemory<byte>? value)
    {
        if (value.HasValue)
        {
            Memory(attribute, member, value.GetValueOrDefault());
        }
        else
        {
            Null(attribute);
        }
    }
}
