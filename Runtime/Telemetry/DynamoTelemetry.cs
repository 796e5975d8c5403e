using System.Collections.Generic;
using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace DynamoGen;

/// <summary>
/// The names under which DynamoGen publishes spans (an <see cref="System.Diagnostics.ActivitySource"/>) and metrics
/// (a <see cref="System.Diagnostics.Metrics.Meter"/>). Subscribe with OpenTelemetry's <c>AddSource(DynamoTelemetry.ActivitySourceName)</c>
/// and <c>AddMeter(DynamoTelemetry.MeterName)</c>, or with an <see cref="ActivityListener"/> and a <see cref="MeterListener"/>.
/// Spans and metrics carry table, operation, index and route names, never attribute values or credentials.
/// </summary>
public static class DynamoTelemetry
{
    /// <summary>The name of DynamoGen's <see cref="System.Diagnostics.ActivitySource"/>: <c>DynamoGen</c>.</summary>
    public const string ActivitySourceName = "DynamoGen";

    /// <summary>The name of DynamoGen's <see cref="System.Diagnostics.Metrics.Meter"/>: <c>DynamoGen</c>.</summary>
    public const string MeterName = "DynamoGen";

    /// <summary>Counter of operations (tags: operation, table, route, connection, error.type on failure).</summary>
    public const string OperationsMetric = "dynamogen.operations";

    /// <summary>Histogram of operation durations in seconds (same tags as <see cref="OperationsMetric"/>).</summary>
    public const string DurationMetric = "dynamogen.operation.duration";

    /// <summary>Counter of failed operations (tags: operation, table, connection, error.type).</summary>
    public const string ErrorsMetric = "dynamogen.errors";

    /// <summary>Counter of in-process cache hits (tags: dynamogen.cache = item|query, table).</summary>
    public const string CacheHitsMetric = "dynamogen.cache.hits";

    /// <summary>Counter of in-process cache misses (tags: dynamogen.cache = item|query, table).</summary>
    public const string CacheMissesMetric = "dynamogen.cache.misses";

    /// <summary>Counter of calls DAX could not serve that were retried on DynamoDB (tags: operation, connection).</summary>
    public const string DaxFallbacksMetric = "dynamogen.dax.fallbacks";

    /// <summary>Counter of switches from DAX to DynamoDB after DAX became unreachable (tag: connection).</summary>
    public const string DaxOutagesMetric = "dynamogen.dax.outages";

    /// <summary>Counter of switches back to DAX after a probe found it answering again (tag: connection).</summary>
    public const string DaxRecoveriesMetric = "dynamogen.dax.recoveries";

    /// <summary>Counter of unprocessed keys/items returned by BatchGetItem/BatchWriteItem, which the caller retries (tags: operation, table).</summary>
    public const string UnprocessedMetric = "dynamogen.batch.unprocessed";

    internal static readonly ActivitySource Source = new(ActivitySourceName, ThisVersion);

    internal static readonly Meter Meter = new(MeterName, ThisVersion);

    internal static readonly Counter<long> Operations = Meter.CreateCounter<long>(OperationsMetric, "{operation}", "DynamoDB operations sent through DynamoGen connections.");

    internal static readonly Histogram<double> Duration = Meter.CreateHistogram<double>(DurationMetric, "s", "Duration of DynamoDB operations, including any DAX fallback retry.");

    internal static readonly Counter<long> Errors = Meter.CreateCounter<long>(ErrorsMetric, "{error}", "Failed DynamoDB operations by error kind.");

    internal static readonly Counter<long> CacheHits = Meter.CreateCounter<long>(CacheHitsMetric, "{hit}", "Reads served by the in-process cache.");

    internal static readonly Counter<long> CacheMisses = Meter.CreateCounter<long>(CacheMissesMetric, "{miss}", "Reads the in-process cache could not serve.");

    internal static readonly Counter<long> DaxFallbacks = Meter.CreateCounter<long>(DaxFallbacksMetric, "{call}", "Calls retried on DynamoDB because DAX was unreachable.");

    internal static readonly Counter<long> DaxOutages = Meter.CreateCounter<long>(DaxOutagesMetric, "{switch}", "Switches from DAX to DynamoDB.");

    internal static readonly Counter<long> DaxRecoveries = Meter.CreateCounter<long>(DaxRecoveriesMetric, "{switch}", "Switches back to DAX after a successful probe.");

    internal static readonly Counter<long> Unprocessed = Meter.CreateCounter<long>(UnprocessedMetric, "{item}", "Unprocessed keys or items returned by batch operations.");

    private const string ThisVersion = "0.1.0";

    internal static void CacheLookup(bool hit, string cache, string table)
    {
        var counter = hit ? CacheHits : CacheMisses;
        if (counter.Enabled)
        {
            counter.Add(1, new KeyValuePair<string, object?>("dynamogen.cache", cache), new KeyValuePair<string, object?>(Tags.Table, table));
        }
    }

    /// <summary>Tag names, following OpenTelemetry's database and AWS DynamoDB conventions where they exist.</summary>
    internal static class Tags
    {
        public const string DbSystem = "db.system";
        public const string Operation = "db.operation.name";
        public const string Table = "aws.dynamodb.table_name";
        public const string TableNames = "aws.dynamodb.table_names";
        public const string Index = "aws.dynamodb.index_name";
        public const string ConsistentRead = "aws.dynamodb.consistent_read";
        public const string ItemCount = "dynamogen.item_count";
        public const string ConsumedCapacity = "dynamogen.consumed_capacity";
        public const string Retries = "dynamogen.retries";
        public const string Route = "dynamogen.route";
        public const string Connection = "dynamogen.connection";
        public const string ErrorType = "error.type";
    }
}
