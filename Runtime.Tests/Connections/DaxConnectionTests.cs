using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using DynamoGen.Testing;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;

namespace DynamoGen.Tests.Connections;

/// <summary>
/// DAX routing and fallback against two real servers: the shared local DynamoDB, and a second dynalite standing in
/// for the DAX cluster, seeded with different data for the same keys so every read shows where it went.
/// </summary>
[NonParallelizable]
public sealed class DaxConnectionTests
{
    private LocalDynamoDb _daxServer = null!;
    private CountingClient _dax = null!;
    private CountingClient _dynamo = null!;
    private string _table = null!;

    [OneTimeSetUp]
    public async Task StartDaxServerAsync() => _daxServer = await LocalDynamoDb.StartDynaliteAsync();

    [OneTimeTearDown]
    public async Task StopDaxServerAsync() => await _daxServer.DisposeAsync();

    [SetUp]
    public async Task SetUpAsync()
    {
        if (!_daxServer.IsRunning)
        {
            await _daxServer.RestartAsync();
        }

        _dax = Servers.DaxClient(_daxServer);
        _dynamo = Servers.DynamoClient();
        _table = ConnectionsSetup.UniqueTableName("dax");
        await Servers.CreateProductsTableAsync(_dax, _table);
        await Servers.CreateProductsTableAsync(_dynamo, _table);
        await Servers.SeedAsync(_dax, _table, "dax");
        await Servers.SeedAsync(_dynamo, _table, "dynamodb");
        _dax.Reset();
        _dynamo.Reset();
    }

    [TearDown]
    public void TearDown()
    {
        _dax.Dispose();
        _dynamo.Dispose();
    }

    [Test]
    public async Task Eventually_consistent_reads_go_to_DAX_and_consistent_fresh_and_transactional_reads_to_DynamoDB()
    {
        var connection = new DaxConnection(_dax, _dynamo);
        var key = Servers.Key("p", "s001");

        var eventual = await connection.GetItemAsync(new GetItemRequest { TableName = _table, Key = key }, default, default);
        var consistent = await connection.GetItemAsync(new GetItemRequest { TableName = _table, Key = key, ConsistentRead = true }, default, default);
        var fresh = await connection.GetItemAsync(new GetItemRequest { TableName = _table, Key = key }, new DynamoCallOptions(Fresh: true), default);
        var query = await connection.QueryAsync(Query(consistent: false), default, default);
        var consistentQuery = await connection.QueryAsync(Query(consistent: true), default, default);
        var freshQuery = await connection.QueryAsync(Query(consistent: false), new DynamoCallOptions(Fresh: true), default);
        var scan = await connection.ScanAsync(new ScanRequest { TableName = _table, Limit = 3 }, default, default);
        var batch = await connection.BatchGetItemAsync(new BatchGetItemRequest { RequestItems = new() { [_table] = new KeysAndAttributes { Keys = [key] } } }, default, default);
        var consistentBatch = await connection.BatchGetItemAsync(new BatchGetItemRequest { RequestItems = new() { [_table] = new KeysAndAttributes { Keys = [key], ConsistentRead = true } } }, default, default);

        Assert.Multiple(() =>
        {
            Assert.That(Source(eventual.Item), Is.EqualTo("dax"));
            Assert.That(Source(consistent.Item), Is.EqualTo("dynamodb"));
            Assert.That(Source(fresh.Item), Is.EqualTo("dynamodb"));
            Assert.That(query.Items.Select(Source), Is.All.EqualTo("dax"));
            Assert.That(consistentQuery.Items.Select(Source), Is.All.EqualTo("dynamodb"));
            Assert.That(freshQuery.Items.Select(Source), Is.All.EqualTo("dynamodb"));
            Assert.That(scan.Items.Select(Source), Is.All.EqualTo("dax"));
            Assert.That(Source(batch.Responses[_table].Single()), Is.EqualTo("dax"));
            Assert.That(Source(consistentBatch.Responses[_table].Single()), Is.EqualTo("dynamodb"));
            Assert.That(connection.ControlPlane, Is.SameAs(_dynamo));
        });

        // TransactGetItems always goes to DynamoDB, never to DAX. Where the engine has no transactions (dynalite), the
        // answer is UnknownOperationException, which still shows the call reached DynamoDB.
        var daxCalls = _dax.Total;
        var transactGet = new TransactGetItemsRequest { TransactItems = [new TransactGetItem { Get = new Get { TableName = _table, Key = key } }] };
        if (ConnectionsSetup.Server.Supports(LocalDynamoFeatures.Transactions))
        {
            var read = await connection.TransactGetItemsAsync(transactGet, default, default);
            Assert.That(Source(read.Responses.Single().Item), Is.EqualTo("dynamodb"));
        }
        else
        {
            Assert.That(
                async () => await connection.TransactGetItemsAsync(transactGet, default, default),
                Throws.InstanceOf<AmazonDynamoDBException>().With.Property(nameof(AmazonDynamoDBException.ErrorCode)).EqualTo("UnknownOperationException"));
        }

        Assert.That(_dynamo.TransactGets, Is.EqualTo(1));
        Assert.That(_dax.Total, Is.EqualTo(daxCalls));
    }

