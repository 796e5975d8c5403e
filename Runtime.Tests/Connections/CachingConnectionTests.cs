using System;
using System.Collections.Generic;
using System.Diagnostics.Metrics;
using System.Linq;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;

namespace DynamoGen.Tests.Connections;

/// <summary>
/// The in-process cache over a real local DynamoDB. Changes made behind the cache's back (directly with the client)
/// show whether a read was served from the cache.
/// </summary>
public sealed class CachingConnectionTests
{
    private CountingClient _client = null!;
    private string _table = null!;
    private FakeTimeProvider _time = null!;

    [SetUp]
    public async Task SetUpAsync()
    {
        _client = Servers.DynamoClient();
        _table = ConnectionsSetup.UniqueTableName("cache");
        _time = new FakeTimeProvider();
        await Servers.CreateProductsTableAsync(_client, _table);
        await Servers.SeedAsync(_client, _table, "db", count: 10);
        _client.Reset();
    }

    [TearDown]
    public void TearDown() => _client.Dispose();

    [Test]
    public async Task GetItem_is_served_from_the_cache_until_the_item_ttl_expires()
    {
        var cache = Cache(new CacheOptions { ItemTtl = TimeSpan.FromSeconds(10) });

        var first = await cache.GetItemAsync(Get("s001"), default, default);
        await ChangeBehindTheCacheAsync("s001", "changed");
        var second = await cache.GetItemAsync(Get("s001"), default, default);
        _time.Advance(TimeSpan.FromSeconds(9));
        var third = await cache.GetItemAsync(Get("s001"), default, default);
        _time.Advance(TimeSpan.FromSeconds(1));
        var expired = await cache.GetItemAsync(Get("s001"), default, default);

        Assert.Multiple(() =>
        {
            Assert.That(Source(first.Item), Is.EqualTo("db"));
            Assert.That(Source(second.Item), Is.EqualTo("db"), "served from the cache");
            Assert.That(Source(third.Item), Is.EqualTo("db"), "still within the TTL");
            Assert.That(Source(expired.Item), Is.EqualTo("changed"), "read again after the TTL");
            Assert.That(_client.Gets, Is.EqualTo(1), "after the change, only the read after expiry reached the server");
            Assert.That(cache.ItemHits, Is.EqualTo(2));
            Assert.That(cache.ItemMisses, Is.EqualTo(2));
        });
    }

    [Test]
    public async Task A_number_key_names_one_cache_entry_whatever_its_text()
    {
        // DynamoDB returns a decimal key written as 10.50 as 10.5. The item a batch read returns must fill the entry of
        // the key that was asked for (keys are compared by value); taken for another key, the asked one would be
        // cached as absent and later reads told the item does not exist.
        var name = ConnectionsSetup.UniqueTableName("prices");
        await new DynamoContext(new DynamoDbConnection(_client)).CreateTableAsync<DynamoGen.Tests.Operations.PricePoint>(name);
        await _client.PutItemAsync(name, new DynamoGen.Tests.Operations.PricePoint { Category = "tea", Price = 10.50m, Weight = 1 }.ToItem());
        var prices = new DynamoContext(Cache()).Table<DynamoGen.Tests.Operations.PricePoint>(name);
        var key = DynamoGen.Tests.Operations.PricePoint.Key("tea", 10.50m);

        var batch = await prices.BatchGetAsync([key]);
        _client.Reset();
        var read = await prices.GetAsync(key);

        Assert.Multiple(() =>
        {
            Assert.That(batch.Items.Single().Price.Scale, Is.EqualTo(1), "DynamoDB returned the key normalized (10.5, not 10.50)");
            Assert.That(read?.Weight, Is.EqualTo(1));
            Assert.That(_client.Gets, Is.Zero, "served from the entry the batch read filled");
        });
    }

