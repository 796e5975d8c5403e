using System;

namespace DynamoGen;

/// <summary>Settings of a <see cref="CachingConnection"/>, named after DAX's parameters.</summary>
public sealed class CacheOptions
{
    /// <summary>
    /// How long an item (or the fact that it is absent) stays in the item cache, like DAX's <c>record-ttl-millis</c>.
    /// <see cref="TimeSpan.Zero"/> turns the item cache off. Default 5 minutes.
    /// </summary>
    public TimeSpan ItemTtl { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How long a Query or Scan page stays in the query cache, like DAX's <c>query-ttl-millis</c>. Writes do not
    /// invalidate it: use a short TTL or <see cref="DynamoCallOptions.Fresh"/> reads where staleness matters.
    /// <see cref="TimeSpan.Zero"/> turns the query cache off. Default 5 minutes.
    /// </summary>
    public TimeSpan QueryTtl { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The most items (including absent-item entries) the item cache holds; the least recently used go first. Default 10,000.</summary>
    public int MaxItems { get; set; } = 10_000;

    /// <summary>The most Query/Scan pages the query cache holds; the least recently used go first. Default 1,000.</summary>
    public int MaxQueries { get; set; } = 1_000;

    /// <summary>A short name for traces and metrics; <c>{inner name}+cache</c> when <see langword="null"/>.</summary>
    public string? Name { get; set; }

    /// <summary>The clock for expiry; tests substitute their own. Default <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;
}
