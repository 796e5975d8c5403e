using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using DynamoGen;
using NUnit.Framework;

namespace FeatureFlags.Tests;

/// <summary>
/// LaunchDarkly's behavioural tests of a persistent data store, ported (not copied) to this store:
/// <c>launchdarkly/dotnet-server-sdk-shared-tests</c> <c>PersistentDataStoreBaseTests.cs</c> (the cases named after its
/// methods), <c>launchdarkly/dotnet-server-sdk-dynamodb</c> <c>test/.../DynamoDBDataStoreTest.cs</c> (too-large items),
/// and <c>launchdarkly/node-server-sdk</c> <c>test/feature_store_test_base.js</c> as run by
/// <c>launchdarkly/node-server-sdk-dynamodb</c> <c>tests/dynamodb_feature_store-test.js</c> (the <c>Node_</c> cases).
/// As there, every case runs cached and uncached, and without and with a prefix. Each test gets a new table
/// ("clear all data"). See README.md for the list of cases and those deliberately not ported.
/// </summary>
[TestFixture(false, null)]
[TestFixture(true, null)]
[TestFixture(false, "test")]
[TestFixture(true, "test")]
public sealed class PersistentDataStoreTests(bool cached, string? prefix)
{
    private static readonly Segment Other1 = new() { Key = "third", Version = 5, Included = ["othervalue1"] };

    // The shared tests' entities: two of one kind and one of another kind, with a distinguishing value.
    private readonly FeatureFlag _item1 = Flag("first", 5, "value1");
    private readonly FeatureFlag _item2 = Flag("second", 5, "value2");
    private readonly string _unusedKey = "whatever";
    private string _table = null!;

    [SetUp]
    public async Task NewTableAsync() => _table = await LocalDynamo.NewTableAsync();

    [Test]
    public async Task StoreNotInitializedBeforeInit()
        => Assert.That(await Store().InitializedAsync(), Is.False);

    [Test]
    public async Task OneInstanceCanDetectIfAnotherInstanceHasInitializedStore()
    {
        var store1 = Store();
        await store1.InitAsync(Data([_item1]));
        Assert.That(await Store().InitializedAsync(), Is.True);
    }

    [TestCase("with data")]
    [TestCase("even with empty data")]
    public async Task Node_can_detect_if_another_instance_has_initialized_the_store(string data)
    {
        var store1 = Store();
        var store2 = Store();
        Assert.That(await store1.InitializedAsync(), Is.False);
        await store2.InitAsync(Data(data == "with data" ? [_item1] : []));

        // Node runs this case uncached only. Cached, the answer "not initialized" is served until the TTL ends, as
        // LaunchDarkly's caching wrapper does: a test of that instead.
        Assert.That(await store1.InitializedAsync(), Is.EqualTo(!cached));
    }

    [Test]
    public async Task StoreInitializedAfterInit()
    {
        var store = Store();
        await store.InitAsync(Data([]));
        Assert.That(await store.InitializedAsync(), Is.True);
    }

    [Test]
    public async Task InitCompletelyReplacesExistingData()
    {
        var store = Store();
        await store.InitAsync(Data([_item1, _item2], [Other1]));
        var item2v2 = _item2 with { Version = _item2.Version + 1 };
        await store.InitAsync(Data([item2v2], []));

        Assert.Multiple(async () =>
        {
            Assert.That(await store.GetAsync(DataKinds.Features, _item1.Key), Is.Null);
            AssertItem(await store.GetAsync(DataKinds.Features, _item2.Key), item2v2);
            Assert.That(await store.GetAsync(DataKinds.Segments, Other1.Key), Is.Null);
        });
    }

