using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using DynamoGen.Tests.Mapping;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;

namespace DynamoGen.Tests.Operations;

/// <summary>Optimistic versioning ([Version]) and time-to-live hiding against the local DynamoDB.</summary>
[TestFixture(DynamoEngine.Sdk)]
[TestFixture(DynamoEngine.Direct)]
public sealed class VersionAndTtlTests(DynamoEngine engine)
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
    public async Task Put_writes_version_plus_one_and_returns_it_without_changing_the_callers_instance()
    {
        var table = await NewTable<Counter>("counters");
        var fresh = new Counter("a", 0, 0);

        var first = (await table.PutAsync(fresh)).Item;
        var second = (await table.PutAsync(first with { Count = 1 })).Item;
        var stale = Assert.ThrowsAsync<DynamoVersionConflictException>(() => table.PutAsync(first with { Count = 99 }));
        var again = Assert.ThrowsAsync<DynamoVersionConflictException>(() => table.PutAsync(fresh));

        Assert.Multiple(async () =>
        {
            Assert.That(fresh.Version, Is.Zero);
            Assert.That(first.Version, Is.EqualTo(1));
            Assert.That(second.Version, Is.EqualTo(2));
            Assert.That(stale!.ExpectedVersion, Is.EqualTo(1));
            Assert.That(stale.TableName, Is.EqualTo(table.Name));
            Assert.That(stale.Message, Does.Contain("Id=a"));
            Assert.That(again!.ExpectedVersion, Is.Zero);
            Assert.That(await table.GetAsync(Counter.Key("a")), Is.EqualTo(new Counter("a", 1, 2)));
        });
    }

    [Test]
    public async Task Update_and_delete_check_and_increment_the_version()
    {
        var table = await NewTable<Counter>("counters");
        var stored = (await table.PutAsync(new Counter("a", 0, 0))).Item;

        var unchecked1 = await table.UpdateAsync(Counter.Key("a"), new UpdateExpression().Increment(CounterFields.Count, 5));
        var conflict = Assert.ThrowsAsync<DynamoVersionConflictException>(() => table.UpdateAsync(Counter.Key("a"), new UpdateExpression().Increment(CounterFields.Count, 1), new UpdateOptions { ExpectedVersion = 1 }));
        var checkedUpdate = await table.UpdateAsync(Counter.Key("a"), new UpdateExpression().Increment(CounterFields.Count, 1), new UpdateOptions { ExpectedVersion = 2 });
        var staleDelete = Assert.ThrowsAsync<DynamoVersionConflictException>(() => table.DeleteAsync(stored));
        await table.DeleteAsync(checkedUpdate!);

        Assert.Multiple(async () =>
        {
            Assert.That(unchecked1!.Version, Is.EqualTo(2));
            Assert.That(conflict, Is.Not.Null);
            Assert.That(checkedUpdate!.Version, Is.EqualTo(3));
            Assert.That(checkedUpdate.Count, Is.EqualTo(6));
            Assert.That(staleDelete, Is.Not.Null);
            Assert.That(await table.GetAsync(Counter.Key("a")), Is.Null);
            Assert.That(() => table.UpdateAsync(Counter.Key("a"), new UpdateExpression().Set(new AttributePath("v"), new AttributeValue { N = "1" })), Throws.ArgumentException);
        });
    }

    [Test]
    public async Task A_failed_user_condition_on_a_versioned_item_is_not_a_version_conflict()
    {
        var table = await NewTable<Counter>("counters");
        var stored = (await table.PutAsync(new Counter("a", 3, 0))).Item;

        var failure = Assert.ThrowsAsync<DynamoConditionFailedException>(() => table.PutAsync(stored with { Count = 4 }, new PutOptions { Condition = CounterFields.Count.Equal(100) }));

        Assert.That(failure, Is.Not.InstanceOf<DynamoVersionConflictException>());
    }

    [Test]
    public async Task Sixteen_writers_incrementing_25_times_each_with_retries_reach_exactly_400()
    {
        var table = await NewTable<Counter>("counters");
        await table.PutAsync(new Counter("hot", 0, 0));
        var conflicts = 0;

        var writers = Enumerable.Range(0, 16).Select(_ => Task.Run(async () =>
        {
            for (var i = 0; i < 25; i++)
            {
                while (true)
                {
                    var current = (await table.GetAsync(Counter.Key("hot"), new GetOptions { ConsistentRead = true }))!;
                    try
                    {
                        await table.PutAsync(current with { Count = current.Count + 1 });
                        break;
                    }
                    catch (DynamoVersionConflictException)
                    {
                        System.Threading.Interlocked.Increment(ref conflicts);
                    }
                }
            }
        }));
        await Task.WhenAll(writers);

        var final = (await table.GetAsync(Counter.Key("hot"), new GetOptions { ConsistentRead = true }))!;
        TestContext.Out.WriteLine($"400 increments, {conflicts} version conflicts retried");
        Assert.That(final.Count, Is.EqualTo(400));
        Assert.That(final.Version, Is.EqualTo(401));
    }

    [Test]
    public async Task Expired_items_read_as_absent_when_asked_per_call_or_per_table()
    {
        var name = LocalDynamoSetup.UniqueTableName("sessions");
        await _context.CreateTableAsync<Session>(name);
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)); // epoch 1,767,225,600
        var table = _context.Table<Session>(name).WithOptions(new TableOptions { TimeProvider = clock });
        var hiding = table.WithOptions(new TableOptions { TimeProvider = clock, HideExpiredItems = true });
        await table.PutAsync(new Session("expired", 1_700_000_000, "u"));
        await table.PutAsync(new Session("live", 1_900_000_000, "u"));
        await table.PutAsync(new Session("forever", null, "u"));

        Assert.Multiple(async () =>
        {
            Assert.That(await table.GetAsync(Session.Key("expired")), Is.Not.Null, "dynalite never expires anything; visible by default");
            Assert.That(await table.GetAsync(Session.Key("expired"), new GetOptions { HideExpired = true }), Is.Null);
            Assert.That(await hiding.GetAsync(Session.Key("expired")), Is.Null);
            Assert.That(await hiding.GetAsync(Session.Key("expired"), new GetOptions { HideExpired = false }), Is.Not.Null);
            Assert.That(await hiding.GetAsync(Session.Key("live")), Is.Not.Null);
            Assert.That(await hiding.GetAsync(Session.Key("forever")), Is.Not.Null);
            Assert.That((await ItemOperationTests.ToListAsync(hiding.Scan())).Select(s => s.Id), Is.EquivalentTo(new[] { "live", "forever" }));
            Assert.That(await hiding.CountAllAsync(), Is.EqualTo(2));
            Assert.That((await hiding.BatchGetAsync([Session.Key("expired"), Session.Key("live")])).Items.Select(s => s.Id), Is.EqualTo(new[] { "live" }));
        });
    }

    // PutAsync of a [Version] type returns the item with its new version through the generated WithVersion, never by
    // reading the written item back (ToItem then FromItem), for records and classes alike.
    [Test]
    public async Task PutAsync_returns_the_bumped_version_without_calling_FromItem()
    {
        var table = await NewTable<CountedNote>("counted");
        var fresh = new CountedNote("n", "first", 0);
        var before = CountingLabelConverter.Reads;

        var first = (await table.PutAsync(fresh)).Item;
        var second = (await table.PutAsync(first with { Label = "second" })).Item;
        var readsByPuts = CountingLabelConverter.Reads - before;
        var stored = await table.GetAsync(CountedNote.Key("n"), new GetOptions { ConsistentRead = true });
        var readsByGet = CountingLabelConverter.Reads - before - readsByPuts;

        Assert.Multiple(() =>
        {
            Assert.That(readsByPuts, Is.Zero, "PutAsync read no item: FromItem was not called");
            Assert.That(readsByGet, Is.EqualTo(1), "the counter sees FromItem (GetAsync calls it once)");
            Assert.That(fresh.Version, Is.Zero);
            Assert.That(first, Is.EqualTo(new CountedNote("n", "first", 1)));
            Assert.That(second, Is.EqualTo(new CountedNote("n", "second", 2)));
            Assert.That(stored, Is.EqualTo(second));
        });
    }

    [Test]
    public async Task A_class_is_returned_as_a_copy_with_the_new_version_and_the_callers_instance_keeps_its_own()
    {
        var table = await NewTable<VersionedDocument>("documents");
        var original = new VersionedDocument { Id = "d", Tags = ["a"], LocalNote = "mine" };

        var written = (await table.PutAsync(original)).Item;
        var conflict = Assert.ThrowsAsync<DynamoVersionConflictException>(() => table.PutAsync(original));
        var staleDelete = Assert.ThrowsAsync<DynamoVersionConflictException>(() => table.DeleteAsync(original));
        var stored = await table.GetAsync(VersionedDocument.Key("d"), new GetOptions { ConsistentRead = true });

        Assert.Multiple(() =>
        {
            Assert.That(written, Is.Not.SameAs(original));
            Assert.That(original.Revision, Is.Zero);
            Assert.That(written.Revision, Is.EqualTo(1));
            Assert.That(written.LocalNote, Is.EqualTo("mine"));
            Assert.That(conflict!.ExpectedVersion, Is.Zero);
            Assert.That(staleDelete!.ExpectedVersion, Is.Zero);
            Assert.That(stored!.Revision, Is.EqualTo(1));
            Assert.That(stored.Tags, Is.EqualTo(new[] { "a" }));
        });

        await table.DeleteAsync(written);
        Assert.That(await table.GetAsync(VersionedDocument.Key("d"), new GetOptions { ConsistentRead = true }), Is.Null);
    }

    [Test]
    public async Task An_init_only_nullable_version_starts_at_null_and_is_written_as_1()
    {
        var table = await NewTable<VersionedAccount>("accounts");
        var fresh = new VersionedAccount { Id = "a", Balance = 3m };

        var first = (await table.PutAsync(fresh)).Item;
        var second = (await table.PutAsync(first)).Item;
        var raw = await LocalDynamoSetup.Client.GetItemAsync(new GetItemRequest { TableName = table.Name, Key = VersionedAccount.Key("a").ToAttributeValues(), ConsistentRead = true });

        Assert.Multiple(() =>
        {
            Assert.That(fresh.Version, Is.Null);
            Assert.That(first.Version, Is.EqualTo(1));
            Assert.That(second.Version, Is.EqualTo(2));
            Assert.That(raw.Item["v"].N, Is.EqualTo("2"));
        });
    }

    [Test]
    public async Task A_version_an_int_member_cannot_hold_or_a_negative_one_is_refused_before_anything_is_sent()
    {
        var table = await NewTable<VersionedDocument>("documents");
        var full = new VersionedDocument { Id = "full" };
        full.SetRevision(int.MaxValue);
        var negative = new VersionedDocument { Id = "negative" };
        negative.SetRevision(-1);

        var overflow = Assert.ThrowsAsync<DynamoMappingException>(() => table.PutAsync(full));
        var below = Assert.ThrowsAsync<DynamoMappingException>(() => table.PutAsync(negative));

        Assert.Multiple(async () =>
        {
            Assert.That(overflow!.Message, Does.Contain("attribute 'Revision'").And.Contain("a version the [Version] member can hold"));
            Assert.That(below!.Message, Does.Contain("expected N holding a whole number of 0 or more (the [Version] attribute), found N -1"));
            Assert.That(await table.CountAllAsync(), Is.Zero);
        });
    }

    [Test]
    public void A_transaction_puts_a_class_with_its_next_version_and_the_version_check()
    {
        var table = new Table<VersionedDocument>(new DynamoDbConnection(LocalDynamoSetup.Client), "documents");
        var item = new VersionedDocument { Id = "d" };
        item.SetRevision(3);

        var put = new TransactWrite().Put(table, item).BuildRequest(withToken: false).TransactItems.Single().Put;

        Assert.Multiple(() =>
        {
            Assert.That(put.Item["Revision"].N, Is.EqualTo("4"));
            Assert.That(put.ConditionExpression, Is.EqualTo("#n0 = :v0"));
            Assert.That(put.ExpressionAttributeValues[":v0"].N, Is.EqualTo("3"));
            Assert.That(item.Revision, Is.EqualTo(3));
        });
    }
}
