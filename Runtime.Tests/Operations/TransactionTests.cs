using System;
using System.Linq;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using DynamoGen.Testing;
using DynamoGen.Tests.Models;
using NUnit.Framework;

namespace DynamoGen.Tests.Operations;

/// <summary>
/// Transactions: request building without a server, and against a real engine where it has transactions: DynamoDB Local
/// (or LocalStack) runs them; dynalite has none, and those tests are skipped there with the reason (CI runs both engines).
/// </summary>
[TestFixture(DynamoEngine.Sdk)]
[TestFixture(DynamoEngine.Direct)]
public sealed class TransactionTests(DynamoEngine engine)
{
    private static readonly Table<Order> Orders = new(new DynamoDbConnection(LocalDynamoSetup.Client), "orders");
    private static readonly Table<Counter> Counters = new(new DynamoDbConnection(LocalDynamoSetup.Client), "counters");

    /// <summary>A table whose connection has a client of its own: a transaction cannot span it and <c>Orders</c>.</summary>
    private static Table<Counter> OtherClient => new(new DynamoDbConnection(LocalDynamoSetup.Server.CreateClient()), "counters");

    [Test]
    public void The_request_is_built_as_expected()
    {
        var sameConnection = new Table<Counter>(((ITableAccess)Orders).Connection, "counters");
        var transaction = new TransactWrite { IdempotencyToken = "token-1", ReturnItemsOnConditionFailure = true }
            .Put(Orders, new Order { CustomerId = "c", OrderId = 1, Quantity = 2, State = "open" }, OrderFields.State.NotExists())
            .Update(Orders, Order.Key("c", 2), new UpdateExpression().Increment(OrderFields.Quantity, 1))
            .Delete(Orders, Order.Key("c", 3))
            .ConditionCheck(Orders, Order.Key("c", 4), OrderFields.Shipped.Equal(true))
            .Put(sameConnection, new Counter("k", 5, 7));

        var json = RequestJson.Of(transaction.BuildRequest());

        Assert.That(json, Is.EqualTo(
            """{"ClientRequestToken":"token-1","TransactItems":["""
            + """{"Put":{"TableName":"orders","Item":{"CustomerId":{"S":"c"},"OrderId":{"N":"1"},"Quantity":{"N":"2"},"Shipped":{"BOOL":false},"Total":{"N":"0"},"status":{"S":"open"}},"ConditionExpression":"attribute_not_exists(#n0)","ExpressionAttributeNames":{"#n0":"status"},"ReturnValuesOnConditionCheckFailure":"ALL_OLD"}},"""
            + """{"Update":{"TableName":"orders","Key":{"CustomerId":{"S":"c"},"OrderId":{"N":"2"}},"UpdateExpression":"ADD #n0 :v0","ConditionExpression":"attribute_exists(#n1)","ExpressionAttributeNames":{"#n0":"Quantity","#n1":"CustomerId"},"ExpressionAttributeValues":{":v0":{"N":"1"}},"ReturnValuesOnConditionCheckFailure":"ALL_OLD"}},"""
            + """{"Delete":{"TableName":"orders","Key":{"CustomerId":{"S":"c"},"OrderId":{"N":"3"}}}},"""
            + """{"ConditionCheck":{"TableName":"orders","Key":{"CustomerId":{"S":"c"},"OrderId":{"N":"4"}},"ConditionExpression":"#n0 = :v0","ExpressionAttributeNames":{"#n0":"Shipped"},"ExpressionAttributeValues":{":v0":{"BOOL":true}},"ReturnValuesOnConditionCheckFailure":"ALL_OLD"}},"""
            + """{"Put":{"TableName":"counters","Item":{"Count":{"N":"5"},"Id":{"S":"k"},"v":{"N":"8"}},"ConditionExpression":"#n0 = :v0","ExpressionAttributeNames":{"#n0":"v"},"ExpressionAttributeValues":{":v0":{"N":"7"}},"ReturnValuesOnConditionCheckFailure":"ALL_OLD"}}"""
            + "]}"));
    }

    [Test]
    public void Limits_are_checked_before_sending()
    {
        var big = new TransactWrite();
        for (var i = 0; i < 101; i++)
        {
            big.Delete(Orders, Order.Key("c", i));
        }

        Assert.Multiple(() =>
        {
            Assert.That(() => big.ExecuteAsync(), Throws.InstanceOf<DynamoInvalidRequestException>().With.Message.Contains("at most 100").And.Message.Contains("101"));
            Assert.That(() => new TransactWrite().ExecuteAsync(), Throws.InstanceOf<DynamoInvalidRequestException>().With.Message.Contains("empty"));
            Assert.That(() => new TransactWrite().Delete(Orders, Order.Key("c", 1)).Delete(Orders, Order.Key("c", 1)), Throws.ArgumentException.With.Message.Contains("already in this transaction"));
            Assert.That(() => new TransactWrite().Delete(Orders, Order.Key("c", 1)).Delete(OtherClient, Counter.Key("k")).ExecuteAsync(), Throws.InstanceOf<DynamoInvalidRequestException>().With.Message.Contains("one connection"));
            Assert.That(new TransactWrite().Delete(Orders, Order.Key("c", 1)).BuildRequest().ClientRequestToken, Is.Not.Null.And.Length.EqualTo(36), "a token per execution when none is set");
        });
    }

