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

    /// <summary>Counter of operations (tags: <c>db.system.name</c>, <c>db.operation.name</c>, <c>db.collection.name</c>, <c>dynamogen.route</c>, <c>dynamogen.connection</c>, and <c>error.type</c> on failure).</summary>
    public const string OperationsMetric = "dynamogen.operations";

    /// <summary>
    /// Histogram of operation durations in seconds, OpenTelemetry's standard database client metric
    /// <c>db.client.operation.duration</c> (same tags as <see cref="OperationsMetric"/>).
    /// </summary>
    public const string DurationMetric = "db.client.operation.duration";

    /// <summary>Counter of failed operations (same tags as <see cref="OperationsMetric"/>, with <c>error.type</c>).</summary>
    public const string ErrorsMetric = "dynamogen.errors";

    /// <summary>Counter of in-process cache hits (tags: <c>dynamogen.cache</c> = item|query, <c>db.collection.name</c>).</summary>
    public const string CacheHitsMetric = "dynamogen.cache.hits";

    /// <summary>Counter of in-process cache misses (tags: <c>dynamogen.cache</c> = item|query, <c>db.collection.name</c>).</summary>
    public const string CacheMissesMetric = "dynamogen.cache.misses";

    /// <summary>Counter of calls DAX could not serve that were retried on DynamoDB (tags: <c>db.operation.name</c>, <c>dynamogen.connection</c>).</summary>
    public const string DaxFallbacksMetric = "dynamogen.dax.fallbacks";

    /// <summary>Counter of switches from DAX to DynamoDB after DAX became unreachable (tag: <c>dynamogen.connection</c>).</summary>
    public const string DaxOutagesMetric = "dynamogen.dax.outages";

    /// <summary>Counter of switches back to DAX after a probe found it answering again (tag: <c>dynamogen.connection</c>).</summary>
    public const string DaxRecoveriesMetric = "dynamogen.dax.recoveries";

    /// <summary>Counter of unprocessed keys/items returned by BatchGetItem/BatchWriteItem, which the caller retries (tags: <c>db.operation.name</c>, <c>db.collection.name</c>).</summary>
    public const string UnprocessedMetric = "dynamogen.batch.unprocessed";

    internal static readonly ActivitySource Source = new(ActivitySourceName, ThisVersion);

    internal static readonly Meter Meter = new(MeterName, ThisVersion);

    internal static readonly Counter<long> Operations = Meter.CreateCounter<long>(OperationsMetric, "{operation}", "DynamoDB operations sent through DynamoGen connections.");

#if NET9_0_OR_GREATER
    internal static readonly Histogram<double> Duration = Meter.CreateHistogram<double>(
        DurationMetric,
        "s",
        "Duration of DynamoDB operations, including any DAX fallback retry.",
        tags: null,
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5, 10] });   // the conventions' buckets
#else
    internal static readonly Histogram<double> Duration = Meter.CreateHistogram<double>(DurationMetric, "s", "Duration of DynamoDB operations, including any DAX fallback retry.");
