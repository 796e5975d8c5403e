using System;

namespace DynamoGen;

/// <summary>Per-table behaviour of a <see cref="Table{T}"/>; apply with <see cref="Table{T}.WithOptions"/>.</summary>
public sealed record TableOptions
{
    /// <summary>The defaults: expired items visible, continuation tokens readable and checksummed (not encrypted), the system clock.</summary>
    public static TableOptions Default { get; } = new();

    /// <summary>
    /// Whether reads treat items whose <see cref="TimeToLiveAttribute"/> is in the past as absent (DynamoDB deletes
    /// expired items late, often hours later). Default <see langword="false"/>; a read's own <c>HideExpired</c> wins.
    /// Has no effect on types without a <see cref="TimeToLiveAttribute"/>.
    /// </summary>
    public bool HideExpiredItems { get; init; }

    /// <summary>
    /// A secret key (at least 16 bytes; 32 random bytes recommended) that encrypts and authenticates continuation
    /// tokens with AES-GCM: a client can neither read the start key inside a token nor change or forge one. A key of
    /// 16, 24 or 32 bytes is the AES key itself; any other length is turned into a 256-bit key with HKDF-SHA256.
    /// Tokens are then only accepted when encrypted with this key, for the same table, index, partition (or scan
    /// segment) and key prefix. Without a key, tokens are readable (base64url of the start key's JSON) and carry a
    /// checksum that still rejects every change, but not a deliberate forgery.
    /// </summary>
    /// <exception cref="ArgumentException">The key is not empty and shorter than 16 bytes.</exception>
    public ReadOnlyMemory<byte> ContinuationTokenKey
    {
        get => _continuationTokenKey;
        init
        {
            if (value.Length is > 0 and < MinimumContinuationTokenKeyLength)
            {
                throw new ArgumentException($"A ContinuationTokenKey must be at least {MinimumContinuationTokenKeyLength} bytes long (32 random bytes recommended).", nameof(value));
            }

            _continuationTokenKey = value;
        }
    }

    private readonly ReadOnlyMemory<byte> _continuationTokenKey;

    /// <summary>The shortest <see cref="ContinuationTokenKey"/> accepted: 16 bytes.</summary>
    public const int MinimumContinuationTokenKeyLength = 16;

    /// <summary>The clock for time-to-live checks and batch retry budgets.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
