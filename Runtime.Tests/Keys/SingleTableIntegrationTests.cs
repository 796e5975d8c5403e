using System;
using System.Linq;
using System.Threading.Tasks;
using Amazon.DynamoDBv2.Model;
using DynamoGen.Tests.Models;
using NUnit.Framework;

namespace DynamoGen.Tests.Keys;

/// <summary>Two entity types in one table, created from the generated schema, against the local DynamoDB.</summary>
[TestFixture(DynamoEngine.Sdk)]
[TestFixture(DynamoEngine.Direct)]
public sealed class SingleTableIntegrationTests(DynamoEngine engine)
{
    [Test]
    public async Task Both_entity_types_share_the_table_created_from_the_generated_schema()
    {
        var name = LocalDynamoSetup.UniqueTableName("shop");
        var context = LocalDynamoSetup.Context(engine);
        await context.CreateTableAsync<ShopOrder>(name);
        var orders = context.Table<ShopOrder>(name);
        var customers = context.Table<ShopCustomer>(name);
        var order = new ShopOrder { CustomerId = "c-1", OrderDate = new DateOnly(2026, 11, 21), OrderNumber = 3, State = OrderState.Open, Total = 9.5m };

        await customers.PutAsync(new ShopCustomer { CustomerId = "c-1", Name = "Ada" });
        await orders.PutAsync(order);

        var description = await LocalDynamoSetup.Client.DescribeTableAsync(name);
        Assert.Multiple(async () =>
        {
            Assert.That(description.Table.GlobalSecondaryIndexes.Select(i => i.IndexName), Is.EqualTo(new[] { "GSI1" }));
            Assert.That(await orders.GetAsync(ShopOrder.Key("c-1", new DateOnly(2026, 11, 21), 3)), Is.EqualTo(order));
            Assert.That((await customers.GetAsync(ShopCustomer.Key("c-1")))?.Name, Is.EqualTo("Ada"));
        });

        // Reading the customer's item as an order is refused, whatever the key says.
        var customerItem = await LocalDynamoSetup.Client.GetItemAsync(new GetItemRequest { TableName = name, Key = ShopCustomer.Key("c-1").ToAttributeValues() });
        Assert.Throws<DynamoMappingException>(() => ShopOrder.FromItem(customerItem.Item));
    }

    [Test]
    public async Task A_query_over_a_shared_partition_returns_each_entity_as_its_own_type_and_the_template_index_is_queryable()
    {
        var name = LocalDynamoSetup.UniqueTableName("shop");
        var context = LocalDynamoSetup.Context(engine);
        await context.CreateTableAsync<ShopOrder>(name);
        var orders = context.Table<ShopOrder>(name);
        await context.Table<ShopCustomer>(name).PutAsync(new ShopCustomer { CustomerId = "c-1", Name = "Ada" });
        for (var i = 1; i <= 4; i++)
        {
            await orders.PutAsync(new ShopOrder { CustomerId = "c-" + (i % 2 + 1), OrderDate = new DateOnly(2026, 11, i), OrderNumber = i, State = i <= 2 ? OrderState.Open : OrderState.Shipped });
        }

        // The whole partition of customer c-1: its profile and its orders, each read as its own type.
        var reader = new EntityReader().Add<ShopOrder>().Add<ShopCustomer>();
        var partition = new System.Collections.Generic.List<object>();
        await foreach (var entity in reader.ReadAll(orders.QueryItems(ShopOrder.Indexes.Primary.Partition("c-1"))))
        {
            partition.Add(entity);
        }

        // Only the orders of c-1, through the sort key's literal prefix; and orders by state through the GSI's templates.
        var ordersOnly = await Collect(orders.Query(ShopOrder.Indexes.Primary.Partition("c-1").BeginsWith("ORDER#")));
        var shippedInNovember = await Collect(orders.Query(ShopOrder.Indexes.GSI1.Partition(OrderState.Shipped)
            .Between((new DateOnly(2026, 11, 1), ""), (new DateOnly(2026, 11, 30), "~"))));

        Assert.Multiple(() =>
        {
            Assert.That(partition.Select(e => e.GetType().Name), Is.EqualTo(new[] { "ShopOrder", "ShopOrder", "ShopCustomer" }), "sort key order: ORDER#... before PROFILE");
            Assert.That(ordersOnly.Select(o => o.OrderNumber), Is.EqualTo(new[] { 2, 4 }));
            Assert.That(shippedInNovember.Select(o => (o.OrderNumber, o.CustomerId)), Is.EqualTo(new[] { (3, "c-2"), (4, "c-1") }));
        });
    }

    private static async Task<System.Collections.Generic.List<T>> Collect<T>(System.Collections.Generic.IAsyncEnumerable<T> items)
    {
        var list = new System.Collections.Generic.List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }
}
