using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;
using DynamoGen.Testing;
using DynamoGen.Tests.Models;
using NUnit.Framework;

namespace DynamoGen.Tests.Direct;

/// <summary>
/// Every operation of <see cref="DirectConnection"/> against the local DynamoDB (dynalite, or DynamoDB Local for the
/// transactions): put, get, update with return values, conditional failure, delete, query pages, scan segments, batch
/// get and write with unprocessed handling, transactions with cancellation reasons, and typed items read into a sink.
/// </summary>
public sealed class DirectConnectionTests
{
    private static readonly DynamoCallOptions None = new(Fresh: false);
    private DynamoContext _context = null!;
    private DirectConnection _direct = null!;
    private string _table = null!;

    [OneTimeSetUp]
    public async Task CreateTableAsync()
    {
        _context = new DynamoContext(LocalDynamoSetup.Client);
        _table = LocalDynamoSetup.UniqueTableName("direct-orders");
        await _context.CreateTableAsync<Order>(_table);
        _direct = Connect();
    }

    [OneTimeTearDown]
    public async Task DeleteTableAsync()
    {
        _direct.Dispose();
        await LocalDynamoSetup.Client.DeleteTableAsync(_table);
    }

    internal static DirectConnection Connect(DirectConnectionOptions? options = null)
        => new(LocalDynamoSetup.Client, new BasicAWSCredentials("local", "local"), options);

    private static Dictionary<string, AttributeValue> Key(string customer, long order) => new()
    {
        ["CustomerId"] = new AttributeValue { S = customer },
        ["OrderId"] = new AttributeValue { N = order.ToString(CultureInfo.InvariantCulture) },
    };

    private static Dictionary<string, AttributeValue> Item(string customer, long order, int quantity = 1, string? status = null)
    {
        var item = Key(customer, order);
        item["Quantity"] = new AttributeValue { N = quantity.ToString(CultureInfo.InvariantCulture) };
        item["Total"] = new AttributeValue { N = "9.5" };
        item["Shipped"] = new AttributeValue { BOOL = false };
        if (status is not null)
        {
            item["status"] = new AttributeValue { S = status };
        }

        return item;
    }

    private async Task PutAsync(Dictionary<string, AttributeValue> item)
        => await _direct.PutItemAsync(new PutItemRequest { TableName = _table, Item = item }, None, CancellationToken.None);

    [Test]
    public void The_name_defaults_to_direct_and_the_control_plane_is_the_client()
    {
        using var named = Connect(new DirectConnectionOptions { Name = "fast" });
        Assert.Multiple(() =>
        {
            Assert.That(_direct.Name, Is.EqualTo("direct"));
            Assert.That(named.Name, Is.EqualTo("fast"));
            Assert.That(_direct.ControlPlane, Is.SameAs(LocalDynamoSetup.Client));
        });
    }

    [Test]
    public async Task Put_get_update_delete_round_trip()
    {
        var report = new DynamoCallReport();
        var put = await _direct.PutItemAsync(new PutItemRequest { TableName = _table, Item = Item("crud", 1, 2, "open") }, new DynamoCallOptions { Report = report }, CancellationToken.None);
        Assert.Multiple(() =>
        {
            Assert.That(put.HttpStatusCode, Is.EqualTo(System.Net.HttpStatusCode.OK));
            Assert.That(put.ResponseMetadata.RequestId, Is.Not.Null.And.Not.Empty);
            Assert.That(put.ContentLength, Is.GreaterThan(0));
            Assert.That(report.Route, Is.EqualTo(DynamoRoutes.DynamoDb));
            Assert.That(report.Retries, Is.Zero);
        });

        var get = await _direct.GetItemAsync(new GetItemRequest { TableName = _table, Key = Key("crud", 1), ConsistentRead = true }, None, CancellationToken.None);
        Assert.That(get.Item["status"].S, Is.EqualTo("open"));
        Assert.That(get.Item["Quantity"].N, Is.EqualTo("2"));

        var update = await _direct.UpdateItemAsync(
            new UpdateItemRequest
            {
                TableName = _table,
                Key = Key("crud", 1),
                UpdateExpression = "SET Quantity = Quantity + :one, #s = :shipped",
                ConditionExpression = "attribute_exists(CustomerId)",
                ExpressionAttributeNames = new() { ["#s"] = "status" },
                ExpressionAttributeValues = new() { [":one"] = new AttributeValue { N = "1" }, [":shipped"] = new AttributeValue { S = "shipped" } },
                ReturnValues = ReturnValue.ALL_NEW,
                ReturnConsumedCapacity = ReturnConsumedCapacity.TOTAL,
            },
            None,
            CancellationToken.None);
        Assert.Multiple(() =>
        {
            Assert.That(update.Attributes["Quantity"].N, Is.EqualTo("3"));
            Assert.That(update.Attributes["status"].S, Is.EqualTo("shipped"));
            Assert.That(update.ConsumedCapacity?.TableName, Is.EqualTo(_table));
            Assert.That(update.ConsumedCapacity?.CapacityUnits, Is.GreaterThan(0));
        });

        var old = await _direct.UpdateItemAsync(
            new UpdateItemRequest
            {
                TableName = _table,
                Key = Key("crud", 1),
                UpdateExpression = "REMOVE Quantity",
                ReturnValues = ReturnValue.UPDATED_OLD,
            },
            None,
            CancellationToken.None);
        Assert.That(old.Attributes.Keys, Is.EquivalentTo(new[] { "Quantity" }));

        var deleted = await _direct.DeleteItemAsync(new DeleteItemRequest { TableName = _table, Key = Key("crud", 1), ReturnValues = ReturnValue.ALL_OLD }, None, CancellationToken.None);
        Assert.That(deleted.Attributes["status"].S, Is.EqualTo("shipped"));

        var gone = await _direct.GetItemAsync(new GetItemRequest { TableName = _table, Key = Key("crud", 1), ConsistentRead = true }, None, CancellationToken.None);
        Assert.Multiple(() =>
        {
            Assert.That(gone.Item, Is.Null, "an absent item is null, as the SDK leaves it");
            Assert.That(gone.IsItemSet, Is.False);
        });
    }

