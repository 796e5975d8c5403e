// This file is written out from a table of scalar types (one block per type); keep the blocks identical in shape.
using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Runtime.CompilerServices;
using Amazon.DynamoDBv2.Model;

namespace DynamoGen.Marshalling;

/// <summary>
/// Converts members to attribute values for generated <c>ToItem()</c> code, which builds the item itself
/// (<c>item["OrderId"] = writer.Int64("OrderId", "OrderId", this.OrderId)</c>, so the dictionary's work sits in the generated
/// method, where the JIT can inline it). A method returns <see langword="null"/> for a null member (the member is left
/// out), or a <c>NULL</c> value when the type asks for it; a value that cannot be stored throws a
/// <see cref="DynamoMappingException"/> naming the type, member and attribute. One method per scalar type keeps the hot
/// path free of delegates.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "One call shape for every member type: generated code calls each on the writer, whether or not it can fail (inlined, the instance costs nothing).")]
public readonly struct ItemWriter
{
    private readonly ItemMapping _mapping;

    /// <summary>Starts converting the members of one type.</summary>
    /// <param name="mapping">The type's names, for error messages, and its null handling.</param>
    public ItemWriter(ItemMapping mapping) => _mapping = mapping;

    /// <summary>The key attributes of <paramref name="item"/> as a typed key (the generated <c>Key(...)</c> builders end with this).</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="item">The key attributes, built by the generated code.</param>
    /// <returns>The key.</returns>
    public static DynamoKey<T> ToKey<T>(Dictionary<string, AttributeValue> item) where T : IDynamoTable<T> => new(item);

    /// <summary>A fixed S value, such as the entity name of a type that shares its table.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The attribute value.</returns>
    public AttributeValue Constant(string value) => new() { S = value };

    /// <summary>A computed key attribute from a one-placeholder template (see <see cref="KeyTemplate"/>).</summary>
    /// <param name="template">The template.</param>
    /// <param name="part0">The placeholder's text, from <see cref="KeyText"/>.</param>
    /// <returns>The attribute value.</returns>
    public AttributeValue Template(KeyTemplate template, string part0) => Template(template, [part0]);

    /// <summary>A computed key attribute from a two-placeholder template.</summary>
    /// <param name="template">The template.</param>
    /// <param name="part0">The first placeholder's text.</param>
    /// <param name="part1">The second placeholder's text.</param>
    /// <returns>The attribute value.</returns>
    public AttributeValue Template(KeyTemplate template, string part0, string part1) => Template(template, [part0, part1]);

    /// <summary>A computed key attribute from a template with any number of placeholders.</summary>
    /// <param name="template">The template.</param>
    /// <param name="parts">The placeholders' texts, in order.</param>
    /// <returns>The attribute value.</returns>
    public AttributeValue Template(KeyTemplate template, params string[] parts) => Template(template, new ReadOnlySpan<string>(parts ?? throw new ArgumentNullException(nameof(parts))));

    /// <summary>A computed key attribute: never empty; a part that would make it ambiguous throws, naming the template.</summary>
    private AttributeValue Template(KeyTemplate template, ReadOnlySpan<string> parts)
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

        return new AttributeValue { S = text };
    }

    /// <summary>A string key attribute: never null or empty.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public AttributeValue Key(string attribute, string member, string? value)
        => !string.IsNullOrEmpty(value) && Utf16.IsStorable(value) ? new AttributeValue { S = value } : throw KeyError(attribute, member, value);

    /// <summary>Why a string key cannot be written (out of line: the inlined fast path above stays small).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private DynamoMappingException KeyError(string attribute, string member, string? value)
        => string.IsNullOrEmpty(value)
            ? _mapping.WriteError(attribute, member, "a non-empty string (key attributes cannot be null or empty)", value is null ? "null" : "an empty string")
            : NotStorable(attribute, member, value);

    /// <summary>The error for a string DynamoDB cannot store (half a surrogate pair).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private DynamoMappingException NotStorable(string attribute, string member, string value)
        => _mapping.WriteError(attribute, member, Utf16.Expected, Utf16.Describe(value));

    /// <summary>A binary key attribute: never null or empty.</summary>
    public AttributeValue Key(string attribute, string member, byte[]? value)
        => value is null || value.Length == 0
            ? throw _mapping.WriteError(attribute, member, "non-empty bytes (key attributes cannot be null or empty)", value is null ? "null" : "empty bytes")
            : Write.Binary(value);

    /// <summary>Any value, converted by <paramref name="write"/>; a null value, or a null result (an empty set), is left out.</summary>
    public AttributeValue? Value<T>(string attribute, string member, T? value, Func<T, AttributeValue?> write)
    {
        if (value is null)
        {
            return Null();
        }

        AttributeValue? converted;
        try
        {
            converted = write(value);
        }
        catch (AttributeFormatException ex)
        {
            throw _mapping.WriteError(attribute + ex.Path, member, ex.Expected, ex.Found);
        }

        return converted ?? Null();
    }

    /// <summary>A nullable value type, converted by <paramref name="write"/> when it has a value.</summary>
    public AttributeValue? NullableValue<T>(string attribute, string member, T? value, Func<T, AttributeValue?> write) where T : struct
        => value.HasValue ? Value(attribute, member, value.GetValueOrDefault(), write) : Null();

    /// <summary>A value converted by <typeparamref name="TConverter"/> (an enum or a nested item): no delegate call. A null value is left out.</summary>
    public AttributeValue? Value<T, TConverter>(string attribute, string member, T? value)
        where TConverter : struct, IAttributeConverter<T>
    {
        if (value is null)
        {
            return Null();
        }

        try
        {
            return TConverter.Write(value);
        }
        catch (AttributeFormatException ex)
        {
            throw _mapping.WriteError(attribute + ex.Path, member, ex.Expected, ex.Found);
        }
    }

    /// <summary>A nullable value type converted by <typeparamref name="TConverter"/> when it has a value.</summary>
    public AttributeValue? NullableValue<T, TConverter>(string attribute, string member, T? value)
        where T : struct
        where TConverter : struct, IAttributeConverter<T>
        => value.HasValue ? Value<T, TConverter>(attribute, member, value.GetValueOrDefault()) : Null();

    /// <summary>What a null member becomes: nothing (it is left out), or <c>NULL</c> when the type writes nulls.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private AttributeValue? Null() => _mapping.WriteNulls ? Write.Null() : null;

    /// <summary>A <c>string</c> member: left out when null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public AttributeValue? String(string attribute, string member, string? value)
        => value is null ? Null() : Utf16.IsStorable(value) ? new AttributeValue { S = value } : throw NotStorable(attribute, member, value);

    /// <summary>A <c>char</c> member.</summary>
    public AttributeValue Char(string attribute, string member, char value)
    {
        try
        {
            return Write.Char(value);
        }
        catch (AttributeFormatException ex)
        {
            throw _mapping.WriteError(attribute, member, ex.Expected, ex.Found);
        }
    }

    /// <summary>A nullable <c>char</c> member: left out when null.</summary>
    public AttributeValue? Char(string attribute, string member, char? value)
        => value.HasValue ? Char(attribute, member, value.GetValueOrDefault()) : Null();

    /// <summary>A <c>bool</c> member.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public AttributeValue Boolean(string attribute, string member, bool value) => Write.Boolean(value);

    /// <summary>A nullable <c>bool</c> member: left out when null.</summary>
    public AttributeValue? Boolean(string attribute, string member, bool? value)
        => value.HasValue ? Boolean(attribute, member, value.GetValueOrDefault()) : Null();

    /// <summary>A <c>byte</c> member.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public AttributeValue Byte(string attribute, string member, byte value) => Write.Byte(value);

    /// <summary>A nullable <c>byte</c> member: left out when null.</summary>
    public AttributeValue? Byte(string attribute, string member, byte? value)
        => value.HasValue ? Byte(attribute, member, value.GetValueOrDefault()) : Null();

    /// <summary>A <c>sbyte</c> member.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public AttributeValue SByte(string attribute, string member, sbyte value) => Write.SByte(value);

    /// <summary>A nullable <c>sbyte</c> member: left out when null.</summary>
    public AttributeValue? SByte(string attribute, string member, sbyte? value)
        => value.HasValue ? SByte(attribute, member, value.GetValueOrDefault()) : Null();

    /// <summary>A <c>short</c> member.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public AttributeValue Int16(string attribute, string member, short value) => Write.Int16(value);

    /// <summary>A nullable <c>short</c> member: left out when null.</summary>
    public AttributeValue? Int16(string attribute, string member, short? value)
        => value.HasValue ? Int16(attribute, member, value.GetValueOrDefault()) : Null();

    /// <summary>A <c>ushort</c> member.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public AttributeValue UInt16(string attribute, string member, ushort value) => Write.UInt16(value);

    /// <summary>A nullable <c>ushort</c> member: left out when null.</summary>
    public AttributeValue? UInt16(string attribute, string member, ushort? value)
        => value.HasValue ? UInt16(attribute, member, value.GetValueOrDefault()) : Null();

    /// <summary>A <c>int</c> member.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public AttributeValue Int32(string attribute, string member, int value) => Write.Int32(value);

    /// <summary>A nullable <c>int</c> member: left out when null.</summary>
    public AttributeValue? Int32(string attribute, string member, int? value)
        => value.HasValue ? Int32(attribute, member, value.GetValueOrDefault()) : Null();

    /// <summary>A <c>uint</c> member.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public AttributeValue UInt32(string attribute, string member, uint value) => Write.UInt32(value);

    /// <summary>A nullable <c>uint</c> member: left out when null.</summary>
    public AttributeValue? UInt32(string attribute, string member, uint? value)
        => value.HasValue ? UInt32(attribute, member, value.GetValueOrDefault()) : Null();

    /// <summary>A <c>long</c> member.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public AttributeValue Int64(string attribute, string member, long value) => Write.Int64(value);

    /// <summary>A nullable <c>long</c> member: left out when null.</summary>
    public AttributeValue? Int64(string attribute, string member, long? value)
        => value.HasValue ? Int64(attribute, member, value.GetValueOrDefault()) : Null();

    /// <summary>A <c>ulong</c> member.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public AttributeValue UInt64(string attribute, string member, ulong value) => Write.UInt64(value);

    /// <summary>A nullable <c>ulong</c> member: left out when null.</summary>
    public AttributeValue? UInt64(string attribute, string member, ulong? value)
        => value.HasValue ? UInt64(attribute, member, value.GetValueOrDefault()) : Null();

    /// <summary>A <c>float</c> member.</summary>
    public AttributeValue Single(string attribute, string member, float value)
    {
        try
        {
            return Write.Single(value);
        }
        catch (AttributeFormatException ex)
        {
            throw _mapping.WriteError(attribute, member, ex.Expected, ex.Found);
        }
    }

    /// <summary>A nullable <c>float</c> member: left out when null.</summary>
    public AttributeValue? Single(string attribute, string member, float? value)
        => value.HasValue ? Single(attribute, member, value.GetValueOrDefault()) : Null();

    /// <summary>A <c>double</c> member.</summary>
    public AttributeValue Double(string attribute, string member, double value)
    {
        try
        {
            return Write.Double(value);
        }
        catch (AttributeFormatException ex)
        {
            throw _mapping.WriteError(attribute, member, ex.Expected, ex.Found);
        }
    }

    /// <summary>A nullable <c>double</c> member: left out when null.</summary>
    public AttributeValue? Double(string attribute, string member, double? value)
        => value.HasValue ? Double(attribute, member, value.GetValueOrDefault()) : Null();

    /// <summary>A <c>decimal</c> member.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public AttributeValue Decimal(string attribute, string member, decimal value) => Write.Decimal(value);

    /// <summary>A nullable <c>decimal</c> member: left out when null.</summary>
    public AttributeValue? Decimal(string attribute, string member, decimal? value)
        => value.HasValue ? Decimal(attribute, member, value.GetValueOrDefault()) : Null();

    /// <summary>A <c>Guid</c> member.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public AttributeValue Guid(string attribute, string member, global::System.Guid value) => Write.Guid(value);

    /// <summary>A nullable <c>Guid</c> member: left out when null.</summary>
    public AttributeValue? Guid(string attribute, string member, global::System.Guid? value)
        => value.HasValue ? Guid(attribute, member, value.GetValueOrDefault()) : Null();

    /// <summary>A <c>DateTime</c> member.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public AttributeValue DateTime(string attribute, string member, global::System.DateTime value) => Write.DateTime(value);

    /// <summary>A nullable <c>DateTime</c> member: left out when null.</summary>
    public AttributeValue? DateTime(string attribute, string member, global::System.DateTime? value)
        => value.HasValue ? DateTime(attribute, member, value.GetValueOrDefault()) : Null();

    /// <summary>A <c>DateTimeOffset</c> member.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public AttributeValue DateTimeOffset(string attribute, string member, global::System.DateTimeOffset value) => Write.DateTimeOffset(value);

    /// <summary>A nullable <c>DateTimeOffset</c> member: left out when null.</summary>
    public AttributeValue? DateTimeOffset(string attribute, string member, global::System.DateTimeOffset? value)
        => value.HasValue ? DateTimeOffset(attribute, member, value.GetValueOrDefault()) : Null();

    /// <summary>A <c>DateOnly</c> member.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public AttributeValue DateOnly(string attribute, string member, global::System.DateOnly value) => Write.DateOnly(value);

    /// <summary>A nullable <c>DateOnly</c> member: left out when null.</summary>
    public AttributeValue? DateOnly(string attribute, string member, global::System.DateOnly? value)
        => value.HasValue ? DateOnly(attribute, member, value.GetValueOrDefault()) : Null();

    /// <summary>A <c>TimeOnly</c> member.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public AttributeValue TimeOnly(string attribute, string member, global::System.TimeOnly value) => Write.TimeOnly(value);

    /// <summary>A nullable <c>TimeOnly</c> member: left out when null.</summary>
    public AttributeValue? TimeOnly(string attribute, string member, global::System.TimeOnly? value)
        => value.HasValue ? TimeOnly(attribute, member, value.GetValueOrDefault()) : Null();

    /// <summary>A <c>TimeSpan</c> member.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public AttributeValue TimeSpan(string attribute, string member, global::System.TimeSpan value) => Write.TimeSpan(value);

    /// <summary>A nullable <c>TimeSpan</c> member: left out when null.</summary>
    public AttributeValue? TimeSpan(string attribute, string member, global::System.TimeSpan? value)
        => value.HasValue ? TimeSpan(attribute, member, value.GetValueOrDefault()) : Null();

    /// <summary>A <c>DateTime</c> member.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public AttributeValue EpochDateTime(string attribute, string member, global::System.DateTime value) => Write.EpochDateTime(value);

    /// <summary>A nullable <c>DateTime</c> member: left out when null.</summary>
    public AttributeValue? EpochDateTime(string attribute, string member, global::System.DateTime? value)
        => value.HasValue ? EpochDateTime(attribute, member, value.GetValueOrDefault()) : Null();

    /// <summary>A <c>DateTimeOffset</c> member.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public AttributeValue EpochDateTimeOffset(string attribute, string member, global::System.DateTimeOffset value) => Write.EpochDateTimeOffset(value);

    /// <summary>A nullable <c>DateTimeOffset</c> member: left out when null.</summary>
    public AttributeValue? EpochDateTimeOffset(string attribute, string member, global::System.DateTimeOffset? value)
        => value.HasValue ? EpochDateTimeOffset(attribute, member, value.GetValueOrDefault()) : Null();

    /// <summary>A <c>byte[]</c> member: left out when null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public AttributeValue? Binary(string attribute, string member, byte[]? value) => value is null ? Null() : Write.Binary(value);

    /// <summary>A <c>ReadOnlyMemory&lt;byte&gt;</c> member.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public AttributeValue Memory(string attribute, string member, global::System.ReadOnlyMemory<byte> value) => Write.Memory(value);

    /// <summary>A nullable <c>ReadOnlyMemory&lt;byte&gt;</c> member: left out when null.</summary>
    public AttributeValue? Memory(string attribute, string member, global::System.ReadOnlyMemory<byte>? value)
        => value.HasValue ? Memory(attribute, member, value.GetValueOrDefault()) : Null();
}
