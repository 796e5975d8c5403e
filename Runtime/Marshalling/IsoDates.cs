using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace DynamoGen.Marshalling;

/// <summary>
/// The date texts of the wire format (<see cref="DynamoFormats"/>), written and read directly: the same text as .NET's
/// round-trip format "O" of a UTC <see cref="DateTime"/>, a <see cref="DateTimeOffset"/> and a <see cref="DateOnly"/>,
/// faster than .NET (with the attribute value, writes in 65-75% of the time, reads of date and time in 75-85%, a
/// <see cref="DateOnly"/> read in an eighth: benchmarks/Primitives/PrimitiveCosts.cs; exact agreement with .NET in
/// Runtime.Tests/Mapping/IsoDateTextTests.cs). The readers take only that exact text (fixed width, ASCII digits, a date
/// that exists, a time of day, an offset of whole minutes up to 14 hours) and return what .NET's exact "O" parse returns
/// for it; any other text is left to .NET by the caller (<see cref="Parse"/>), so what is accepted, and how, does not
/// change.
/// </summary>
internal static class IsoDates
{
    /// <summary><c>yyyy-MM-ddTHH:mm:ss.fffffffZ</c>.</summary>
    public const int UtcLength = 28;

    /// <summary><c>yyyy-MM-ddTHH:mm:ss.fffffff+hh:mm</c>.</summary>
    public const int OffsetLength = 33;

    /// <summary><c>yyyy-MM-dd</c>.</summary>
    public const int DateLength = 10;

    /// <summary>The clock time part, <c>yyyy-MM-ddTHH:mm:ss.fffffff</c>, that both date-and-time texts start with.</summary>
    private const int ClockLength = 27;

    /// <summary>"00" to "99", read two characters at a time by <see cref="WritePair"/>.</summary>
    private const string Pairs = "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899";

    /// <summary>Days in the year before each month (and the year's length last), for a year that is not a leap year.</summary>
    private static ReadOnlySpan<ushort> DaysBeforeMonth => [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365];

    /// <summary>A UTC date and time, <c>2024-01-31T13:45:00.1234567Z</c> (<see cref="DynamoFormats.DateTime"/>).</summary>
    public static string Format(DateTime utc) => string.Create(UtcLength, utc.Ticks, static (text, ticks) => WriteUtc(ref MemoryMarshal.GetReference(text), ticks));

    /// <summary>A date and time with its offset, <c>2024-01-31T13:45:00.1234567+02:00</c> (<see cref="DynamoFormats.DateTimeOffset"/>).</summary>
    public static string Format(DateTimeOffset value) => string.Create(OffsetLength, value, static (text, v) => WriteOffset(ref MemoryMarshal.GetReference(text), v));

    /// <summary>A date, <c>2024-01-31</c> (<see cref="DynamoFormats.DateOnly"/>).</summary>
    public static string Format(DateOnly value) => string.Create(DateLength, value, static (text, v) => WriteDate(ref MemoryMarshal.GetReference(text), v));

    /// <summary>Writes <see cref="Format(DateTime)"/>'s text at the start of <paramref name="text"/>; returns its length.</summary>
    public static int Write(Span<char> text, DateTime utc)
    {
        WriteUtc(ref MemoryMarshal.GetReference(text[..UtcLength]), utc.Ticks);
        return UtcLength;
    }

    /// <summary>Writes <see cref="Format(DateTimeOffset)"/>'s text at the start of <paramref name="text"/>; returns its length.</summary>
    public static int Write(Span<char> text, DateTimeOffset value)
    {
        WriteOffset(ref MemoryMarshal.GetReference(text[..OffsetLength]), value);
        return OffsetLength;
    }

    /// <summary>Writes <see cref="Format(DateOnly)"/>'s text at the start of <paramref name="text"/>; returns its length.</summary>
    public static int Write(Span<char> text, DateOnly value)
    {
        WriteDate(ref MemoryMarshal.GetReference(text[..DateLength]), value);
        return DateLength;
    }

    /// <summary>Reads exactly <c>yyyy-MM-ddTHH:mm:ss.fffffffZ</c> as a UTC value; false for any other text.</summary>
    public static bool TryParseUtc(ReadOnlySpan<char> text, out DateTime result)
    {
        if (text.Length == UtcLength && text[ClockLength] == 'Z' && TryReadClock(ref MemoryMarshal.GetReference(text), out var ticks))
        {
            result = new DateTime(ticks, DateTimeKind.Utc);
            return true;
        }

        result = default;
        return false;
    }