    [Test]
    public async Task A_failed_condition_is_the_SDKs_ConditionalCheckFailedException()
    {
        await PutAsync(Item("conditional", 1, 5));
        var thrown = Assert.ThrowsAsync<ConditionalCheckFailedException>(() => _direct.PutItemAsync(
            new PutItemRequest
            {
                TableName = _table,
                Item = Item("conditional", 1, 6),
                ConditionExpression = "attribute_not_exists(CustomerId)",
                ReturnValuesOnConditionCheckFailure = ReturnValuesOnConditionCheckFailure.ALL_OLD,
            },
            None,
            CancellationToken.None));
        Assert.Multiple(() =>
        {
            Assert.That(thrown!.ErrorCode, Is.EqualTo("ConditionalCheckFailedException"));
            Assert.That(thrown.StatusCode, Is.EqualTo(System.Net.HttpStatusCode.BadRequest));
            Assert.That(thrown.RequestId, Is.Not.Null.And.Not.Empty);
        });
        if (LocalDynamoSetup.Server.Lacks(LocalDynamoFeatures.ReturnValuesOnConditionCheckFailure) is null)
        {
            Assert.That(thrown!.Item["Quantity"].N, Is.EqualTo("5"));
        }
    }

    [Test]
    public void A_missing_table_is_the_SDKs_ResourceNotFoundException()
    {
        Assert.ThrowsAsync<ResourceNotFoundException>(() => _direct.GetItemAsync(new GetItemRequest { TableName = "direct-absent-" + Guid.NewGuid().ToString("N"), Key = Key("x", 1) }, None, CancellationToken.None));
    }

    [Test]
    public void A_legacy_parameter_is_refused_naming_it()
    {
        var thrown = Assert.ThrowsAsync<NotSupportedException>(() => _direct.QueryAsync(
            new QueryRequest { TableName = _table, KeyConditions = new() { ["CustomerId"] = new Condition { ComparisonOperator = ComparisonOperator.EQ, AttributeValueList = [new AttributeValue("x")] } } },
            None,
            CancellationToken.None));
        Assert.That(thrown!.Message, Does.Contain("QueryRequest.KeyConditions").And.Contain("KeyConditionExpression"));
    }

    [Test]
    public async Task Query_pages_follow_LastEvaluatedKey()
    {
        for (var i = 1; i <= 7; i++)
        {
            await PutAsync(Item("paged", i, i));
        }

        var seen = new List<string>();
        Dictionary<string, AttributeValue>? start = null;
        var pages = 0;
        do
        {
            var page = await _direct.QueryAsync(
                new QueryRequest
                {
                    TableName = _table,
                    KeyConditionExpression = "CustomerId = :c AND OrderId > :from",
                    ExpressionAttributeValues = new() { [":c"] = new AttributeValue("paged"), [":from"] = new AttributeValue { N = "0" } },
                    Limit = 3,
                    ExclusiveStartKey = start,
                    ScanIndexForward = false,
                    ConsistentRead = true,
                },
                None,
                CancellationToken.None);
            pages++;
            Assert.That(page.Count, Is.EqualTo(page.Items.Count));
            Assert.That(page.ScannedCount, Is.EqualTo(page.Items.Count));
            seen.AddRange(page.Items.Select(item => item["OrderId"].N));
            start = page.LastEvaluatedKey;
        }
        while (start is { Count: > 0 });

        Assert.That(seen, Is.EqualTo(new[] { "7", "6", "5", "4", "3", "2", "1" }));
        Assert.That(pages, Is.InRange(3, 4));
    }

