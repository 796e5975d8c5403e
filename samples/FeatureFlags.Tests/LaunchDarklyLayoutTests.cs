using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Amazon.DynamoDBv2.Model;
using DynamoGen;
using NUnit.Framework;

namespace FeatureFlags.Tests;

/// <summary>
/// Rows laid out exactly as LaunchDarkly's stores write them (built by hand as raw attribute values and put with the
/// SDK client) are read by the sample's store; the rows the sample writes are laid out as LaunchDarkly's stores read
/// them. Layouts from: <c>dotnet-server-sdk-dynamodb</c> <c>DynamoDBDataStoreImpl.cs</c> and <c>java-server-sdk</c>
/// <c>DynamoDbDataStoreImpl.java</c> (tombstone: <c>item</c> = <c>null</c>), <c>node-server-sdk-dynamodb</c>
/// <c>dynamodb_feature_store.js</c> (tombstone: <c>{"key","version","deleted":true}</c>), <c>js-core</c>
/// <c>DynamoDBCore.ts</c> (no <c>item</c> without a serialized item; reads a <c>deleted</c> BOOL).
/// </summary>
public sealed class LaunchDarklyLayoutTests
{
    /// <summary>A flag as LaunchDarkly's service sends it and its SDKs store it: many properties this sample does not type.</summary>
    private const string RealFlagJson = """
        {"key":"flag1","version":5,"on":true,"prerequisites":[],"salt":"abc","sel":"123",
         "targets":[{"values":["ada"],"variation":0}],"contextTargets":[],
         "rules":[{"id":"r1","variation":1,"clauses":[{"attribute":"email","op":"endsWith","values":["@example.com"],"negate":false}],"trackEvents":false}],
         "fallthrough":{"rollout":{"variations":[{"variation":0,"weight":60000},{"variation":2,"weight":40000}]}},
         "offVariation":1,"variations":[{"color":"green","size":3},"plain",[1,2.5,null],true,null,-7],
         "clientSide":false,"trackEvents":false,"debugEventsUntilDate":null,"deleted":false}
        """;

    private string _table = null!;

    [SetUp]
    public async Task NewTableAsync() => _table = await LocalDynamo.NewTableAsync();

    [Test]
    public async Task A_flag_written_by_the_dotnet_or_java_store_is_read_with_every_JSON_type_of_variation()
    {
        await PutRawAsync(Row("features", "flag1", "5", RealFlagJson));

        var read = await Store().GetAsync(DataKinds.Features, "flag1");

        Assert.That(read, Is.Not.Null);
        var flag = read!.Value.Item!;
        Assert.Multiple(() =>
        {
            Assert.That(read.Value.Version, Is.EqualTo(5));
            Assert.That(flag.On, Is.True);
            Assert.That(flag.Variations!.Select(v => v.ValueKind), Is.EqualTo(new[]
            {
                JsonValueKind.Object, JsonValueKind.String, JsonValueKind.Array, JsonValueKind.True, JsonValueKind.Null, JsonValueKind.Number,
            }));
            Assert.That(flag.Variations![0].GetProperty("color").GetString(), Is.EqualTo("green"));
            Assert.That(flag.OffValue?.GetString(), Is.EqualTo("plain"));
            Assert.That(flag.Other!.Keys, Is.SupersetOf(new[] { "targets", "rules", "fallthrough", "salt", "prerequisites" }), "properties the sample does not type are kept");
        });
    }

    [Test]
    public async Task A_flag_written_by_LaunchDarkly_is_stored_back_with_every_property_it_had()
    {
        await PutRawAsync(Row("features", "flag1", "5", RealFlagJson));
        var store = Store();
        var flag = (await store.GetFlagAsync("flag1"))!;

        await store.UpsertAsync(DataKinds.Features, flag with { Version = 6 });
        var raw = await GetRawAsync("features", "flag1");

        using var written = JsonDocument.Parse(raw["item"].S);
        using var original = JsonDocument.Parse(RealFlagJson);
        Assert.Multiple(() =>
        {
            Assert.That(raw["version"].N, Is.EqualTo("6"));
            foreach (var property in new[] { "targets", "rules", "fallthrough", "salt", "variations" })
            {
                Assert.That(written.RootElement.GetProperty(property).GetRawText(), Is.EqualTo(original.RootElement.GetProperty(property).GetRawText()), property);
            }
        });
    }

    [Test]
    public async Task A_tombstone_of_the_dotnet_and_java_stores_item_null_is_a_deleted_item_with_its_version()
    {
        await PutRawAsync(Row("features", "gone", "8", "null"));
        await PutRawAsync(Row("features", "here", "1", """{"key":"here","version":1}"""));
        var store = Store();

        var gone = await store.GetAsync(DataKinds.Features, "gone");
        var all = await store.GetAllAsync(DataKinds.Features);

        Assert.Multiple(async () =>
        {
            Assert.That(gone, Is.EqualTo(new ItemDescriptor<FeatureFlag>(8, null)));
            Assert.That(all["gone"].IsDeleted, Is.True);
            Assert.That(all["here"].IsDeleted, Is.False);
            Assert.That(await store.UpsertAsync(DataKinds.Features, new FeatureFlag { Key = "gone", Version = 7 }), Is.False, "the tombstone's version holds");
        });
    }

