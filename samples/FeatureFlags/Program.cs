using System;
using System.Linq;
using Amazon.DynamoDBv2.Model;
using DynamoGen;
using FeatureFlags;

// Sample 2: a feature-flag store, as LaunchDarkly's SDKs keep flags in DynamoDB.
//   FeatureFlags provision   create the table (partition key "namespace", sort key "key"): the store never does
//   FeatureFlags             init two environments sharing the table, then get, get all, upsert, delete
// Connection from DYNAMO_ENDPOINT and friends (or the AWS default chain); FLAGS_TABLE (default launchdarkly-flags),
// FLAGS_CACHE_TTL_SECONDS (default 30; 0 turns the cache off, as LaunchDarkly's cacheTTL: 0).
var tableName = Environment.GetEnvironmentVariable("FLAGS_TABLE") is { Length: > 0 } name ? name : "launchdarkly-flags";
var cacheTtl = TimeSpan.FromSeconds(int.TryParse(Environment.GetEnvironmentVariable("FLAGS_CACHE_TTL_SECONDS"), out var seconds) ? seconds : 30);
var dynamo = DynamoConnections.FromEnvironment();

if (args is ["provision"])
{
    try
    {
        await new DynamoContext(dynamo).CreateTableAsync<StoreItem>(tableName);
    }
    catch (ResourceInUseException)
    {
    }

    Console.WriteLine($"Provisioned table '{tableName}'.");
    return 0;
}

// One cache per process, in front of DynamoDB: LaunchDarkly's in-memory cache with a TTL.
var cache = new CachingConnection(dynamo, new CacheOptions { ItemTtl = cacheTtl, QueryTtl = cacheTtl });
var production = new DynamoFeatureStore(cache, tableName, prefix: "production");
var staging = new DynamoFeatureStore(cache, tableName, prefix: "staging");

await production.InitAsync([new("dark-mode", 3, On: true, ["on", "off"]), new("new-checkout", 7), new("beta-banner", 1, On: true)]);
await staging.InitAsync([new("dark-mode", 1)]);
Console.WriteLine($"initialized: production {await production.IsInitializedAsync()}, staging {await staging.IsInitializedAsync()}");

// Flag evaluations read the same flag again and again: after the first read, the cache answers (while the TTL lasts).
var darkMode = await production.GetAsync("dark-mode");
for (var evaluation = 0; evaluation < 3; evaluation++)
{
    darkMode = await production.GetAsync("dark-mode");
}

var stagingDarkMode = await staging.GetAsync("dark-mode");
Console.WriteLine($"production dark-mode: v{darkMode?.Version} on={darkMode?.On}; staging dark-mode: v{stagingDarkMode?.Version} on={stagingDarkMode?.On}");

var newer = await production.UpsertAsync(new("new-checkout", 8, On: true));
var older = await production.UpsertAsync(new("new-checkout", 5));
Console.WriteLine($"upsert new-checkout v8: {(newer ? "written" : "rejected")}; then v5: {(older ? "written" : "rejected (v8 is newer)")}");

var deleted = await production.DeleteAsync("beta-banner", 2);
var resurrected = await production.UpsertAsync(new("beta-banner", 1, On: true));
Console.WriteLine($"delete beta-banner at v2: {(deleted ? "tombstone written" : "rejected")}; old v1 upsert afterwards: {(resurrected ? "written" : "rejected")}");

var all = await production.AllAsync();
Console.WriteLine($"production flags: {string.Join(", ", all.OrderBy(flag => flag.Key).Select(flag => $"{flag.Key} v{flag.Version}"))}");
Console.WriteLine($"cache (TTL {cacheTtl.TotalSeconds:0} s): {cache.ItemHits} item hits, {cache.ItemMisses} misses; {cache.QueryHits} query hits, {cache.QueryMisses} misses");

var checkout = await production.GetAsync("new-checkout");
var ok = (cacheTtl == TimeSpan.Zero ? cache.ItemHits == 0 : cache.ItemHits >= 3)
    && darkMode is { Version: 3, On: true } && stagingDarkMode is { Version: 1, On: false }
    && newer && !older && checkout is { Version: 8, On: true }
    && deleted && !resurrected && await production.GetAsync("beta-banner") is null
    && all.Select(flag => flag.Key).Order().SequenceEqual(["dark-mode", "new-checkout"]);
Console.WriteLine(ok ? "OK: environments kept apart, versions enforced, deletes kept as tombstones." : "FAILED: see above.");
return ok ? 0 : 1;
