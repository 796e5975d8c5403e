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
    /// invalidate it (unless <see cref="InvalidateQueriesOnWrite"/>): use a short TTL or
    /// <see cref="DynamoCallOptions.Fresh"/> reads where staleness matters.
    /// <see cref="TimeSpan.Zero"/> turns the query cache off. Default 5 minutes.
    /// </summary>
    public TimeSpan QueryTtl { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Whether a write through this connection (PutItem, UpdateItem, DeleteItem, BatchWriteItem, TransactWriteItems,
    /// successful or not) drops every cached Query and Scan page of the table it wrote, so this process's queries never
    /// miss its own writes. Writes by other processes are still seen only when pages expire. Default
    /// <see langword="false"/>: DAX's query cache is not invalidated by writes. LaunchDarkly's caching store wrapper
    /// behaves as <see langword="true"/> (its <c>all</c> is never stale after its own <c>init</c> or <c>upsert</c>).
    /// </summary>
    public bool InvalidateQueriesOnWrite { get; set; }

    /// <summary>
    /// Whether strongly consistent reads (<c>ConsistentRead = true</c>) use the caches too: a miss is read consistently
    /// and stored, a hit is served from the cache (so it can be as old as <see cref="ItemTtl"/> or <see cref="QueryTtl"/>
    /// for writes made by other processes). Default <see langword="false"/>: DAX never caches consistent reads.
    /// LaunchDarkly's caching store wrapper behaves as <see langword="true"/> in front of its consistent store.
    /// <see cref="DynamoCallOptions.Fresh"/> reads always bypass the cache.
    /// </summary>
    public bool CacheConsistentReads { get; set; }

    /// <summary>The most items (including absent-item entries) the item cache holds; the least recently used go first. Default 10,000.</summary>
    public int MaxItems { get; set; } = 10_000;

    /// <summary>The most Query/Scan pages the query cache holds; the least recently used go first. Default 1,000.</summary>
    public int MaxQueries { get; set; } = 1_000;

    /// <summary>A short name for traces and metrics; <c>{inner name}+cache</c> when <see langword="null"/>.</summary>
    public string? Name { get; set; }

    /// <summary>The clock for expiry; tests substitute their own. Default <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;
}