    [Test]
    public async Task Query_with_a_filter_counts_scanned_items_and_Select_COUNT_returns_no_items()
    {
        for (var i = 1; i <= 4; i++)
        {
            await PutAsync(Item("filtered", i, i));
        }

        var values = new Dictionary<string, AttributeValue> { [":c"] = new AttributeValue("filtered"), [":q"] = new AttributeValue { N = "2" } };
        var filtered = await _direct.QueryAsync(new QueryRequest { TableName = _table, KeyConditionExpression = "CustomerId = :c", FilterExpression = "Quantity > :q", ExpressionAttributeValues = values, ProjectionExpression = "OrderId" }, None, CancellationToken.None);
        var counted = await _direct.QueryAsync(new QueryRequest { TableName = _table, KeyConditionExpression = "CustomerId = :c", ExpressionAttributeValues = new() { [":c"] = new AttributeValue("filtered") }, Select = Select.COUNT }, None, CancellationToken.None);
        Assert.Multiple(() =>
        {
            Assert.That(filtered.Count, Is.EqualTo(2));
            Assert.That(filtered.ScannedCount, Is.EqualTo(4));
            Assert.That(filtered.Items.Select(item => item.Keys.Single()), Is.All.EqualTo("OrderId"));
            Assert.That(counted.Count, Is.EqualTo(4));
            Assert.That(counted.Items, Is.Null);
        });
    }

    [Test]
    public async Task Query_of_an_index()
    {
        await PutAsync(Item("indexed", 1, 1, "direct-index-status"));
        await PutAsync(Item("indexed", 2, 1, "other"));
        var page = await _direct.QueryAsync(
            new QueryRequest
            {
                TableName = _table,
                IndexName = "ByStatus",
                KeyConditionExpression = "#s = :s",
                ExpressionAttributeNames = new() { ["#s"] = "status" },
                ExpressionAttributeValues = new() { [":s"] = new AttributeValue("direct-index-status") },
            },
            None,
            CancellationToken.None);
        Assert.That(page.Items.Select(item => item["OrderId"].N), Is.EqualTo(new[] { "1" }));
    }

    [Test]
    public async Task Scan_segments_together_cover_the_table()
    {
        var table = LocalDynamoSetup.UniqueTableName("direct-scan");
        await _context.CreateTableAsync<Order>(table);
        try
        {
            for (var i = 0; i < 20; i++)
            {
                await _direct.PutItemAsync(new PutItemRequest { TableName = table, Item = Item("scan-" + (i % 5).ToString(CultureInfo.InvariantCulture), i) }, None, CancellationToken.None);
            }

            var seen = new List<string>();
            for (var segment = 0; segment < 3; segment++)
            {
                Dictionary<string, AttributeValue>? start = null;
                do
                {
                    var page = await _direct.ScanAsync(new ScanRequest { TableName = table, Segment = segment, TotalSegments = 3, Limit = 4, ExclusiveStartKey = start }, None, CancellationToken.None);
                    seen.AddRange(page.Items.Select(item => item["CustomerId"].S + "/" + item["OrderId"].N));
                    start = page.LastEvaluatedKey;
                }
                while (start is { Count: > 0 });
            }

            Assert.That(seen, Is.Unique);
            Assert.That(seen, Has.Count.EqualTo(20));
        }
        finally
        {
            await LocalDynamoSetup.Client.DeleteTableAsync(table);
        }
    }