    [Test]
    public void Cancellation_reasons_are_listed_per_item()
    {
        var failure = new TransactionCanceledException("cancelled")
        {
            CancellationReasons =
            [
                new CancellationReason { Code = "None" },
                new CancellationReason { Code = "ConditionalCheckFailed", Message = "The conditional request failed", Item = Order.Key("c", 2).ToAttributeValues() },
            ],
        };

        var exception = Transactions.Canceled(failure, [(Orders, Order.Key("c", 1).ToAttributeValues()), (Orders, Order.Key("c", 2).ToAttributeValues())]);

        Assert.That(exception.Reasons.Select(r => r.Code), Is.EqualTo(new[] { "None", "ConditionalCheckFailed" }));
        Assert.That(exception.Reasons[1].Failed, Is.True);
        Assert.That(exception.Reasons[1].Item, Is.Not.Null);
        Assert.That(exception.Message, Does.Contain("Item 1 (table 'orders', key CustomerId=c, OrderId=2): ConditionalCheckFailed"));
        Assert.That(DynamoErrors.Classify(exception), Is.EqualTo(DynamoErrorKind.TransactionCanceled));
    }

    [Test]
    public async Task The_engine_table_says_truly_whether_this_server_has_transactions()
    {
        var request = new TransactGetItemsRequest { TransactItems = [new TransactGetItem { Get = new Get { TableName = "probe", Key = Order.Key("c", 1).ToAttributeValues() } }] };

        var error = await ErrorOfAsync(() => LocalDynamoSetup.Client.TransactGetItemsAsync(request));

        if (LocalDynamoSetup.Server.Supports(LocalDynamoFeatures.Transactions))
        {
            Assert.That(error, Is.InstanceOf<ResourceNotFoundException>(), $"{LocalDynamoSetup.Server.EngineName} knows TransactGetItems (the table does not exist)");
        }
        else
        {
            Assert.That(error?.ErrorCode, Is.EqualTo("UnknownOperationException"), $"{LocalDynamoSetup.Server.EngineName} lacks TransactGetItems");
        }
    }

    [Test]
    public async Task A_transaction_commits_puts_updates_deletes_and_checks_together()
    {
        LocalDynamoSetup.Require(LocalDynamoFeatures.Transactions);
        var (orders, counters) = await TablesAsync();
        await orders.PutAsync(new Order { CustomerId = "c", OrderId = 1, Quantity = 1 });
        await orders.PutAsync(new Order { CustomerId = "c", OrderId = 3, Quantity = 3 });
        await orders.PutAsync(new Order { CustomerId = "c", OrderId = 4, Shipped = true });
        await counters.PutAsync(new Counter("k", 1, 0));

        await new TransactWrite()
            .Create(orders, new Order { CustomerId = "c", OrderId = 2, Quantity = 2, State = "new" })
            .Update(orders, Order.Key("c", 1), new UpdateExpression().Increment(OrderFields.Quantity, 10))
            .Delete(orders, Order.Key("c", 3))
            .ConditionCheck(orders, Order.Key("c", 4), OrderFields.Shipped.Equal(true))
            .Put(counters, new Counter("k", 2, 1))
            .ExecuteAsync();

        var read = await new TransactGet()
            .Add(orders, Order.Key("c", 1)).Add(orders, Order.Key("c", 2)).Add(orders, Order.Key("c", 3)).Add(counters, Counter.Key("k"))
            .ExecuteAsync();
        Assert.Multiple(() =>
        {
            Assert.That(read.Get<Order>(0)!.Quantity, Is.EqualTo(11));
            Assert.That(read.Get<Order>(1) is { OrderId: 2, Quantity: 2, State: "new" }, Is.True, "created");
            Assert.That(read.Get<Order>(2), Is.Null, "deleted");
            Assert.That(read.Get<Counter>(3), Is.EqualTo(new Counter("k", 2, 2)), "the version moved from 1 to 2 with the write");
        });
    }

