using System;
using System.Linq;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using DynamoGen.Tests.Models;
using NUnit.Framework;

namespace DynamoGen.Tests.Operations;

/// <summary>Transactions: request building without a server; integration only where the engine has transactions (dynalite has not).</summary>
public sealed class TransactionTests
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
            Assert.That(() => big.ExecuteAsync(), Throws.InvalidOperationException.With.Message.Contains("at most 100").And.Message.Contains("101"));
            Assert.That(() => new TransactWrite().ExecuteAsync(), Throws.InvalidOperationException.With.Message.Contains("empty"));
            Assert.That(() => new TransactWrite().Delete(Orders, Order.Key("c", 1)).Delete(Orders, Order.Key("c", 1)), Throws.ArgumentException.With.Message.Contains("already in this transaction"));
            Assert.That(() => new TransactWrite().Delete(Orders, Order.Key("c", 1)).Delete(OtherClient, Counter.Key("k")).ExecuteAsync(), Throws.InvalidOperationException.With.Message.Contains("one connection"));
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
    public async Task Transactions_against_an_engine_that_has_them()
    {
        var client = LocalDynamoSetup.Client;
        try
        {
            await client.TransactGetItemsAsync(new TransactGetItemsRequest { TransactItems = [new TransactGetItem { Get = new Get { TableName = "probe", Key = Order.Key("c", 1).ToAttributeValues() } }] });
        }
        catch (AmazonDynamoDBException e) when (e.ErrorCode == "UnknownOperationException")
        {
            Assert.Ignore("The local DynamoDB (dynalite) lacks TransactWriteItems and TransactGetItems; set DYNAMODB_ENDPOINT to DynamoDB Local or LocalStack to run this test.");
        }
        catch (AmazonDynamoDBException)
        {
            // ResourceNotFound or validation: the engine knows the operation.
        }

        var context = new DynamoContext(client);
        var name = LocalDynamoSetup.UniqueTableName("orders");
        await context.CreateTableAsync<Order>(name);
        var orders = context.Table<Order>(name);
        await orders.PutAsync(new Order { CustomerId = "c", OrderId = 1, Quantity = 1 });

        await new TransactWrite()
            .Put(orders, new Order { CustomerId = "c", OrderId = 2, Quantity = 2 })
            .Update(orders, Order.Key("c", 1), new UpdateExpression().Increment(OrderFields.Quantity, 10))
            .ExecuteAsync();
        var failure = Assert.ThrowsAsync<DynamoTransactionCanceledException>(() => new TransactWrite()
            .Delete(orders, Order.Key("c", 2))
            .ConditionCheck(orders, Order.Key("c", 1), OrderFields.Quantity.Equal(0))
            .ExecuteAsync());
        var read = await new TransactGet().Add(orders, Order.Key("c", 1)).Add(orders, Order.Key("c", 2)).ExecuteAsync();

        Assert.That(failure!.Reasons[1].Code, Is.EqualTo("ConditionalCheckFailed"));
        Assert.That(read.Get<Order>(0)!.Quantity, Is.EqualTo(11));
        Assert.That(read.Get<Order>(1), Is.Not.Null, "the cancelled transaction deleted nothing");
    }
}
