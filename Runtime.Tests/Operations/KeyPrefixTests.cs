using System;
using System.Linq;
using System.Threading.Tasks;
using Amazon.DynamoDBv2.Model;
using DynamoGen.Tests.Models;
using NUnit.Framework;

namespace DynamoGen.Tests.Operations;

/// <summary>A key prefix (tenants or environments sharing a table) through the internal constructor.</summary>
[TestFixture(DynamoEngine.Sdk)]
[TestFixture(DynamoEngine.Direct)]
public sealed class KeyPrefixTests(DynamoEngine engine)
{
    [Test]
    public async Task Every_key_sent_is_prefixed_and_every_item_read_is_stripped()
    {
        var name = LocalDynamoSetup.UniqueTableName("orders");
        await LocalDynamoSetup.Context(engine).CreateTableAsync<Order>(name);
        var connection = LocalDynamoSetup.Connection(engine);
        var blue = new Table<Order>(connection, name, "blue#");
        var green = new Table<Order>(connection, name, "green#");
        var raw = new Table<Order>(connection, name);

        await blue.PutAsync(new Order { CustomerId = "c", OrderId = 1, Quantity = 1 });
        await green.PutAsync(new Order { CustomerId = "c", OrderId = 1, Quantity = 2 });
        await blue.UpdateAsync(Order.Key("c", 1), new UpdateExpression().Increment(OrderFields.Quantity, 10));
        await blue.BatchWriteAsync(Enumerable.Range(2, 30).Select(i => new Order { CustomerId = "c", OrderId = i }));
        var stored = await LocalDynamoSetup.Client.GetItemAsync(name, new() { ["CustomerId"] = new AttributeValue { S = "blue#c" }, ["OrderId"] = new AttributeValue { N = "1" } });

        var page = await blue.QueryPageAsync(OrderIndexes.Primary.Partition("c"), null, new QueryOptions { Limit = 5 });
        var next = await blue.QueryPageAsync(OrderIndexes.Primary.Partition("c"), page.ContinuationToken);

        Assert.Multiple(async () =>
        {
            Assert.That(stored.Item["Quantity"].N, Is.EqualTo("11"));
            Assert.That((await blue.GetAsync(Order.Key("c", 1)))!.CustomerId, Is.EqualTo("c"));
            Assert.That((await green.GetAsync(Order.Key("c", 1)))!.Quantity, Is.EqualTo(2));
            Assert.That(await raw.GetAsync(Order.Key("c", 1)), Is.Null);
            Assert.That((await ItemOperationTests.ToListAsync(blue.Query(OrderIndexes.Primary.Partition("c")))).Count, Is.EqualTo(31));
            Assert.That(page.Items.Concat(next.Items).Select(o => o.OrderId), Is.EqualTo(Enumerable.Range(1, 31).Select(i => (long)i)));
            Assert.That((await ItemOperationTests.ToListAsync(green.Scan())).Select(o => o.CustomerId), Is.EqualTo(new[] { "c" }), "a scan sees only its prefix");
            Assert.That(await blue.CountAllAsync(), Is.EqualTo(31));
            Assert.That((await blue.BatchGetAsync([Order.Key("c", 1), Order.Key("c", 2)])).Items.Select(o => o.CustomerId).Distinct(), Is.EqualTo(new[] { "c" }));
            Assert.That(() => green.QueryPageAsync(OrderIndexes.Primary.Partition("c"), page.ContinuationToken), Throws.InstanceOf<DynamoContinuationTokenException>());
            Assert.That(async () => await ItemOperationTests.ToListAsync(blue.Scan(new ScanOptions { Filter = OrderFields.CustomerId.BeginsWith("green#") })), Is.Empty);
        });

        var stripped = ((ITableAccess)blue).FromStored(new() { ["CustomerId"] = new AttributeValue { S = "blue#x" }, ["OrderId"] = new AttributeValue { N = "1" } });
        Assert.That(stripped["CustomerId"].S, Is.EqualTo("x"));
        Assert.That(() => ((ITableAccess)blue).FromStored(new() { ["CustomerId"] = new AttributeValue { S = "green#x" } }), Throws.InstanceOf<DynamoMappingException>().With.Message.Contains("key prefix"));
        Assert.That(() => new Table<Order>(connection, name, "p#").GetAsync(Order.Key("c", 1)), Throws.Nothing);
    }

    [Test]
    public void Only_string_partition_keys_can_be_prefixed()
    {
        Assert.That(() => new Table<Blob>(LocalDynamoSetup.Connection(engine), "x", "p#"), Throws.Nothing);
        Assert.That(() => new Table<NumberKeyed>(LocalDynamoSetup.Connection(engine), "x", "p#"), Throws.ArgumentException.With.Message.Contains("cannot be prefixed"));
    }
}

[DynamoTable("numbers")]
public partial record NumberKeyed([property: PartitionKey] long Id);
