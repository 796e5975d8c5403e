using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;
using DynamoGen.Direct;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;

namespace DynamoGen.Tests.Direct;

/// <summary>
/// Faults injected by <see cref="FaultProxy"/> in front of the real local DynamoDB: attempts stay bounded, reads are
/// retried through every fault, a write whose request may have been applied is never sent twice, and nothing the
/// caller was told succeeded is missing from the server.
/// </summary>
public sealed class DirectFaultTests
{
    private string _table = null!;

    [OneTimeSetUp]
    public async Task CreateTableAsync() => _table = await CounterTable.CreateAsync("direct-faults");

    [OneTimeTearDown]
    public async Task DeleteTableAsync() => await LocalDynamoSetup.Client.DeleteTableAsync(_table);

    private static byte[] Json(string json) => Encoding.UTF8.GetBytes(json);

    private string Get(string pk) => $"{{\"TableName\":\"{_table}\",\"Key\":{{\"pk\":{{\"S\":\"{pk}\"}}}},\"ConsistentRead\":true}}";

    private string Add(string pk) => $"{{\"TableName\":\"{_table}\",\"Key\":{{\"pk\":{{\"S\":\"{pk}\"}}}},\"UpdateExpression\":\"ADD n :one\",\"ExpressionAttributeValues\":{{\":one\":{{\"N\":\"1\"}}}}}}";

    private Task<int> CounterAsync(string pk) => CounterTable.CounterAsync(_table, pk);

    private static int Count(IEnumerable<(string Target, string Body)> requests, string operation, string pk) => CounterTable.Count(requests, operation, pk);

    [TestCase(Fault.Throttle)]
    [TestCase(Fault.ProvisionedThroughputExceeded)]
    [TestCase(Fault.InternalError)]
    [TestCase(Fault.Unavailable)]
    [TestCase(Fault.DropBeforeForward)]
    public async Task A_read_is_retried_through_two_faults_and_succeeds_on_the_third_attempt(Fault fault)
    {
        await using var proxy = new FaultProxy(LocalDynamoSetup.Server.Endpoint) { Plan = (n, _, _) => n <= 2 ? fault : Fault.None };
        using var transport = DirectTransportTests.Transport(proxy.Endpoint);
        using var response = await transport.SendAsync("GetItem", Json(Get("absent")), idempotent: true, CancellationToken.None);
        Assert.Multiple(() =>
        {
            Assert.That(proxy.Received, Has.Count.EqualTo(3));
            Assert.That(proxy.Forwarded, Has.Count.EqualTo(1));
            // Two retries paid for, the success refunds the last one's cost.
            var cost = fault == Fault.DropBeforeForward ? DirectRetryPolicy.TimeoutRetryCost : DirectRetryPolicy.RetryCost;
            Assert.That(transport.Retry.QuotaBalance, Is.EqualTo(DirectRetryPolicy.QuotaCapacity - cost));
        });
    }

