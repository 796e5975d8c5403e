// This file is written out from the table of scalar types (one block per type); keep the blocks identical in shape.
using System.ComponentModel;
using System.Runtime.CompilerServices;
using Amazon.DynamoDBv2.Model;

namespace DynamoGen.Marshalling;

/// <summary>
/// Converts one value to and from an attribute value, as static methods of a struct, so generic helpers
/// (<c>Write.List&lt;T, TConverter&gt;</c>, <c>ItemReader.Value&lt;T, TConverter&gt;</c>, ...) are compiled once per
/// converter with direct, inlinable calls instead of a delegate call per value. Generated code implements it for enums;
/// <see cref="As"/> holds the built-in ones.
/// </summary>
/// <typeparam name="T">The C# type.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public interface IAttributeConverter<T>
{
    /// <summary>Converts a (non-null) value; throws <see cref="AttributeFormatException"/> when it cannot be stored.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The attribute value.</returns>
    static abstract AttributeValue Write(T value);

    /// <summary>Reads a value; throws <see cref="AttributeFormatException"/> when it does not fit.</summary>
    /// <param name="value">The attribute value.</param>
    /// <returns>The value.</returns>
    static abstract T Read(AttributeValue value);
}

/// <summary>The built-in converters: one struct per scalar type of the type-mapping table, nested items, and lists and maps of anything that has a converter.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class As
{
    /// <summary>String: <see cref="Marshalling.Write.String"/> and <see cref="Marshalling.Parse.String"/>.</summary>
    public readonly struct String : IAttributeConverter<string>
    {
        /// <inheritdoc />
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static AttributeValue Write(string value) => Marshalling.Write.String(value);

        /// <inheritdoc />
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static string Read(AttributeValue value) => Marshalling.Parse.String(value);
    }

    /// <summary>Char: <see cref="Marshalling.Write.Char"/> and <see cref="Marshalling.Parse.Char"/>.</summary>
    public readonly struct Char : IAttributeConverter<char>
    {
        /// <inheritdoc />
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static AttributeValue Write(char value) => Marshalling.Write.Char(value);

        /// <inheritdoc />
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static char Read(AttributeValue value) => Marshalling.Parse.Char(value);
    }

    /// <summary>Boolean: <see cref="Marshalling.Write.Boolean"/> and <see cref="Marshalling.Parse.Boolean"/>.</summary>
    public readonly struct Boolean : IAttributeConverter<bool>
    {
        /// <inheritdoc />
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static AttributeValue Write(bool value) => Marshalling.Write.Boolean(value);

        /// <inheritdoc />
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static bool Read(AttributeValue value) => Marshalling.Parse.Boolean(value);
    }

    /// <summary>Byte: <see cref="Marshalling.Write.Byte"/> and <see cref="Marshalling.Parse.Byte"/>.</summary>
    public readonly struct Byte : IAttributeConverter<byte>
    {
        /// <inheritdoc />
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static AttributeValue Write(byte value) => Marshalling.Write.Byte(value);

        /// <inheritdoc />
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static byte Read(AttributeValue value) => Marshalling.Parse.Byte(value);
    }

    /// <summary>SByte: <see cref="Marshalling.Write.SByte"/> and <see cref="Marshalling.Parse.SByte"/>.</summary>
    public readonly struct SByte : IAttributeConverter<sbyte>
    {
        /// <inheritdoc />
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static AttributeValue Write(sbyte value) => Marshalling.Write.SByte(value);

        /// <inheritdoc />
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static sbyte Read(AttributeValue value) => Marshalling.Parse.SByte(value);
    }

    /// <summary>Int16: <see cref="Marshalling.Write.Int16"/> and <see cref="Marshalling.Parse.Int16"/>.</summary>
    public readonly struct Int16 : IAttributeConverter<short>
    {
        /// <inheritdoc />
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static AttributeValue Write(short value) => Marshalling.Write.Int16(value);

        /// <inheritdoc />
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static short Read(AttributeValue value) => Marshalling.Parse.Int16(value);
    }

    /// <summary>UInt16: <see cref="Marshalling.Write.UInt16"/> and <see cref="Marshalling.Parse.UInt16"/>.</summary>
    public readonly struct UInt16 : IAttributeConverter<ushort>
    {
        /// <inheritdoc />
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static AttributeValue Write(ushort value) => Marshalling.Write.UInt16(value);

        /// <inheritdoc />
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static ushort Read(AttributeValue value) => Marshalling.Parse.UInt16(value);
    }

    /// <summary>Int32: <see cref="Marshalling.Write.Int32"/> and <see cref="Marshalling.Parse.Int32"/>.</summary>
    public readonly struct Int32 : IAttributeConverter<int>
    {
        /// <inheritdoc />
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static AttributeValue Write(int value) => Marshalling.Write.Int32(value);

        /// <inheritdoc />
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static int Read(AttributeValue value) => Marshalling.Parse.Int32(value);
    }

    /// <summary>UInt32: <see cref="Marshalling.Write.UInt32"/> and <see cref="Marshalling.Parse.UInt32"/>.</summary>
    public readonly struct UInt32 : IAttributeConverter<uint>
    {
        /// <inheritdoc />
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static AttributeValue Write(uint value) => Marshalling.Write.UInt32(value);

        /// <inheritdoc />
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static uint Read(AttributeValue value) => Marshalling.Parse.UInt32(value);
    }

    /// <summary>Int64: <see cref="Marshalling.Write.Int64"/> and <see cref="Marshalling.Parse.Int64"/>.</summary>
    public readonly struct Int64 : IAttributeConverter<long>
    {
        /// <inheritdoc />
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static AttributeValue Write(long value) => Marshalling.Write.Int64(value);

        /// <inheritdoc />
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static long Read(AttributeValue value) => Marshalling.Parse.Int64(value);
    }

    /// <summary>UInt64: <see cref="Marshalling.Write.UInt64"/> and <see cref="Marshalling.Parse.UInt64"/>.</summary>
    public readonly struct UInt64 : IAttributeConverter<ulong>
    {
        /// <inheritdoc />
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static AttributeValue Write(ulong value) => Marshalling.Write.UInt64(value);

        /// <inheritdoc />
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static ulong Read(AttributeValue value) => Marshalling.Parse.UInt64(value);
    }

    /// <summary>Single: <see cref="Marshalling.Write.Single"/> and <see cref="Marshalling.Parse.Single"/>.</summary>
    public readonly struct Single : IAttributeConverter<float>
    {
        /// <inheritdoc />
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static AttributeValue Write(float value) => Marshalling.Write.Single(value);

        /// <inheritdoc />
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static float Read(AttributeValue value) => Marshalling.Parse.Single(value);
    }

    /// <summary>Double: <see cref="Marshalling.Write.Double"/> and <see cref="Marshalling.Parse.Double"/>.</summary>
    public readonly struct Double : IAttributeConverter<double>
    {
        /// <inheritdoc />
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static AttributeValue Write(double value) => Marshalling.Write.Double(value);

        /// <inheritdoc />
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static double Read(AttributeValue value) => Marshalling.Parse.Double(value);
    }

    /// <summary>Decimal: <see cref="Marshalling.Write.Decimal"/> and <see cref="Marshalling.Parse.Decimal"/>.</summary>
    public readonly struct Decimal : IAttributeConverter<decimal>
    {
        /// <inheritdoc />
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static AttributeValue Write(decimal value) => Marshalling.Write.Decimal(value);

        /// <inheritdoc />
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static decimal Read(AttributeValue value) => Marshalling.Parse.Decimal(value);
    }

    /// <summary>Guid: <see cref="Marshalling.Write.Guid"/> and <see cref="Marshalling.Parse.Guid"/>.</summary>
    public readonly struct Guid : IAttributeConverter<global::System.Guid>
    {
        /// <inheritdoc />
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static AttributeValue Write(global::System.Guid value) => Marshalling.Write.Guid(value);

        /// <inheritdoc />
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static global::System.Guid Read(AttributeValue value) => Marshalling.Parse.Guid(value);
    }

    /// <summary>DateTime: <see cref="Marshalling.Write.DateTime"/> and <see cref="Marshalling.Parse.DateTime"/>.</summary>
    public readonly struct DateTime : IAttributeConverter<global::System.DateTime>
    {
        /// <inheritdoc />
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static AttributeValue Write(global::System.DateTime value) => Marshalling.Write.DateTime(value);

        /// <inheritdoc />
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static global::System.DateTime Read(AttributeValue value) => Marshalling.Parse.DateTime(value);
    }

    /// <summary>DateTimeOffset: <see cref="Marshalling.Write.DateTimeOffset"/> and <see cref="Marshalling.Parse.DateTimeOffset"/>.</summary>
    public readonly struct DateTimeOffset : IAttributeConverter<global::System.DateTimeOffset>
    {
        /// <inheritdoc />
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static AttributeValue Write(global::System.DateTimeOffset value) => Marshalling.Write.DateTimeOffset(value);

        /// <inheritdoc />
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static global::System.DateTimeOffset Read(AttributeValue value) => Marshalling.Parse.DateTimeOffset(value);
    }

    /// <summary>DateOnly: <see cref="Marshalling.Write.DateOnly"/> and <see cref="Marshalling.Parse.DateOnly"/>.</summary>
    public readonly struct DateOnly : IAttributeConverter<global::System.DateOnly>
    {
        /// <inheritdoc />
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static AttributeValue Write(global::System.DateOnly value) => Marshalling.Write.DateOnly(value);

        /// <inheritdoc />
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static global::System.DateOnly Read(AttributeValue value) => Marshalling.Parse.DateOnly(value);
    }

    /// <summary>TimeOnly: <see cref="Marshalling.Write.TimeOnly"/> and <see cref="Marshalling.Parse.TimeOnly"/>.</summary>
    public readonly struct TimeOnly : IAttributeConverter<global::System.TimeOnly>
    {
        /// <inheritdoc />
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static AttributeValue Write(global::System.TimeOnly value) => Marshalling.Write.TimeOnly(value);

        /// <inheritdoc />
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static global::System.TimeOnly Read(AttributeValue value) => Marshalling.Parse.TimeOnly(value);
    }

    /// <summary>TimeSpan: <see cref="Marshalling.Write.TimeSpan"/> and <see cref="Marshalling.Parse.TimeSpan"/>.</summary>
    public readonly struct TimeSpan : IAttributeConverter<global::System.TimeSpan>
    {
        /// <inheritdoc />
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static AttributeValue Write(global::System.TimeSpan value) => Marshalling.Write.TimeSpan(value);

        /// <inheritdoc />
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static global::System.TimeSpan Read(AttributeValue value) => Marshalling.Parse.TimeSpan(value);
    }

    /// <summary>EpochDateTime: <see cref="Marshalling.Write.EpochDateTime"/> and <see cref="Marshalling.Parse.EpochDateTime"/>.</summary>
    public readonly struct EpochDateTime : IAttributeConverter<global::System.DateTime>
    {
        /// <inheritdoc />
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static AttributeValue Write(global::System.DateTime value) => Marshalling.Write.EpochDateTime(value);

        /// <inheritdoc />
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static global::System.DateTime Read(AttributeValue value) => Marshalling.Parse.EpochDateTime(value);
    }

    /// <summary>EpochDateTimeOffset: <see cref="Marshalling.Write.EpochDateTimeOffset"/> and <see cref="Marshalling.Parse.EpochDateTimeOffset"/>.</summary>
    public readonly struct EpochDateTimeOffset : IAttributeConverter<global::System.DateTimeOffset>
    {
        /// <inheritdoc />
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static AttributeValue Write(global::System.DateTimeOffset value) => Marshalling.Write.EpochDateTimeOffset(value);

        /// <inheritdoc />
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static global::System.DateTimeOffset Read(AttributeValue value) => Marshalling.Parse.EpochDateTimeOffset(value);
    }

    /// <summary>Binary: <see cref="Marshalling.Write.Binary"/> and <see cref="Marshalling.Parse.Binary"/>.</summary>
    public readonly struct Binary : IAttributeConverter<byte[]>
    {
        /// <inheritdoc />
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static AttributeValue Write(byte[] value) => Marshalling.Write.Binary(value);

        /// <inheritdoc />
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static byte[] Read(AttributeValue value) => Marshalling.Parse.Binary(value);
    }

    /// <summary>Memory: <see cref="Marshalling.Write.Memory"/> and <see cref="Marshalling.Parse.Memory"/>.</summary>
    public readonly struct Memory : IAttributeConverter<global::System.ReadOnlyMemory<byte>>
    {
        /// <inheritdoc />
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static AttributeValue Write(global::System.ReadOnlyMemory<byte> value) => Marshalling.Write.Memory(value);

        /// <inheritdoc />
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static global::System.ReadOnlyMemory<byte> Read(AttributeValue value) => Marshalling.Parse.Memory(value);
    }

    /// <summary>A nested <c>[DynamoItem]</c> type, as M: its own generated <c>ToItem</c> and <c>FromItem</c>.</summary>
    /// <typeparam name="T">The nested type.</typeparam>
    public readonly struct Item<T> : IAttributeConverter<T>
        where T : IDynamoItem<T>
    {
        /// <inheritdoc />
        public static AttributeValue Write(T value) => Marshalling.Write.Item(value);

        /// <inheritdoc />
        public static T Read(AttributeValue value) => Marshalling.Parse.Item<T>(value);
    }

    /// <summary>L read as a <c>List&lt;T&gt;</c>, each element converted by <typeparamref name="TElement"/>.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <typeparam name="TElement">The element's converter.</typeparam>
    public readonly struct List<T, TElement> : IAttributeConverter<global::System.Collections.Generic.List<T>>
        where TElement : struct, IAttributeConverter<T>
    {
        /// <inheritdoc />
        public static AttributeValue Write(global::System.Collections.Generic.List<T> value) => Marshalling.Write.List<T, TElement>(value);

        /// <inheritdoc />
        public static global::System.Collections.Generic.List<T> Read(AttributeValue value) => Marshalling.Parse.List<T, TElement>(value);
    }

    /// <summary>M read as a <c>Dictionary&lt;string, T&gt;</c>, each value converted by <typeparamref name="TElement"/>.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <typeparam name="TElement">The value's converter.</typeparam>
    public readonly struct Map<T, TElement> : IAttributeConverter<global::System.Collections.Generic.Dictionary<string, T>>
        where TElement : struct, IAttributeConverter<T>
    {
        /// <inheritdoc />
        public static AttributeValue Write(global::System.Collections.Generic.Dictionary<string, T> value) => Marshalling.Write.Map<T, TElement>(value);

        /// <inheritdoc />
        public static global::System.Collections.Generic.Dictionary<string, T> Read(AttributeValue value) => Marshalling.Parse.Map<T, TElement>(value);
    }

    /// <summary>L of strings read as a <c>List&lt;string&gt;</c>, with exact types (faster than <c>List&lt;string, As.String&gt;</c>).</summary>
    public readonly struct StringList : IAttributeConverter<global::System.Collections.Generic.List<string>>
    {
        /// <inheritdoc />
        public static AttributeValue Write(global::System.Collections.Generic.List<string> value) => Marshalling.Write.StringList(value);

        /// <inheritdoc />
        public static global::System.Collections.Generic.List<string> Read(AttributeValue value) => Marshalling.Parse.StringList(value);
    }

    /// <summary>M of strings read as a <c>Dictionary&lt;string, string&gt;</c>, with exact types (faster than <c>Map&lt;string, As.String&gt;</c>).</summary>
    public readonly struct StringMap : IAttributeConverter<global::System.Collections.Generic.Dictionary<string, string>>
    {
        /// <inheritdoc />
        public static AttributeValue Write(global::System.Collections.Generic.Dictionary<string, string> value) => Marshalling.Write.StringMap(value);

        /// <inheritdoc />
        public static global::System.Collections.Generic.Dictionary<string, string> Read(AttributeValue value) => Marshalling.Parse.StringMap(value);
    }
}
