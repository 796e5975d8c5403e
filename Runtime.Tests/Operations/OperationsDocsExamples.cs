using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Amazon.DynamoDBv2.Model;
using DynamoGen.Tests.Models;
using NUnit.Framework;

namespace DynamoGen.Tests.Operations;

/// <summary>
/// Every C# example of docs/operations.md, compiled and run against the local DynamoDB. A test checks that each code
/// block of the page appears here verbatim (ignoring indentation).
/// </summary>
public static class OperationsDocsExamples
{
    public static async Task<List<string>> RunAll(DynamoContext context, string tableName)
    {
        var log = new List<string>();
        var orders = context.Table<Order>(tableName);

        // doc: single
        await orders.PutAsync(new Order { CustomerId = "c-1", OrderId = 1, Quantity = 2, Total = 19.9, State = "open" });
        Order? order = await orders.GetAsync(Order.Key("c-1", 1));
        Order? fresh = await orders.GetAsync(Order.Key("c-1", 1), new GetOptions { ConsistentRead = true, Fresh = true });
        await orders.CreateAsync(new Order { CustomerId = "c-1", OrderId = 2, State = "new" });   // fails if the key exists
        await orders.DeleteAsync(Order.Key("c-1", 2));
        // end
        log.Add($"{order!.State} {fresh!.Quantity}");

        // doc: conditions
        try
        {
            await orders.PutAsync(
                new Order { CustomerId = "c-1", OrderId = 1, Quantity = 3, State = "open" },
                new PutOptions { Condition = Order.Fields.State.Equal("shipped") & Order.Fields.Quantity.LessThan(10) });
        }
        catch (DynamoConditionFailedException e)
        {
            Console.WriteLine($"not written: {e.TableName} {e.Key["OrderId"].N}");
        }
        // end

        // doc: update
        Order? updated = await orders.UpdateAsync(
            Order.Key("c-1", 1),
            new UpdateExpression()
                .Set(Order.Fields.State, "paid")
                .Increment(Order.Fields.Quantity, 1)
                .Remove(Order.Fields.Priority),
            new UpdateOptions { Condition = Order.Fields.State.Equal("open") });
        // end
        log.Add(updated!.State!);

        // doc: create through an update
        Order counted = (await orders.UpdateAsync(
            Order.Key("c-2", 1),
            new UpdateExpression()
                .SetIfNotExists(Order.Fields.State, "open")
                .Increment(Order.Fields.Quantity, 1),
            new UpdateOptions { CreateIfMissing = true }))!;
        // end
        log.Add(counted.State + " " + counted.Quantity.ToString(System.Globalization.CultureInfo.InvariantCulture));

        // doc: minimal
        Order before = (await orders.GetAsync(Order.Key("c-1", 1)))!;
        var after = new Order { CustomerId = before.CustomerId, OrderId = before.OrderId, Quantity = before.Quantity, Total = 25, State = before.State };
        Order saved = await orders.UpdateChangesAsync(before, after);   // SET Total only
        // end
        log.Add(saved.Total.ToString(System.Globalization.CultureInfo.InvariantCulture));

        // doc: query
        await foreach (Order o in orders.Query(
            Order.Indexes.Primary.Partition("c-1").GreaterThanOrEqual(1),
            new QueryOptions { Filter = Order.Fields.Total.GreaterThan(5), Descending = true, Limit = 50 }))
        {
            Console.WriteLine($"{o.OrderId}: {o.Total}");
        }

        long count = await orders.CountAsync(Order.Indexes.Primary.Partition("c-1"));
        // end
        log.Add(count.ToString(System.Globalization.CultureInfo.InvariantCulture));

        // doc: pages
        string? token = null;   // from the client's previous request, e.g. ?next=...
        Page<Order> page = await orders.QueryPageAsync(Order.Indexes.Primary.Partition("c-1"), token, new QueryOptions { Limit = 25 });
        // return page.Items and page.ContinuationToken (null on the last page) to the client
        // end
        log.Add(page.Items.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));

        // doc: scan
        await foreach (Order o in orders.Scan(new ScanOptions { Filter = Order.Fields.State.Equal("paid"), ParallelSegments = 4 }))
        {
            Console.WriteLine(o.OrderId);
        }
        // end

        // doc: batch
        var many = Enumerable.Range(0, 1000).Select(i => new Order { CustomerId = "c-2", OrderId = i }).ToList();
        BatchWriteResult<Order> written = await orders.BatchWriteAsync(many);
        BatchGetResult<Order> read = await orders.BatchGetAsync(many.Select(o => o.GetKey()), new BatchOptions { MaxAttempts = 8 });
        if (!read.IsComplete)
        {
            Console.WriteLine($"{read.UnprocessedKeys.Count} keys still unprocessed: retry them later");
        }
        // end
        log.Add($"{written.Written} {read.Items.Count}");