    [Test]
    public async Task Batch_write_then_batch_get_with_unprocessed_keys_retried()
    {
        var writes = Enumerable.Range(1, 25).Select(i => new WriteRequest { PutRequest = new PutRequest { Item = Item("batch", i, i) } }).ToList();
        var pending = new Dictionary<string, List<WriteRequest>> { [_table] = writes };
        for (var round = 0; pending.Count > 0 && round < 10; round++)
        {
            var written = await _direct.BatchWriteItemAsync(new BatchWriteItemRequest { RequestItems = pending, ReturnConsumedCapacity = ReturnConsumedCapacity.TOTAL }, None, CancellationToken.None);
            Assert.That(written.ConsumedCapacity, Is.Not.Null);
            pending = written.UnprocessedItems ?? [];
        }

        Assert.That(pending, Is.Empty);

        var keys = Enumerable.Range(1, 25).Select(i => Key("batch", i)).Append(Key("batch", 99)).ToList();
        var found = new List<Dictionary<string, AttributeValue>>();
        var unprocessed = new Dictionary<string, KeysAndAttributes> { [_table] = new KeysAndAttributes { Keys = keys, ConsistentRead = true, ProjectionExpression = "OrderId, Quantity" } };
        for (var round = 0; unprocessed.Count > 0 && round < 10; round++)
        {
            var read = await _direct.BatchGetItemAsync(new BatchGetItemRequest { RequestItems = unprocessed }, None, CancellationToken.None);
            found.AddRange(read.Responses[_table]);
            unprocessed = read.UnprocessedKeys ?? [];
        }

        Assert.That(found.Select(item => item["OrderId"].N).OrderBy(n => int.Parse(n, CultureInfo.InvariantCulture)), Is.EqualTo(Enumerable.Range(1, 25).Select(i => i.ToString(CultureInfo.InvariantCulture))));
        Assert.That(found.All(item => item.Count == 2), Is.True, "the projection applied");

        var deletes = Enumerable.Range(1, 25).Select(i => new WriteRequest { DeleteRequest = new DeleteRequest { Key = Key("batch", i) } }).ToList();
        var deleted = await _direct.BatchWriteItemAsync(new BatchWriteItemRequest { RequestItems = new() { [_table] = deletes } }, None, CancellationToken.None);
        Assert.That(deleted.UnprocessedItems ?? [], Is.Empty);
    }

    [Test]
    public async Task Transactions_write_and_read_and_a_cancellation_has_its_reasons()
    {
        LocalDynamoSetup.Require(LocalDynamoFeatures.Transactions);
        await PutAsync(Item("tx", 3, 1));
        await PutAsync(Item("tx", 4, 1));
        await _direct.TransactWriteItemsAsync(
            new TransactWriteItemsRequest
            {
                TransactItems =
                [
                    new TransactWriteItem { Put = new Put { TableName = _table, Item = Item("tx", 1, 10), ConditionExpression = "attribute_not_exists(CustomerId)" } },
                    new TransactWriteItem { Update = new Update { TableName = _table, Key = Key("tx", 3), UpdateExpression = "SET Quantity = :q", ExpressionAttributeValues = new() { [":q"] = new AttributeValue { N = "30" } } } },
                    new TransactWriteItem { ConditionCheck = new ConditionCheck { TableName = _table, Key = Key("tx", 4), ConditionExpression = "attribute_exists(CustomerId)" } },
                ],
            },
            None,
            CancellationToken.None);

        var read = await _direct.TransactGetItemsAsync(
            new TransactGetItemsRequest
            {
                TransactItems =
                [
                    new TransactGetItem { Get = new Get { TableName = _table, Key = Key("tx", 1) } },
                    new TransactGetItem { Get = new Get { TableName = _table, Key = Key("tx", 2) } },
                    new TransactGetItem { Get = new Get { TableName = _table, Key = Key("tx", 3), ProjectionExpression = "Quantity" } },
                ],
            },
            None,
            CancellationToken.None);
        Assert.Multiple(() =>
        {
            Assert.That(read.Responses, Has.Count.EqualTo(3));
            Assert.That(read.Responses[0].Item["Quantity"].N, Is.EqualTo("10"));
            Assert.That(read.Responses[1].Item, Is.Null.Or.Empty, "an absent item");
            Assert.That(read.Responses[2].Item["Quantity"].N, Is.EqualTo("30"));
        });

        var thrown = Assert.ThrowsAsync<TransactionCanceledException>(() => _direct.TransactWriteItemsAsync(
            new TransactWriteItemsRequest
            {
                ClientRequestToken = Guid.NewGuid().ToString(),
                TransactItems =
                [
                    new TransactWriteItem { Delete = new Delete { TableName = _table, Key = Key("tx", 3) } },
                    new TransactWriteItem { Put = new Put { TableName = _table, Item = Item("tx", 1, 11), ConditionExpression = "attribute_not_exists(CustomerId)", ReturnValuesOnConditionCheckFailure = ReturnValuesOnConditionCheckFailure.ALL_OLD } },
                ],
            },
            None,
            CancellationToken.None));
        Assert.Multiple(() =>
        {
            Assert.That(thrown!.CancellationReasons.Select(r => r.Code), Is.EqualTo(new[] { "None", "ConditionalCheckFailed" }));
            Assert.That(thrown.CancellationReasons[1].Item?["Quantity"].N, Is.EqualTo("10"));
        });
        var still = await _direct.GetItemAsync(new GetItemRequest { TableName = _table, Key = Key("tx", 3), ConsistentRead = true }, None, CancellationToken.None);
        Assert.That(still.Item, Is.Not.Null, "the cancelled transaction deleted nothing");
    }