    [Test]
    public async Task Node_init_completely_replaces_previous_data_as_all_of_every_kind_shows()
    {
        var store = Store();
        await store.InitAsync(Data([Flag("first", 1), Flag("second", 1)], [Segment("first", 2)]));
        var flags = await store.GetAllAsync(DataKinds.Features);
        var segments = await store.GetAllAsync(DataKinds.Segments);
        await store.InitAsync(Data([Flag("first", 3)], [Segment("first", 4)]));
        var newFlags = await store.GetAllAsync(DataKinds.Features);
        var newSegments = await store.GetAllAsync(DataKinds.Segments);

        Assert.Multiple(() =>
        {
            Assert.That(Versions(flags), Is.EqualTo(new[] { "first v1", "second v1" }));
            Assert.That(Versions(segments), Is.EqualTo(new[] { "first v2" }));
            Assert.That(Versions(newFlags), Is.EqualTo(new[] { "first v3" }), "the cached all of before the init is not served");
            Assert.That(Versions(newSegments), Is.EqualTo(new[] { "first v4" }));
        });
    }

    [Test]
    public async Task GetExistingItem()
    {
        var store = Store();
        await store.InitAsync(Data([_item1, _item2]));
        AssertItem(await store.GetAsync(DataKinds.Features, _item1.Key), _item1);
    }

    [Test]
    public async Task GetNonexistingItem()
    {
        var store = Store();
        await store.InitAsync(Data([_item1, _item2]));
        Assert.That(await store.GetAsync(DataKinds.Features, _unusedKey), Is.Null);
    }

    [Test]
    public async Task GetAllItems()
    {
        var store = Store();
        await store.InitAsync(Data([_item1, _item2], [Other1]));
        var all = await store.GetAllAsync(DataKinds.Features);
        Assert.That(all.Keys.Order(), Is.EqualTo(new[] { "first", "second" }));
        AssertItem(all["first"], _item1);
        AssertItem(all["second"], _item2);
    }

    [Test]
    public async Task GetAllWithDeletedItem()
    {
        var store = Store();
        var deleted = FeatureFlag.Tombstone(_unusedKey, 1);
        await store.InitAsync(Data([_item1, _item2, deleted], [Other1]));
        var all = await store.GetAllAsync(DataKinds.Features);
        Assert.That(all.Keys.Order(), Is.EqualTo(new[] { "first", "second", _unusedKey }));
        AssertItem(all[_unusedKey], deleted);
    }

    [Test]
    public async Task UpsertWithNewerVersion()
    {
        var store = Store();
        await store.InitAsync(Data([_item1, _item2]));
        var newer = _item1 with { Version = _item1.Version + 1 };
        Assert.That(await store.UpsertAsync(DataKinds.Features, newer), Is.True);
        AssertItem(await store.GetAsync(DataKinds.Features, _item1.Key), newer);
    }

    [Test]
    public async Task UpsertWithSameVersion()
    {
        var store = Store();
        await store.InitAsync(Data([_item1, _item2]));
        Assert.That(await store.UpsertAsync(DataKinds.Features, Flag(_item1.Key, _item1.Version, "modified")), Is.False);
        AssertItem(await store.GetAsync(DataKinds.Features, _item1.Key), _item1);
    }

    [Test]
    public async Task UpsertWithOlderVersion()
    {
        var store = Store();
        await store.InitAsync(Data([_item1, _item2]));
        Assert.That(await store.UpsertAsync(DataKinds.Features, _item1 with { Version = _item1.Version - 1 }), Is.False);
        AssertItem(await store.GetAsync(DataKinds.Features, _item1.Key), _item1);
    }

    [Test]
    public async Task UpsertNewItem()
    {
        var store = Store();
        await store.InitAsync(Data([_item1, _item2]));
        var item = Flag(_unusedKey, 1, "newvalue");
        Assert.That(await store.UpsertAsync(DataKinds.Features, item), Is.True);
        AssertItem(await store.GetAsync(DataKinds.Features, _unusedKey), item);
    }

