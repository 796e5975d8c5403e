using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Amazon.DynamoDBv2.Model;
using DynamoGen.Tests.Mapping;
using NUnit.Framework;

namespace DynamoGen.Tests.Operations;

/// <summary>Reads a string as is and counts every read: <c>FromItem</c> of <see cref="CountedNote"/> calls it once per item.</summary>
public sealed class CountingLabelConverter : IDynamoConverter<string>
{
    private static int s_reads;

    public static int Reads => Volatile.Read(ref s_reads);

    public AttributeValue ToAttribute(string value) => new() { S = value };

    public string FromAttribute(AttributeValue value)
    {
        Interlocked.Increment(ref s_reads);
        return value.S;
    }
}

/// <summary>A versioned record whose label is read through <see cref="CountingLabelConverter"/>, so a test sees every <c>FromItem</c>.</summary>
[DynamoTable("counted-notes")]
public partial record CountedNote(
    [property: PartitionKey] string Id,
    [property: DynamoConverter(typeof(CountingLabelConverter))] string Label,
    [property: Version] long Version);

/// <summary>
/// PutAsync of a [Version] type returns the item with its new version through the generated <c>WithVersion</c>, never by
/// reading the written item back (<c>ToItem</c> then <c>FromItem</c>), for records and classes alike; against the local DynamoDB.
/// </summary>
[NonParallelizable] // CountingLabelConverter counts reads process-wide
public sealed class VersionedPutTests
{
    private DynamoContext _context = null!;

    [SetUp]
    public void SetUp() => _context = new DynamoContext(LocalDynamoSetup.Client);

    private async Task<Table<T>> NewTable<T>(string prefix) where T : IDynamoTable<T>
    {
        var name = LocalDynamoSetup.UniqueTableName(prefix);
        await _context.CreateTableAsync<T>(name);
        return _context.Table<T>(name);
    }

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
