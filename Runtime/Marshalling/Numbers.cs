using System;
using System.ComponentModel;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace DynamoGen.Marshalling;

/// <summary>
/// DynamoDB number text (N) for every .NET number type: invariant culture, floating point as the shortest text that
/// round-trips, decimals with all their digits. Parsing accepts any text DynamoDB returns for the type's range
/// (<c>5</c>, <c>5.0</c>, <c>5E0</c>) and rejects fractions for integer types.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class Numbers
{
    private static readonly CultureInfo s_invariant = CultureInfo.InvariantCulture;

    /// <summary>Formats a number.</summary>
    public static string Format(byte value) => value.ToString(s_invariant);

    /// <summary>Formats a number.</summary>
    public static string Format(sbyte value) => value.ToString(s_invariant);

    /// <summary>Formats a number.</summary>
    public static string Format(short value) => value.ToString(s_invariant);

    /// <summary>Formats a number.</summary>
    public static string Format(ushort value) => value.ToString(s_invariant);

    /// <summary>Formats a number.</summary>
    public static string Format(int value) => value.ToString(s_invariant);

    /// <summary>Formats a number.</summary>
    public static string Format(uint value) => value.ToString(s_invariant);

    /// <summary>Formats a number.</summary>
    public static string Format(long value) => value.ToString(s_invariant);

    /// <summary>Formats a number.</summary>
    public static string Format(ulong value) => value.ToString(s_invariant);

    /// <summary>Formats a number as the shortest text that round-trips; NaN and infinities throw.</summary>
    public static string Format(float value)
        => float.IsFinite(value) ? value.ToString("R", s_invariant) : throw new AttributeFormatException("a finite number (DynamoDB has no NaN or infinity)", value.ToString(s_invariant));

    /// <summary>Formats a number as the shortest text that round-trips; NaN and infinities throw.</summary>
    public static string Format(double value)
        => double.IsFinite(value) ? value.ToString("R", s_invariant) : throw new AttributeFormatException("a finite number (DynamoDB has no NaN or infinity)", value.ToString(s_invariant));

    /// <summary>
    /// Formats a number with all its digits: the same text as <c>value.ToString(CultureInfo.InvariantCulture)</c>
    /// (trailing zeros of the scale kept, no sign on zero), written directly when the mantissa fits 64 bits (every
    /// amount below about 1.8e19 at its scale), about twice as fast as .NET's general decimal formatting.
    /// </summary>
    public static string Format(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        if (bits[2] != 0)
        {
            return value.ToString(s_invariant); // a 96-bit mantissa: rare, left to .NET
        }

        var mantissa = (uint)bits[0] | ((ulong)(uint)bits[1] << 32);
        var scale = (bits[3] >> 16) & 0xFF;
        var negative = bits[3] < 0 && mantissa != 0; // .NET writes no sign on a negative zero
        var whole = Math.Max(CountDigits(mantissa) - scale, 1);
        var length = (negative ? 1 : 0) + whole + (scale > 0 ? 1 + scale : 0);
        return string.Create(length, (mantissa, scale, negative), static (text, state) =>
        {
            var (rest, scale, negative) = state;
            var at = text.Length - 1;
            for (var i = 0; i < scale; i++)
            {
                var next = rest / 10;
                text[at--] = (char)('0' + (rest - (next * 10)));
                rest = next;
            }

            if (scale > 0)
            {
                text[at--] = '.';
            }

            do
            {
                var next = rest / 10;
                text[at--] = (char)('0' + (rest - (next * 10)));
                rest = next;
            }
            while (rest != 0);

            if (negative)
            {
                text[0] = '-';
            }
        });
    }

    private static int CountDigits(ulong value)
    {
        var digits = 1;
        while (value >= 10)
        {
            value /= 10;
            digits++;
        }

        return digits;
    }

    /// <summary>Parses N text.</summary>
    public static byte ParseByte(string text) => (byte)Integer(text, byte.MinValue, byte.MaxValue, "N (Byte)");

    /// <summary>Parses N text.</summary>
    public static sbyte ParseSByte(string text) => (sbyte)Integer(text, sbyte.MinValue, sbyte.MaxValue, "N (SByte)");

    /// <summary>Parses N text.</summary>
    public static short ParseInt16(string text) => (short)Integer(text, short.MinValue, short.MaxValue, "N (Int16)");

    /// <summary>Parses N text.</summary>
    public static ushort ParseUInt16(string text) => (ushort)Integer(text, ushort.MinValue, ushort.MaxValue, "N (UInt16)");

    /// <summary>Parses N text.</summary>
    public static int ParseInt32(string text)
        => int.TryParse(text, NumberStyles.AllowLeadingSign, s_invariant, out var value) ? value : (int)Integer(text, int.MinValue, int.MaxValue, "N (Int32)");

    /// <summary>Parses N text.</summary>
    public static uint ParseUInt32(string text) => (uint)Integer(text, uint.MinValue, uint.MaxValue, "N (UInt32)");

    /// <summary>Parses N text.</summary>
    public static long ParseInt64(string text)
        => long.TryParse(text, NumberStyles.AllowLeadingSign, s_invariant, out var value) ? value : (long)Integer(text, long.MinValue, long.MaxValue, "N (Int64)");

    /// <summary>Parses N text.</summary>
    public static ulong ParseUInt64(string text)
        => ulong.TryParse(text, NumberStyles.None, s_invariant, out var value) ? value : (ulong)Integer(text, ulong.MinValue, ulong.MaxValue, "N (UInt64)");

    /// <summary>Parses N text.</summary>
    public static float ParseSingle(string text)
        => float.TryParse(text, NumberStyles.Float, s_invariant, out var value) && float.IsFinite(value) ? value : throw Bad(text, "N (Single)");

    /// <summary>Parses N text.</summary>
    public static double ParseDouble(string text)
        => double.TryParse(text, NumberStyles.Float, s_invariant, out var value) && double.IsFinite(value) ? value : throw Bad(text, "N (Double)");

    /// <summary>Parses N text.</summary>
    public static decimal ParseDecimal(string text)
        => decimal.TryParse(text, NumberStyles.Float, s_invariant, out var value) ? value : throw Bad(text, "N (Decimal)");

    /// <summary>
    /// Formats a number of any .NET number type exactly as its own <c>Format</c> overload does. The type tests are
    /// constants for the JIT, so each number type gets a direct call (used by generic helpers such as number sets).
    /// </summary>
    /// <typeparam name="T">The number type.</typeparam>
    /// <param name="value">The number.</param>
    /// <returns>Its N text.</returns>
    public static string Format<T>(T value)
        where T : struct, INumber<T>
    {
        if (typeof(T) == typeof(double))
        {
            return Format(Unsafe.As<T, double>(ref value));
        }

        if (typeof(T) == typeof(float))
        {
            return Format(Unsafe.As<T, float>(ref value));
        }

        return value.ToString(null, s_invariant); // the integer types and decimal: the same text as ToString(invariant)
    }

    /// <summary>Parses N text into any .NET number type exactly as its own <c>Parse</c> method does (see <see cref="Format{T}"/>).</summary>
    /// <typeparam name="T">The number type.</typeparam>
    /// <param name="text">The N text.</param>
    /// <returns>The number.</returns>
    public static T Parse<T>(string text)
        where T : struct, INumber<T>
    {
        if (typeof(T) == typeof(byte))
        {
            var value = ParseByte(text);
            return Unsafe.As<byte, T>(ref value);
        }

        if (typeof(T) == typeof(sbyte))
        {
            var value = ParseSByte(text);
            return Unsafe.As<sbyte, T>(ref value);
        }

        if (typeof(T) == typeof(short))
        {
            var value = ParseInt16(text);
            return Unsafe.As<short, T>(ref value);
        }

        if (typeof(T) == typeof(ushort))
        {
            var value = ParseUInt16(text);
            return Unsafe.As<ushort, T>(ref value);
        }

        if (typeof(T) == typeof(int))
        {
            var value = ParseInt32(text);
            return Unsafe.As<int, T>(ref value);
        }

        if (typeof(T) == typeof(uint))
        {
            var value = ParseUInt32(text);
            return Unsafe.As<uint, T>(ref value);
        }

        if (typeof(T) == typeof(long))
        {
            var value = ParseInt64(text);
            return Unsafe.As<long, T>(ref value);
        }

        if (typeof(T) == typeof(ulong))
        {
            var value = ParseUInt64(text);
            return Unsafe.As<ulong, T>(ref value);
        }

        if (typeof(T) == typeof(float))
        {
            var value = ParseSingle(text);
            return Unsafe.As<float, T>(ref value);
        }

        if (typeof(T) == typeof(double))
        {
            var value = ParseDouble(text);
            return Unsafe.As<double, T>(ref value);
        }

        if (typeof(T) == typeof(decimal))
        {
            var value = ParseDecimal(text);
            return Unsafe.As<decimal, T>(ref value);
        }

        throw new NotSupportedException(typeof(T).Name + " is not a number type DynamoGen stores.");
    }

    /// <summary>
    /// The one text of a number's value, for telling keys apart: DynamoDB compares numbers by value and returns them
    /// normalized (a key written as <c>10.50</c> or <c>1.05E1</c> comes back as <c>10.5</c>), so equal numbers must
    /// give equal text. Whole numbers of up to 40 digits are plain digits (<c>2500</c>, the text itself when it already
    /// is); others are significant digits and a power of ten (<c>105E-1</c>); zero of any sign is <c>0</c>. Text that
    /// is not a number is returned unchanged.
    /// </summary>
    /// <param name="text">An N value.</param>
    /// <returns>The canonical text.</returns>
    internal static string Canonical(string text)
    {
        var span = text.AsSpan();
        var negative = span.Length > 0 && span[0] == '-';
        if (span.Length > 0 && span[0] is '-' or '+')
        {
            span = span[1..];
        }

        // Significant digits (leading zeros skipped) and the power of ten of the last one.
        Span<char> digits = stackalloc char[Math.Max(span.Length, 1)];
        var count = 0;
        var exponent = 0L;
        var seenPoint = false;
        var seenDigit = false;
        var i = 0;
        for (; i < span.Length; i++)
        {
            var c = span[i];
            if (c == '.' && !seenPoint)
            {
                seenPoint = true;
            }
            else if (char.IsAsciiDigit(c))
            {
                seenDigit = true;
                if (count > 0 || c != '0')
                {
                    digits[count++] = c;
                }

                if (seenPoint)
                {
                    exponent--;
                }
            }
            else
            {
                break;
            }
        }

        if (!seenDigit)
        {
            return text;
        }

        if (i < span.Length)
        {
            if (span[i] is not ('e' or 'E') || !long.TryParse(span[(i + 1)..], NumberStyles.AllowLeadingSign, s_invariant, out var power) || Math.Abs(power) > 1_000_000)
            {
                return text;
            }

            exponent += power;
        }

        while (count > 0 && digits[count - 1] == '0')
        {
            count--;
            exponent++;
        }

        if (count == 0)
        {
            return "0";
        }

        var sign = negative ? "-" : string.Empty;
        if (exponent >= 0 && count + exponent <= 40)
        {
            var length = sign.Length + count + (int)exponent;
            if (text.Length == length && text.AsSpan(sign.Length).IndexOfAnyExceptInRange('0', '9') < 0)
            {
                return text; // already plain digits, no sign but '-' and no leading zero (the usual key)
            }

            return string.Create(length, (Sign: sign, Digits: new string(digits[..count])), static (destination, state) =>
            {
                state.Sign.AsSpan().CopyTo(destination);
                state.Digits.AsSpan().CopyTo(destination[state.Sign.Length..]);
                destination[(state.Sign.Length + state.Digits.Length)..].Fill('0'); // the trailing zeros of a whole number
            });
        }

        return sign + new string(digits[..count]) + "E" + exponent.ToString(s_invariant);
    }

    /// <summary>Whether two N values are the same number (<c>10.50</c> and <c>10.5</c> are).</summary>
    /// <param name="a">An N value.</param>
    /// <param name="b">Another.</param>
    /// <returns>True when equal by value.</returns>
    internal static bool SameValue(string a, string b)
        => string.Equals(a, b, StringComparison.Ordinal) || string.Equals(Canonical(a), Canonical(b), StringComparison.Ordinal);

    private static decimal Integer(string text, decimal min, decimal max, string expected)
    {
        // DynamoDB may return whole numbers other programs wrote as "5.0" or "5E0": accept them, reject fractions.
        if (decimal.TryParse(text, NumberStyles.Float, s_invariant, out var number)
            && decimal.Truncate(number) == number
            && number >= min
            && number <= max)
        {
            return number;
        }

        throw Bad(text, expected);
    }

    private static AttributeFormatException Bad(string text, string expected) => new(expected, "N " + text);
}