    [Test]
    public async Task A_tombstone_of_the_Node_store_and_the_SDKs_deleted_true_JSON_is_a_deleted_item()
    {
        await PutRawAsync(Row("features", "gone", "3", """{"key":"gone","version":3,"deleted":true}"""));
        await PutRawAsync(Row("segments", "seg", "4", """{"key":"seg","version":4,"deleted":true}"""));
        var store = Store();

        Assert.Multiple(async () =>
        {
            Assert.That(await store.GetAsync(DataKinds.Features, "gone"), Is.EqualTo(new ItemDescriptor<FeatureFlag>(3, null)));
            Assert.That(await store.GetAsync(DataKinds.Segments, "seg"), Is.EqualTo(new ItemDescriptor<Segment>(4, null)));
            Assert.That(await store.GetFlagAsync("gone"), Is.Null);
        });
    }

    [Test]
    public async Task A_row_of_the_newer_Node_store_without_item_or_with_a_deleted_BOOL_is_a_deleted_item()
    {
        await PutRawAsync(Row("features", "no-item", "2", item: null));
        var flagged = Row("features", "flagged", "6", """{"key":"flagged","version":6}""");
        flagged["deleted"] = new AttributeValue { BOOL = true };
        await PutRawAsync(flagged);
        var store = Store();

        Assert.Multiple(async () =>
        {
            Assert.That(await store.GetAsync(DataKinds.Features, "no-item"), Is.EqualTo(new ItemDescriptor<FeatureFlag>(2, null)));
            Assert.That(await store.GetAsync(DataKinds.Features, "flagged"), Is.EqualTo(new ItemDescriptor<FeatureFlag>(6, null)));
        });
    }

    [Test]
    public async Task A_segment_and_prefixed_namespaces_written_by_LaunchDarkly_are_read()
    {
        await PutRawAsync(Row("prod:segments", "beta", "12", """{"key":"beta","version":12,"included":["ada"],"excluded":["bob"],"rules":[],"salt":"s"}"""));
        await PutRawAsync(Row("segments", "beta", "1", """{"key":"beta","version":1,"included":["other"]}"""));

        var segment = await Store("prod").GetAsync(DataKinds.Segments, "beta");

        Assert.Multiple(() =>
        {
            Assert.That(segment?.Version, Is.EqualTo(12));
            Assert.That(segment?.Item?.Included, Is.EqualTo(new[] { "ada" }));
            Assert.That(segment?.Item?.Excluded, Is.EqualTo(new[] { "bob" }));
        });
    }

    [Test]
    public async Task The_inited_marker_as_LaunchDarkly_writes_it_only_namespace_and_key_is_read()
    {
        await PutRawAsync(new Dictionary<string, AttributeValue> { ["namespace"] = new() { S = "env:$inited" }, ["key"] = new() { S = "env:$inited" } });

        Assert.Multiple(async () =>
        {
            Assert.That(await Store("env").InitializedAsync(), Is.True);
            Assert.That(await Store().InitializedAsync(), Is.False, "the marker without a prefix is '$inited'");
        });
    }

    [Test]
    public async Task The_rows_this_store_writes_are_laid_out_as_LaunchDarkly_reads_them()
    {
        var store = Store("env");
        await store.InitAsync(new FullDataSet([new FeatureFlag { Key = "f", Version = 2, On = true, Variations = [JsonDocument.Parse("true").RootElement] }], [new Segment { Key = "s", Version = 3 }]));
        await store.UpsertAsync(DataKinds.Features, FeatureFlag.Tombstone("f", 4));

        var marker = await GetRawAsync("env:$inited", "env:$inited");
        var tombstone = await GetRawAsync("env:features", "f");
        var segment = await GetRawAsync("env:segments", "s");

        Assert.Multiple(() =>
        {
            Assert.That(marker.Keys.Order(), Is.EqualTo(new[] { "key", "namespace" }), "the marker has only namespace and key");
            Assert.That(tombstone.Keys.Order(), Is.EqualTo(new[] { "item", "key", "namespace", "version" }));
            Assert.That(tombstone["version"].N, Is.EqualTo("4"));
            Assert.That(JsonDocument.Parse(tombstone["item"].S).RootElement.GetProperty("deleted").GetBoolean(), Is.True, "Node's and the SDKs' tombstone form, which every store reads");
            Assert.That(segment["item"].S, Is.EqualTo("""{"key":"s","version":3}"""));
            Assert.That(segment["version"].N, Is.EqualTo("3"));
        });
    }

