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
public sealed class TelemetryTests
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
    public async Task Each_operation_gets_one_span_with_table_operation_item_count_capacity_and_route()
    {
        var context = new DynamoContext(ConnectionsSetup.Client);
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
            Assert.That(get.GetTagItem("db.system"), Is.EqualTo("dynamodb"));
            Assert.That(get.GetTagItem("db.operation.name"), Is.EqualTo("GetItem"));
            Assert.That(get.GetTagItem("dynamogen.item_count"), Is.EqualTo(1));
            Assert.That(spans[2].GetTagItem("dynamogen.item_count"), Is.EqualTo(0));
            Assert.That(get.GetTagItem("dynamogen.route"), Is.EqualTo("dynamodb"));
            Assert.That(get.GetTagItem("dynamogen.retries"), Is.EqualTo(0));
            Assert.That(get.Status, Is.EqualTo(ActivityStatusCode.Unset));
        });
        AssertNothingLeaks();
    }

    [Test]
    public async Task Query_spans_carry_the_index_and_consumed_capacity_when_returned()
    {
        var connection = new InstrumentedConnection(new DynamoDbConnection(ConnectionsSetup.Client));
        await Servers.SeedAsync(ConnectionsSetup.Client, _table, SecretValue, count: 3);

        var response = await connection.QueryAsync(
            new QueryRequest
            {
                TableName = _table,
                KeyConditionExpression = "Category = :c",
                ExpressionAttributeValues = new() { [":c"] = new AttributeValue { S = "p" } },
                ReturnConsumedCapacity = ReturnConsumedCapacity.TOTAL,
            },
            default,
            default);

        var span = Spans().Single();
        Assert.Multiple(() =>
        {
            Assert.That(span.GetTagItem("dynamogen.item_count"), Is.EqualTo(3));
            Assert.That(response.ConsumedCapacity?.CapacityUnits, Is.Not.Null);
            Assert.That(span.GetTagItem("dynamogen.consumed_capacity"), Is.EqualTo(response.ConsumedCapacity!.CapacityUnits), "as returned by the server");
            Assert.That(span.GetTagItem("aws.dynamodb.index_name"), Is.Null);
        });
        AssertNothingLeaks();
    }

    [Test]
    public async Task Failures_record_the_error_code_never_the_message()
    {
        var connection = new InstrumentedConnection(new DynamoDbConnection(ConnectionsSetup.Client));
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
        var connection = new InstrumentedConnection(new DynamoDbConnection(ConnectionsSetup.Client));
        await connection.BatchWriteItemAsync(
            new BatchWriteItemRequest { RequestItems = new() { [_table] = [new WriteRequest(new PutRequest(new Product { Category = "c", Sku = "9", Source = SecretValue }.ToItem()))] } },
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
            Assert.That(spans.Select(s => s.GetTagItem("dynamogen.item_count")), Is.EqualTo(new[] { 1, 1 }));
            Assert.That(Measured(DynamoTelemetry.UnprocessedMetric), Is.Empty, "dynalite processes everything; a real table under load may not");
        });
        AssertNothingLeaks();
    }

    [Test]
    public void Telemetry_can_be_turned_off()
    {
        var connection = new DynamoDbConnection(ConnectionsSetup.Client);
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

        var tableTag = dictionary.GetValueOrDefault("aws.dynamodb.table_name") as string;
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
