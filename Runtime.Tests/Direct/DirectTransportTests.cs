using System;
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
using DynamoGen.Testing;
using NUnit.Framework;

namespace DynamoGen.Tests.Direct;

/// <summary>
/// The transport against the real local DynamoDB (the run's shared server), directly and through <see cref="FaultProxy"/>:
/// signed requests are answered, error answers become the SDK's own exceptions, faults are retried within bounds, and
/// no write is lost or applied twice.
/// </summary>
public sealed class DirectTransportTests
{
    private string _table = null!;

    [OneTimeSetUp]
    public async Task CreateTableAsync() => _table = await CounterTable.CreateAsync("direct");

    [OneTimeTearDown]
    public async Task DeleteTableAsync() => await LocalDynamoSetup.Client.DeleteTableAsync(_table);

    internal static DirectTransport Transport(Uri endpoint, DirectRetryPolicy? retry = null, TimeSpan? attemptTimeout = null, TimeProvider? time = null, bool gzip = false)
        => new(DirectEndpoint.Explicit(endpoint), new DirectCredentials(new BasicAWSCredentials("local", "local")), new DirectTransportOptions
        {
            Retry = retry ?? new DirectRetryPolicy(baseDelay: TimeSpan.FromMilliseconds(5)),
            AttemptTimeout = attemptTimeout,
            TimeProvider = time,
            AcceptGzip = gzip,
        });

    private static byte[] Json(string json) => Encoding.UTF8.GetBytes(json);

    private string Put(string pk, string extra = "") => $"{{\"TableName\":\"{_table}\",\"Item\":{{\"pk\":{{\"S\":\"{pk}\"}}{extra}}}}}";

    private string Get(string pk) => $"{{\"TableName\":\"{_table}\",\"Key\":{{\"pk\":{{\"S\":\"{pk}\"}}}},\"ConsistentRead\":true}}";

    private string Add(string pk) => $"{{\"TableName\":\"{_table}\",\"Key\":{{\"pk\":{{\"S\":\"{pk}\"}}}},\"UpdateExpression\":\"ADD n :one\",\"ExpressionAttributeValues\":{{\":one\":{{\"N\":\"1\"}}}}}}";

    private Task<int> CounterAsync(string pk) => CounterTable.CounterAsync(_table, pk);

    [Test]
    public async Task A_signed_put_and_get_round_trip_through_the_real_server()
    {
        using var transport = Transport(LocalDynamoSetup.Server.Endpoint);
        using (await transport.SendAsync("PutItem", Json(Put("round-trip", ",\"name\":{\"S\":\"caf\\u00e9 \\ud83d\\ude00\"}")), idempotent: false, CancellationToken.None))
        {
        }

        using var response = await transport.SendAsync("GetItem", Json(Get("round-trip")), idempotent: true, CancellationToken.None);
        using var document = JsonDocument.Parse(response.Memory);
        Assert.Multiple(() =>
        {
            Assert.That(document.RootElement.GetProperty("Item").GetProperty("name").GetProperty("S").GetString(), Is.EqualTo("café 😀"));
            Assert.That(response.RequestId, Is.Not.Null.And.Not.Empty);
        });
    }

    [Test]
    public async Task Gzip_answers_are_checked_and_inflated_when_asked_for()
    {
        using var transport = Transport(LocalDynamoSetup.Server.Endpoint, gzip: true);
        using (await transport.SendAsync("PutItem", Json(Put("gzip", ",\"text\":{\"S\":\"" + new string('x', 5000) + "\"}")), idempotent: false, CancellationToken.None))
        {
        }

        using var response = await transport.SendAsync("GetItem", Json(Get("gzip")), idempotent: true, CancellationToken.None);
        using var document = JsonDocument.Parse(response.Memory);
        Assert.That(document.RootElement.GetProperty("Item").GetProperty("text").GetProperty("S").GetString(), Has.Length.EqualTo(5000));
    }

    [Test]
    public async Task A_failed_condition_is_the_SDKs_exception_with_the_SDKs_code_and_message()
    {
        using var transport = Transport(LocalDynamoSetup.Server.Endpoint);
        using (await transport.SendAsync("PutItem", Json(Put("condition")), idempotent: false, CancellationToken.None))
        {
        }

        var conditional = $"{{\"TableName\":\"{_table}\",\"Item\":{{\"pk\":{{\"S\":\"condition\"}}}},\"ConditionExpression\":\"attribute_not_exists(pk)\"}}";
        var ours = Assert.ThrowsAsync<ConditionalCheckFailedException>(() => transport.SendAsync("PutItem", Json(conditional), idempotent: false, CancellationToken.None));
        var sdk = Assert.ThrowsAsync<ConditionalCheckFailedException>(() => LocalDynamoSetup.Client.PutItemAsync(new PutItemRequest
        {
            TableName = _table,
            Item = new() { ["pk"] = new AttributeValue("condition") },
            ConditionExpression = "attribute_not_exists(pk)",
        }));
        AssertSame(ours!, sdk!);
        Assert.That(ConnectionFailures.Classify(ours!), Is.EqualTo(ConnectionFailureKind.Application));
    }

