using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Amazon.DynamoDBv2.Model;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;

namespace DynamoGen.Tests.Connections;

/// <summary>
/// What the cache knows from the schemas the operations layer passes (<see cref="DynamoCallOptions.Tables"/>), and its
/// opt-in behaviours beyond DAX's: query invalidation on write and caching of consistent reads. Over a real local
/// DynamoDB; the counting client shows which reads reached the server.
/// </summary>
public sealed class CachingConnectionSchemaTests
{
    private CountingClient _client = null!;
    private string _table = null!;
    private FakeTimeProvider _time = null!;

    [SetUp]
    public async Task SetUpAsync()
    {
        _client = Servers.DynamoClient();
        _table = ConnectionsSetup.UniqueTableName("cache-schema");
        _time = new FakeTimeProvider();
        await Servers.CreateProductsTableAsync(_client, _table);
        await Servers.SeedAsync(_client, _table, "db", count: 5);
        _client.Reset();
    }

    [TearDown]
    public void TearDown() => _client.Dispose();

    [Test]
    public async Task A_put_through_a_table_before_any_read_is_cached()
    {
        var cache = Cache();
        var products = new DynamoContext(cache).Table<Product>(_table);

        await products.PutAsync(new Product { Category = "p", Sku = "new", Source = "written" });
        var read = await products.GetAsync(Product.Key("p", "new"));

        Assert.Multiple(() =>
        {
            Assert.That(read?.Source, Is.EqualTo("written"));
            Assert.That(_client.Gets, Is.Zero, "the table's keys came with the put: the item was cached by write-through");
            Assert.That(cache.ItemHits, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task A_batch_write_before_any_read_is_cached_and_so_are_its_deletes()
    {
        var cache = Cache();
        var products = new DynamoContext(cache).Table<Product>(_table);

        await products.BatchWriteAsync([new Product { Category = "p", Sku = "b1", Source = "batch" }], [Product.Key("p", Servers.Sku(1))]);
        var read = await products.BatchGetAsync([Product.Key("p", "b1"), Product.Key("p", Servers.Sku(1))]);

        Assert.Multiple(() =>
        {
            Assert.That(read.Items.Select(p => p.Source), Is.EqualTo(new[] { "batch" }), "the deleted item reads as absent");
            Assert.That(_client.Gets, Is.Zero);
            Assert.That(cache.ItemHits, Is.EqualTo(2));
        });
    }

    [Test]
    public async Task A_hand_built_put_is_cached_before_any_read_only_when_it_carries_the_schema()
    {
        var cache = Cache();
        var schemas = new Dictionary<string, TableSchema> { [_table] = DynamoSchema.Of<Product>() };
        var other = ConnectionsSetup.UniqueTableName("cache-schema");
        await Servers.CreateProductsTableAsync(_client, other);

        await cache.PutItemAsync(new PutItemRequest { TableName = other, Item = new Product { Category = "p", Sku = "x", Source = "bare" }.ToItem() }, default, default);
        await cache.PutItemAsync(new PutItemRequest { TableName = _table, Item = new Product { Category = "p", Sku = "x", Source = "described" }.ToItem() }, new DynamoCallOptions { Tables = schemas }, default);
        _client.Reset();
        var bare = await cache.GetItemAsync(new GetItemRequest { TableName = other, Key = Product.Key("p", "x").ToAttributeValues() }, default, default);
        var described = await cache.GetItemAsync(new GetItemRequest { TableName = _table, Key = Product.Key("p", "x").ToAttributeValues() }, default, default);

        Assert.Multiple(() =>
        {
            Assert.That(bare.Item["Source"].S, Is.EqualTo("bare"));
            Assert.That(described.Item["Source"].S, Is.EqualTo("described"));
            Assert.That(_client.Gets, Is.EqualTo(1), "only the put without a schema left nothing in the cache");
        });
    }

    [Test]
    public async Task By_default_a_write_does_not_invalidate_cached_queries_as_in_DAX()
    {
        var cache = Cache();
        var products = new DynamoContext(cache).Table<Product>(_table);

        var before = await SkusAsync(products);
        await products.PutAsync(new Product { Category = "p", Sku = "s999", Source = "written" });
        var after = await SkusAsync(products);

        Assert.Multiple(() =>
        {
            Assert.That(after, Is.EqualTo(before), "the cached page is served until its TTL");
            Assert.That(after, Does.Not.Contain("s999"));
            Assert.That(_client.Queries, Is.EqualTo(1));
            Assert.That(cache.QueryHits, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task With_InvalidateQueriesOnWrite_a_write_drops_the_cached_queries_of_its_table_only()
    {
        var cache = Cache(new CacheOptions { InvalidateQueriesOnWrite = true });
        var context = new DynamoContext(cache);
        var products = context.Table<Product>(_table);
        var otherName = ConnectionsSetup.UniqueTableName("cache-schema");
        await Servers.CreateProductsTableAsync(_client, otherName);
        var other = context.Table<Product>(otherName);

        var before = await SkusAsync(products);
        var cached = await SkusAsync(products);
        await other.PutAsync(new Product { Category = "p", Sku = "elsewhere" });
        var afterOtherWrite = await SkusAsync(products);
        _client.Reset();
        await products.PutAsync(new Product { Category = "p", Sku = "s999", Source = "written" });
        var afterPut = await SkusAsync(products);
        var cachedAgain = await SkusAsync(products);
        await products.DeleteAsync(Product.Key("p", "s999"));
        var afterDelete = await SkusAsync(products);

        Assert.Multiple(() =>
        {
            Assert.That(cached, Is.EqualTo(before));
            Assert.That(afterOtherWrite, Is.EqualTo(before), "a write to another table leaves this table's pages");
            Assert.That(afterPut, Does.Contain("s999"), "the put dropped the cached page");
            Assert.That(cachedAgain, Is.EqualTo(afterPut));
            Assert.That(afterDelete, Is.EqualTo(before), "the delete dropped it again");
            Assert.That(_client.Queries, Is.EqualTo(2), "after the put and after the delete; the repeat was a hit");
        });
    }

    [Test]
    public async Task With_InvalidateQueriesOnWrite_a_batch_write_and_a_failed_write_drop_the_cached_queries()
    {
        var cache = Cache(new CacheOptions { InvalidateQueriesOnWrite = true });
        var products = new DynamoContext(cache).Table<Product>(_table);

        await SkusAsync(products);
        await products.BatchWriteAsync([new Product { Category = "p", Sku = "s998" }]);
        var afterBatch = await SkusAsync(products);
        await _client.PutItemAsync(_table, new Product { Category = "p", Sku = "s997" }.ToItem());
        Assert.ThrowsAsync<DynamoConditionFailedException>(() => products.CreateAsync(new Product { Category = "p", Sku = Servers.Sku(1) }));
        var afterFailure = await SkusAsync(products);

        Assert.Multiple(() =>
        {
            Assert.That(afterBatch, Does.Contain("s998"));
            Assert.That(afterFailure, Does.Contain("s997"), "a failed write's outcome is uncertain: the pages were dropped");
        });
    }

    [Test]
    public async Task Consistent_reads_bypass_the_cache_unless_CacheConsistentReads()
    {
        var dax = new DynamoContext(Cache()).Table<Product>(_table);
        var launchDarkly = new DynamoContext(Cache(new CacheOptions { CacheConsistentReads = true })).Table<Product>(_table);
        var consistent = new GetOptions { ConsistentRead = true };
        var consistentQuery = new QueryOptions { ConsistentRead = true };

        await dax.GetAsync(Product.Key("p", Servers.Sku(1)), consistent);
        await dax.GetAsync(Product.Key("p", Servers.Sku(1)), consistent);
        await SkusAsync(dax, consistentQuery);
        await SkusAsync(dax, consistentQuery);
        var daxReads = (_client.Gets, _client.Queries);
        _client.Reset();
        await launchDarkly.GetAsync(Product.Key("p", Servers.Sku(1)), consistent);
        var cached = await launchDarkly.GetAsync(Product.Key("p", Servers.Sku(1)), consistent);
        await SkusAsync(launchDarkly, consistentQuery);
        await SkusAsync(launchDarkly, consistentQuery);
        await SkusAsync(launchDarkly);

        Assert.Multiple(() =>
        {
            Assert.That(daxReads, Is.EqualTo((2, 2)), "DAX's rule: consistent reads always reach DynamoDB");
            Assert.That(cached?.Source, Is.EqualTo("db"));
            Assert.That(_client.Gets, Is.EqualTo(1), "the second consistent get was a hit");
            Assert.That(_client.Queries, Is.EqualTo(2), "one consistent query (then a hit) and one eventually consistent query: pages of each kind are kept apart");
        });
    }

    private static async Task<List<string>> SkusAsync(Table<Product> products, QueryOptions? options = null)
    {
        var skus = new List<string>();
        await foreach (var product in products.Query(Product.Indexes.Primary.Partition("p"), options))
        {
            skus.Add(product.Sku);
        }

        return skus;
    }

    private CachingConnection Cache(CacheOptions? options = null)
    {
        options ??= new CacheOptions();
        options.TimeProvider = _time;
        return new CachingConnection(new DynamoDbConnection(_client), options);
    }
}