    [Test]
    public async Task Node_handles_upsert_race_condition_within_same_client_correctly()
    {
        var store = Store();
        await store.InitAsync(Data([_item1, _item2]));
        var ver1 = _item1 with { Version = _item1.Version + 1 };
        var ver2 = _item1 with { Version = _item1.Version + 2 };

        // Started together, not awaited one after the other: whatever order DynamoDB applies them in, v+2 stays.
        await Task.WhenAll(store.UpsertAsync(DataKinds.Features, ver2), store.UpsertAsync(DataKinds.Features, ver1));
        AssertItem(await store.GetAsync(DataKinds.Features, _item1.Key), ver2);
    }

    [Test]
    public async Task DeleteWithNewerVersion()
    {
        var store = Store();
        await store.InitAsync(Data([_item1, _item2]));
        var deleted = FeatureFlag.Tombstone(_item1.Key, _item1.Version + 1);
        Assert.That(await store.UpsertAsync(DataKinds.Features, deleted), Is.True);
        AssertItem(await store.GetAsync(DataKinds.Features, _item1.Key), deleted);
        Assert.That(await store.GetFlagAsync(_item1.Key), Is.Null, "Node: a deleted flag reads as null");
    }

    [Test]
    public async Task DeleteWithSameVersion()
    {
        var store = Store();
        await store.InitAsync(Data([_item1, _item2]));
        Assert.That(await store.UpsertAsync(DataKinds.Features, FeatureFlag.Tombstone(_item1.Key, _item1.Version)), Is.False);
        AssertItem(await store.GetAsync(DataKinds.Features, _item1.Key), _item1);
    }

    [Test]
    public async Task DeleteWithOlderVersion()
    {
        var store = Store();
        await store.InitAsync(Data([_item1, _item2]));
        Assert.That(await store.UpsertAsync(DataKinds.Features, FeatureFlag.Tombstone(_item1.Key, _item1.Version - 1)), Is.False);
        AssertItem(await store.GetAsync(DataKinds.Features, _item1.Key), _item1);
    }

    [Test]
    public async Task DeleteUnknownItem()
    {
        var store = Store();
        await store.InitAsync(Data([_item1]));
        var deleted = FeatureFlag.Tombstone(_unusedKey, 99);
        Assert.That(await store.UpsertAsync(DataKinds.Features, deleted), Is.True);
        AssertItem(await store.GetAsync(DataKinds.Features, _unusedKey), deleted);
    }

    [Test]
    public async Task Node_does_not_upsert_older_version_after_delete()
    {
        var store = Store();
        await store.InitAsync(Data([_item1, _item2]));
        await store.UpsertAsync(DataKinds.Features, FeatureFlag.Tombstone(_item1.Key, _item1.Version + 1));
        Assert.That(await store.UpsertAsync(DataKinds.Features, _item1), Is.False);
        Assert.That(await store.GetFlagAsync(_item1.Key), Is.Null);
    }

    [Test]
    public async Task StoresWithDifferentPrefixAreIndependent()
    {
        var store1 = Store("aaa");
        var store2 = Store("bbb");
        Assert.That(await store1.InitializedAsync(), Is.False);
        Assert.That(await store2.InitializedAsync(), Is.False);

        var store1Item1 = Flag("a", 1, "1a");
        var store1Item2 = Flag("b", 1, "1b");
        var store1Item3 = Flag("c", 1, "1c");
        var store2Item1 = Flag("a", 99, "2a");
        var store2Item2 = Flag("bb", 1, "2b");   // no "b": store2's init must not delete store1's "b"
        var store2Item3 = Flag("c", 2, "2c");
        await store1.InitAsync(Data([store1Item1, store1Item2]));
        await store2.InitAsync(Data([store2Item1, store2Item2]));
        await store1.UpsertAsync(DataKinds.Features, store1Item3);
        await store2.UpsertAsync(DataKinds.Features, store2Item3);

        var items1 = await store1.GetAllAsync(DataKinds.Features);
        var items2 = await store2.GetAllAsync(DataKinds.Features);
        Assert.Multiple(() =>
        {
            Assert.That(items1.Keys.Order(), Is.EqualTo(new[] { "a", "b", "c" }));
            Assert.That(items2.Keys.Order(), Is.EqualTo(new[] { "a", "bb", "c" }));
        });
        AssertItem(items1["a"], store1Item1);
        AssertItem(items1["c"], store1Item3);
        AssertItem(items2["a"], store2Item1);
        AssertItem(items2["c"], store2Item3);
    }