    /// <summary>
    /// Reads exactly <c>yyyy-MM-ddTHH:mm:ss.fffffff±hh:mm</c>, with offset minutes below 60, an offset of at most 14
    /// hours and a UTC time from year 1 to 9999; false for any other text (.NET's own parse also takes minutes of 60 to
    /// 99: such texts are left to it).
    /// </summary>
    public static bool TryParseOffset(ReadOnlySpan<char> text, out DateTimeOffset result)
    {
        result = default;
        if (text.Length != OffsetLength)
        {
            return false;
        }

        ref var c = ref MemoryMarshal.GetReference(text);
        var sign = Unsafe.Add(ref c, 27);
        if (sign is not ('+' or '-') || Unsafe.Add(ref c, 30) != ':' || !TryReadClock(ref c, out var ticks)
            || !TryReadPair(ref Unsafe.Add(ref c, 28), out var hours) || !TryReadPair(ref Unsafe.Add(ref c, 31), out var minutes) || minutes > 59)
        {
            return false;
        }

        var offset = (hours * 60 + minutes) * TimeSpan.TicksPerMinute;
        if (offset > 14 * TimeSpan.TicksPerHour)
        {
            return false;
        }

        offset = sign == '-' ? -offset : offset;
        if ((ulong)(ticks - offset) > (ulong)DateTime.MaxValue.Ticks)
        {
            return false; // the UTC time falls outside year 1 to 9999: a DateTimeOffset cannot hold it
        }

        result = new DateTimeOffset(ticks, new TimeSpan(offset));
        return true;
    }

    /// <summary>Reads exactly <c>yyyy-MM-dd</c>, a date that exists; false for any other text.</summary>
    public static bool TryParseDate(ReadOnlySpan<char> text, out DateOnly result)
    {
        if (text.Length == DateLength && TryReadDays(ref MemoryMarshal.GetReference(text), out var days))
        {
            result = DateOnly.FromDayNumber(days);
            return true;
        }

        result = default;
        return false;
    }

    private static void WriteUtc(ref char c, long ticks)
    {
        WriteClock(ref c, ticks);
        Unsafe.Add(ref c, ClockLength) = 'Z';
    }

    private static void WriteOffset(ref char c, DateTimeOffset value)
    {
        WriteClock(ref c, value.Ticks);
        var minutes = (int)(value.Offset.Ticks / TimeSpan.TicksPerMinute);
        Unsafe.Add(ref c, 27) = minutes < 0 ? '-' : '+'; // a zero offset is "+00:00", as .NET writes it
        var total = (uint)Math.Abs(minutes);
        var hours = total / 60;
        WritePair(ref Unsafe.Add(ref c, 28), hours);
        Unsafe.Add(ref c, 30) = ':';
        WritePair(ref Unsafe.Add(ref c, 31), total - hours * 60);
    }

    private static void WriteDate(ref char c, DateOnly value)
    {
        value.Deconstruct(out var year, out var month, out var day);
        WriteDate(ref c, (uint)year, (uint)month, (uint)day);
    }

    /// <summary>Writes <c>yyyy-MM-ddTHH:mm:ss.fffffff</c> of a clock time given in ticks.</summary>
    private static void WriteClock(ref char c, long ticks)
    {
        new DateTime(ticks).Deconstruct(out int year, out int month, out int day);
        WriteDate(ref c, (uint)year, (uint)month, (uint)day);
        var time = (ulong)ticks % TimeSpan.TicksPerDay;
        var seconds = (uint)(time / TimeSpan.TicksPerSecond);
        var fraction = (uint)(time - seconds * (ulong)TimeSpan.TicksPerSecond);
        var hour = seconds / 3600;
        var minuteAndSecond = seconds - hour * 3600;
        var minute = minuteAndSecond / 60;
        Unsafe.Add(ref c, 10) = 'T';
        WritePair(ref Unsafe.Add(ref c, 11), hour);
        Unsafe.Add(ref c, 13) = ':';
        WritePair(ref Unsafe.Add(ref c, 14), minute);
        Unsafe.Add(ref c, 16) = ':';
        WritePair(ref Unsafe.Add(ref c, 17), minuteAndSecond - minute * 60);
        Unsafe.Add(ref c, 19) = '.';
        var high = fraction / 10_000; // the first three of the seven digits
        var low = fraction - high * 10_000;
        var first = high / 100;
        var third = low / 100;
        Unsafe.Add(ref c, 20) = (char)('0' + first);
        WritePair(ref Unsafe.Add(ref c, 21), high - first * 100);
        WritePair(ref Unsafe.Add(ref c, 23), third);
        WritePair(ref Unsafe.Add(ref c, 25), low - third * 100);
    }

