using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using DynamoGen.Tests.Models;
using NUnit.Framework;

namespace DynamoGen.Tests.Direct;

/// <summary>
/// A <see cref="CachingConnection"/> over the direct engine: the cache keeps what DynamoDB answered even though
/// <see cref="Table{T}"/> asks for items in a sink (the cache takes them as attributes from the engine and hands copies
/// to the table), so a cached read returns the same item as the first one.
/// </summary>
public sealed class DirectUnderCacheTests
{
    [Test]
    public async Task Cached_gets_and_queries_over_the_direct_engine_return_what_the_first_read_returned()
    {
        var name = LocalDynamoSetup.UniqueTableName("direct-cache");
        await LocalDynamoSetup.Context(DynamoEngine.Sdk).CreateTableAsync<Order>(name);
        var writer = LocalDynamoSetup.Context(DynamoEngine.Direct).Table<Order>(name);
        var written = new List<Order>();
        for (var i = 1; i <= 3; i++)
        {
            var order = new Order { CustomerId = "c-1", OrderId = i, Quantity = i, Total = i * 2.5 };
            written.Add(order);
            await writer.PutAsync(order);
        }

        // Written elsewhere, so the cache starts empty: each first read is a miss answered by the direct engine.
        var cache = new CachingConnection(LocalDynamoSetup.Connection(DynamoEngine.Direct));
        var orders = new DynamoContext(cache).Table<Order>(name);

        var first = await orders.GetAsync(Order.Key("c-1", 2));
        var second = await orders.GetAsync(Order.Key("c-1", 2));
        var pageOne = await orders.QueryPageAsync(Order.Indexes.Primary.Partition("c-1"), null);
        var pageTwo = await orders.QueryPageAsync(Order.Indexes.Primary.Partition("c-1"), null);

        // Order is a class (reference equality): compare the items as DynamoDB JSON.
        static string Json(Order? order) => order is null ? "(none)" : DynamoJson.Serialize(order);
        Assert.Multiple(() =>
        {
            Assert.That(Json(first), Is.EqualTo(Json(written[1])));
            Assert.That(Json(second), Is.EqualTo(Json(written[1])));
            Assert.That((cache.ItemMisses, cache.ItemHits), Is.EqualTo((1L, 1L)), "the first get missed, the second came from the cache");
            Assert.That(pageOne.Items.Select(Json), Is.EqualTo(written.Select(Json)));
            Assert.That(pageTwo.Items.Select(Json), Is.EqualTo(written.Select(Json)), "the cached page holds the items, not an empty list");
            Assert.That((cache.QueryMisses, cache.QueryHits), Is.EqualTo((1L, 1L)), "the first query missed, the second came from the cache");
        });
    }
}
