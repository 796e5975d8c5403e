using System;
using System.Globalization;

namespace DynamoGen.Marshalling;

/// <summary>
/// The text formats of DynamoGen's wire format. Dates are fixed-width ISO-8601 so that string order is time order.
/// </summary>
public static class DynamoFormats
{
    /// <summary>DateTime, always UTC, 100 ns precision: <c>2024-01-31T13:45:00.1234567Z</c>.</summary>
    public const string DateTime = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    /// <summary>DateTimeOffset with its offset: <c>2024-01-31T13:45:00.1234567+02:00</c>.</summary>
    public const string DateTimeOffset = "yyyy-MM-dd'T'HH:mm:ss.fffffffzzz";

    /// <summary>DateOnly: <c>2024-01-31</c>.</summary>
    public const string DateOnly = "yyyy-MM-dd";

    /// <summary>TimeOnly: <c>13:45:00.1234567</c>.</summary>
    public const string TimeOnly = "HH:mm:ss.fffffff";

    /// <summary>TimeSpan, .NET's constant format: <c>[-][d.]hh:mm:ss[.fffffff]</c>.</summary>
    public const string TimeSpan = "c";

    /// <summary>
    /// .NET's round-trip format "O". For a DateTimeOffset, a DateOnly and a TimeOnly it writes exactly the text of
    /// <see cref="DateTimeOffset"/>, <see cref="DateOnly"/> and <see cref="TimeOnly"/> (and for a UTC DateTime that of
    /// <see cref="DateTime"/>), several times faster than the custom format strings. DynamoGen writes the date texts
    /// itself (<see cref="IsoDates"/>, the same text again) and uses this for TimeOnly and for .NET's exact parse of
    /// texts <see cref="IsoDates"/> leaves. The custom strings stay as the definition of the wire format.
    /// </summary>
    internal const string RoundTrip = "O";

    internal static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
}
