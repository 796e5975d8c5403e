using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.DataModel;
using Amazon.DynamoDBv2.Model;
using DynamoGen.Testing;
using NUnit.Framework;

namespace DynamoGen.Tests.Evolution;

/// <summary>
/// Tables outlive models, through the real local DynamoDB: items written by DynamoDBContext from an older, smaller
/// model read with today's model; no call leaves an item that its type cannot read; a transaction spans two contexts
/// that share a connection (two tenants with their own key prefixes).
/// </summary>
[TestFixture(DynamoEngine.Sdk)]
[TestFixture(DynamoEngine.Direct)]
public sealed class EvolutionIntegrationTests(DynamoEngine engine)
{
    private async Task<(DynamoContext Context, string Name)> NewTableAsync<T>(string name)
        where T : IDynamoTable<T>
    {
        var context = LocalDynamoSetup.Context(engine);
        var table = LocalDynamoSetup.UniqueTableName(name);
        await context.CreateTableAsync<T>(table);
        return (context, table);
    }

    [Test]
    public async Task An_item_DynamoDBContext_wrote_from_an_older_model_reads_with_the_members_added_since()
    {
        var prefix = LocalDynamoSetup.UniqueTableName("v1") + "-";
        var context = LocalDynamoSetup.Context(engine);
        await context.CreateTableAsync<Profile>(prefix + "profiles");
        var client = LocalDynamoSetup.Client;
        using (var sdk = new DynamoDBContextBuilder().WithDynamoDBClient(() => client).ConfigureContext(c =>
               {
                   c.Conversion = DynamoDBEntryConversion.V2;
                   c.TableNamePrefix = prefix;
               }).Build())
        {
            await sdk.SaveAsync(new ProfileV1 { Id = "p-1", Name = "Ada" });
            await sdk.SaveAsync(new ProfileV1 { Id = "p-2", Name = "Grace" });
        }

        var profiles = context.Table<Profile>(prefix + "profiles");
        var one = await profiles.GetAsync(Profile.Key("p-1"));
        var all = await profiles.Scan().ToListAsync();

        Assert.Multiple(() =>
        {
            Assert.That(one, Is.EqualTo(new Profile { Id = "p-1", Name = "Ada", Tags = one!.Tags }), "Visits 0, Level 0, Active true, Plan free, LastSeen null");
            Assert.That(one!.Tags, Is.Empty);
            Assert.That(all.Select(p => (p.Id, p.Name, p.Visits, p.Active, p.Plan)).OrderBy(p => p.Id), Is.EqualTo(new[] { ("p-1", "Ada", 0, true, "free"), ("p-2", "Grace", 0, true, "free") }));
        });
    }

    [Test]
    public async Task An_update_of_an_absent_key_creates_nothing_by_default()
    {
        var (context, name) = await NewTableAsync<Profile>("profiles");
        var profiles = context.Table<Profile>(name);

        var error = Assert.ThrowsAsync<DynamoConditionFailedException>(() => profiles.UpdateAsync(Profile.Key("nobody"), new UpdateExpression().Increment(Profile.Fields.Visits, 1)))!;

        Assert.That(error.Message, Does.Contain("No item with key Id=nobody exists").And.Contain("CreateIfMissing"));
        var raw = await LocalDynamoSetup.Client.GetItemAsync(name, new Dictionary<string, AttributeValue> { ["Id"] = new() { S = "nobody" } });
        Assert.That(raw.Item?.Count ?? 0, Is.Zero, "no partial item was created");
    }

    [Test]
    public async Task An_update_that_may_create_must_set_every_required_attribute_and_is_refused_before_sending_otherwise()
    {
        var (context, name) = await NewTableAsync<Profile>("profiles");
        var profiles = context.Table<Profile>(name);

        var refused = Assert.ThrowsAsync<ArgumentException>(() => profiles.UpdateAsync(
            Profile.Key("p-9"), new UpdateExpression().Increment(Profile.Fields.Visits, 1), new UpdateOptions { CreateIfMissing = true }))!;
        var created = await profiles.UpdateAsync(
            Profile.Key("p-9"), new UpdateExpression().SetIfNotExists(Profile.Fields.Name, "Anonymous").Increment(Profile.Fields.Visits, 1), new UpdateOptions { CreateIfMissing = true });
        var again = await profiles.UpdateAsync(
            Profile.Key("p-9"), new UpdateExpression().SetIfNotExists(Profile.Fields.Name, "Other").Increment(Profile.Fields.Visits, 1), new UpdateOptions { CreateIfMissing = true });

        Assert.Multiple(async () =>
        {
            Assert.That(refused.Message, Does.Contain("does not set 'Name'"));
            Assert.That(created, Is.EqualTo(new Profile { Id = "p-9", Name = "Anonymous", Visits = 1, Tags = created!.Tags }));
            Assert.That((again!.Name, again.Visits), Is.EqualTo(("Anonymous", 2)));
            Assert.That((await profiles.GetAsync(Profile.Key("p-9")))!.Visits, Is.EqualTo(2), "the item an update created reads");
        });
    }

    [Test]
    public async Task An_update_that_creates_a_single_table_entity_writes_its_entity_attribute()
    {
        var (context, name) = await NewTableAsync<Counter>("counters");
        var counters = context.Table<Counter>(name);

        await counters.UpdateAsync(Counter.Key("c-1"), new UpdateExpression().Increment(Counter.Fields.Hits, 5), new UpdateOptions { CreateIfMissing = true });
        var raw = await LocalDynamoSetup.Client.GetItemAsync(name, new Dictionary<string, AttributeValue> { ["Id"] = new() { S = "c-1" } });

        Assert.That(raw.Item["_type"].S, Is.EqualTo("Counter"));
        Assert.That((await counters.GetAsync(Counter.Key("c-1")))!.Hits, Is.EqualTo(5));
    }

    [Test]
    [Requires(LocalDynamoFeatures.Transactions)]
    public async Task A_transaction_spans_two_contexts_that_share_one_connection()
    {
        var connection = LocalDynamoSetup.Connection(engine);
        var name = LocalDynamoSetup.UniqueTableName("tenants");
        var tenantA = new DynamoContext(new DynamoContextOptions { DefaultKeyPrefix = "tenant-a#" }.UseDefaultConnection(connection));
        var tenantB = new DynamoContext(new DynamoContextOptions { DefaultKeyPrefix = "tenant-b#" }.UseDefaultConnection(connection));
        await tenantA.CreateTableAsync<Counter>(name);
        var a = tenantA.Table<Counter>(name);
        var b = tenantB.Table<Counter>(name);

        await new TransactWrite().Put(a, new Counter { Id = "x", Hits = 1 }).Put(b, new Counter { Id = "x", Hits = 2 }).ExecuteAsync();

        Assert.That(((await a.GetAsync(Counter.Key("x")))!.Hits, (await b.GetAsync(Counter.Key("x")))!.Hits), Is.EqualTo((1L, 2L)));
    }
}
