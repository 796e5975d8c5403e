using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using NUnit.Framework;

namespace DynamoGen.Tests.Connections;

/// <summary>Spans and metrics, collected with System.Diagnostics listeners (what OpenTelemetry's SDK uses underneath).</summary>
[NonParallelizable]
[TestFixture(DynamoEngine.Sdk)]
[TestFixture(DynamoEngine.Direct)]
public sealed class TelemetryTests(DynamoEngine engine)
{
    private const string SecretValue = "value-that-must-never-leak";

    private readonly List<Activity> _spans = new();
    private readonly List<(string Name, double Value, Dictionary<string, object?> Tags)> _measurements = new();
    private ActivityListener _activityListener = null!;
    private MeterListener _meterListener = null!;
    private string _table = null!;

    [SetUp]
    public async Task SetUpAsync()
    {
        _table = ConnectionsSetup.UniqueTableName("otel");
        _spans.Clear();
        _measurements.Clear();
        await Servers.CreateProductsTableAsync(ConnectionsSetup.Client, _table);
        _activityListener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == DynamoTelemetry.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (activity.GetTagItem("aws.dynamodb.table_names") is string[] tables && tables.Contains(_table))
                {
                    lock (_spans)
                    {
                        _spans.Add(activity);
                    }
                }
            },
        };
        ActivitySource.AddActivityListener(_activityListener);
        _meterListener = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == DynamoTelemetry.MeterName)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        _meterListener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        _meterListener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
        _meterListener.Start();
    }

    [TearDown]
    public void TearDown()
    {
        _activityListener.Dispose();
        _meterListener.Dispose();
    }

    [Test]
    public async Task Each_operation_gets_one_span_with_the_conventions_names_for_system_operation_table_and_returned_items()
    {
        var context = LocalDynamoSetup.Context(engine);
        var products = context.Table<Product>(_table);

        await products.PutAsync(new Product { Category = "c", Sku = "1", Source = SecretValue });
        await products.GetAsync(Product.Key("c", "1"));
        await products.GetAsync(Product.Key("c", "absent"));

        var spans = Spans();
        Assert.That(spans.Select(s => s.DisplayName), Is.EqualTo(new[] { "PutItem " + _table, "GetItem " + _table, "GetItem " + _table }));
        var get = spans[1];
        Assert.Multiple(() =>
        {
            Assert.That(get.Kind, Is.EqualTo(ActivityKind.Client));
            Assert.That(get.GetTagItem("db.system.name"), Is.EqualTo("aws.dynamodb"));
            Assert.That(get.GetTagItem("db.system"), Is.EqualTo("dynamodb"));
            Assert.That(get.GetTagItem("db.operation.name"), Is.EqualTo("GetItem"));
            Assert.That(get.GetTagItem("db.collection.name"), Is.EqualTo(_table));
            Assert.That(get.GetTagItem("aws.dynamodb.table_names"), Is.EqualTo(new[] { _table }));
            Assert.That(get.GetTagItem("aws.dynamodb.consistent_read"), Is.Null, "not set by the request");
            Assert.That(get.GetTagItem("db.response.returned_rows"), Is.EqualTo(1));
            Assert.That(spans[2].GetTagItem("db.response.returned_rows"), Is.EqualTo(0));
            Assert.That(spans[0].GetTagItem("db.response.returned_rows"), Is.Null, "a write returns no items");
            Assert.That(get.GetTagItem("dynamogen.item_count"), Is.Null, "renamed to db.response.returned_rows");
            Assert.That(get.GetTagItem("dynamogen.connection"), Is.EqualTo(engine == DynamoEngine.Sdk ? "dynamodb" : "direct")); // the connection's name; the route below is dynamodb on both
            Assert.That(get.GetTagItem("dynamogen.route"), Is.EqualTo("dynamodb"));
            Assert.That(get.GetTagItem("dynamogen.retries"), Is.EqualTo(0));
            Assert.That(get.Status, Is.EqualTo(ActivityStatusCode.Unset));
        });
        AssertNothingLeaks();
    }

    [Test]
    public async Task Query_spans_carry_the_index_and_consumed_capacity_when_returned()
    {
        var connection = new InstrumentedConnection(LocalDynamoSetup.Connection(engine));
        await Servers.SeedAsync(ConnectionsSetup.Client, _table, SecretValue, count: 3);

        var response = await connection.QueryAsync(
            new QueryRequest
            {
                TableName = _table,
                KeyConditionExpression = "Category = :c",
                ExpressionAttributeNames = new() { ["#s"] = "Source" },
                ExpressionAttributeValues = new() { [":c"] = new AttributeValue { S = "p" } },
                ProjectionExpression = "Category, Sku, #s",
                Limit = 10,
                ScanIndexForward = false,
                ConsistentRead = true,
                ReturnConsumedCapacity = ReturnConsumedCapacity.TOTAL,
            },
            default,
            default);

        var span = Spans().Single();
        Assert.Multiple(() =>
        {
            Assert.That(span.GetTagItem("db.response.returned_rows"), Is.EqualTo(3));
            Assert.That(span.GetTagItem("aws.dynamodb.count"), Is.EqualTo(3));
            Assert.That(span.GetTagItem("aws.dynamodb.scanned_count"), Is.EqualTo(3));
            Assert.That(span.GetTagItem("aws.dynamodb.limit"), Is.EqualTo(10));
            Assert.That(span.GetTagItem("aws.dynamodb.projection"), Is.EqualTo("Category, Sku, #s"));
            Assert.That(span.GetTagItem("aws.dynamodb.scan_forward"), Is.EqualTo(false));
            Assert.That(span.GetTagItem("aws.dynamodb.consistent_read"), Is.EqualTo(true));
            Assert.That(response.ConsumedCapacity?.CapacityUnits, Is.Not.Null);
            Assert.That(span.GetTagItem("dynamogen.consumed_capacity"), Is.EqualTo(response.ConsumedCapacity!.CapacityUnits), "as returned by the server");
            Assert.That(span.GetTagItem("aws.dynamodb.consumed_capacity"), Is.InstanceOf<string[]>().And.Exactly(1).Items);
            var json = System.Text.Json.JsonDocument.Parse(((string[])span.GetTagItem("aws.dynamodb.consumed_capacity")!)[0]).RootElement;
            Assert.That(json.GetProperty("CapacityUnits").GetDouble(), Is.EqualTo(response.ConsumedCapacity.CapacityUnits));
            Assert.That(json.GetProperty("TableName").GetString(), Is.EqualTo(_table));
            Assert.That(span.GetTagItem("aws.dynamodb.index_name"), Is.Null);
        });
        AssertNothingLeaks();
    }

    [Test]
    public async Task Failures_record_the_error_code_never_the_message()
    {
        var connection = new InstrumentedConnection(LocalDynamoSetup.Connection(engine));
        await connection.PutItemAsync(new PutItemRequest { TableName = _table, Item = new Product { Category = "c", Sku = "1" }.ToItem() }, default, default);

        Assert.That(
            async () => await connection.PutItemAsync(
                new PutItemRequest
                {
                    TableName = _table,
                    Item = new Product { Category = "c", Sku = "1", Source = SecretValue }.ToItem(),
                    ConditionExpression = "attribute_not_exists(Category) OR #s = :v",
                    ExpressionAttributeNames = new() { ["#s"] = "Source" },
                    ExpressionAttributeValues = new() { [":v"] = new AttributeValue { S = SecretValue } },
                },
                default,
                default),
            Throws.InstanceOf<ConditionalCheckFailedException>());

        var failed = Spans().Last();
        Assert.Multiple(() =>
        {
            Assert.That(failed.Status, Is.EqualTo(ActivityStatusCode.Error));
            Assert.That(failed.GetTagItem("error.type"), Is.EqualTo("ConditionalCheckFailedException"));
            Assert.That(Measured(DynamoTelemetry.ErrorsMetric).Single().Tags["error.type"], Is.EqualTo("ConditionalCheckFailedException"));
            Assert.That(Measured(DynamoTelemetry.OperationsMetric), Has.Count.EqualTo(2));
            Assert.That(Measured(DynamoTelemetry.DurationMetric).Select(m => m.Value), Is.All.GreaterThan(0));
        });
        AssertNothingLeaks();
    }

    [Test]
    public async Task The_route_says_whether_the_cache_DAX_or_DynamoDB_served_a_call_and_fallbacks_are_counted()
    {
        using var refusing = Servers.DaxClient(new Uri($"http://127.0.0.1:{FreePort()}"));
        var dax = new DaxConnection(refusing, ConnectionsSetup.Client, new DaxConnectionOptions { Name = "dax-test-" + _table });
        var context = new DynamoContext(new DynamoContextOptions().UseDefaultConnection(new CachingConnection(dax)));
        var products = context.Table<Product>(_table);
        await ConnectionsSetup.Client.PutItemAsync(_table, new Product { Category = "c", Sku = "1", Source = SecretValue }.ToItem());

        await products.GetAsync(Product.Key("c", "1"));   // DAX refused -> retried on DynamoDB
        await products.GetAsync(Product.Key("c", "1"));   // from the cache
        await products.GetAsync(Product.Key("c", "2"));   // DynamoDB (DAX is marked down)

        var spans = Spans();
        Assert.Multiple(() =>
        {
            Assert.That(spans.Select(s => s.GetTagItem("dynamogen.route")), Is.EqualTo(new[] { "dynamodb", "cache", "dynamodb" }));
            Assert.That(spans.Select(s => s.GetTagItem("dynamogen.retries")), Is.EqualTo(new[] { 1, 0, 0 }));
            Assert.That(Measured(DynamoTelemetry.DaxFallbacksMetric).Where(m => Equals(m.Tags["dynamogen.connection"], dax.Name)).Sum(m => m.Value), Is.EqualTo(1));
            Assert.That(Measured(DynamoTelemetry.DaxOutagesMetric).Where(m => Equals(m.Tags["dynamogen.connection"], dax.Name)).Sum(m => m.Value), Is.EqualTo(1));
            Assert.That(Measured(DynamoTelemetry.CacheHitsMetric).Sum(m => m.Value), Is.EqualTo(1));
            Assert.That(Measured(DynamoTelemetry.OperationsMetric).Select(m => m.Tags["dynamogen.route"]), Is.EqualTo(new[] { "dynamodb", "cache", "dynamodb" }));
        });
        AssertNothingLeaks();
    }

    [Test]
    public async Task Unprocessed_batch_items_are_counted_and_batch_spans_name_every_table()
    {
        var connection = new InstrumentedConnection(LocalDynamoSetup.Connection(engine));
        await connection.BatchWriteItemAsync(
            new BatchWriteItemRequest { RequestItems = new() { [_table] = [new WriteRequest(new PutRequest(new Product { Category = "c", Sku = "9", Source = SecretValue }.ToItem())), new WriteRequest(new PutRequest(new Product { Category = "c", Sku = "7" }.ToItem()))] } },
            default,
            default);
        await connection.BatchGetItemAsync(
            new BatchGetItemRequest { RequestItems = new() { [_table] = new KeysAndAttributes { Keys = [Product.Key("c", "9").ToAttributeValues(), Product.Key("c", "8").ToAttributeValues()] } } },
            default,
            default);

        var spans = Spans();
        Assert.Multiple(() =>
        {
            Assert.That(spans.Select(s => s.DisplayName), Is.EqualTo(new[] { "BatchWriteItem " + _table, "BatchGetItem " + _table }));
            Assert.That(spans.Select(s => s.GetTagItem("db.operation.batch.size")), Is.EqualTo(new object?[] { 2, null }), "the writes of a batch");
            Assert.That(spans.Select(s => s.GetTagItem("db.response.returned_rows")), Is.EqualTo(new object?[] { null, 1 }), "the items a batch get returned");
            Assert.That(Measured(DynamoTelemetry.UnprocessedMetric), Is.Empty, "dynalite processes everything; a real table under load may not");
        });
        AssertNothingLeaks();
    }

    [Test]
    public async Task Scan_spans_carry_segment_select_and_limit()
    {
        var connection = new InstrumentedConnection(LocalDynamoSetup.Connection(engine));
        await Servers.SeedAsync(ConnectionsSetup.Client, _table, SecretValue, count: 4);

        await connection.ScanAsync(new ScanRequest { TableName = _table, Segment = 0, TotalSegments = 1, Select = Select.COUNT, Limit = 5 }, default, default);

        var span = Spans().Single();
        Assert.Multiple(() =>
        {
            Assert.That(span.DisplayName, Is.EqualTo("Scan " + _table));
            Assert.That(span.GetTagItem("aws.dynamodb.segment"), Is.EqualTo(0));
            Assert.That(span.GetTagItem("aws.dynamodb.total_segments"), Is.EqualTo(1));
            Assert.That(span.GetTagItem("aws.dynamodb.select"), Is.EqualTo("COUNT"));
            Assert.That(span.GetTagItem("aws.dynamodb.limit"), Is.EqualTo(5));
            Assert.That(span.GetTagItem("aws.dynamodb.count"), Is.EqualTo(4));
            Assert.That(span.GetTagItem("aws.dynamodb.consumed_capacity"), Is.Null, "not asked for");
        });
        AssertNothingLeaks();
    }

    [Test]
    public async Task Metrics_use_the_standard_duration_name_and_tags()
    {
        var context = LocalDynamoSetup.Context(engine);
        await context.Table<Product>(_table).GetAsync(Product.Key("c", "1"));

        var duration = Measured("db.client.operation.duration").Single();
        Assert.Multiple(() =>
        {
            Assert.That(DynamoTelemetry.DurationMetric, Is.EqualTo("db.client.operation.duration"));
            Assert.That(duration.Tags.Keys, Is.EquivalentTo(new[] { "db.system.name", "db.operation.name", "db.collection.name", "dynamogen.route", "dynamogen.connection" }));
            Assert.That(duration.Tags["db.system.name"], Is.EqualTo("aws.dynamodb"));
            Assert.That(duration.Tags["db.operation.name"], Is.EqualTo("GetItem"));
            Assert.That(duration.Tags["db.collection.name"], Is.EqualTo(_table));
            Assert.That(Measured("dynamogen.operations").Single().Tags.Keys, Is.EquivalentTo(duration.Tags.Keys));
        });
    }

    [Test]
    public void Tag_name_constants_are_the_documented_names()
    {
        Assert.Multiple(() =>
        {
            Assert.That(DynamoTelemetry.Tags.DbSystemName, Is.EqualTo("db.system.name"));
            Assert.That(DynamoTelemetry.Tags.DbSystem, Is.EqualTo("db.system"));
            Assert.That(DynamoTelemetry.Tags.Operation, Is.EqualTo("db.operation.name"));
            Assert.That(DynamoTelemetry.Tags.Table, Is.EqualTo("db.collection.name"));
            Assert.That(DynamoTelemetry.Tags.TableNames, Is.EqualTo("aws.dynamodb.table_names"));
            Assert.That(DynamoTelemetry.Tags.Index, Is.EqualTo("aws.dynamodb.index_name"));
            Assert.That(DynamoTelemetry.Tags.ConsistentRead, Is.EqualTo("aws.dynamodb.consistent_read"));
            Assert.That(DynamoTelemetry.Tags.Limit, Is.EqualTo("aws.dynamodb.limit"));
            Assert.That(DynamoTelemetry.Tags.Projection, Is.EqualTo("aws.dynamodb.projection"));
            Assert.That(DynamoTelemetry.Tags.Select, Is.EqualTo("aws.dynamodb.select"));
            Assert.That(DynamoTelemetry.Tags.ScanForward, Is.EqualTo("aws.dynamodb.scan_forward"));
            Assert.That(DynamoTelemetry.Tags.Segment, Is.EqualTo("aws.dynamodb.segment"));
            Assert.That(DynamoTelemetry.Tags.TotalSegments, Is.EqualTo("aws.dynamodb.total_segments"));
            Assert.That(DynamoTelemetry.Tags.Count, Is.EqualTo("aws.dynamodb.count"));
            Assert.That(DynamoTelemetry.Tags.ScannedCount, Is.EqualTo("aws.dynamodb.scanned_count"));
            Assert.That(DynamoTelemetry.Tags.ConsumedCapacity, Is.EqualTo("aws.dynamodb.consumed_capacity"));
            Assert.That(DynamoTelemetry.Tags.ReturnedItems, Is.EqualTo("db.response.returned_rows"));
            Assert.That(DynamoTelemetry.Tags.BatchSize, Is.EqualTo("db.operation.batch.size"));
            Assert.That(DynamoTelemetry.Tags.ErrorType, Is.EqualTo("error.type"));
            Assert.That(DynamoTelemetry.Tags.ConsumedCapacityUnits, Is.EqualTo("dynamogen.consumed_capacity"));
            Assert.That(DynamoTelemetry.Tags.Retries, Is.EqualTo("dynamogen.retries"));
            Assert.That(DynamoTelemetry.Tags.Route, Is.EqualTo("dynamogen.route"));
            Assert.That(DynamoTelemetry.Tags.Connection, Is.EqualTo("dynamogen.connection"));
            Assert.That(DynamoTelemetry.Tags.Fresh, Is.EqualTo("dynamogen.fresh"));
            Assert.That(DynamoTelemetry.Tags.Cache, Is.EqualTo("dynamogen.cache"));
        });
    }

    [Test]
    public void Telemetry_can_be_turned_off()
    {
        var connection = LocalDynamoSetup.Connection(engine);
        var context = new DynamoContext(new DynamoContextOptions { EnableTelemetry = false }.UseDefaultConnection(connection));
        Assert.That(context.Connection, Is.SameAs(connection));
        Assert.That(async () => await context.Table<Product>(_table).GetAsync(Product.Key("c", "1")), Throws.Nothing);
        Assert.That(Spans(), Is.Empty);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Record<T>(Instrument instrument, T value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        where T : struct
    {
        var dictionary = new Dictionary<string, object?>();
        foreach (var tag in tags)
        {
            dictionary[tag.Key] = tag.Value;
        }

        var tableTag = dictionary.GetValueOrDefault("db.collection.name") as string;
        var connection = dictionary.GetValueOrDefault("dynamogen.connection") as string;
        if (tableTag == _table || (connection is not null && connection.EndsWith(_table, StringComparison.Ordinal)))
        {
            lock (_measurements)
            {
                _measurements.Add((instrument.Name, Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture), dictionary));
            }
        }
    }

    private List<Activity> Spans()
    {
        lock (_spans)
        {
            return _spans.ToList();
        }
    }

    private List<(string Name, double Value, Dictionary<string, object?> Tags)> Measured(string name)
    {
        lock (_measurements)
        {
            return _measurements.Where(m => m.Name == name).ToList();
        }
    }

    private void AssertNothingLeaks()
    {
        var values = new List<string>();
        foreach (var span in Spans())
        {
            values.Add(span.DisplayName);
            values.Add(span.StatusDescription ?? string.Empty);
            values.AddRange(span.TagObjects.Select(t => t.Value switch { string[] many => string.Join(",", many), var one => Convert.ToString(one, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty }));
            values.AddRange(span.Events.Select(e => e.Name));
        }

        lock (_measurements)
        {
            values.AddRange(_measurements.SelectMany(m => m.Tags.Values.Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty)));
        }

        Assert.That(values, Is.Not.Empty);
        Assert.That(values, Has.None.Contains(SecretValue).And.None.Contains("local"), "no attribute values, no credentials");
    }
}