    [Test]
    public async Task A_failed_condition_cancels_every_item_and_the_reasons_name_the_item_that_failed()
    {
        LocalDynamoSetup.Require(LocalDynamoFeatures.Transactions);
        var (orders, counters) = await TablesAsync();
        await orders.PutAsync(new Order { CustomerId = "c", OrderId = 1, Quantity = 1 });
        await orders.PutAsync(new Order { CustomerId = "c", OrderId = 2, Quantity = 2 });
        await counters.PutAsync(new Counter("k", 5, 0));

        var failure = Assert.ThrowsAsync<DynamoTransactionCanceledException>(() => new TransactWrite()
            .Put(orders, new Order { CustomerId = "c", OrderId = 9, Quantity = 9 })
            .Update(orders, Order.Key("c", 1), new UpdateExpression().Increment(OrderFields.Quantity, 10))
            .Delete(orders, Order.Key("c", 2), OrderFields.Quantity.Equal(0))
            .Put(counters, new Counter("k", 6, 1))
            .ExecuteAsync());

        var after = await new TransactGet()
            .Add(orders, Order.Key("c", 1)).Add(orders, Order.Key("c", 2)).Add(orders, Order.Key("c", 9)).Add(counters, Counter.Key("k"))
            .ExecuteAsync();
        Assert.Multiple(() =>
        {
            Assert.That(failure!.Reasons.Select(r => r.Code), Is.EqualTo(new[] { "None", "None", "ConditionalCheckFailed", "None" }));
            Assert.That(failure.Reasons.Where(r => r.Failed).Select(r => (r.Index, r.TableName)), Is.EqualTo(new[] { (2, orders.Name) }));
            Assert.That(failure.Message, Does.Contain($"Item 2 (table '{orders.Name}', key CustomerId=c, OrderId=2): ConditionalCheckFailed"));
            Assert.That(DynamoErrors.Classify(failure), Is.EqualTo(DynamoErrorKind.TransactionCanceled));
            Assert.That(after.Get<Order>(0)!.Quantity, Is.EqualTo(1), "the update was not applied");
            Assert.That(after.Get<Order>(1), Is.Not.Null, "the delete was not applied");
            Assert.That(after.Get<Order>(2), Is.Null, "the put was not applied");
            Assert.That(after.Get<Counter>(3), Is.EqualTo(new Counter("k", 5, 1)), "the counter kept its count and version");
        });
    }

    [Test]
    public async Task A_stale_version_cancels_the_transaction_and_create_refuses_an_existing_item()
    {
        LocalDynamoSetup.Require(LocalDynamoFeatures.Transactions);
        var (orders, counters) = await TablesAsync();
        await counters.PutAsync(new Counter("k", 1, 0));   // stored with version 1
        await orders.PutAsync(new Order { CustomerId = "c", OrderId = 1 });

        var stale = Assert.ThrowsAsync<DynamoTransactionCanceledException>(() => new TransactWrite()
            .Put(counters, new Counter("k", 100, 0))
            .ExecuteAsync());
        var existing = Assert.ThrowsAsync<DynamoTransactionCanceledException>(() => new TransactWrite()
            .Create(orders, new Order { CustomerId = "c", OrderId = 1, Quantity = 5 })
            .Put(counters, new Counter("k", 2, 1))
            .ExecuteAsync());

        Assert.Multiple(async () =>
        {
            Assert.That(stale!.Reasons.Single().Code, Is.EqualTo("ConditionalCheckFailed"));
            Assert.That(existing!.Reasons.Select(r => r.Code), Is.EqualTo(new[] { "ConditionalCheckFailed", "None" }));
            Assert.That(await counters.GetAsync(Counter.Key("k")), Is.EqualTo(new Counter("k", 1, 1)));
        });
    }

    [Test]
    public async Task TransactGet_reads_several_tables_at_once_and_absent_items_as_null()
    {
        LocalDynamoSetup.Require(LocalDynamoFeatures.Transactions);
        var (orders, counters) = await TablesAsync();
        await orders.PutAsync(new Order { CustomerId = "c", OrderId = 1, Quantity = 7, Total = 12.5 });
        await counters.PutAsync(new Counter("k", 3, 0));

        var read = await new TransactGet().Add(counters, Counter.Key("k")).Add(orders, Order.Key("c", 404)).Add(orders, Order.Key("c", 1)).ExecuteAsync();

        Assert.Multiple(() =>
        {
            Assert.That(read.Get<Counter>(0), Is.EqualTo(new Counter("k", 3, 1)));
            Assert.That(read.Get<Order>(1), Is.Null);
            Assert.That(read.Item(1), Is.Null);
            Assert.That(read.Get<Order>(2) is { CustomerId: "c", OrderId: 1, Quantity: 7, Total: 12.5 }, Is.True);
        });
    }

    private async Task<(Table<Order> Orders, Table<Counter> Counters)> TablesAsync()
    {
        var context = LocalDynamoSetup.Context(engine);
        var orders = LocalDynamoSetup.UniqueTableName("orders");
        var counters = LocalDynamoSetup.UniqueTableName("counters");
        await context.CreateTableAsync<Order>(orders);
        await context.CreateTableAsync<Counter>(counters);
        return (context.Table<Order>(orders), context.Table<Counter>(counters));
    }

    private static async Task<AmazonDynamoDBException?> ErrorOfAsync(Func<Task> call)
    {
        try
        {
            await call();
            return null;
        }
        catch (AmazonDynamoDBException e)
        {
            return e;
        }
    }
}