    [Test]
    public async Task Absent_items_are_cached_as_negative_entries_and_a_put_through_the_cache_replaces_them()
    {
        var cache = Cache();
        var missing = Get("absent");

        var first = await cache.GetItemAsync(missing, default, default);
        await _client.PutItemAsync(_table, new Product { Category = "p", Sku = "absent", Source = "behind" }.ToItem());
        var second = await cache.GetItemAsync(missing, default, default);
        await cache.PutItemAsync(new PutItemRequest { TableName = _table, Item = new Product { Category = "p", Sku = "absent", Source = "through" }.ToItem() }, default, default);
        var third = await cache.GetItemAsync(missing, default, default);

        Assert.Multiple(() =>
        {
            Assert.That(first.IsItemSet && first.Item.Count > 0, Is.False);
            Assert.That(second.IsItemSet && second.Item.Count > 0, Is.False, "the absent entry is cached");
            Assert.That(Source(third.Item), Is.EqualTo("through"), "write-through");
            Assert.That(_client.Gets, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Typed_tables_over_a_cached_connection_see_null_for_cached_absent_items()
    {
        var context = new DynamoContext(Cache());
        var products = context.Table<Product>(_table);

        Assert.That(await products.GetAsync(Product.Key("p", "nobody")), Is.Null);
        Assert.That(await products.GetAsync(Product.Key("p", "nobody")), Is.Null);
        Assert.That((await products.GetAsync(Product.Key("p", "s002")))!.Source, Is.EqualTo("db"));
        Assert.That(_client.Gets, Is.EqualTo(2));
    }

    [Test]
    public async Task Updates_and_deletes_through_the_cache_keep_it_fresh()
    {
        var cache = Cache();
        await cache.GetItemAsync(Get("s003"), default, default);
        await cache.GetItemAsync(Get("s004"), default, default);
        await cache.GetItemAsync(Get("s005"), default, default);

        await cache.UpdateItemAsync(SetSource("s003", "all-new", ReturnValue.ALL_NEW), default, default);
        await cache.UpdateItemAsync(SetSource("s004", "none", ReturnValue.NONE), default, default);
        await cache.DeleteItemAsync(new DeleteItemRequest { TableName = _table, Key = Servers.Key("p", "s005") }, default, default);
        _client.Reset();

        var updated = await cache.GetItemAsync(Get("s003"), default, default);
        var invalidated = await cache.GetItemAsync(Get("s004"), default, default);
        var deleted = await cache.GetItemAsync(Get("s005"), default, default);

        Assert.Multiple(() =>
        {
            Assert.That(Source(updated.Item), Is.EqualTo("all-new"));
            Assert.That(Source(invalidated.Item), Is.EqualTo("none"));
            Assert.That(deleted.Item is { Count: > 0 }, Is.False);
            Assert.That(_client.Gets, Is.EqualTo(1), "only the update without ALL_NEW had to be read again");
        });
    }

    [Test]
    public async Task Consistent_and_fresh_reads_are_never_served_from_or_stored_in_the_cache()
    {
        var cache = Cache();
        var consistent = Get("s006");
        consistent.ConsistentRead = true;

        await cache.GetItemAsync(consistent, default, default);
        await cache.GetItemAsync(Get("s006"), new DynamoCallOptions(Fresh: true), default);
        Assert.That(cache.ItemCount, Is.Zero, "nothing stored");

        await cache.GetItemAsync(Get("s006"), default, default);
        await ChangeBehindTheCacheAsync("s006", "changed");
        var again = await cache.GetItemAsync(consistent, default, default);
        var fresh = await cache.GetItemAsync(Get("s006"), new DynamoCallOptions(Fresh: true), default);
        var query = Query();
        query.ConsistentRead = true;
        await cache.QueryAsync(query, default, default);
        await cache.QueryAsync(query, default, default);

        Assert.Multiple(() =>
        {
            Assert.That(Source(again.Item), Is.EqualTo("changed"));
            Assert.That(Source(fresh.Item), Is.EqualTo("changed"));
            Assert.That(_client.Queries, Is.EqualTo(2));
            Assert.That(cache.ItemHits + cache.QueryHits, Is.Zero);
        });
    }

    [Test]
    public async Task Query_cache_is_keyed_by_the_whole_request_has_its_own_ttl_and_is_not_invalidated_by_writes()
    {
        var cache = Cache(new CacheOptions { ItemTtl = TimeSpan.FromMinutes(10), QueryTtl = TimeSpan.FromSeconds(30) });

        var first = await cache.QueryAsync(Query(), default, default);
        await cache.PutItemAsync(new PutItemRequest { TableName = _table, Item = new Product { Category = "p", Sku = "s000", Source = "written" }.ToItem() }, default, default);
        var second = await cache.QueryAsync(Query(), default, default);
        var otherLimit = Query();
        otherLimit.Limit = 2;
        var otherValue = Query();
        otherValue.ExpressionAttributeValues[":c"] = new AttributeValue { S = "q" };
        var otherStart = Query();
        otherStart.ExclusiveStartKey = Servers.Key("p", "s000");
        var otherFilter = Query();
        otherFilter.FilterExpression = "Stock > :zero";
        otherFilter.ExpressionAttributeValues[":zero"] = new AttributeValue { N = "0" };
        var descending = Query();
        descending.ScanIndexForward = false;
        foreach (var variant in new[] { otherLimit, otherValue, otherStart, otherFilter, descending })
        {
            await cache.QueryAsync(variant, default, default);
        }

        _time.Advance(TimeSpan.FromSeconds(30));
        var expired = await cache.QueryAsync(Query(), default, default);
        var item = await cache.GetItemAsync(Get("s000"), default, default);

        Assert.Multiple(() =>
        {
            Assert.That(Source(first.Items[0]), Is.EqualTo("db"));
            Assert.That(Source(second.Items[0]), Is.EqualTo("db"), "the query cache is not invalidated by writes (as in DAX)");
            Assert.That(second.Items, Has.Count.EqualTo(first.Items.Count));
            Assert.That(Source(expired.Items[0]), Is.EqualTo("written"), "read again after the query TTL");
            Assert.That(Source(item.Item), Is.EqualTo("written"), "the item cache was updated by the write");
            Assert.That(cache.QueryHits, Is.EqualTo(1));
            Assert.That(cache.QueryMisses, Is.EqualTo(7));
            Assert.That(_client.Queries, Is.EqualTo(7));
        });
    }

    [Test]
    public async Task Scan_pages_are_cached_by_request()
    {
        var cache = Cache();
        var scan = new ScanRequest { TableName = _table, Limit = 4 };

        var first = await cache.ScanAsync(scan, default, default);
        var second = await cache.ScanAsync(new ScanRequest { TableName = _table, Limit = 4 }, default, default);
        var next = await cache.ScanAsync(new ScanRequest { TableName = _table, Limit = 4, ExclusiveStartKey = first.LastEvaluatedKey }, default, default);

        Assert.Multiple(() =>
        {
            Assert.That(second.Items.Select(Source), Is.EqualTo(first.Items.Select(Source)));
            Assert.That(second.LastEvaluatedKey, Is.EquivalentTo(first.LastEvaluatedKey).Using<KeyValuePair<string, AttributeValue>>((a, b) => a.Key == b.Key && a.Value.S == b.Value.S));
            Assert.That(next.Items.Select(i => i["Sku"].S), Is.Not.EquivalentTo(first.Items.Select(i => i["Sku"].S)));
            Assert.That(_client.Queries, Is.EqualTo(2));
        });
    }

    [Test]
    public async Task A_ttl_of_zero_turns_each_cache_off()
    {
        var noItems = Cache(new CacheOptions { ItemTtl = TimeSpan.Zero });
        await noItems.GetItemAsync(Get("s001"), default, default);
        await noItems.GetItemAsync(Get("s001"), default, default);
        await noItems.QueryAsync(Query(), default, default);
        await noItems.QueryAsync(Query(), default, default);
        Assert.That((_client.Gets, _client.Queries, noItems.ItemCount), Is.EqualTo((2, 1, 0)));

        _client.Reset();
        var noQueries = Cache(new CacheOptions { QueryTtl = TimeSpan.Zero });
        await noQueries.GetItemAsync(Get("s001"), default, default);
        await noQueries.GetItemAsync(Get("s001"), default, default);
        await noQueries.QueryAsync(Query(), default, default);
        await noQueries.QueryAsync(Query(), default, default);
        Assert.That((_client.Gets, _client.Queries, noQueries.QueryCount), Is.EqualTo((1, 2, 0)));
    }

    [Test]
    public async Task The_item_cache_is_bounded_and_evicts_the_least_recently_used()
    {
        var cache = Cache(new CacheOptions { MaxItems = 2 });
        await cache.GetItemAsync(Get("s001"), default, default);
        await cache.GetItemAsync(Get("s002"), default, default);
        await cache.GetItemAsync(Get("s001"), default, default);   // s001 is now the most recently used
        await cache.GetItemAsync(Get("s003"), default, default);   // evicts s002
        _client.Reset();

        await cache.GetItemAsync(Get("s001"), default, default);
        await cache.GetItemAsync(Get("s003"), default, default);
        Assert.That(_client.Gets, Is.Zero);
        await cache.GetItemAsync(Get("s002"), default, default);
        Assert.That(_client.Gets, Is.EqualTo(1));
        Assert.That(cache.ItemCount, Is.EqualTo(2));
    }

    [Test]
    public async Task Callers_get_copies_and_cannot_corrupt_cached_items()
    {
        var cache = Cache();
        var first = await cache.GetItemAsync(Get("s001"), default, default);
        first.Item["Source"].S = "corrupted";
        first.Item["extra"] = new AttributeValue { S = "x" };
        var second = await cache.GetItemAsync(Get("s001"), default, default);
        second.Item.Clear();
        var third = await cache.GetItemAsync(Get("s001"), default, default);

        var put = new Product { Category = "p", Sku = "s009", Source = "put" }.ToItem();
        await cache.PutItemAsync(new PutItemRequest { TableName = _table, Item = put }, default, default);
        put["Source"].S = "mutated-after-put";
        var afterPut = await cache.GetItemAsync(Get("s009"), default, default);

        var page = await cache.QueryAsync(Query(), default, default);
        page.Items[0]["Source"].S = "corrupted";
        page.Items.Clear();
        var cachedPage = await cache.QueryAsync(Query(), default, default);

        Assert.Multiple(() =>
        {
            Assert.That(Source(third.Item), Is.EqualTo("db"));
            Assert.That(third.Item.ContainsKey("extra"), Is.False);
            Assert.That(Source(afterPut.Item), Is.EqualTo("put"));
            Assert.That(cachedPage.Items, Is.Not.Empty);
            Assert.That(cachedPage.Items.Select(Source), Is.All.EqualTo("db"));
        });
    }

    [Test]
    public async Task BatchGetItem_serves_cached_keys_and_fetches_only_the_rest()
    {
        var cache = Cache();
        await cache.GetItemAsync(Get("s001"), default, default);
        await cache.GetItemAsync(Get("absent"), default, default);
        await ChangeBehindTheCacheAsync("s001", "changed");
        _client.Reset();

        var keys = new[] { "s001", "s002", "absent", "also-absent" }.Select(s => Servers.Key("p", s)).ToList();
        var first = await cache.BatchGetItemAsync(new BatchGetItemRequest { RequestItems = new() { [_table] = new KeysAndAttributes { Keys = keys } } }, default, default);
        var second = await cache.BatchGetItemAsync(new BatchGetItemRequest { RequestItems = new() { [_table] = new KeysAndAttributes { Keys = keys } } }, default, default);

        Assert.Multiple(() =>
        {
            Assert.That(first.Responses[_table].Select(i => (i["Sku"].S, Source(i))), Is.EquivalentTo(new[] { ("s001", "db"), ("s002", "db") }));
            Assert.That(second.Responses[_table].Select(i => (i["Sku"].S, Source(i))), Is.EquivalentTo(new[] { ("s001", "db"), ("s002", "db") }));
            Assert.That(_client.Gets, Is.EqualTo(1), "one round trip for the two uncached keys, none the second time");
            Assert.That(cache.ItemHits, Is.EqualTo(2 + 4));
        });
    }

    [Test]
    public async Task BatchWriteItem_through_the_cache_updates_it()
    {
        var cache = Cache();
        await cache.GetItemAsync(Get("s001"), default, default);
        await cache.GetItemAsync(Get("s002"), default, default);

        await cache.BatchWriteItemAsync(
            new BatchWriteItemRequest
            {
                RequestItems = new()
                {
                    [_table] =
                    [
                        new WriteRequest(new PutRequest(new Product { Category = "p", Sku = "s001", Source = "batch" }.ToItem())),
                        new WriteRequest(new DeleteRequest(Servers.Key("p", "s002"))),
                    ],
                },
            },
            default,
            default);
        _client.Reset();

        Assert.That(Source((await cache.GetItemAsync(Get("s001"), default, default)).Item), Is.EqualTo("batch"));
        Assert.That((await cache.GetItemAsync(Get("s002"), default, default)).Item, Is.Null.Or.Empty);
        Assert.That(_client.Gets, Is.Zero);
    }

    [Test]
    public async Task A_failed_conditional_write_drops_the_cached_item()
    {
        var cache = Cache();
        await cache.GetItemAsync(Get("s001"), default, default);
        await ChangeBehindTheCacheAsync("s001", "changed");
        var conditional = new PutItemRequest { TableName = _table, Item = new Product { Category = "p", Sku = "s001" }.ToItem(), ConditionExpression = "attribute_not_exists(Category)" };

        Assert.That(async () => await cache.PutItemAsync(conditional, default, default), Throws.InstanceOf<ConditionalCheckFailedException>());
        Assert.That(Source((await cache.GetItemAsync(Get("s001"), default, default)).Item), Is.EqualTo("changed"));
    }

    [Test]
    public async Task Hits_and_misses_are_published_as_metrics()
    {
        var measurements = new List<(string Name, long Value, string? Cache, string? Table)>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == DynamoTelemetry.MeterName && instrument.Name.StartsWith("dynamogen.cache.", StringComparison.Ordinal))
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            var tagArray = tags.ToArray();
            var table = tagArray.FirstOrDefault(t => t.Key == "db.collection.name").Value as string;
            if (table == _table)
            {
                lock (measurements)
                {
                    measurements.Add((instrument.Name, value, tagArray.FirstOrDefault(t => t.Key == "dynamogen.cache").Value as string, table));
                }
            }
        });
        listener.Start();
        var cache = Cache();

        await cache.GetItemAsync(Get("s001"), default, default);
        await cache.GetItemAsync(Get("s001"), default, default);
        await cache.QueryAsync(Query(), default, default);

        lock (measurements)
        {
            Assert.That(measurements, Is.EquivalentTo(new[]
            {
                (DynamoTelemetry.CacheMissesMetric, 1L, "item", _table),
                (DynamoTelemetry.CacheHitsMetric, 1L, "item", _table),
                (DynamoTelemetry.CacheMissesMetric, 1L, "query", _table),
            }));
        }
    }

    private static string? Source(Dictionary<string, AttributeValue>? item) => item is { Count: > 0 } ? item.GetValueOrDefault("Source")?.S : null;

    private CachingConnection Cache(CacheOptions? options = null)
    {
        options ??= new CacheOptions();
        options.TimeProvider = _time;
        return new CachingConnection(new DynamoDbConnection(_client), options);
    }

    private GetItemRequest Get(string sku) => new() { TableName = _table, Key = Servers.Key("p", sku) };

    private QueryRequest Query() => new()
    {
        TableName = _table,
        KeyConditionExpression = "Category = :c",
        ExpressionAttributeValues = new() { [":c"] = new AttributeValue { S = "p" } },
        Limit = 5,
    };

    private UpdateItemRequest SetSource(string sku, string source, ReturnValue returnValues) => new()
    {
        TableName = _table,
        Key = Servers.Key("p", sku),
        UpdateExpression = "SET #s = :s",
        ExpressionAttributeNames = new() { ["#s"] = "Source" },
        ExpressionAttributeValues = new() { [":s"] = new AttributeValue { S = source } },
        ReturnValues = returnValues,
    };

    private async Task ChangeBehindTheCacheAsync(string sku, string source)
    {
        await _client.PutItemAsync(_table, new Product { Category = "p", Sku = sku, Source = source }.ToItem());
        _client.Reset();
    }
}
