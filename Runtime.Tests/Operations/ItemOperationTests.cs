using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using DynamoGen.Tests.Models;
using NUnit.Framework;

namespace DynamoGen.Tests.Operations;

/// <summary>Single-item operations against the local DynamoDB.</summary>
[TestFixture(DynamoEngine.Sdk)]
[TestFixture(DynamoEngine.Direct)]
public sealed class ItemOperationTests(DynamoEngine engine)
{
    private DynamoContext _context = null!;

    [SetUp]
    public void SetUp() => _context = LocalDynamoSetup.Context(engine);

    private async Task<Table<T>> NewTable<T>(string prefix) where T : IDynamoTable<T>
    {
        var name = LocalDynamoSetup.UniqueTableName(prefix);
        await _context.CreateTableAsync<T>(name);
        return _context.Table<T>(name);
    }

    [Test]
    public async Task Reserved_word_attributes_work_in_every_expression()
    {
        var table = await NewTable<Reserved>("reserved");
        await table.PutAsync(new Reserved { Id = "r-1", Status = "open", Name = "Ada", Data = "d", Count = 1 });

        var updated = await table.UpdateAsync(
            Reserved.Key("r-1"),
            new UpdateExpression().Set(ReservedFields.Status, "closed").Set(ReservedFields.Name, "Grace").Remove(ReservedFields.Data),
            new UpdateOptions { Condition = ReservedFields.Status.Equal("open") & ReservedFields.Name.BeginsWith("A") & ReservedFields.Data.Exists() });
        var projected = await table.GetAsync(Reserved.Key("r-1"), new GetOptions { Projection = ProjectionExpression.Of(ReservedFields.Status, ReservedFields.Name), ConsistentRead = true });
        var filtered = await ToListAsync(table.Scan(new ScanOptions { Filter = ReservedFields.Name.Equal("Grace") }));

        Assert.Multiple(() =>
        {
            Assert.That(updated!.Status, Is.EqualTo("closed"));
            Assert.That(updated.Name, Is.EqualTo("Grace"));
            Assert.That(updated.Data, Is.Null);
            Assert.That(projected!.Status, Is.EqualTo("closed"));
            Assert.That(projected.Count, Is.Null, "not projected");
            Assert.That(filtered, Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task Get_with_consistent_read_fresh_and_projection()
    {
        var table = await NewTable<Reserved>("reserved");
        await table.PutAsync(new Reserved { Id = "c", Count = 4, Status = "open", Name = "n" });

        var full = await table.GetAsync(Reserved.Key("c"), new GetOptions { ConsistentRead = true, Fresh = true });
        var projected = await table.GetAsync(Reserved.Key("c"), new GetOptions { Projection = ProjectionExpression.Of(ReservedFields.Status) });

        Assert.Multiple(() =>
        {
            Assert.That(full!.Count, Is.EqualTo(4));
            Assert.That(projected!.Status, Is.EqualTo("open"));
            Assert.That(projected.Id, Is.EqualTo("c"), "key attributes are always projected");
            Assert.That(projected.Name, Is.Null);
            Assert.That(projected.Count, Is.Null);
        });
    }

    [Test]
    public async Task Put_returns_the_replaced_item_and_honours_its_condition()
    {
        var table = await NewTable<Order>("orders");
        var first = new Order { CustomerId = "c", OrderId = 1, Quantity = 1, State = "open" };
        var second = new Order { CustomerId = "c", OrderId = 1, Quantity = 2, State = "open" };

        var none = await table.PutAsync(first, new PutOptions { ReturnOld = true });
        var replaced = await table.PutAsync(second, new PutOptions { ReturnOld = true, Condition = OrderFields.State.Equal("open") });
        var failure = Assert.ThrowsAsync<DynamoConditionFailedException>(() => table.PutAsync(first, new PutOptions { Condition = OrderFields.Quantity.GreaterThan(5) }));

        Assert.Multiple(async () =>
        {
            Assert.That(none.Old, Is.Null);
            Assert.That(none.Item, Is.SameAs(first));
            Assert.That(replaced.Old!.Quantity, Is.EqualTo(1));
            Assert.That(failure!.TableName, Is.EqualTo(table.Name));
            Assert.That(failure.Key["OrderId"].N, Is.EqualTo("1"));
            Assert.That(failure.Item, Is.Null, "not asked for");
            Assert.That(failure.InnerException, Is.InstanceOf<ConditionalCheckFailedException>());
            Assert.That(DynamoErrors.Classify(failure), Is.EqualTo(DynamoErrorKind.ConditionFailed));
            Assert.That((await table.GetAsync(Order.Key("c", 1)))!.Quantity, Is.EqualTo(2));
        });
    }

    [Test]
    public async Task A_condition_failure_carries_the_item_as_it_stands_when_asked()
    {
        var table = await NewTable<Order>("orders");
        await table.PutAsync(new Order { CustomerId = "c", OrderId = 1, Quantity = 7 });

        var failure = Assert.ThrowsAsync<DynamoConditionFailedException>(() => table.PutAsync(
            new Order { CustomerId = "c", OrderId = 1, Quantity = 8 },
            new PutOptions { Condition = OrderFields.Quantity.Equal(1), ReturnItemOnConditionFailure = true }));

        // DynamoDB returns the item with the failure; dynalite ignores ReturnValuesOnConditionCheckFailure, so the
        // table reads it right after the failure and says so.
        Assert.That(failure!.GetItem<Order>()!.Quantity, Is.EqualTo(7));
        TestContext.Out.WriteLine($"item came {(failure.ItemReadAfterFailure ? "from a read after the failure" : "with the failure")}");
    }

    [Test]
    public async Task Create_refuses_an_existing_key()
    {
        var table = await NewTable<Order>("orders");
        await table.CreateAsync(new Order { CustomerId = "c", OrderId = 1, Quantity = 1 });

        var failure = Assert.ThrowsAsync<DynamoConditionFailedException>(() => table.CreateAsync(new Order { CustomerId = "c", OrderId = 1, Quantity = 2 }));

        Assert.That(failure!.Message, Does.Contain("already exists"));
        Assert.That((await table.GetAsync(Order.Key("c", 1)))!.Quantity, Is.EqualTo(1));
    }

    [Test]
    public async Task Delete_with_condition_and_returned_item()
    {
        var table = await NewTable<Order>("orders");
        await table.PutAsync(new Order { CustomerId = "c", OrderId = 1, State = "open" });

        Assert.ThrowsAsync<DynamoConditionFailedException>(() => table.DeleteAsync(Order.Key("c", 1), new DeleteOptions { Condition = OrderFields.State.Equal("closed") }));
        var deleted = await table.DeleteAsync(Order.Key("c", 1), new DeleteOptions { Condition = OrderFields.State.Equal("open"), ReturnOld = true });
        var again = await table.DeleteAsync(Order.Key("c", 1), new DeleteOptions { ReturnOld = true });

        Assert.That(deleted!.State, Is.EqualTo("open"));
        Assert.That(again, Is.Null);
        Assert.That(await table.GetAsync(Order.Key("c", 1)), Is.Null);
    }

    [Test]
    public async Task Update_runs_every_action_against_DynamoDB()
    {
        var table = await NewTable<Reserved>("reserved");
        await table.PutAsync(new Reserved
        {
            Id = "u",
            Count = 5,
            Tags = ["b"],
            Labels = ["x", "y"],
            Scores = new() { ["math"] = 1 },
            Nested = new Inner { Hits = 1 },
        });

        var after = await table.UpdateAsync(Reserved.Key("u"), new UpdateExpression()
            .Increment(ReservedFields.Count, -2)
            .Append(ReservedFields.Tags, "c", "d")
            .AddToSet(ReservedFields.Labels, "z")
            .Set(ReservedFields.Scores["physics"], 9)
            .Increment(ReservedFields.Nested.Then(InnerFields.Hits), 10)
            .SetIfNotExists(ReservedFields.Status, "new"));
        await table.UpdateAsync(Reserved.Key("u"), new UpdateExpression().Prepend(ReservedFields.Tags, "a").DeleteFromSet(ReservedFields.Labels, "x"));
        await table.UpdateAsync(Reserved.Key("u"), new UpdateExpression().Set(ReservedFields.Tags[0], "A"));

        Assert.That(after, Is.Not.Null);
        Assert.Multiple(() =>
        {
            Assert.That(after!.Count, Is.EqualTo(3));
            Assert.That(after.Labels, Is.EquivalentTo(new[] { "x", "y", "z" }));
            Assert.That(after.Scores, Is.EquivalentTo(new Dictionary<string, int> { ["math"] = 1, ["physics"] = 9 }));
            Assert.That(after.Nested!.Hits, Is.EqualTo(11));
            Assert.That(after.Status, Is.EqualTo("new"));
            Assert.That(after.Tags, Is.EqualTo(new[] { "b", "c", "d" }));
        });

        var tags = await table.UpdateAsync(Reserved.Key("u"), new UpdateExpression().Append(ReservedFields.Tags, "e").SetIfNotExists(ReservedFields.Status, "ignored"));
        Assert.That(tags!.Tags, Is.EqualTo(new[] { "A", "b", "c", "d", "e" }));
        Assert.That(tags.Status, Is.EqualTo("new"));
        Assert.That(tags.Labels, Is.EquivalentTo(new[] { "y", "z" }));
    }

    [Test]
    public async Task Update_returns_new_old_or_nothing_and_can_require_an_existing_item()
    {
        var table = await NewTable<Reserved>("reserved");
        await table.PutAsync(new Reserved { Id = "u", Count = 1 });

        var old = await table.UpdateAsync(Reserved.Key("u"), new UpdateExpression().Increment(ReservedFields.Count, 1), new UpdateOptions { Return = ReturnItem.Old });
        var none = await table.UpdateAsync(Reserved.Key("u"), new UpdateExpression().Increment(ReservedFields.Count, 1), new UpdateOptions { Return = ReturnItem.None });
        var missing = Assert.ThrowsAsync<DynamoConditionFailedException>(() => table.UpdateAsync(Reserved.Key("absent"), new UpdateExpression().Increment(ReservedFields.Count, 1)));
        var created = await table.UpdateAsync(Reserved.Key("upserted"), new UpdateExpression().Set(ReservedFields.Name, "x"), new UpdateOptions { CreateIfMissing = true });

        Assert.Multiple(async () =>
        {
            Assert.That(old!.Count, Is.EqualTo(1));
            Assert.That(none, Is.Null);
            Assert.That(missing!.Message, Does.StartWith("No item with key Id=absent exists in table '"));
            Assert.That(await table.GetAsync(Reserved.Key("absent")), Is.Null, "a refused update creates nothing");
            Assert.That(created!.Name, Is.EqualTo("x"));
            Assert.That((await table.GetAsync(Reserved.Key("u")))!.Count, Is.EqualTo(3));
        });
    }

    [Test]
    public async Task Minimal_update_sends_only_the_changes_and_never_the_key()
    {
        var table = await NewTable<Reserved>("reserved");
        var before = new Reserved { Id = "m", Status = "open", Name = "n", Data = "keep", Count = 1, Labels = ["a"] };
        await table.PutAsync(before);
        // Someone else changes Data meanwhile; a minimal update of other attributes does not overwrite it.
        await table.UpdateAsync(Reserved.Key("m"), new UpdateExpression().Set(ReservedFields.Data, "theirs"));
        var after = before with { Status = "closed", Name = null, Labels = ["a"] };

        var request = new UpdateExpression();
        var result = await table.UpdateChangesAsync(before, after);
        var unchanged = await table.UpdateChangesAsync(after, after);

        Assert.Multiple(() =>
        {
            Assert.That(result.Status, Is.EqualTo("closed"));
            Assert.That(result.Name, Is.Null);
            Assert.That(result.Data, Is.EqualTo("theirs"));
            Assert.That(unchanged, Is.SameAs(after));
            Assert.That(() => table.UpdateChangesAsync(before, before with { Id = "other" }), Throws.ArgumentException);
        });
        _ = request;
    }

    [Test]
    public void Diff_of_two_items_sets_what_changed_and_removes_what_is_gone()
    {
        var before = new Reserved { Id = "m", Status = "open", Name = "n", Labels = ["a", "b"], Count = 1 }.ToItem();
        var after = new Reserved { Id = "m", Status = "closed", Labels = ["b", "a"], Count = 1 }.ToItem();

        var update = ItemDiff.Changes(before, after, new HashSet<string> { "Id" });

        Assert.That(update.ToString(), Is.EqualTo("SET #n0 = :v0 REMOVE #n1"));
    }

    [Test]
    public void Diff_compares_numbers_by_value()
    {
        // A price read back from DynamoDB has lost its scale's zeros (10.5 for 10.50): the same number is no change.
        var stored = new PricePoint { Category = "tea", Price = 10.5m, Weight = 1 }.ToItem();
        var edited = new PricePoint { Category = "tea", Price = 10.50m, Weight = 1.0 }.ToItem();
        var repriced = new PricePoint { Category = "tea", Price = 10.5m, Weight = 2 }.ToItem();

        Assert.That(ItemDiff.Changes(stored, edited, new HashSet<string> { "Category", "Price" }).IsEmpty, Is.True);
        Assert.That(ItemDiff.Changes(stored, repriced, new HashSet<string> { "Category", "Price" }).ToString(), Is.EqualTo("SET #n0 = :v0"));
    }

    [Test]
    public async Task Bad_keys_fail_before_any_request()
    {
        var connection = new CountingConnection(LocalDynamoSetup.Connection(engine));
        var table = new Table<Order>(connection, "never-created");

        Assert.Multiple(() =>
        {
            Assert.That(() => table.GetAsync(null!), Throws.ArgumentNullException);
            // Keys from the SDK's dictionaries are checked when they become typed keys (another type's key does not compile).
            Assert.That(() => DynamoKey<Order>.FromAttributeValues(new Dictionary<string, AttributeValue> { ["CustomerId"] = new AttributeValue { S = "c" } }), Throws.ArgumentException.With.Message.Contains("lacks 'OrderId'"));
            Assert.That(() => DynamoKey<Order>.FromAttributeValues(new Dictionary<string, AttributeValue> { ["CustomerId"] = new AttributeValue { S = "c" }, ["OrderId"] = new AttributeValue { N = "1" }, ["x"] = new AttributeValue { S = "y" } }), Throws.ArgumentException.With.Message.Contains("'x'"));
            Assert.That(() => DynamoKey<Order>.FromAttributeValues(new Dictionary<string, AttributeValue> { ["CustomerId"] = new AttributeValue { S = "c" }, ["OrderId"] = new AttributeValue { S = "1" } }), Throws.ArgumentException.With.Message.EqualTo("Key attribute 'OrderId' of Order must be a non-empty N; found S \"1\". (Parameter 'attributes')"));
            Assert.That(() => DynamoKey<Order>.FromAttributeValues(new Dictionary<string, AttributeValue> { ["CustomerId"] = new AttributeValue { S = "" }, ["OrderId"] = new AttributeValue { N = "1" } }), Throws.ArgumentException.With.Message.Contains("non-empty S"));
            Assert.That(() => table.UpdateAsync(Order.Key("c", 1), new UpdateExpression()), Throws.ArgumentException.With.Message.Contains("no actions"));
            Assert.That(() => table.UpdateAsync(Order.Key("c", 1), new UpdateExpression().Set(OrderFields.CustomerId, "x")), Throws.ArgumentException.With.Message.Contains("key attribute"));
            Assert.That(() => table.BatchGetAsync([]), Throws.ArgumentException.With.Message.Contains("empty"));
            Assert.That(() => table.BatchWriteAsync([], []), Throws.ArgumentException.With.Message.Contains("empty"));
        });
        Assert.That(connection.Gets + connection.BatchGets + connection.BatchWrites, Is.Zero);
        await Task.CompletedTask;
    }

    [Test]
    public async Task Errors_are_told_apart_and_keep_DynamoDB_messages()
    {
        var missing = _context.Table<Order>(LocalDynamoSetup.UniqueTableName("missing"));
        var notFound = Assert.ThrowsAsync<ResourceNotFoundException>(() => missing.GetAsync(Order.Key("c", 1)));
        var table = await NewTable<Order>("orders");
        var validation = Assert.CatchAsync<AmazonDynamoDBException>(() => table.UpdateAsync(Order.Key("c", 1), new UpdateExpression().Increment(OrderFields.Quantity, 1).Set(OrderFields.Quantity, 3)));

        Assert.Multiple(() =>
        {
            Assert.That(DynamoErrors.Classify(notFound!), Is.EqualTo(DynamoErrorKind.NotFound));
            Assert.That(DynamoErrors.Classify(validation!), Is.EqualTo(DynamoErrorKind.Validation));
            Assert.That(validation!.Message, Does.Contain("overlap").IgnoreCase.Or.Contain("conflict").IgnoreCase);
            Assert.That(DynamoErrors.Classify(new ProvisionedThroughputExceededException("slow down")), Is.EqualTo(DynamoErrorKind.Throttling));
            Assert.That(DynamoErrors.Classify(new ArgumentException("bad")), Is.EqualTo(DynamoErrorKind.InvalidArgument));
        });
    }

    [Test]
    public async Task Every_call_honours_its_cancellation_token()
    {
        var table = await NewTable<Order>("orders");
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        Assert.Multiple(() =>
        {
            Assert.That(() => table.GetAsync(Order.Key("c", 1), cancelled.Token), Throws.InstanceOf<OperationCanceledException>());
            Assert.That(() => table.PutAsync(new Order { CustomerId = "c", OrderId = 1 }, cancelled.Token), Throws.InstanceOf<OperationCanceledException>());
            Assert.That(async () => await ToListAsync(table.Query(OrderIndexes.Primary.Partition("c"), null, cancelled.Token)), Throws.InstanceOf<OperationCanceledException>());
            Assert.That(() => table.BatchGetAsync([Order.Key("c", 1)], null, cancelled.Token), Throws.InstanceOf<OperationCanceledException>());
        });
    }

    internal static async Task<List<TItem>> ToListAsync<TItem>(IAsyncEnumerable<TItem> items)
    {
        var list = new List<TItem>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }
}
