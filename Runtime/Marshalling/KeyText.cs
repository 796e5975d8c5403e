using System;
using System.ComponentModel;

namespace DynamoGen.Marshalling;

/// <summary>
/// The text of a value inside a key template (<c>ORDER#{OrderDate}#{OrderId}</c>): invariant, and sortable, so that
/// string order of the stored key is the order of the values. Integers are zero-padded to their type's width
/// (negative values cannot sort as text and are refused); dates use the fixed-width ISO-8601 forms of the wire format.
/// Generated code picks the overload; the generator refuses placeholder types that have none.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class KeyText
{
    /// <summary>The string itself.</summary>
    public static string Of(string value) => value ?? throw new AttributeFormatException("a non-null value (key template parts cannot be null)", "null");

    /// <summary><c>D</c> form: <c>0f8fad5b-d9cb-469f-a165-70867728950e</c>.</summary>
    public static string Of(Guid value) => value.ToString("D", DynamoFormats.Invariant);

    /// <summary>3 digits.</summary>
    public static string Of(byte value) => value.ToString("D3", DynamoFormats.Invariant);

    /// <summary>5 digits; negative values are refused.</summary>
    public static string Of(short value) => value >= 0 ? value.ToString("D5", DynamoFormats.Invariant) : throw Negative(value);

    /// <summary>5 digits.</summary>
    public static string Of(ushort value) => value.ToString("D5", DynamoFormats.Invariant);

    /// <summary>10 digits; negative values are refused.</summary>
    public static string Of(int value) => value >= 0 ? value.ToString("D10", DynamoFormats.Invariant) : throw Negative(value);

    /// <summary>10 digits.</summary>
    public static string Of(uint value) => value.ToString("D10", DynamoFormats.Invariant);

    /// <summary>19 digits; negative values are refused.</summary>
    public static string Of(long value) => value >= 0 ? value.ToString("D19", DynamoFormats.Invariant) : throw Negative(value);

    /// <summary>20 digits.</summary>
    public static string Of(ulong value) => value.ToString("D20", DynamoFormats.Invariant);

    /// <summary>UTC, as the wire format writes DateTime: <c>2024-01-31T13:45:00.0000000Z</c>.</summary>
    public static string Of(DateTime value) => Write.DateText(value);

    /// <summary>Converted to UTC first, so that text order is time order: <c>2024-01-31T11:45:00.0000000+00:00</c>.</summary>
    public static string Of(DateTimeOffset value) => IsoDates.Format(value.ToUniversalTime());

    /// <summary><c>2024-01-31</c>.</summary>
    public static string Of(DateOnly value) => IsoDates.Format(value);

    /// <summary><c>13:45:00.0000000</c>.</summary>
    public static string Of(TimeOnly value) => value.ToString(DynamoFormats.TimeOnly, DynamoFormats.Invariant);

    private static AttributeFormatException Negative(long value)
        => new("a value of 0 or more (key template numbers are zero-padded so they sort as text; negative numbers would not)", value.ToString(DynamoFormats.Invariant));
}