        // doc: errors
        try
        {
            await orders.GetAsync(Order.Key("c-1", 1));
        }
        catch (Exception e) when (DynamoErrors.Classify(e) == DynamoErrorKind.Throttling)
        {
            // back off and retry later
        }
        // end

        return log;
    }

    public static TransactWrite Transaction(Table<Order> orders, Table<Customer> customers)
    {
        // doc: transaction
        var transaction = new TransactWrite { IdempotencyToken = "order-c-1-3" }
            .Create(orders, new Order { CustomerId = "c-1", OrderId = 3, Total = 5 })
            .Update(orders, Order.Key("c-1", 1), new UpdateExpression().Increment(Order.Fields.Quantity, -1), Order.Fields.Quantity.GreaterThan(0))
            .ConditionCheck(customers, Customer.Key("c-1"), ConditionExpression.Exists(new AttributePath("Id")));
        // await transaction.ExecuteAsync();   // DynamoTransactionCanceledException lists a reason per item
        // end
        return transaction;
    }

    /// <summary>Returns the outcome of each step: the first page's size, whether it had a token, and the answer to a changed token.</summary>
    public static async Task<List<string>> EncryptedPages(Table<Order> orders)
    {
        var log = new List<string>();

        // doc: encrypted pages
        byte[] tokenKey = RandomNumberGenerator.GetBytes(32);   // from your secret store: every instance of the service uses the same key
        Table<Order> pages = orders.WithOptions(new TableOptions { ContinuationTokenKey = tokenKey });

        Page<Order> first = await pages.QueryPageAsync(Order.Indexes.Primary.Partition("c-2"), null, new QueryOptions { Limit = 25 });
        Page<Order> scanned = await pages.ScanPageAsync(null, new ScanOptions { Limit = 25, Filter = Order.Fields.CustomerId.Equal("c-2") });
        try
        {
            string changed = first.ContinuationToken + "A";   // a client edits the token
            await pages.QueryPageAsync(Order.Indexes.Primary.Partition("c-2"), changed, new QueryOptions { Limit = 25 });
        }
        catch (DynamoContinuationTokenException)
        {
            // answer 400 Bad Request: the token was changed, truncated, or issued for another query
        }
        // end

        log.Add(first.Items.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        log.Add(scanned.Items.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        log.Add(first.ContinuationToken is null ? "last" : "more");
        try
        {
            await pages.QueryPageAsync(Order.Indexes.Primary.Partition("c-2"), first.ContinuationToken + "A", new QueryOptions { Limit = 25 });
            log.Add("accepted");
        }
        catch (DynamoContinuationTokenException)
        {
            log.Add("refused");
        }

        return log;
    }

    public static Table<Order> SignedTokens(Table<Order> orders, byte[] secret)
    {
        // doc: signed
        Table<Order> api = orders.WithOptions(new TableOptions { ContinuationTokenKey = secret, HideExpiredItems = true });
        // end
        return api;
    }
}

public sealed class OperationsDocsExamplesTests
{
    [Test]
    public void Every_csharp_block_of_the_page_is_compiled_code()
    {
        var source = Normalize(File.ReadAllText(ThisFile()));
        var page = File.ReadAllText(Path.Combine(RepoRoot(), "docs", "operations.md"));
        var blocks = Regex.Matches(page, "```csharp\\n(.*?)```", RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToList();

        Assert.That(blocks, Has.Count.GreaterThanOrEqualTo(10));
        Assert.Multiple(() =>
        {
            foreach (var block in blocks)
            {
                Assert.That(source, Does.Contain(Normalize(block)), "docs/operations.md block not found in OperationsDocsExamples.cs:\n" + block);
            }
        });
    }

    [Test]
    public async Task The_examples_run()
    {
        var context = new DynamoContext(LocalDynamoSetup.Client);
        var name = LocalDynamoSetup.UniqueTableName("orders");
        await context.CreateTableAsync<Order>(name);

        var log = await OperationsDocsExamples.RunAll(context, name);
        var transaction = OperationsDocsExamples.Transaction(context.Table<Order>(name), context.Table<Customer>("customers"));

        Assert.That(log, Is.EqualTo(new[] { "open 2", "paid", "open 1", "25", "1", "1", "1000 1000" }));
        Assert.That(transaction.Count, Is.EqualTo(3));
        Assert.That(OperationsDocsExamples.SignedTokens(context.Table<Order>(name), new byte[32]).Options.HideExpiredItems, Is.True);
        Assert.That(await OperationsDocsExamples.EncryptedPages(context.Table<Order>(name)), Is.EqualTo(new[] { "25", "25", "more", "refused" }));
    }

    private static string Normalize(string text)
        => string.Join('\n', text.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));

    private static string ThisFile([CallerFilePath] string path = "") => path;

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(Path.GetDirectoryName(ThisFile())!); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DynamoGen.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Repository root not found.");
    }
}