    [Test]
    public void A_missing_table_and_an_invalid_request_are_the_SDKs_exceptions()
    {
        using var transport = Transport(LocalDynamoSetup.Server.Endpoint);
        var missing = Assert.ThrowsAsync<ResourceNotFoundException>(() => transport.SendAsync("GetItem", Json("{\"TableName\":\"no-such-table\",\"Key\":{\"pk\":{\"S\":\"a\"}}}"), idempotent: true, CancellationToken.None));
        var sdkMissing = Assert.ThrowsAsync<ResourceNotFoundException>(() => LocalDynamoSetup.Client.GetItemAsync(new GetItemRequest { TableName = "no-such-table", Key = new() { ["pk"] = new AttributeValue("a") } }));
        AssertSame(missing!, sdkMissing!);

        var invalid = Assert.ThrowsAsync<AmazonDynamoDBException>(() => transport.SendAsync("GetItem", Json($"{{\"TableName\":\"{_table}\",\"Key\":{{\"wrong\":{{\"S\":\"a\"}}}}}}"), idempotent: true, CancellationToken.None));
        var sdkInvalid = Assert.ThrowsAsync<AmazonDynamoDBException>(() => LocalDynamoSetup.Client.GetItemAsync(new GetItemRequest { TableName = _table, Key = new() { ["wrong"] = new AttributeValue("a") } }));
        AssertSame(invalid!, sdkInvalid!);
        Assert.That(invalid!.ErrorCode, Is.EqualTo("ValidationException"));
    }

    [Test]
    public async Task A_cancelled_transaction_carries_its_reasons_like_the_SDKs()
    {
        LocalDynamoSetup.Require(LocalDynamoFeatures.Transactions);
        using var transport = Transport(LocalDynamoSetup.Server.Endpoint);
        using (await transport.SendAsync("PutItem", Json(Put("tx-existing")), idempotent: false, CancellationToken.None))
        {
        }

        var body = $"{{\"TransactItems\":[{{\"Put\":{{\"TableName\":\"{_table}\",\"Item\":{{\"pk\":{{\"S\":\"tx-new\"}}}}}}}},{{\"Put\":{{\"TableName\":\"{_table}\",\"Item\":{{\"pk\":{{\"S\":\"tx-existing\"}}}},\"ConditionExpression\":\"attribute_not_exists(pk)\"}}}}]}}";
        var ours = Assert.ThrowsAsync<TransactionCanceledException>(() => transport.SendAsync("TransactWriteItems", Json(body), idempotent: false, CancellationToken.None));
        Assert.That(ours!.CancellationReasons.Select(r => r.Code), Is.EqualTo(new[] { "None", "ConditionalCheckFailed" }));
    }

    [Test]
    public void Error_bodies_are_read_with_reasons_and_items()
    {
        var parsed = DirectErrors.Parse(Json("{\"__type\":\"com.amazonaws.dynamodb.v20120810#TransactionCanceledException\",\"Message\":\"Transaction cancelled\",\"CancellationReasons\":[{\"Code\":\"None\"},{\"Code\":\"ConditionalCheckFailed\",\"Message\":\"The conditional request failed\",\"Item\":{\"pk\":{\"S\":\"a\"},\"n\":{\"N\":\"1\"},\"l\":{\"L\":[{\"BOOL\":true},{\"NULL\":true}]},\"m\":{\"M\":{\"b\":{\"B\":\"AQI=\"}}},\"ss\":{\"SS\":[\"x\",\"y\"]}}}]}"));
        Assert.Multiple(() =>
        {
            Assert.That(parsed.Code, Is.EqualTo("TransactionCanceledException"));
            Assert.That(parsed.Message, Is.EqualTo("Transaction cancelled"));
            Assert.That(parsed.CancellationReasons!.Select(r => r.Code), Is.EqualTo(new[] { "None", "ConditionalCheckFailed" }));
            var item = parsed.CancellationReasons![1].Item;
            Assert.That(item["pk"].S, Is.EqualTo("a"));
            Assert.That(item["n"].N, Is.EqualTo("1"));
            Assert.That(item["l"].L[0].BOOL, Is.True);
            Assert.That(item["l"].L[1].NULL, Is.True);
            Assert.That(item["m"].M["b"].B.ToArray(), Is.EqualTo(new byte[] { 1, 2 }));
            Assert.That(item["ss"].SS, Is.EqualTo(new[] { "x", "y" }));
        });
    }

    [Test]
    public void Crc32_is_the_IEEE_polynomial_DynamoDB_uses()
    {
        // The standard check value of CRC-32/ISO-HDLC, and DynamoDB's x-amz-crc32 of an empty JSON object.
        Assert.Multiple(() =>
        {
            Assert.That(System.IO.Hashing.Crc32.HashToUInt32("123456789"u8), Is.EqualTo(0xCBF43926u));
            Assert.That(System.IO.Hashing.Crc32.HashToUInt32("{}"u8), Is.EqualTo(2745614147u));
        });
    }

    private static void AssertSame(AmazonServiceException ours, AmazonServiceException sdk) => Assert.Multiple(() =>
    {
        Assert.That(ours.GetType(), Is.EqualTo(sdk.GetType()));
        Assert.That(ours.ErrorCode, Is.EqualTo(sdk.ErrorCode));
        Assert.That(ours.Message, Is.EqualTo(sdk.Message));
        Assert.That(ours.StatusCode, Is.EqualTo(sdk.StatusCode));
        Assert.That(ours.ErrorType, Is.EqualTo(sdk.ErrorType));
    });
}
