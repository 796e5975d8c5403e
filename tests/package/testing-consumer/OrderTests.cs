using System.Threading.Tasks;
using DynamoGen;
using DynamoGen.Testing;
using NUnit.Framework;

namespace Shop.Tests;

public sealed class OrderTests
{
    [Test]
    public async Task An_order_reads_back_as_written()
    {
        await using var scope = LocalDynamo.Server.NewScope();   // this test's own table-name prefix
        var orders = await scope.CreateTableAsync<Order>();      // created from Order's generated schema

        await orders.PutAsync(new Order { CustomerId = "c-1", OrderId = 1, Quantity = 2 });
        var read = await orders.GetAsync(Order.Key("c-1", 1));

        Assert.That(read?.Quantity, Is.EqualTo(2));
    }   // disposing the scope deletes its tables

    [Test]
    public async Task A_transaction_moves_stock_all_or_nothing()
    {
        if (LocalDynamo.Server.Lacks(LocalDynamoFeatures.Transactions) is { } why)
        {
            Assert.Ignore(why);   // "dynalite 4.0.0 lacks transactions (...); this runs with DYNAMOGEN_TEST_SERVER=dynamodb-local or ..."
        }

        await using var scope = LocalDynamo.Server.NewScope();
        var orders = await scope.CreateTableAsync<Order>();
        await orders.PutAsync(new Order { CustomerId = "c-1", OrderId = 1, Quantity = 2 });

        await new TransactWrite()
            .Update(orders, Order.Key("c-1", 1), new UpdateExpression().Increment(Order.Fields.Quantity, 3))
            .Create(orders, new Order { CustomerId = "c-1", OrderId = 2, Quantity = 1 })
            .ExecuteAsync();

        Assert.That((await orders.GetAsync(Order.Key("c-1", 1)))?.Quantity, Is.EqualTo(5));
        Assert.That(await orders.GetAsync(Order.Key("c-1", 2)), Is.Not.Null);
    }
}