    [Test]
    public async Task Init_replaces_rows_LaunchDarkly_wrote_but_leaves_other_prefixes_and_kinds_it_was_not_given_alone()
    {
        await PutRawAsync(Row("features", "old", "1", """{"key":"old","version":1}"""));
        await PutRawAsync(Row("other:features", "keep", "1", """{"key":"keep","version":1}"""));

        await Store().InitAsync(new FullDataSet([new FeatureFlag { Key = "new", Version = 1 }], []));

        Assert.Multiple(async () =>
        {
            Assert.That(await RawExistsAsync("features", "old"), Is.False);
            Assert.That(await RawExistsAsync("features", "new"), Is.True);
            Assert.That(await RawExistsAsync("other:features", "keep"), Is.True);
        });
    }

    [Test]
    public async Task Reads_are_strongly_consistent_as_in_LaunchDarklys_dotnet_store()
    {
        var recording = new RecordingConnection(new DynamoDbConnection(LocalDynamo.Client));
        var store = new DynamoDataStore(recording, _table);
        await store.InitAsync(new FullDataSet([new FeatureFlag { Key = "f", Version = 1 }], []));
        recording.Requests.Clear();

        await store.InitializedAsync();
        await store.GetAsync(DataKinds.Features, "f");
        await store.GetAllAsync(DataKinds.Segments);

        var reads = recording.Requests.ToList();
        Assert.Multiple(() =>
        {
            Assert.That(reads.OfType<GetItemRequest>().Select(r => r.ConsistentRead), Is.EqualTo(new bool?[] { true, true }));
            Assert.That(reads.OfType<QueryRequest>().Select(r => r.ConsistentRead), Is.EqualTo(new bool?[] { true }));
        });
    }

    [Test]
    public async Task With_the_cache_repeated_reads_are_served_from_memory_and_all_is_never_stale_after_own_writes()
    {
        var recording = new RecordingConnection(new DynamoDbConnection(LocalDynamo.Client));
        var store = DynamoDataStore.Create(recording, _table, prefix: null, TimeSpan.FromMinutes(5));
        await store.InitAsync(new FullDataSet([new FeatureFlag { Key = "a", Version = 1 }], []));
        recording.Requests.Clear();

        for (var i = 0; i < 3; i++)
        {
            await store.GetFlagAsync("a");
            await store.AllFlagsAsync();
        }

        var readsWhileCached = recording.Requests.Count;
        await store.UpsertAsync(DataKinds.Features, new FeatureFlag { Key = "b", Version = 1 });
        var afterUpsert = await store.AllFlagsAsync();
        await store.InitAsync(new FullDataSet([new FeatureFlag { Key = "c", Version = 1 }], []));
        var afterInit = await store.AllFlagsAsync();
        var getAfterInit = await store.GetFlagAsync("a");

        Assert.Multiple(() =>
        {
            Assert.That(readsWhileCached, Is.EqualTo(1), "one query for all; the get was cached by the init's write-through");
            Assert.That(afterUpsert.Keys.Order(), Is.EqualTo(new[] { "a", "b" }));
            Assert.That(afterInit.Keys, Is.EqualTo(new[] { "c" }));
            Assert.That(getAfterInit, Is.Null, "the init's delete reached the item cache");
        });
    }

    private DynamoDataStore Store(string? prefix = null)
        => new(new DynamoDbConnection(LocalDynamo.Client), _table, prefix, message => Assert.Fail("unexpected error: " + message));

    private static Dictionary<string, AttributeValue> Row(string ns, string key, string version, string? item)
    {
        var row = new Dictionary<string, AttributeValue>
        {
            ["namespace"] = new() { S = ns },
            ["key"] = new() { S = key },
            ["version"] = new() { N = version },
        };
        if (item is not null)
        {
            row["item"] = new AttributeValue { S = item };
        }

        return row;
    }

    private Task<PutItemResponse> PutRawAsync(Dictionary<string, AttributeValue> row) => LocalDynamo.Client.PutItemAsync(_table, row);

    private async Task<Dictionary<string, AttributeValue>> GetRawAsync(string ns, string key)
    {
        var response = await LocalDynamo.Client.GetItemAsync(_table, new Dictionary<string, AttributeValue> { ["namespace"] = new() { S = ns }, ["key"] = new() { S = key } }, consistentRead: true);
        return response.Item is { Count: > 0 } item ? item : throw new AssertionException($"no row {ns}/{key}");
    }

    private async Task<bool> RawExistsAsync(string ns, string key)
    {
        var response = await LocalDynamo.Client.GetItemAsync(_table, new Dictionary<string, AttributeValue> { ["namespace"] = new() { S = ns }, ["key"] = new() { S = key } }, consistentRead: true);
        return response.Item is { Count: > 0 };
    }
}