    [Test]
    public async Task Node_is_independent_from_other_instances_with_different_prefixes()
    {
        var flag = Flag("flag", 1);
        var storeA = Store("a");
        await storeA.InitAsync(Data([flag]));
        await Store("b").InitAsync(Data([]));

        Assert.That(await Store("b").GetAsync(DataKinds.Features, "flag"), Is.Null, "a new instance: not cached data");
        AssertItem(await storeA.GetAsync(DataKinds.Features, "flag"), flag);
    }

    [Test]
    public async Task UpsertRaceConditionAgainstOtherClientWithLowerVersion()
    {
        var store1 = Store();
        var store2 = Store();
        await store1.InitAsync(Data([Flag("key", 1, "value1")]));

        // The competing instance's writes land while store1's upsert is in flight.
        var competing = Task.Run(async () =>
        {
            foreach (var version in new[] { 2, 3, 4 })
            {
                await store2.UpsertAsync(DataKinds.Features, Flag("key", version, "value" + version));
            }
        });
        var written = await store1.UpsertAsync(DataKinds.Features, Flag("key", 10, "value10"));
        await competing;

        Assert.That(written, Is.True);
        AssertItem(await store1.GetAsync(DataKinds.Features, "key"), Flag("key", 10, "value10"));
    }

    [Test]
    public async Task UpsertRaceConditionAgainstOtherClientWithHigherVersion()
    {
        var store1 = Store();
        var store2 = Store();
        await store1.InitAsync(Data([Flag("key", 1, "value1")]));
        var higher = Flag("key", 3, "value3");

        var competing = store2.UpsertAsync(DataKinds.Features, higher);
        var attempted = store1.UpsertAsync(DataKinds.Features, Flag("key", 2));
        await Task.WhenAll(competing, attempted);

        Assert.That(await competing, Is.True);
        AssertItem(await store1.GetAsync(DataKinds.Features, "key"), higher);
    }

    [TestCase("flag")]
    [TestCase("segment")]
    public async Task DataStoreSkipsAndLogsTooLargeItemOnInit(string flagOrSegment)
    {
        var errors = new List<string>();
        var store = Store(logError: errors.Add);
        var (flags, segments) = GoodData();
        if (flagOrSegment == "flag")
        {
            flags.Insert(0, TooLargeFlag());   // first, to prove the items after it are still stored
        }
        else
        {
            segments.Insert(0, TooLargeSegment());
        }

        await store.InitAsync(new FullDataSet(flags, segments));

        Assert.Multiple(async () =>
        {
            Assert.That(errors, Has.One.Match("\"baditem\".*was too large to store in DynamoDB and was dropped"));
            Assert.That(Versions(await store.GetAllAsync(DataKinds.Features)), Is.EqualTo(new[] { "flag1 v1", "flag2 v1" }));
            Assert.That(Versions(await store.GetAllAsync(DataKinds.Segments)), Is.EqualTo(new[] { "segment1 v1", "segment2 v1" }));
            Assert.That(await store.InitializedAsync(), Is.True);
        });
    }