    [Test]
    public async Task Items_go_to_the_sink_typed_and_not_into_the_response()
    {
        for (var i = 1; i <= 5; i++)
        {
            await PutAsync(Item("sink", i, i * 10, i % 2 == 0 ? "even" : null));
        }

        var got = new DynamoItemSink<Order>(_table);
        var get = await _direct.GetItemAsync(new GetItemRequest { TableName = _table, Key = Key("sink", 2), ConsistentRead = true }, new DynamoCallOptions { ItemSink = got }, CancellationToken.None);
        Assert.Multiple(() =>
        {
            Assert.That(get.Item, Is.Null);
            Assert.That(got.Items.Single().Quantity, Is.EqualTo(20));
            Assert.That(got.Items.Single().State, Is.EqualTo("even"));
        });

        var absent = new DynamoItemSink<Order>(_table);
        await _direct.GetItemAsync(new GetItemRequest { TableName = _table, Key = Key("sink", 99) }, new DynamoCallOptions { ItemSink = absent }, CancellationToken.None);
        Assert.That(absent.Count, Is.Zero);

        var queried = new DynamoItemSink<Order>(_table, 3);
        var query = await _direct.QueryAsync(
            new QueryRequest { TableName = _table, KeyConditionExpression = "CustomerId = :c", ExpressionAttributeValues = new() { [":c"] = new AttributeValue("sink") }, Limit = 3 },
            new DynamoCallOptions { ItemSink = queried },
            CancellationToken.None);
        Assert.Multiple(() =>
        {
            Assert.That(query.Items, Is.Null);
            Assert.That(query.Count, Is.EqualTo(3));
            Assert.That(query.LastEvaluatedKey, Is.Not.Null.And.Not.Empty);
            Assert.That(queried.Items.Select(o => o.OrderId), Is.EqualTo(new long[] { 1, 2, 3 }));
            Assert.That(queried.Items.Select(o => o.CustomerId), Is.All.EqualTo("sink"));
        });

        var scanned = new DynamoItemSink<Order>(_table);
        var scan = await _direct.ScanAsync(new ScanRequest { TableName = _table, FilterExpression = "CustomerId = :c", ExpressionAttributeValues = new() { [":c"] = new AttributeValue("sink") } }, new DynamoCallOptions { ItemSink = scanned }, CancellationToken.None);
        Assert.Multiple(() =>
        {
            Assert.That(scan.Items, Is.Null);
            Assert.That(scan.Count, Is.EqualTo(5));
            Assert.That(scanned.Items.Select(o => o.OrderId).Order(), Is.EqualTo(new long[] { 1, 2, 3, 4, 5 }));
        });

        var other = LocalDynamoSetup.UniqueTableName("direct-other");
        await _context.CreateTableAsync<Order>(other);
        try
        {
            await _direct.PutItemAsync(new PutItemRequest { TableName = other, Item = Item("sink", 1, 7) }, None, CancellationToken.None);
            var batched = new DynamoItemSink<Order>(_table);
            var batch = await _direct.BatchGetItemAsync(
                new BatchGetItemRequest
                {
                    RequestItems = new()
                    {
                        [_table] = new KeysAndAttributes { Keys = [Key("sink", 4), Key("sink", 5)] },
                        [other] = new KeysAndAttributes { Keys = [Key("sink", 1)] },
                    },
                },
                new DynamoCallOptions { ItemSink = batched },
                CancellationToken.None);
            Assert.Multiple(() =>
            {
                Assert.That(batched.Items.Select(o => o.OrderId).Order(), Is.EqualTo(new long[] { 4, 5 }));
                Assert.That(batch.Responses.ContainsKey(_table), Is.False, "the sink's table is not in the response");
                Assert.That(batch.Responses[other].Single()["Quantity"].N, Is.EqualTo("7"), "other tables stay in the response");
            });
        }
        finally
        {
            await LocalDynamoSetup.Client.DeleteTableAsync(other);
        }
    }

    [Test]
    public void A_null_client_is_refused()
    {
        Assert.Throws<ArgumentNullException>(() => _ = new DirectConnection(null!));
    }
}
