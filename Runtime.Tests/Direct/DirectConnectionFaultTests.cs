using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;
using DynamoGen.Direct;
using DynamoGen.Testing;
using NUnit.Framework;

namespace DynamoGen.Tests.Direct;

/// <summary>
/// <see cref="DirectConnection"/> behind <see cref="FaultProxy"/> in front of the real local DynamoDB: attempts stay
/// bounded and are reported, reads are retried through every fault, a PutItem/UpdateItem/DeleteItem/BatchWriteItem
/// whose request may have been applied is never sent twice, TransactWriteItems is retried with the same
/// ClientRequestToken, and nothing a caller was told succeeded is missing.
/// </summary>
public sealed class DirectConnectionFaultTests
{
    private static readonly Fault[] Lost = [Fault.DropAfterForward, Fault.CorruptBody, Fault.Slow];
    private string _table = null!;

    [OneTimeSetUp]
    public async Task CreateTableAsync() => _table = await CounterTable.CreateAsync("direct-connection-faults");

    [OneTimeTearDown]
    public async Task DeleteTableAsync() => await LocalDynamoSetup.Client.DeleteTableAsync(_table);

    private static DirectConnection Connect(FaultProxy proxy, DirectRetryPolicy? retry = null)
        => new(LocalDynamoSetup.Client, DirectTransportTests.Transport(proxy.Endpoint, retry, attemptTimeout: TimeSpan.FromMilliseconds(300)));

    private static FaultProxy Proxy(Func<int, string, string, Fault> plan)
        => new(LocalDynamoSetup.Server.Endpoint) { Plan = plan, SlowDelay = TimeSpan.FromMilliseconds(800) };

    private static Dictionary<string, AttributeValue> Key(string pk) => new() { ["pk"] = new AttributeValue(pk) };

    private static DynamoCallOptions Reporting(out DynamoCallReport report)
    {
        report = new DynamoCallReport();
        return new DynamoCallOptions { Report = report };
    }

    private Task<int> CounterAsync(string pk) => CounterTable.CounterAsync(_table, pk);

    private UpdateItemRequest Add(string pk) => new()
    {
        TableName = _table,
        Key = Key(pk),
        UpdateExpression = "ADD n :one",
        ExpressionAttributeValues = new() { [":one"] = new AttributeValue { N = "1" } },
    };

    private static int Count(IEnumerable<(string Target, string Body)> requests, string operation, string pk) => CounterTable.Count(requests, operation, pk);

    /// <summary>Each read operation, sent through <paramref name="direct"/>.</summary>
    private async Task ReadAsync(DirectConnection direct, string operation, DynamoCallOptions options)
    {
        var ct = CancellationToken.None;
        switch (operation)
        {
            case "GetItem":
                await direct.GetItemAsync(new GetItemRequest { TableName = _table, Key = Key("read") }, options, ct);
                break;
            case "Query":
                await direct.QueryAsync(new QueryRequest { TableName = _table, KeyConditionExpression = "pk = :p", ExpressionAttributeValues = new() { [":p"] = new AttributeValue("read") } }, options, ct);
                break;
            case "Scan":
                await direct.ScanAsync(new ScanRequest { TableName = _table, Limit = 1 }, options, ct);
                break;
            default:
                await direct.BatchGetItemAsync(new BatchGetItemRequest { RequestItems = new() { [_table] = new KeysAndAttributes { Keys = [Key("read")] } } }, options, ct);
                break;
        }
    }

    [Test]
    public async Task Every_read_is_retried_through_two_faults_and_the_retries_are_reported(
        [Values("GetItem", "Query", "Scan", "BatchGetItem")] string operation,
        [Values(Fault.Throttle, Fault.InternalError, Fault.DropBeforeForward, Fault.DropAfterForward, Fault.Slow, Fault.CorruptBody)] Fault fault)
    {
        await using var proxy = Proxy((n, _, _) => n <= 2 ? fault : Fault.None);
        using var direct = Connect(proxy);
        await ReadAsync(direct, operation, Reporting(out var report));
        Assert.Multiple(() =>
        {
            Assert.That(proxy.Received, Has.Count.EqualTo(3));
            Assert.That(report.Retries, Is.EqualTo(2));
            Assert.That(report.Route, Is.EqualTo(DynamoRoutes.DynamoDb));
        });
    }

