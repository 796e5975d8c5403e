using System;

namespace DynamoGen;

/// <summary>Per-table behaviour of a <see cref="Table{T}"/>; apply with <see cref="Table{T}.WithOptions"/>.</summary>
public sealed record TableOptions
{
    /// <summary>The defaults: expired items visible, continuation tokens checksummed but not signed, the system clock.</summary>
    public static TableOptions Default { get; } = new();

    /// <summary>
    /// Whether reads treat items whose <see cref="TimeToLiveAttribute"/> is in the past as absent (DynamoDB deletes
    /// expired items late, often hours later). Default <see langword="false"/>; a read's own <c>HideExpired</c> wins.
    /// Has no effect on types without a <see cref="TimeToLiveAttribute"/>.
    /// </summary>
    public bool HideExpiredItems { get; init; }

    /// <summary>
    /// A secret key that signs continuation tokens with HMAC-SHA256, so clients cannot forge a start key (at least 32
    /// bytes recommended). Tokens are then only accepted when signed with this key. Without it, tokens carry a
    /// checksum that catches corruption and edits by mistake, but not a deliberate forgery.
    /// </summary>
    public ReadOnlyMemory<byte> ContinuationTokenKey { get; init; }

    /// <summary>The clock for time-to-live checks and batch retry budgets.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
