using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using NUnit.Framework;

namespace DynamoGen.Tests.Direct;

/// <summary>
/// A table of the local server keyed by a string <c>pk</c>, whose items count in <c>n</c> how many times an
/// <c>ADD n :one</c> was applied: the direct engine's fault tests tell with it what the server really did.
/// </summary>
internal static class CounterTable
{
    /// <summary>Creates a uniquely named table; returns its name.</summary>
    public static async Task<string> CreateAsync(string prefix)
    {
        var name = LocalDynamoSetup.UniqueTableName(prefix);
        await LocalDynamoSetup.Client.CreateTableAsync(new CreateTableRequest
        {
            TableName = name,
            KeySchema = [new KeySchemaElement("pk", KeyType.HASH)],
            AttributeDefinitions = [new AttributeDefinition("pk", ScalarAttributeType.S)],
            BillingMode = BillingMode.PAY_PER_REQUEST,
        });
        return name;
    }

    /// <summary>How many times an add was applied to <paramref name="pk"/> (a strongly consistent read).</summary>
    public static async Task<int> CounterAsync(string table, string pk)
    {
        var item = (await LocalDynamoSetup.Client.GetItemAsync(new GetItemRequest { TableName = table, Key = new() { ["pk"] = new AttributeValue(pk) }, ConsistentRead = true })).Item;
        return item is { Count: > 0 } && item.TryGetValue("n", out var n) ? int.Parse(n.N, CultureInfo.InvariantCulture) : 0;
    }

    /// <summary>How many of <paramref name="requests"/> were <paramref name="operation"/> requests naming <paramref name="pk"/>.</summary>
    public static int Count(IEnumerable<(string Target, string Body)> requests, string operation, string pk)
        => requests.Count(r => r.Target.EndsWith("." + operation, StringComparison.Ordinal) && r.Body.Contains($"\"{pk}\"", StringComparison.Ordinal));

    /// <summary>
    /// Checks, for each add and how it ended (<see langword="null"/>: success), that the server applied it exactly as
    /// many times as the proxy forwarded it, at most once; once when the caller was told it succeeded; never when it
    /// failed before reaching the server. Returns how many succeeded.
    /// </summary>
    public static async Task<int> AssertEachAddAppliedAtMostOnceAsync(string table, IEnumerable<KeyValuePair<string, Exception?>> outcomes, FaultProxy proxy, string operation)
    {
        var succeeded = 0;
        foreach (var (pk, failure) in outcomes)
        {
            var applied = await CounterAsync(table, pk);
            var forwarded = Count(proxy.Forwarded, operation, pk);
            Assert.That(forwarded, Is.LessThanOrEqualTo(1), $"{pk} was forwarded {forwarded} times");
            Assert.That(applied, Is.EqualTo(forwarded), $"{pk}: the server applied what it received");
            if (failure is null)
            {
                succeeded++;
                Assert.That(applied, Is.EqualTo(1), $"{pk} succeeded, so it is there");
            }
            else if (ConnectionFailures.Classify(failure) != ConnectionFailureKind.MaybeSent)
            {
                Assert.That(applied, Is.Zero, $"{pk} failed with {failure.GetType().Name} before reaching the server");
            }
        }

        return succeeded;
    }
}