    [Test]
    public void Attempts_are_bounded_and_the_last_error_is_the_SDKs_type()
    {
        var proxy = Proxy((_, _, _) => Fault.Throttle);
        using var direct = Connect(proxy);
        var options = Reporting(out var report);
        var thrown = Assert.CatchAsync(() => direct.GetItemAsync(new GetItemRequest { TableName = _table, Key = Key("x") }, options, CancellationToken.None));
        Assert.Multiple(() =>
        {
            Assert.That(thrown, Is.TypeOf<ThrottlingException>());
            Assert.That(proxy.Received, Has.Count.EqualTo(3), "three attempts, the SDK's standard mode");
            Assert.That(report.Retries, Is.EqualTo(2));
        });
        proxy.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [Test]
    public async Task A_throttled_write_is_retried_because_it_never_reached_the_server()
    {
        await using var proxy = Proxy((n, _, _) => n <= 2 ? Fault.Throttle : Fault.None);
        using var direct = Connect(proxy);
        await direct.UpdateItemAsync(Add("throttled"), Reporting(out var report), CancellationToken.None);
        Assert.Multiple(async () =>
        {
            Assert.That(await CounterAsync("throttled"), Is.EqualTo(1));
            Assert.That(report.Retries, Is.EqualTo(2));
        });
    }

    [Test]
    public async Task A_single_item_write_that_may_have_been_applied_is_not_sent_again(
        [Values("PutItem", "UpdateItem", "DeleteItem", "BatchWriteItem")] string operation,
        [ValueSource(nameof(Lost))] Fault fault)
    {
        var pk = "maybe-" + operation + "-" + fault;
        await using var proxy = Proxy((n, _, _) => n == 1 ? fault : Fault.None);
        using var direct = Connect(proxy);
        var options = Reporting(out var report);
        var thrown = Assert.CatchAsync(async () =>
        {
            switch (operation)
            {
                case "PutItem":
                    await direct.PutItemAsync(new PutItemRequest { TableName = _table, Item = new() { ["pk"] = new AttributeValue(pk), ["n"] = new AttributeValue { N = "1" } } }, options, CancellationToken.None);
                    break;
                case "UpdateItem":
                    await direct.UpdateItemAsync(Add(pk), options, CancellationToken.None);
                    break;
                case "DeleteItem":
                    await direct.DeleteItemAsync(new DeleteItemRequest { TableName = _table, Key = Key(pk) }, options, CancellationToken.None);
                    break;
                default:
                    await direct.BatchWriteItemAsync(new BatchWriteItemRequest { RequestItems = new() { [_table] = [new WriteRequest { PutRequest = new PutRequest { Item = new() { ["pk"] = new AttributeValue(pk), ["n"] = new AttributeValue { N = "1" } } } }] } }, options, CancellationToken.None);
                    break;
            }
        });
        Assert.Multiple(async () =>
        {
            Assert.That(ConnectionFailures.Classify(thrown!), Is.EqualTo(ConnectionFailureKind.MaybeSent), thrown!.ToString());
            Assert.That(Count(proxy.Received, operation, pk), Is.EqualTo(1), "sent once");
            Assert.That(report.Retries, Is.Zero);
            if (operation != "DeleteItem")
            {
                Assert.That(await CounterAsync(pk), Is.EqualTo(1), "applied once, as the proxy forwarded it once");
            }
        });
    }

    [Test]
    public async Task A_transaction_whose_answer_was_lost_is_retried_with_the_same_token_and_applied_once([ValueSource(nameof(Lost))] Fault fault)
    {
        LocalDynamoSetup.Require(LocalDynamoFeatures.Transactions);
        var pk = "tx-" + fault;
        await using var proxy = Proxy((n, _, _) => n == 1 ? fault : Fault.None);
        using var direct = Connect(proxy);
        await direct.TransactWriteItemsAsync(
            new TransactWriteItemsRequest
            {
                TransactItems = [new TransactWriteItem { Update = new Update { TableName = _table, Key = Key(pk), UpdateExpression = "ADD n :one", ExpressionAttributeValues = new() { [":one"] = new AttributeValue { N = "1" } } } }],
            },
            Reporting(out var report),
            CancellationToken.None);
        var sent = proxy.Received.Where(r => r.Target.EndsWith(".TransactWriteItems", StringComparison.Ordinal)).Select(r => r.Body).ToList();
        Assert.Multiple(async () =>
        {
            Assert.That(sent, Has.Count.EqualTo(2));
            Assert.That(sent.Distinct().Count(), Is.EqualTo(1), "the retry is the same request, with the same ClientRequestToken");
            Assert.That(report.Retries, Is.EqualTo(1));
            Assert.That(await CounterAsync(pk), Is.EqualTo(1), "DynamoDB applied the token once");
        });
    }

    [Test]
    public async Task Under_random_faults_no_write_is_lost_or_applied_twice_and_every_read_answers()
    {
        var random = new Random(1414);
        var faults = new[] { Fault.None, Fault.None, Fault.None, Fault.Throttle, Fault.InternalError, Fault.Unavailable, Fault.DropBeforeForward, Fault.DropAfterForward, Fault.CorruptBody };
        await using var proxy = new FaultProxy(LocalDynamoSetup.Server.Endpoint)
        {
            Plan = (_, _, _) => { lock (random) { return faults[random.Next(faults.Length)]; } },
        };
        using var direct = Connect(proxy, new DirectRetryPolicy(maxAttempts: 3, baseDelay: TimeSpan.FromMilliseconds(2), useQuota: false));

        // Reads through a connection with ten attempts: two thirds of the requests meet a fault, so a read fails only
        // when ten attempts in a row do ((2/3)^10, under 2 %).
        using var reader = Connect(proxy, new DirectRetryPolicy(maxAttempts: 10, baseDelay: TimeSpan.FromMilliseconds(2), useQuota: false));
        var outcomes = new ConcurrentDictionary<string, Exception?>();
        var readFailures = 0;
        await Parallel.ForEachAsync(Enumerable.Range(0, 100), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, ct) =>
        {
            var pk = "random-" + i.ToString(CultureInfo.InvariantCulture);
            try
            {
                await direct.UpdateItemAsync(Add(pk), default, ct);
                outcomes[pk] = null;
            }
            catch (Exception e) when (e is AmazonServiceException or IOException or HttpRequestException or TimeoutException)
            {
                outcomes[pk] = e;
            }

            try
            {
                await reader.GetItemAsync(new GetItemRequest { TableName = _table, Key = Key(pk) }, default, ct);
            }
            catch (Exception e) when (e is AmazonServiceException or IOException or HttpRequestException or TimeoutException)
            {
                Interlocked.Increment(ref readFailures);
            }
        });

        var succeeded = await CounterTable.AssertEachAddAppliedAtMostOnceAsync(_table, outcomes, proxy, "UpdateItem");
        TestContext.Out.WriteLine($"{succeeded} of 100 writes succeeded, {readFailures} of 100 reads failed, through {proxy.Received.Count} requests, {proxy.Forwarded.Count} forwarded");
        Assert.Multiple(() =>
        {
            Assert.That(succeeded, Is.GreaterThan(25), "most writes get through three attempts");
            Assert.That(readFailures, Is.LessThan(10), "reads are retried through every fault");
        });
    }
}