#endif

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
            counter.Add(1, new KeyValuePair<string, object?>(Tags.DbSystemName, DbSystemNameValue), new KeyValuePair<string, object?>(Tags.Cache, cache), new KeyValuePair<string, object?>(Tags.Table, table));
        }
    }

    /// <summary>
    /// The tag (attribute) names of DynamoGen's spans and metrics: OpenTelemetry's semantic conventions for database
    /// clients and AWS DynamoDB where one exists, DynamoGen's own under <c>dynamogen.*</c> otherwise. None carries an
    /// attribute value, key value, expression value or credential.
    /// </summary>
    public static class Tags
    {
        /// <summary><c>db.system.name</c> = <c>aws.dynamodb</c> (spans and metrics), as the current database conventions name DynamoDB.</summary>
        public const string DbSystemName = "db.system.name";

        /// <summary><c>db.system</c> = <c>dynamodb</c> (spans), the older conventions' name, still read by some back ends (X-Ray through ADOT among them).</summary>
        public const string DbSystem = "db.system";

        /// <summary><c>db.operation.name</c>: the DynamoDB operation (<c>GetItem</c>, <c>Query</c>, <c>BatchWriteItem</c>, ...), on spans and metrics.</summary>
        public const string Operation = "db.operation.name";

        /// <summary><c>db.collection.name</c>: the table, on spans of one table and on every metric (for batches and transactions across tables: the names joined with commas).</summary>
        public const string Table = "db.collection.name";

        /// <summary><c>aws.dynamodb.table_names</c>: every table of the request (a string array), on spans.</summary>
        public const string TableNames = "aws.dynamodb.table_names";

        /// <summary><c>aws.dynamodb.index_name</c>: the index of a query or scan, when there is one.</summary>
        public const string Index = "aws.dynamodb.index_name";

        /// <summary><c>aws.dynamodb.consistent_read</c>: the request's <c>ConsistentRead</c>, when set.</summary>
        public const string ConsistentRead = "aws.dynamodb.consistent_read";

        /// <summary><c>aws.dynamodb.limit</c>: the request's <c>Limit</c>, when set (queries and scans).</summary>
        public const string Limit = "aws.dynamodb.limit";

        /// <summary><c>aws.dynamodb.projection</c>: the request's <c>ProjectionExpression</c>, when set (names or <c>#n</c> placeholders, never values).</summary>
        public const string Projection = "aws.dynamodb.projection";

        /// <summary><c>aws.dynamodb.select</c>: the request's <c>Select</c>, when set (<c>COUNT</c> for counts).</summary>
        public const string Select = "aws.dynamodb.select";

        /// <summary><c>aws.dynamodb.scan_forward</c>: a query's <c>ScanIndexForward</c>, when set.</summary>
        public const string ScanForward = "aws.dynamodb.scan_forward";

        /// <summary><c>aws.dynamodb.segment</c>: a scan's <c>Segment</c>, when set.</summary>
        public const string Segment = "aws.dynamodb.segment";

        /// <summary><c>aws.dynamodb.total_segments</c>: a scan's <c>TotalSegments</c>, when set.</summary>
        public const string TotalSegments = "aws.dynamodb.total_segments";

        /// <summary><c>aws.dynamodb.count</c>: a query's or scan's <c>Count</c> response value (items after the filter).</summary>
        public const string Count = "aws.dynamodb.count";

        /// <summary><c>aws.dynamodb.scanned_count</c>: a query's or scan's <c>ScannedCount</c> response value (items read before the filter).</summary>
        public const string ScannedCount = "aws.dynamodb.scanned_count";

        /// <summary><c>aws.dynamodb.consumed_capacity</c>: each <c>ConsumedCapacity</c> of the response as JSON (a string array), when the request asked for it.</summary>
        public const string ConsumedCapacity = "aws.dynamodb.consumed_capacity";

        /// <summary><c>db.response.returned_rows</c>: the items a read returned (GetItem: 0 or 1; BatchGetItem, TransactGetItems, Query, Scan: their items).</summary>
        public const string ReturnedItems = "db.response.returned_rows";

        /// <summary><c>db.operation.batch.size</c>: the writes in a BatchWriteItem or TransactWriteItems request, when two or more.</summary>
        public const string BatchSize = "db.operation.batch.size";

        /// <summary><c>error.type</c>: on failure, the DynamoDB error code (<c>ConditionalCheckFailedException</c>, ...), or <c>unreachable</c>, <c>timeout</c>, <c>connection_lost</c>, <c>canceled</c>, or the exception type; never the message.</summary>
        public const string ErrorType = "error.type";

        /// <summary><c>dynamogen.consumed_capacity</c>: the total capacity units of the response (a number, the sum of <see cref="ConsumedCapacity"/>), when returned.</summary>
        public const string ConsumedCapacityUnits = "dynamogen.consumed_capacity";

        /// <summary><c>dynamogen.retries</c>: DynamoGen's own retries of the call (a DAX fallback); the SDK's retries happen inside the call.</summary>
        public const string Retries = "dynamogen.retries";

        /// <summary><c>dynamogen.route</c>: where the call was served (<see cref="DynamoRoutes"/>: <c>dynamodb</c>, <c>dax</c>, <c>cache</c>), on spans and metrics.</summary>
        public const string Route = "dynamogen.route";

        /// <summary><c>dynamogen.connection</c>: the connection's <see cref="IDynamoConnection.Name"/>, on spans and metrics.</summary>
        public const string Connection = "dynamogen.connection";

        /// <summary><c>dynamogen.fresh</c> = <see langword="true"/>: the call asked to bypass caches (<see cref="DynamoCallOptions.Fresh"/>).</summary>
        public const string Fresh = "dynamogen.fresh";

        /// <summary><c>dynamogen.cache</c>: which in-process cache a cache metric counts (<c>item</c> or <c>query</c>).</summary>
        public const string Cache = "dynamogen.cache";
    }

    /// <summary>The value of <see cref="Tags.DbSystemName"/>: <c>aws.dynamodb</c>.</summary>
    public const string DbSystemNameValue = "aws.dynamodb";

    /// <summary>The value of <see cref="Tags.DbSystem"/>: <c>dynamodb</c>.</summary>
    public const string DbSystemValue = "dynamodb";
}