    [Test]
    public async Task Writes_go_through_DAX()
    {
        var connection = new DaxConnection(_dax, _dynamo);
        var key = Servers.Key("w", "1");

        await connection.PutItemAsync(new PutItemRequest { TableName = _table, Item = new Product { Category = "w", Sku = "1", Source = "written" }.ToItem() }, default, default);
        await connection.UpdateItemAsync(Increment(key), default, default);
        await connection.BatchWriteItemAsync(new BatchWriteItemRequest { RequestItems = new() { [_table] = [new WriteRequest(new PutRequest(new Product { Category = "w", Sku = "2" }.ToItem()))] } }, default, default);
        await connection.DeleteItemAsync(new DeleteItemRequest { TableName = _table, Key = Servers.Key("p", "s000") }, default, default);

        var onDax = await _dax.GetItemAsync(_table, key);
        Assert.Multiple(async () =>
        {
            Assert.That(onDax.Item["hits"].N, Is.EqualTo("1"));
            Assert.That((await _dax.GetItemAsync(_table, Servers.Key("w", "2"))).Item, Is.Not.Empty);
            Assert.That((await _dax.GetItemAsync(_table, Servers.Key("p", "s000"))).Item, Is.Null.Or.Empty);
            Assert.That((await _dynamo.GetItemAsync(_table, key)).Item, Is.Null.Or.Empty);
            Assert.That(_dynamo.Writes, Is.Zero);
        });
    }

    [Test]
    public async Task A_write_refused_by_DAX_lands_exactly_once_on_DynamoDB_and_traffic_moves_to_DynamoDB()
    {
        var refusing = Servers.DaxClient(new Uri($"http://127.0.0.1:{FreePort()}"));
        var connection = new DaxConnection(refusing, _dynamo);
        var key = Servers.Key("w", "once");

        await connection.UpdateItemAsync(Increment(key), default, default);

        var item = (await _dynamo.GetItemAsync(new GetItemRequest { TableName = _table, Key = key, ConsistentRead = true })).Item;
        Assert.Multiple(() =>
        {
            Assert.That(item["hits"].N, Is.EqualTo("1"), "applied exactly once on DynamoDB");
            Assert.That(refusing.Writes, Is.EqualTo(1));
            Assert.That(_dynamo.Writes, Is.EqualTo(1));
            Assert.That(connection.IsUsingDax, Is.False);
        });

        // Later calls go straight to DynamoDB without trying DAX.
        var read = await connection.GetItemAsync(new GetItemRequest { TableName = _table, Key = Servers.Key("p", "s002") }, default, default);
        Assert.That(Source(read.Item), Is.EqualTo("dynamodb"));
        Assert.That(refusing.Gets, Is.Zero);
        refusing.Dispose();
    }

