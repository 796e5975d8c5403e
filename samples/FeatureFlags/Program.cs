using System;
using System.Linq;
using System.Text.Json;
using Amazon.DynamoDBv2.Model;
using DynamoGen;
using FeatureFlags;

// Sample 2: LaunchDarkly's persistent data store in DynamoDB, sharing the table layout of LaunchDarkly's own stores.
//   FeatureFlags provision   create the table (partition key "namespace", sort key "key"): the store never does
//   FeatureFlags             init two environments sharing the table, then get, all, upsert, delete
// Connection from DYNAMO_ENDPOINT and friends (or the AWS default chain); FLAGS_TABLE (default launchdarkly-flags),
// FLAGS_CACHE_TTL_SECONDS (default 30; 0 turns the cache off, as LaunchDarkly's cacheTTL: 0).
var tableName = Environment.GetEnvironmentVariable("FLAGS_TABLE") is { Length: > 0 } name ? name : "launchdarkly-flags";
var cacheTtl = TimeSpan.FromSeconds(int.TryParse(Environment.GetEnvironmentVariable("FLAGS_CACHE_TTL_SECONDS"), out var seconds) ? seconds : 30);
var dynamo = DynamoConnections.FromEnvironment();

if (args is ["provision"])
{
    try
    {
        await new DynamoContext(dynamo).CreateTableAsync<FlagRow>(tableName);
    }
    catch (ResourceInUseException)
    {
    }

    Console.WriteLine($"Provisioned table '{tableName}'.");
    return 0;
}

// One store per environment, each with LaunchDarkly's in-memory cache (its own, as each SDK instance has one).
var production = DynamoDataStore.Create(dynamo, tableName, "production", cacheTtl);
var staging = DynamoDataStore.Create(dynamo, tableName, "staging", cacheTtl);

// Variations are JSON values of any type.
static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement.Clone();
var darkMode = new FeatureFlag { Key = "dark-mode", Version = 3, On = true, Variations = [Json("true"), Json("false")], OffVariation = 1 };
var checkout = new FeatureFlag { Key = "new-checkout", Version = 7, Variations = [Json("\"classic\""), Json("\"one-page\"")], OffVariation = 0 };
var banner = new FeatureFlag { Key = "beta-banner", Version = 1, On = true, Variations = [Json("{\"text\":\"Try the beta\",\"color\":\"#0a0\"}"), Json("null")], OffVariation = 1 };
var rollout = new FeatureFlag { Key = "rollout-percent", Version = 2, Variations = [Json("0"), Json("12.5"), Json("[10,20,40]")], OffVariation = 1 };
var beta = new Segment { Key = "beta-users", Version = 4, Included = ["ada", "grace"] };

await production.InitAsync(new FullDataSet([darkMode, checkout, banner, rollout], [beta]));
await staging.InitAsync(new FullDataSet([darkMode with { Version = 1, On = false }], []));
Console.WriteLine($"initialized: production {await production.InitializedAsync()}, staging {await staging.InitializedAsync()}");

// Flag evaluations read the same flag again and again: after the first read, the cache answers (while the TTL lasts).
FeatureFlag? dark = null;
for (var evaluation = 0; evaluation < 4; evaluation++)
{
    dark = await production.GetFlagAsync("dark-mode");
}

var stagingDark = await staging.GetFlagAsync("dark-mode");
var segment = await production.GetAsync(DataKinds.Segments, "beta-users");
Console.WriteLine($"production dark-mode: v{dark?.Version} on={dark?.On}; staging dark-mode: v{stagingDark?.Version} on={stagingDark?.On}; segment beta-users: v{segment?.Version} [{string.Join(", ", segment?.Item?.Included ?? [])}]");
Console.WriteLine($"off values: beta-banner {(await production.GetFlagAsync("beta-banner"))?.OffValue}, rollout-percent {(await production.GetFlagAsync("rollout-percent"))?.OffValue}");

var before = await production.AllFlagsAsync();
var newer = await production.UpsertAsync(DataKinds.Features, checkout with { Version = 8, On = true });
var older = await production.UpsertAsync(DataKinds.Features, checkout with { Version = 5 });
var added = await production.UpsertAsync(DataKinds.Features, new FeatureFlag { Key = "search-v2", Version = 1, On = true, Variations = [Json("true"), Json("false")] });
Console.WriteLine($"upsert new-checkout v8: {(newer ? "written" : "rejected")}; then v5: {(older ? "written" : "rejected (v8 is newer)")}; new flag search-v2: {(added ? "written" : "rejected")}");

var deleted = await production.UpsertAsync(DataKinds.Features, FeatureFlag.Tombstone("beta-banner", 2));
var resurrected = await production.UpsertAsync(DataKinds.Features, banner);
var tombstone = await production.GetAsync(DataKinds.Features, "beta-banner");
Console.WriteLine($"delete beta-banner at v2: {(deleted ? "tombstone written" : "rejected")}; old v1 upsert afterwards: {(resurrected ? "written" : "rejected")}; stored: v{tombstone?.Version} deleted={tombstone?.IsDeleted}");

// "all" right after the store's own writes is never stale, although the first "all" was cached.
var all = await production.AllFlagsAsync();
Console.WriteLine($"production flags: {string.Join(", ", all.Values.OrderBy(flag => flag.Key).Select(flag => $"{flag.Key} v{flag.Version}"))}");
if (production.Connection is CachingConnection cache)
{
    Console.WriteLine($"cache (TTL {cacheTtl.TotalSeconds:0} s): {cache.ItemHits} item hits, {cache.ItemMisses} misses; {cache.QueryHits} query hits, {cache.QueryMisses} misses");
}
else
{
    Console.WriteLine("cache off (FLAGS_CACHE_TTL_SECONDS=0): every read went to DynamoDB");
}

var ok = (cacheTtl == TimeSpan.Zero ? production.Connection is not CachingConnection : ((CachingConnection)production.Connection).ItemHits >= 3)
    && dark is { Version: 3, On: true } && stagingDark is { Version: 1, On: false }
    && segment is { Version: 4, Item.Included: ["ada", "grace"] }
    && newer && !older && added && (await production.GetFlagAsync("new-checkout")) is { Version: 8, On: true }
    && deleted && !resurrected && tombstone is { Version: 2, IsDeleted: true } && await production.GetFlagAsync("beta-banner") is null
    && before.Keys.Order().SequenceEqual(["beta-banner", "dark-mode", "new-checkout", "rollout-percent"])
    && all.Keys.Order().SequenceEqual(["dark-mode", "new-checkout", "rollout-percent", "search-v2"])
    && all["rollout-percent"].Variations is [{ ValueKind: JsonValueKind.Number }, _, { ValueKind: JsonValueKind.Array }];
Console.WriteLine(ok ? "OK: environments kept apart, versions enforced, deletes kept as tombstones, all never stale after own writes." : "FAILED: see above.");
return ok ? 0 : 1;