    [TestCase("flag")]
    [TestCase("segment")]
    public async Task DataStoreSkipsAndLogsTooLargeItemOnUpsert(string flagOrSegment)
    {
        var errors = new List<string>();
        var store = Store(logError: errors.Add);
        var (flags, segments) = GoodData();
        await store.InitAsync(new FullDataSet(flags, segments));

        var written = flagOrSegment == "flag"
            ? await store.UpsertAsync(DataKinds.Features, TooLargeFlag())
            : await store.UpsertAsync(DataKinds.Segments, TooLargeSegment());

        Assert.Multiple(async () =>
        {
            Assert.That(written, Is.False);
            Assert.That(errors, Has.One.Match("\"baditem\".*was too large to store in DynamoDB and was dropped"));
            Assert.That(Versions(await store.GetAllAsync(DataKinds.Features)), Is.EqualTo(new[] { "flag1 v1", "flag2 v1" }));
            Assert.That(Versions(await store.GetAllAsync(DataKinds.Segments)), Is.EqualTo(new[] { "segment1 v1", "segment2 v1" }));
        });
    }

    private DynamoDataStore Store(string? storePrefix = null, Action<string>? logError = null)
        => DynamoDataStore.Create(
            new DynamoDbConnection(LocalDynamo.Client),
            _table,
            storePrefix ?? prefix,
            cached ? TimeSpan.FromSeconds(30) : TimeSpan.Zero,
            logError ?? (message => Assert.Fail("unexpected error: " + message)));

    private static FullDataSet Data(IReadOnlyCollection<FeatureFlag> features, IReadOnlyCollection<Segment>? segments = null) => new(features, segments ?? []);

    /// <summary>A flag whose first variation carries a value that tells versions of the same key apart.</summary>
    private static FeatureFlag Flag(string key, long version, string? value = null)
        => new() { Key = key, Version = version, Variations = value is null ? null : [System.Text.Json.JsonSerializer.SerializeToElement(value, TestJson.Default.String)] };

    private static Segment Segment(string key, long version) => new() { Key = key, Version = version };

    private static string[] Versions<TEntity>(IReadOnlyDictionary<string, ItemDescriptor<TEntity>> all)
        where TEntity : class, IVersionedEntity
        => all.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => $"{pair.Key} v{pair.Value.Version}").ToArray();

    /// <summary>The shared tests' check: same version; a tombstone for a tombstone, else the same entity.</summary>
    private static void AssertItem(ItemDescriptor<FeatureFlag>? actual, FeatureFlag expected)
    {
        Assert.That(actual, Is.Not.Null, $"flag '{expected.Key}'");
        Assert.That(actual!.Value.Version, Is.EqualTo(expected.Version), $"version of '{expected.Key}'");
        if (expected.Deleted)
        {
            Assert.That(actual.Value.IsDeleted, Is.True, $"'{expected.Key}' is a tombstone");
        }
        else
        {
            Assert.That(actual.Value.Item?.Key, Is.EqualTo(expected.Key));
            Assert.That(actual.Value.Item?.Variations?.Select(v => v.GetRawText()), Is.EqualTo(expected.Variations?.Select(v => v.GetRawText())), $"value of '{expected.Key}'");
        }
    }

    private static (List<FeatureFlag> Flags, List<Segment> Segments) GoodData()
        => ([Flag("flag1", 1), Flag("flag2", 1)], [Segment("segment1", 1), Segment("segment2", 1)]);

    /// <summary>40,000 keys: more than 400 KB of JSON (the .NET DynamoDB store test's too-large item).</summary>
    private static List<string> TooManyKeys() => Enumerable.Range(0, 40_000).Select(i => "key" + i).ToList();

    private static FeatureFlag TooLargeFlag()
    {
        var targets = System.Text.Json.JsonSerializer.SerializeToElement(new[] { TooManyKeys() }, TestJson.Default.ListStringArray);
        return new FeatureFlag { Key = "baditem", Version = 1, Other = new() { ["targets"] = targets } };
    }

    private static Segment TooLargeSegment() => new() { Key = "baditem", Version = 1, Included = TooManyKeys() };
}
