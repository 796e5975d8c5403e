using System;
using System.Linq;
using System.Threading.Tasks;
using Amazon.DynamoDBv2.Model;
using DynamoGen.Tests.Models;
using NUnit.Framework;

namespace DynamoGen.Tests.Keys;

/// <summary>Two entity types in one table, created from the generated schema, against the local DynamoDB.</summary>
public sealed class SingleTableIntegrationTests
{
    [Test]
    public async Task Both_entity_types_share_the_table_created_from_the_generated_schema()
    {
        var name = LocalDynamoSetup.UniqueTableName("shop");
        var context = new DynamoContext(LocalDynamoSetup.Client);
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
        var customerItem = await LocalDynamoSetup.Client.GetItemAsync(new GetItemRequest { TableName = name, Key = ShopCustomer.Key("c-1") });
        Assert.Throws<DynamoMappingException>(() => ShopOrder.FromItem(customerItem.Item));
    }
}
