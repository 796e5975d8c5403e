using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Amazon.DynamoDBv2.Model;
using DynamoGen.Tests.Models;
using NUnit.Framework;

namespace DynamoGen.Tests.Docs;

/// <summary>The examples of docs/reference.md, compiled and run against the local DynamoDB.</summary>
public static class ReferenceDocsExamples
{
    // doc: decorator
    public sealed class AuditConnection(IDynamoConnection inner) : DelegatingConnection(inner)
    {
        public List<string> Seen { get; } = new();

        protected override Task<TResponse> SendAsync<TRequest, TResponse>(
            string operation,
            TRequest request,
            DynamoCallOptions options,
            Func<IDynamoConnection, TRequest, DynamoCallOptions, CancellationToken, Task<TResponse>> send,
            CancellationToken cancellationToken)
        {
            string? table = (request as GetItemRequest)?.TableName;
            TableSchema? schema = options.SchemaOf(table);   // sent by Table<T> in options.Tables: the table's keys and indexes
            lock (Seen)
            {
                Seen.Add($"{operation} {table} pk={schema?.PartitionKey.Name} fresh={options.Fresh}");
            }

            return base.SendAsync(operation, request, options, send, cancellationToken);
        }
    }
    // end

    public static async Task<List<string>> RunAsync(IDynamoConnection connection, string tableName)
    {
        var log = new List<string>();

        // doc: keys
        var audit = new AuditConnection(connection);
        Table<Order> orders = new DynamoContext(audit).Table<Order>(tableName);
        await orders.PutAsync(new Order { CustomerId = "c-9", OrderId = 1, State = "open" });

        DynamoKey<Order> key = Order.Key("c-9", 1);
        Dictionary<string, AttributeValue> forTheSdk = key.ToAttributeValues();             // {"CustomerId": S "c-9", "OrderId": N "1"}
        DynamoKey<Order> back = DynamoKey<Order>.FromAttributeValues(forTheSdk);            // checked: the table's key attributes, typed
        (bool found, Order? order) = await orders.TryGetAsync(back);                        // found tells absent from default
        BatchGetResult<Order> fresh = await orders.BatchGetAsync(
            [key, Order.Key("c-9", 2)],
            new BatchOptions { ConsistentRead = true, Fresh = true });                      // strongly consistent, bypassing DAX or a cache
        // end

        log.Add($"{key == back} {found} {order?.State} {fresh.Items.Count}");
        log.AddRange(audit.Seen);
        return log;
    }

    public static async Task<string> CreateAsync(DynamoContext context, string tableName)
    {
        // doc: create-result
        CreateTableResult created = await context.CreateTableIfNotExistsAsync<Order>(tableName);
        string ttl = created.TimeToLive switch
        {
            TimeToLiveSetup.NotDeclared => "the type has no [TimeToLive]",
            TimeToLiveSetup.Enabled => "time to live turned on",
            TimeToLiveSetup.Skipped => "not asked for (CreateTableOptions.EnableTimeToLive = false)",
            TimeToLiveSetup.NotSupported => "this engine has no time to live: " + string.Join("; ", created.Warnings),
            TimeToLiveSetup.Unchanged => "the table existed and was left as it was",
            _ => "unknown",
        };
        // end
        return $"{created.Created} {ttl}";
    }

    public static string Describe(DynamoTransactionCanceledException canceled)
    {
        var lines = new List<string>();

        // doc: transaction-failure
        foreach (TransactionItemFailure reason in canceled.Reasons.Where(r => r.Failed))
        {
            // Index: the item's position in the transaction; Code: ConditionalCheckFailed, TransactionConflict, ...
            // Key: the item's key; Item: the item as it stands, with ReturnItemsOnConditionFailure
            lines.Add($"#{reason.Index} {reason.TableName} {reason.Code}: {reason.Message} key={reason.Key.Count} item={reason.Item is not null}");
        }
        // end

        return string.Join("\n", lines);
    }
}

public sealed class ReferenceDocsExamplesTests
{
    [Test]
    public void Every_csharp_block_of_the_page_is_compiled_code()
        => DocPages.AssertEveryCSharpBlockIsCompiled("docs/reference.md", 4, "Runtime.Tests/Docs/ReferenceDocsExamples.cs");

    [Test]
    public async Task The_examples_run()
    {
        var context = new DynamoContext(LocalDynamoSetup.Client);
        var name = LocalDynamoSetup.UniqueTableName("reference");

        var created = await ReferenceDocsExamples.CreateAsync(context, name);
        var log = await ReferenceDocsExamples.RunAsync(new DynamoDbConnection(LocalDynamoSetup.Client), name);
        var described = ReferenceDocsExamples.Describe(new DynamoTransactionCanceledException(
            [
                new TransactionItemFailure(0, name, Order.Key("c-9", 1).ToAttributeValues(), "None", null, null),
                new TransactionItemFailure(1, name, Order.Key("c-9", 2).ToAttributeValues(), "ConditionalCheckFailed", "The conditional request failed", null),
            ],
            null));

        Assert.Multiple(() =>
        {
            Assert.That(created, Does.StartWith("True "));
            Assert.That(log[0], Is.EqualTo("True True open 1"));
            Assert.That(log, Has.Some.EqualTo($"GetItem {name} pk=CustomerId fresh=False"), "the decorator sees the schema Table<T> passes");
            Assert.That(log, Has.Some.StartWith("BatchGetItem"));
            Assert.That(described, Is.EqualTo($"#1 {name} ConditionalCheckFailed: The conditional request failed key=2 item=False"));
        });
    }
}