    private static void WriteDate(ref char c, uint year, uint month, uint day)
    {
        var century = year / 100;
        WritePair(ref c, century);
        WritePair(ref Unsafe.Add(ref c, 2), year - century * 100);
        Unsafe.Add(ref c, 4) = '-';
        WritePair(ref Unsafe.Add(ref c, 5), month);
        Unsafe.Add(ref c, 7) = '-';
        WritePair(ref Unsafe.Add(ref c, 8), day);
    }

    /// <summary>Writes the two digits of <paramref name="value"/> (below 100) as one 4-byte copy from <see cref="Pairs"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void WritePair(ref char destination, uint value)
    {
        ref var source = ref Unsafe.Add(ref MemoryMarshal.GetReference(Pairs.AsSpan()), (nint)(value * 2));
        Unsafe.WriteUnaligned(ref Unsafe.As<char, byte>(ref destination), Unsafe.ReadUnaligned<uint>(ref Unsafe.As<char, byte>(ref source)));
    }

    /// <summary>Reads <c>yyyy-MM-ddTHH:mm:ss.fffffff</c> (the first 27 characters, which the caller has) as clock ticks.</summary>
    private static bool TryReadClock(ref char c, out long ticks)
    {
        ticks = 0;
        if (!TryReadDays(ref c, out var days)
            || Unsafe.Add(ref c, 10) != 'T' || Unsafe.Add(ref c, 13) != ':' || Unsafe.Add(ref c, 16) != ':' || Unsafe.Add(ref c, 19) != '.'
            || !TryReadPair(ref Unsafe.Add(ref c, 11), out var hour) || hour > 23
            || !TryReadPair(ref Unsafe.Add(ref c, 14), out var minute) || minute > 59
            || !TryReadPair(ref Unsafe.Add(ref c, 17), out var second) || second > 59
            || !TryReadPair(ref Unsafe.Add(ref c, 20), out var fraction1) || !TryReadPair(ref Unsafe.Add(ref c, 22), out var fraction2)
            || !TryReadPair(ref Unsafe.Add(ref c, 24), out var fraction3))
        {
            return false;
        }

        var fraction4 = (uint)(Unsafe.Add(ref c, 26) - '0');
        if (fraction4 > 9)
        {
            return false;
        }

        ticks = days * TimeSpan.TicksPerDay
            + ((hour * 60 + minute) * 60 + second) * TimeSpan.TicksPerSecond
            + ((fraction1 * 100 + fraction2) * 100 + fraction3) * 10 + fraction4;
        return true;
    }

    /// <summary>Reads <c>yyyy-MM-dd</c> (the first 10 characters, which the caller has) as days since 0001-01-01: a year from 1, a month and a day that exist.</summary>
    private static bool TryReadDays(ref char c, out int days)
    {
        days = 0;
        if (Unsafe.Add(ref c, 4) != '-' || Unsafe.Add(ref c, 7) != '-'
            || !TryReadPair(ref c, out var century) || !TryReadPair(ref Unsafe.Add(ref c, 2), out var yearOfCentury)
            || !TryReadPair(ref Unsafe.Add(ref c, 5), out var month) || !TryReadPair(ref Unsafe.Add(ref c, 8), out var day))
        {
            return false;
        }

        var year = century * 100 + yearOfCentury;
        if (year == 0 || month is 0 or > 12 || day == 0)
        {
            return false;
        }

        var leapDay = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 1u : 0u;
        var before = DaysBeforeMonth[(int)month - 1] + (month > 2 ? leapDay : 0);
        var length = DaysBeforeMonth[(int)month] - DaysBeforeMonth[(int)month - 1] + (month == 2 ? leapDay : 0);
        if (day > length)
        {
            return false;
        }

        var past = year - 1;
        days = (int)(past * 365 + past / 4 - past / 100 + past / 400 + before + day - 1);
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryReadPair(ref char c, out long value)
    {
        var tens = (uint)(c - '0');
        var ones = (uint)(Unsafe.Add(ref c, 1) - '0');
        value = tens * 10 + ones;
        return tens <= 9 && ones <= 9;
    }
}