    [Test]
    public async Task Application_errors_from_DAX_propagate_and_are_never_retried_on_DynamoDB()
    {
        var connection = new DaxConnection(_dax, _dynamo);
        var conditional = new PutItemRequest
        {
            TableName = _table,
            Item = new Product { Category = "p", Sku = "s003", Source = "new" }.ToItem(),
            ConditionExpression = "attribute_not_exists(Category)",
        };
        var invalidKey = new GetItemRequest { TableName = _table, Key = new() { ["Category"] = new AttributeValue { S = "p" } } };
        var missingTable = new GetItemRequest { TableName = "no-such-table-" + Guid.NewGuid().ToString("N"), Key = Servers.Key("p", "s1") };

        Assert.That(async () => await connection.PutItemAsync(conditional, default, default), Throws.InstanceOf<ConditionalCheckFailedException>());
        Assert.That(async () => await connection.GetItemAsync(invalidKey, default, default), Throws.InstanceOf<AmazonDynamoDBException>().With.Property("ErrorCode").EqualTo("ValidationException"));
        Assert.That(async () => await connection.GetItemAsync(missingTable, default, default), Throws.InstanceOf<ResourceNotFoundException>());

        Assert.Multiple(() =>
        {
            Assert.That(_dynamo.Total, Is.Zero, "nothing was retried on DynamoDB");
            Assert.That(connection.IsUsingDax, Is.True);
        });
    }

    [Test]
    public async Task A_timed_out_read_is_retried_on_DynamoDB_but_a_timed_out_write_is_not()
    {
        await using var blackHole = new FaultyEndpoint(reset: false);
        using var silent = Servers.DaxClient(blackHole.Endpoint, TimeSpan.FromMilliseconds(300));

        var reads = new DaxConnection(silent, _dynamo);
        var read = await reads.GetItemAsync(new GetItemRequest { TableName = _table, Key = Servers.Key("p", "s004") }, default, default);
        Assert.That(Source(read.Item), Is.EqualTo("dynamodb"));

        var writes = new DaxConnection(silent, _dynamo);
        var writesBefore = _dynamo.Writes;
        var timedOut = Assert.ThrowsAsync<DynamoConnectionException>(async () => await writes.UpdateItemAsync(Increment(Servers.Key("w", "timeout")), default, default))!;
        Assert.Multiple(() =>
        {
            Assert.That(timedOut.Message, Does.StartWith("UpdateItem through DAX (connection '").And.Contains("may have reached DAX").And.Contains("read the item"));
            Assert.That(timedOut.Operation, Is.EqualTo("UpdateItem"));
            Assert.That(timedOut.InnerException, Is.Not.Null, "the network error is kept");
            Assert.That(DynamoErrors.Classify(timedOut), Is.EqualTo(DynamoErrorKind.Unavailable), "not 'Other'");
            Assert.That(_dynamo.Writes, Is.EqualTo(writesBefore), "a write that may have reached DAX is not retried");
            Assert.That(writes.IsUsingDax, Is.False, "but later traffic goes to DynamoDB");
            Assert.That(blackHole.Accepted, Is.GreaterThanOrEqualTo(2));
        });
    }

    [Test]
    public async Task A_write_whose_connection_is_reset_mid_request_is_not_retried()
    {
        await using var resetting = new FaultyEndpoint(reset: true);
        using var client = Servers.DaxClient(resetting.Endpoint);
        var connection = new DaxConnection(client, _dynamo);

        Assert.That(async () => await connection.PutItemAsync(new PutItemRequest { TableName = _table, Item = new Product { Category = "w", Sku = "reset" }.ToItem() }, default, default), Throws.InstanceOf<DynamoConnectionException>().With.Property(nameof(DynamoConnectionException.Operation)).EqualTo("PutItem"));
        Assert.That(_dynamo.Writes, Is.Zero);

        // A read that fails the same way is retried on DynamoDB (traffic has already switched, so this goes there directly).
        var read = await connection.GetItemAsync(new GetItemRequest { TableName = _table, Key = Servers.Key("p", "s005") }, default, default);
        Assert.That(Source(read.Item), Is.EqualTo("dynamodb"));
    }