    [TestCase(Fault.Throttle, typeof(ThrottlingException))]
    [TestCase(Fault.InternalError, typeof(InternalServerErrorException))]
    [TestCase(Fault.Unavailable, typeof(AmazonDynamoDBException))]
    public void Attempts_are_bounded_and_the_last_error_is_the_SDKs_type(Fault fault, Type expected)
    {
        var proxy = new FaultProxy(LocalDynamoSetup.Server.Endpoint) { Plan = (_, _, _) => fault };
        using var transport = DirectTransportTests.Transport(proxy.Endpoint);
        var thrown = Assert.CatchAsync(() => transport.SendAsync("GetItem", Json(Get("absent")), idempotent: true, CancellationToken.None));
        Assert.Multiple(() =>
        {
            Assert.That(thrown, Is.TypeOf(expected));
            Assert.That(proxy.Received, Has.Count.EqualTo(3), "three attempts, the SDK's standard mode");
            Assert.That(proxy.Forwarded, Is.Empty);
        });
        proxy.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [Test]
    public async Task Throttled_writes_are_retried_because_they_never_reached_the_server()
    {
        await using var proxy = new FaultProxy(LocalDynamoSetup.Server.Endpoint) { Plan = (n, _, _) => n <= 2 ? Fault.Throttle : Fault.None };
        using var transport = DirectTransportTests.Transport(proxy.Endpoint);
        using (await transport.SendAsync("UpdateItem", Json(Add("throttled-write")), idempotent: false, CancellationToken.None))
        {
        }

        Assert.That(await CounterAsync("throttled-write"), Is.EqualTo(1));
    }

    [TestCase(Fault.DropAfterForward)]
    [TestCase(Fault.CorruptBody)]
    [TestCase(Fault.Slow)]
    public async Task A_write_that_may_have_been_applied_is_not_sent_again(Fault fault)
    {
        var pk = "maybe-applied-" + fault;
        await using var proxy = new FaultProxy(LocalDynamoSetup.Server.Endpoint) { Plan = (n, _, _) => n == 1 ? fault : Fault.None, SlowDelay = TimeSpan.FromMilliseconds(800) };
        using var transport = DirectTransportTests.Transport(proxy.Endpoint, attemptTimeout: TimeSpan.FromMilliseconds(300));
        var thrown = Assert.CatchAsync(() => transport.SendAsync("UpdateItem", Json(Add(pk)), idempotent: false, CancellationToken.None));
        Assert.Multiple(async () =>
        {
            Assert.That(ConnectionFailures.Classify(thrown!), Is.EqualTo(ConnectionFailureKind.MaybeSent), thrown!.ToString());
            Assert.That(Count(proxy.Received, "UpdateItem", pk), Is.EqualTo(1), "sent once");
            Assert.That(await CounterAsync(pk), Is.EqualTo(1), "applied once, as the proxy forwarded it once");
        });
        if (fault == Fault.CorruptBody)
        {
            Assert.That(thrown, Is.TypeOf<DirectCrc32Exception>());
        }
    }

    [TestCase(Fault.DropAfterForward)]
    [TestCase(Fault.CorruptBody)]
    [TestCase(Fault.Slow)]
    public async Task A_read_whose_answer_was_lost_is_retried(Fault fault)
    {
        await using var proxy = new FaultProxy(LocalDynamoSetup.Server.Endpoint) { Plan = (n, _, _) => n == 1 ? fault : Fault.None, SlowDelay = TimeSpan.FromMilliseconds(800) };
        using var transport = DirectTransportTests.Transport(proxy.Endpoint, attemptTimeout: TimeSpan.FromMilliseconds(300));
        using var response = await transport.SendAsync("GetItem", Json(Get("absent")), idempotent: true, CancellationToken.None);
        Assert.That(proxy.Received, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task Under_random_faults_no_write_is_lost_or_applied_twice()
    {
        var random = new Random(14);
        var faults = new[] { Fault.None, Fault.None, Fault.None, Fault.Throttle, Fault.InternalError, Fault.Unavailable, Fault.DropBeforeForward, Fault.DropAfterForward, Fault.CorruptBody };
        await using var proxy = new FaultProxy(LocalDynamoSetup.Server.Endpoint)
        {
            Plan = (_, _, _) => { lock (random) { return faults[random.Next(faults.Length)]; } },
        };
        using var transport = DirectTransportTests.Transport(proxy.Endpoint, new DirectRetryPolicy(maxAttempts: 3, baseDelay: TimeSpan.FromMilliseconds(2), useQuota: false));
        var outcomes = new ConcurrentDictionary<string, Exception?>();
        await Parallel.ForEachAsync(Enumerable.Range(0, 120), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, ct) =>
        {
            var pk = "random-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            try
            {
                using var _ = await transport.SendAsync("UpdateItem", Json(Add(pk)), idempotent: false, ct);
                outcomes[pk] = null;
            }
            catch (Exception e) when (e is AmazonServiceException or IOException or HttpRequestException or TimeoutException)
            {
                outcomes[pk] = e;
            }
        });

        var succeeded = await CounterTable.AssertEachAddAppliedAtMostOnceAsync(_table, outcomes, proxy, "UpdateItem");
        TestContext.Out.WriteLine($"{succeeded} of 120 writes succeeded through {proxy.Received.Count} requests, {proxy.Forwarded.Count} forwarded");
        Assert.That(succeeded, Is.GreaterThan(30), "most writes get through three attempts");
    }

    [Test]
    public async Task Backoff_waits_are_the_standard_modes_and_run_on_the_given_clock()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero));
        await using var proxy = new FaultProxy(LocalDynamoSetup.Server.Endpoint) { Plan = (n, _, _) => n <= 2 ? Fault.Throttle : Fault.None };
        using var transport = DirectTransportTests.Transport(proxy.Endpoint, new DirectRetryPolicy(jitter: () => 0.5), time: time);
        var call = transport.SendAsync("GetItem", Json(Get("absent")), idempotent: true, CancellationToken.None);

        // After each throttled answer arrives, give the transport real time to start its wait on the fake clock
        // before the clock moves (a wait started after Advance would count from the later time).
        await WaitForAsync(() => proxy.Received.Count == 1);
        await Task.Delay(300);
        time.Advance(TimeSpan.FromMilliseconds(499));
        await Task.Delay(100);
        Assert.That(proxy.Received, Has.Count.EqualTo(1), "0.5 × 1 s has not passed");
        time.Advance(TimeSpan.FromMilliseconds(1));
        await WaitForAsync(() => proxy.Received.Count == 2);
        await Task.Delay(300);
        time.Advance(TimeSpan.FromMilliseconds(999));
        await Task.Delay(100);
        Assert.That(proxy.Received, Has.Count.EqualTo(2), "0.5 × 2 s has not passed");
        time.Advance(TimeSpan.FromMilliseconds(1));
        using var response = await call.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.That(proxy.Received, Has.Count.EqualTo(3));
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
        {
            await Task.Delay(10);
        }

        Assert.That(condition(), Is.True);
    }
}
