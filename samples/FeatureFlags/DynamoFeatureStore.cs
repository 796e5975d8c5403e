using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Amazon.DynamoDBv2.Model;
using DynamoGen;

namespace FeatureFlags;

/// <summary>
/// LaunchDarkly's DynamoDB feature store, with DynamoGen: flags of several environments share one table through a
/// prefix; upserts never replace a newer version with an older one; deletes are tombstones with a version. The
/// table must exist (the store never creates it). Reads go through <paramref name="connection"/>, typically a
/// <see cref="CachingConnection"/> whose TTL is LaunchDarkly's <c>cacheTTL</c> (zero: no cache).
/// </summary>
public sealed class DynamoFeatureStore(IDynamoConnection connection, string tableName, string prefix)
{
    private const string Kind = "features";
    private readonly DynamoContext _context = new(new DynamoContextOptions().UseDefaultConnection(connection));

    private string Namespace => prefix.Length == 0 ? Kind : $"{prefix}:{Kind}";

    private string InitedKey => prefix.Length == 0 ? "$inited" : $"{prefix}:$inited";

    private Table<StoreItem> Items => _context.Table<StoreItem>(tableName);

    /// <summary>Replaces every flag of this environment with <paramref name="flags"/>, then marks the store initialized.</summary>
    public async Task InitAsync(IReadOnlyCollection<FeatureFlag> flags, CancellationToken cancellationToken = default)
    {
        var stale = (await QueryNamespaceAsync(Namespace, fresh: true, cancellationToken)).Select(item => item.Key).ToHashSet(StringComparer.Ordinal);
        stale.ExceptWith(flags.Select(flag => flag.Key));

        // TODO(issue 5): one Table.BatchWriteAsync(puts, deletes), which also retries unprocessed items. Until then
        // the flags are written one by one; the marker is written last, so a reader never sees a half-written init.
        foreach (var flag in flags)
        {
            await Items.PutAsync(ToStoreItem(flag), cancellationToken);
        }

        foreach (var key in stale)
        {
            await Items.DeleteAsync(StoreItem.PrimaryKey(Namespace, key), cancellationToken);
        }

        await Items.PutAsync(new StoreItem { Namespace = InitedKey, Key = InitedKey }, cancellationToken);
    }

    public async Task<bool> IsInitializedAsync(CancellationToken cancellationToken = default)
        => await Items.GetAsync(StoreItem.PrimaryKey(InitedKey, InitedKey), cancellationToken) is not null;

    /// <summary>The flag, or null when it does not exist or was deleted.</summary>
    public async Task<FeatureFlag?> GetAsync(string key, CancellationToken cancellationToken = default)
        => (await Items.GetAsync(StoreItem.PrimaryKey(Namespace, key), cancellationToken))?.Item is { Deleted: false } flag ? flag : null;

    /// <summary>Every flag of this environment that is not deleted.</summary>
    public async Task<IReadOnlyList<FeatureFlag>> AllAsync(CancellationToken cancellationToken = default)
        => (await QueryNamespaceAsync(Namespace, fresh: false, cancellationToken))
            .Select(item => item.Item).OfType<FeatureFlag>().Where(flag => !flag.Deleted).ToList();

    /// <summary>Writes <paramref name="flag"/> unless the table has the same or a newer version; true when written.</summary>
    public async Task<bool> UpsertAsync(FeatureFlag flag, CancellationToken cancellationToken = default)
    {
        // TODO(issue 5): Items.PutAsync(item, condition: StoreItem.Fields.Version.LessThan(flag.Version).OrNotExists())
        // (or implied by issue 4's [Version]). Until then the conditional PutItem by hand, with the generated ToItem.
        var request = new PutItemRequest
        {
            TableName = Items.Name,
            Item = ToStoreItem(flag).ToItem(),
            ConditionExpression = "attribute_not_exists(#namespace) OR attribute_not_exists(#key) OR :version > #version",
            ExpressionAttributeNames = new Dictionary<string, string> { ["#namespace"] = "namespace", ["#key"] = "key", ["#version"] = "version" },
            ExpressionAttributeValues = new Dictionary<string, AttributeValue> { [":version"] = new() { N = flag.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) } },
        };
        try
        {
            await connection.PutItemAsync(request, default, cancellationToken);
            return true;
        }
        catch (ConditionalCheckFailedException)
        {
            return false;   // the table already has this version or a newer one
        }
    }

    /// <summary>Deletes a flag as of <paramref name="version"/>: a tombstone, so an older upsert cannot bring it back.</summary>
    public Task<bool> DeleteAsync(string key, long version, CancellationToken cancellationToken = default)
        => UpsertAsync(FeatureFlag.Tombstone(key, version), cancellationToken);

    private StoreItem ToStoreItem(FeatureFlag flag) => new() { Namespace = Namespace, Key = flag.Key, Version = flag.Version, Item = flag };

    private async Task<List<StoreItem>> QueryNamespaceAsync(string ns, bool fresh, CancellationToken cancellationToken)
    {
        // TODO(issue 5): await foreach (var item in Items.Query(StoreItem.Key... partition ns)) — typed, paginated.
        var items = new List<StoreItem>();
        Dictionary<string, AttributeValue>? startKey = null;
        do
        {
            var request = new QueryRequest
            {
                TableName = Items.Name,
                KeyConditionExpression = "#namespace = :namespace",
                ExpressionAttributeNames = new Dictionary<string, string> { ["#namespace"] = "namespace" },
                ExpressionAttributeValues = new Dictionary<string, AttributeValue> { [":namespace"] = new() { S = ns } },
                ExclusiveStartKey = startKey,
            };
            var page = await connection.QueryAsync(request, new DynamoCallOptions(Fresh: fresh), cancellationToken);
            items.AddRange(page.Items.Select(StoreItem.FromItem));
            startKey = page.LastEvaluatedKey is { Count: > 0 } last ? last : null;
        }
        while (startKey is not null);

        return items;
    }
}