    [Test]
    public async Task Probes_wait_for_the_interval_then_return_traffic_to_DAX()
    {
        var time = new FakeTimeProvider();
        var connection = new DaxConnection(_dax, _dynamo, new DaxConnectionOptions { TimeProvider = time, ProbeInterval = TimeSpan.FromSeconds(5) });
        await _daxServer.StopAsync();

        var first = await connection.GetItemAsync(Get("s006"), default, default);
        Assert.That(Source(first.Item), Is.EqualTo("dynamodb"));
        Assert.That(connection.IsUsingDax, Is.False);

        await _daxServer.RestartAsync();
        await Servers.CreateProductsTableAsync(_dax, _table);
        await Servers.SeedAsync(_dax, _table, "dax");

        time.Advance(TimeSpan.FromSeconds(4));
        await connection.GetItemAsync(Get("s006"), default, default);
        await connection.PendingProbe;
        Assert.That(connection.IsUsingDax, Is.False, "no probe before the interval");

        time.Advance(TimeSpan.FromSeconds(1));
        var during = await connection.GetItemAsync(Get("s006"), default, default);
        Assert.That(Source(during.Item), Is.EqualTo("dynamodb"), "the call that starts a probe does not wait for it");
        await connection.PendingProbe;
        Assert.That(connection.IsUsingDax, Is.True);

        var after = await connection.GetItemAsync(Get("s006"), default, default);
        Assert.That(Source(after.Item), Is.EqualTo("dax"));
    }

    [Test]
    public async Task Without_fallback_an_unreachable_DAX_fails_the_call()
    {
        using var refusing = Servers.DaxClient(new Uri($"http://127.0.0.1:{FreePort()}"));
        var connection = new DaxConnection(refusing, _dynamo, new DaxConnectionOptions { FallbackToDynamoDb = false });

        Assert.That(async () => await connection.GetItemAsync(Get("s001"), default, default), Throws.Exception);
        Assert.That(_dynamo.Total, Is.Zero);
        Assert.That(await connection.ProbeAsync(), Is.False);
    }

