using System.Threading;

namespace DynamoGen;

/// <summary>The hit and miss counters of a <see cref="CachingConnection"/>, and the route it reports for traces.</summary>
public sealed partial class CachingConnection
{
    private const string ItemCacheTag = "item";
    private const string QueryCacheTag = "query";

    private long _itemHits;
    private long _itemMisses;
    private long _queryHits;
    private long _queryMisses;

    /// <summary>Item reads (GetItem, and each key of a BatchGetItem) served from the item cache.</summary>
    public long ItemHits => Interlocked.Read(ref _itemHits);

    /// <summary>Cacheable item reads the item cache could not serve.</summary>
    public long ItemMisses => Interlocked.Read(ref _itemMisses);

    /// <summary>Query and Scan pages served from the query cache.</summary>
    public long QueryHits => Interlocked.Read(ref _queryHits);

    /// <summary>Cacheable Query and Scan pages the query cache could not serve (absent, expired, or dropped by a write).</summary>
    public long QueryMisses => Interlocked.Read(ref _queryMisses);

    private static void SetRoute(DynamoCallOptions options, string route)
    {
        if (options.Report is { } observer)
        {
            observer.Route = route;
        }
    }

    private static void Miss(ref long counter, string cache, string table)
    {
        Interlocked.Increment(ref counter);
        DynamoTelemetry.CacheLookup(hit: false, cache, table);
    }

    private static void Hit(ref long counter, string cache, string table, DynamoCallOptions options)
    {
        Interlocked.Increment(ref counter);
        DynamoTelemetry.CacheLookup(hit: true, cache, table);
        SetRoute(options, DynamoRoutes.Cache);
    }
}
