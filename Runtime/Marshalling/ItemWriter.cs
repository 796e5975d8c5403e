// This file is written out from a table of scalar types (one block per type); keep the blocks identical in shape.
using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Runtime.CompilerServices;
using Amazon.DynamoDBv2.Model;

namespace DynamoGen.Marshalling;

/// <summary>
/// Builds an item member by member for generated <c>ToItem()</c> code. Null members are omitted (or written as
/// <c>NULL</c> when the type asks for it); a value that cannot be stored throws a <see cref="DynamoMappingException"/>
/// naming the type, member and attribute. One method per scalar type keeps the hot path free of delegates.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct ItemWriter
{
    private readonly ItemMapping _mapping;

    /// <summary>Starts an item with room for <paramref name="capacity"/> attributes.</summary>
    /// <param name="capacity">The number of mapped members.</param>
    /// <param name="mapping">The type's names, for error messages, and its null handling.</param>
    public ItemWriter(int capacity, ItemMapping mapping)
    {
        Item = new Dictionary<string, AttributeValue>(capacity);
        _mapping = mapping;
    }

    /// <summary>The item being built.</summary>
    public Dictionary<string, AttributeValue> Item { get; }

    /// <summary>The key attributes written so far, as a typed key (the generated <c>Key(...)</c> builders end with this).</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <returns>The key.</returns>
    public DynamoKey<T> ToKey<T>() where T : IDynamoTable<T> => new(Item);

    /// <summary>A fixed S value, such as the entity name of a type that shares its table.</summary>
    /// <param name="attribute">The attribute name.</param>
    /// <param name="value">The value.</param>
    public void Constant(string attribute, string value) => Item[attribute] = new AttributeValue { S = value };

    /// <summary>A computed key attribute from a one-placeholder template (see <see cref="KeyTemplate"/>).</summary>
    /// <param name="template">The template.</param>
    /// <param name="part0">The placeholder's text, from <see cref="KeyText"/>.</param>
    public void Template(KeyTemplate template, string part0) => Template(template, [part0]);

    /// <summary>A computed key attribute from a two-placeholder template.</summary>
    /// <param name="template">The template.</param>
    /// <param name="part0">The first placeholder's text.</param>
    /// <param name="part1">The second placeholder's text.</param>
    public void Template(KeyTemplate template, string part0, string part1) => Template(template, [part0, part1]);

    /// <summary>A computed key attribute from a template with any number of placeholders.</summary>
    /// <param name="template">The template.</param>
    /// <param name="parts">The placeholders' texts, in order.</param>
    public void Template(KeyTemplate template, params string[] parts) => Template(template, new ReadOnlySpan<string>(parts ?? throw new ArgumentNullException(nameof(parts))));

    /// <summary>A computed key attribute: never empty; a part that would make it ambiguous throws, naming the template.</summary>
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

        Item[template.Attribute] = new AttributeValue { S = text };
    }

    /// <summary>A string key attribute: never null or empty.</summary>
    public void Key(string attribute, string member, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            throw _mapping.WriteError(attribute, member, "a non-empty string (key attributes cannot be null or empty)", value is null ? "null" : "an empty string");
        }

        if (!Utf16.IsStorable(value))
        {
            throw _mapping.WriteError(attribute, member, Utf16.Expected, Utf16.Describe(value));
        }

        Item[attribute] = new AttributeValue { S = value };
    }

    /// <summary>A binary key attribute: never null or empty.</summary>
    public void Key(string attribute, string member, byte[]? value)
    {
        if (value is null || value.Length == 0)
        {
            throw _mapping.WriteError(attribute, member, "non-empty bytes (key attributes cannot be null or empty)", value is null ? "null" : "empty bytes");
        }

        Item[attribute] = Write.Binary(value);
    }

    /// <summary>Any value, converted by <paramref name="write"/>; a null value, or a null result (an empty set), is omitted.</summary>
    public void Value<T>(string attribute, string member, T? value, Func<T, AttributeValue?> write)
    {
        if (value is null)
        {
            Null(attribute);
            return;
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

        if (converted is null)
        {
            Null(attribute);
        }
        else
        {
            Item[attribute] = converted;
        }
    }

    /// <summary>A nullable value type, converted by <paramref name="write"/> when it has a value.</summary>
    public void NullableValue<T>(string attribute, string member, T? value, Func<T, AttributeValue?> write) where T : struct
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

    /// <summary>A value converted by <typeparamref name="TConverter"/> (an enum or a nested item): no delegate call. A null value is omitted.</summary>
    public void Value<T, TConverter>(string attribute, string member, T? value)
        where TConverter : struct, IAttributeConverter<T>
    {
        if (value is null)
        {
            Null(attribute);
            return;
        }

        AttributeValue converted;
        try
        {
            converted = TConverter.Write(value);
        }
        catch (AttributeFormatException ex)
        {
            throw _mapping.WriteError(attribute + ex.Path, member, ex.Expected, ex.Found);
        }

        Item[attribute] = converted;
    }

    /// <summary>A nullable value type converted by <typeparamref name="TConverter"/> when it has a value.</summary>
    public void NullableValue<T, TConverter>(string attribute, string member, T? value)
        where T : struct
        where TConverter : struct, IAttributeConverter<T>
    {
        if (value.HasValue)
        {
            Value<T, TConverter>(attribute, member, value.GetValueOrDefault());
        }
        else
        {
            Null(attribute);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Null(string attribute)
    {
        if (_mapping.WriteNulls)
        {
            Item[attribute] = Write.Null();
        }
    }

    /// <summary>A <c>string</c> member: omitted when null.</summary>
    public void String(string attribute, string member, string? value)
    {
        if (value is null)
        {
            Null(attribute);
        }
        else if (Utf16.IsStorable(value))
        {
            Item[attribute] = new AttributeValue { S = value };
        }
        else
        {
            throw _mapping.WriteError(attribute, member, Utf16.Expected, Utf16.Describe(value));
        }
    }

    /// <summary>A <c>char</c> member.</summary>
    public void Char(string attribute, string member, char value)
    {
        try
        {
            Item[attribute] = Write.Char(value);
        }
        catch (AttributeFormatException ex)
        {
            throw _mapping.WriteError(attribute, member, ex.Expected, ex.Found);
        }
    }

    /// <summary>A nullable <c>char</c> member: omitted when null.</summary>
    public void Char(string attribute, string member, char? value)
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
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Boolean(string attribute, string member, bool value)
    {
        Item[attribute] = Write.Boolean(value);
    }

    /// <summary>A nullable <c>bool</c> member: omitted when null.</summary>
    public void Boolean(string attribute, string member, bool? value)
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
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Byte(string attribute, string member, byte value)
    {
        Item[attribute] = Write.Byte(value);
    }

    /// <summary>A nullable <c>byte</c> member: omitted when null.</summary>
    public void Byte(string attribute, string member, byte? value)
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
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void SByte(string attribute, string member, sbyte value)
    {
        Item[attribute] = Write.SByte(value);
    }

    /// <summary>A nullable <c>sbyte</c> member: omitted when null.</summary>
    public void SByte(string attribute, string member, sbyte? value)
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
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Int16(string attribute, string member, short value)
    {
        Item[attribute] = Write.Int16(value);
    }

    /// <summary>A nullable <c>short</c> member: omitted when null.</summary>
    public void Int16(string attribute, string member, short? value)
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
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void UInt16(string attribute, string member, ushort value)
    {
        Item[attribute] = Write.UInt16(value);
    }

    /// <summary>A nullable <c>ushort</c> member: omitted when null.</summary>
    public void UInt16(string attribute, string member, ushort? value)
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
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Int32(string attribute, string member, int value)
    {
        Item[attribute] = Write.Int32(value);
    }

    /// <summary>A nullable <c>int</c> member: omitted when null.</summary>
    public void Int32(string attribute, string member, int? value)
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
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void UInt32(string attribute, string member, uint value)
    {
        Item[attribute] = Write.UInt32(value);
    }

    /// <summary>A nullable <c>uint</c> member: omitted when null.</summary>
    public void UInt32(string attribute, string member, uint? value)
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
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Int64(string attribute, string member, long value)
    {
        Item[attribute] = Write.Int64(value);
    }

    /// <summary>A nullable <c>long</c> member: omitted when null.</summary>
    public void Int64(string attribute, string member, long? value)
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
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void UInt64(string attribute, string member, ulong value)
    {
        Item[attribute] = Write.UInt64(value);
    }

    /// <summary>A nullable <c>ulong</c> member: omitted when null.</summary>
    public void UInt64(string attribute, string member, ulong? value)
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
    public void Single(string attribute, string member, float value)
    {
        try
        {
            Item[attribute] = Write.Single(value);
        }
        catch (AttributeFormatException ex)
        {
            throw _mapping.WriteError(attribute, member, ex.Expected, ex.Found);
        }
    }

    /// <summary>A nullable <c>float</c> member: omitted when null.</summary>
    public void Single(string attribute, string member, float? value)
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
    public void Double(string attribute, string member, double value)
    {
        try
        {
            Item[attribute] = Write.Double(value);
        }
        catch (AttributeFormatException ex)
        {
            throw _mapping.WriteError(attribute, member, ex.Expected, ex.Found);
        }
    }

    /// <summary>A nullable <c>double</c> member: omitted when null.</summary>
    public void Double(string attribute, string member, double? value)
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
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Decimal(string attribute, string member, decimal value)
    {
        Item[attribute] = Write.Decimal(value);
    }

    /// <summary>A nullable <c>decimal</c> member: omitted when null.</summary>
    public void Decimal(string attribute, string member, decimal? value)
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
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Guid(string attribute, string member, global::System.Guid value)
    {
        Item[attribute] = Write.Guid(value);
    }

    /// <summary>A nullable <c>Guid</c> member: omitted when null.</summary>
    public void Guid(string attribute, string member, global::System.Guid? value)
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
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void DateTime(string attribute, string member, global::System.DateTime value)
    {
        Item[attribute] = Write.DateTime(value);
    }

    /// <summary>A nullable <c>DateTime</c> member: omitted when null.</summary>
    public void DateTime(string attribute, string member, global::System.DateTime? value)
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
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void DateTimeOffset(string attribute, string member, global::System.DateTimeOffset value)
    {
        Item[attribute] = Write.DateTimeOffset(value);
    }

    /// <summary>A nullable <c>DateTimeOffset</c> member: omitted when null.</summary>
    public void DateTimeOffset(string attribute, string member, global::System.DateTimeOffset? value)
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
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void DateOnly(string attribute, string member, global::System.DateOnly value)
    {
        Item[attribute] = Write.DateOnly(value);
    }

    /// <summary>A nullable <c>DateOnly</c> member: omitted when null.</summary>
    public void DateOnly(string attribute, string member, global::System.DateOnly? value)
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
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void TimeOnly(string attribute, string member, global::System.TimeOnly value)
    {
        Item[attribute] = Write.TimeOnly(value);
    }

    /// <summary>A nullable <c>TimeOnly</c> member: omitted when null.</summary>
    public void TimeOnly(string attribute, string member, global::System.TimeOnly? value)
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
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void TimeSpan(string attribute, string member, global::System.TimeSpan value)
    {
        Item[attribute] = Write.TimeSpan(value);
    }

    /// <summary>A nullable <c>TimeSpan</c> member: omitted when null.</summary>
    public void TimeSpan(string attribute, string member, global::System.TimeSpan? value)
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
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void EpochDateTime(string attribute, string member, global::System.DateTime value)
    {
        Item[attribute] = Write.EpochDateTime(value);
    }

    /// <summary>A nullable <c>DateTime</c> member: omitted when null.</summary>
    public void EpochDateTime(string attribute, string member, global::System.DateTime? value)
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
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void EpochDateTimeOffset(string attribute, string member, global::System.DateTimeOffset value)
    {
        Item[attribute] = Write.EpochDateTimeOffset(value);
    }

    /// <summary>A nullable <c>DateTimeOffset</c> member: omitted when null.</summary>
    public void EpochDateTimeOffset(string attribute, string member, global::System.DateTimeOffset? value)
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

    /// <summary>A <c>byte[]</c> member: omitted when null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Binary(string attribute, string member, byte[]? value)
    {
        if (value is null)
        {
            Null(attribute);
        }
        else
        {
            Item[attribute] = Write.Binary(value);
        }
    }

    /// <summary>A <c>ReadOnlyMemory&lt;byte&gt;</c> member.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Memory(string attribute, string member, global::System.ReadOnlyMemory<byte> value)
    {
        Item[attribute] = Write.Memory(value);
    }

    /// <summary>A nullable <c>ReadOnlyMemory&lt;byte&gt;</c> member: omitted when null.</summary>
    public void Memory(string attribute, string member, global::System.ReadOnlyMemory<byte>? value)
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