    [Test]
    public async Task A_thousand_mixed_operations_survive_DAX_stopping_midway_and_return_to_it_after_restart()
    {
        var time = new FakeTimeProvider();
        var connection = new DaxConnection(_dax, _dynamo, new DaxConnectionOptions { TimeProvider = time });
        const int total = 1000;
        const int stopAt = 300;
        const int restartAt = 600;
        const int afterRecoveryFrom = 700;   // operations from here on wait until DAX is back, so some surely run on it
        var results = new OpResult[total];
        var next = -1;
        var stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var recovered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var stoppedAt = long.MaxValue;
        var restartingAt = long.MaxValue;
        var recoveredAt = long.MaxValue;
        var clock = System.Diagnostics.Stopwatch.StartNew();

        async Task WorkerAsync()
        {
            while (true)
            {
                var i = System.Threading.Interlocked.Increment(ref next);
                if (i >= total)
                {
                    return;
                }

                if (i == stopAt)
                {
                    await _daxServer.StopAsync();
                    System.Threading.Volatile.Write(ref stoppedAt, clock.ElapsedTicks);
                    stopped.SetResult();
                }
                else if (i == restartAt)
                {
                    System.Threading.Volatile.Write(ref restartingAt, clock.ElapsedTicks);
                    await _daxServer.RestartAsync();
                    await Servers.CreateProductsTableAsync(_dax, _table);
                    await Servers.SeedAsync(_dax, _table, "dax");
                    time.Advance(TimeSpan.FromSeconds(5));
                    while (!connection.IsUsingDax)
                    {
                        await connection.GetItemAsync(Get("s000"), default, default);
                        await connection.PendingProbe;
                    }

                    System.Threading.Volatile.Write(ref recoveredAt, clock.ElapsedTicks);
                    recovered.SetResult();
                }

                if (i >= afterRecoveryFrom)
                {
                    await recovered.Task;
                }

                var started = clock.ElapsedTicks;
                var result = new OpResult { Kind = (i % 3) switch { 0 => "get", 1 => "query", _ => "write" }, Started = started };
                try
                {
                    switch (result.Kind)
                    {
                        case "get":
                            result.Source = Source((await connection.GetItemAsync(Get(Servers.Sku(i % 20)), default, default)).Item);
                            break;
                        case "query":
                            result.Source = (await connection.QueryAsync(Query(consistent: false), default, default)).Items.Select(Source).Distinct().Single();
                            break;
                        default:
                            await connection.UpdateItemAsync(Increment(Servers.Key("w", "op" + i)), default, default);
                            break;
                    }
                }
                catch (Exception ex)
                {
                    result.Error = ex;
                }

                results[i] = result;
            }
        }

        var run = System.Diagnostics.Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(WorkerAsync)));
        run.Stop();

        var afterStop = results.Where(r => r.Started > stoppedAt).ToList();
        var afterRecovery = results.Where(r => r.Started > recoveredAt).ToList();
        var beforeStop = results.Take(stopAt - 8).ToList();
        var failures = results.Where(r => r.Error is not null).ToList();
        TestContext.Out.WriteLine($"{total} operations in {run.ElapsedMilliseconds} ms; failed: {failures.Count} ({string.Join("; ", failures.Select(f => f.Kind + ": " + f.Error!.GetType().Name))}); "
            + $"started after stop: {afterStop.Count} (reads served by DynamoDB: {afterStop.Count(r => r.Source == "dynamodb")}); started after recovery: {afterRecovery.Count} (reads served by DAX: {afterRecovery.Count(r => r.Source == "dax")})");

        Assert.Multiple(async () =>
        {
            Assert.That(afterStop.Where(r => r.Error is not null), Is.Empty, "zero failed calls after DAX stopped");
            Assert.That(beforeStop.Where(r => r.Source is not null).Select(r => r.Source), Is.All.EqualTo("dax"));
            Assert.That(afterRecovery.Where(r => r.Source is not null).Select(r => r.Source), Is.All.EqualTo("dax"), "traffic returned to DAX");
            Assert.That(afterRecovery.Count(r => r.Source == "dax"), Is.GreaterThanOrEqualTo((total - afterRecoveryFrom) * 2 / 3), "reads served by DAX after recovery");
            Assert.That(results.Where(r => r.Started > stoppedAt && r.Started < restartingAt && r.Source is not null).Select(r => r.Source), Is.All.EqualTo("dynamodb"), "while DAX was down");

            // No write was lost or applied twice: every update started after the stop is on exactly one server, once.
            for (var i = 0; i < total; i++)
            {
                var r = results[i];
                if (r.Kind == "write" && r.Started > stoppedAt)
                {
                    var key = Servers.Key("w", "op" + i);
                    var onDynamo = (await _dynamo.GetItemAsync(new GetItemRequest { TableName = _table, Key = key, ConsistentRead = true })).Item;
                    var onDax = (await _dax.GetItemAsync(new GetItemRequest { TableName = _table, Key = key, ConsistentRead = true })).Item;
                    var copies = new[] { onDynamo, onDax }.Where(item => item is { Count: > 0 }).ToList();
                    Assert.That(copies.Select(item => item!["hits"].N), Is.EqualTo(new[] { "1" }), "write " + i);
                    if (r.Started < restartingAt)
                    {
                        Assert.That(onDynamo?.GetValueOrDefault("hits")?.N, Is.EqualTo("1"), "write " + i + " made while DAX was down is on DynamoDB");
                    }
                }
            }
        });
        Assert.That(failures, Is.Empty, "no call failed at all (none was in flight when the process died)");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string? Source(Dictionary<string, AttributeValue>? item) => item is { Count: > 0 } ? Product.FromItem(item).Source : null;

    private GetItemRequest Get(string sku) => new() { TableName = _table, Key = Servers.Key("p", sku) };

    private QueryRequest Query(bool consistent) => new()
    {
        TableName = _table,
        KeyConditionExpression = "Category = :c",
        ExpressionAttributeValues = new() { [":c"] = new AttributeValue { S = "p" } },
        Limit = 5,
        ConsistentRead = consistent,
    };

    private UpdateItemRequest Increment(Dictionary<string, AttributeValue> key) => new()
    {
        TableName = _table,
        Key = key,
        UpdateExpression = "ADD hits :one",
        ExpressionAttributeValues = new() { [":one"] = new AttributeValue { N = "1" } },
    };

    private sealed class OpResult
    {
        public required string Kind { get; init; }

        public long Started { get; init; }

        public string? Source { get; set; }

        public Exception? Error { get; set; }
    }
}
