using System;

namespace DynamoGen;

/// <summary>
/// How batch reads and writes retry what DynamoDB leaves unprocessed (throttling, the 16 MB response limit):
/// exponential backoff with full jitter (a random delay between 0 and
/// <c>min(MaxDelay, BaseDelay * 2^(attempt - 1))</c>), within a budget. When the budget runs out, the result reports
/// exactly the keys or items still unprocessed; nothing is dropped silently.
/// </summary>
public sealed record BatchOptions
{
    /// <summary>The defaults: up to 10 attempts per key or item, 50 ms base delay, 5 s cap, no time limit.</summary>
    public static BatchOptions Default { get; } = new();

    /// <summary>How many times one key or item is sent at most (the first try included). Default 10.</summary>
    public int MaxAttempts { get; init; } = 10;

    /// <summary>The backoff's base delay. Default 50 ms.</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromMilliseconds(50);

    /// <summary>The longest delay between two attempts. Default 5 s.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// A time budget for the whole batch: no retry starts after it (what is left is reported as unprocessed);
    /// <see langword="null"/> (the default): attempts alone bound the work.
    /// </summary>
    public TimeSpan? MaxDuration { get; init; }

    /// <summary>Batch reads: strongly consistent reads.</summary>
    public bool ConsistentRead { get; init; }

    /// <summary>Batch reads: from DynamoDB itself, bypassing DAX or an in-process cache.</summary>
    public bool Fresh { get; init; }

    /// <summary>The clock and timer for delays and the time budget.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    internal void Validate()
    {
        if (MaxAttempts < 1)
        {
            throw new ArgumentException("MaxAttempts must be 1 or more.", nameof(MaxAttempts));
        }

        if (BaseDelay < TimeSpan.Zero || MaxDelay < TimeSpan.Zero || MaxDuration < TimeSpan.Zero)
        {
            throw new ArgumentException("Delays and the time budget cannot be negative.");
        }
    }
}
