using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Amazon.DynamoDBv2.Model;
using DynamoGen;

namespace FeatureFlags;

/// <summary>A stored entity with its version; <see cref="Item"/> is null for a tombstone (deleted at <see cref="Version"/>).</summary>
/// <typeparam name="TEntity">The entity type.</typeparam>
/// <param name="Version">The version.</param>
/// <param name="Item">The entity, or null when it was deleted.</param>
public readonly record struct ItemDescriptor<TEntity>(long Version, TEntity? Item)
    where TEntity : class
{
    /// <summary>Whether this is a tombstone.</summary>
    public bool IsDeleted => Item is null;
}

/// <summary>Everything a LaunchDarkly data source delivers at once: every kind of data.</summary>
/// <param name="Features">The feature flags (tombstones included, as LaunchDarkly sends them).</param>
/// <param name="Segments">The segments.</param>
public sealed record FullDataSet(IReadOnlyCollection<FeatureFlag> Features, IReadOnlyCollection<Segment> Segments);

/// <summary>
/// LaunchDarkly's persistent data store contract over DynamoDB, reading and writing the table exactly as LaunchDarkly's
/// .NET, Java and Node stores do, so this store and theirs can share one table:
/// <list type="bullet">
/// <item>one table for every kind: partition key <c>namespace</c> (<c>{prefix}:features</c>, <c>{prefix}:segments</c>;
/// no prefix: <c>features</c>), sort key <c>key</c>, <c>version</c> (N), and the entity as JSON in <c>item</c> (S);</item>
/// <item><see cref="InitAsync"/> replaces all data of every kind (writes every entity, deletes the rest), then writes the
/// <c>$inited</c> marker, which has only <c>namespace</c> and <c>key</c>;</item>
/// <item><see cref="UpsertAsync{TRow, TEntity}"/> writes only over an older version (a conditional put), so deletes are
/// tombstones with a version that an older upsert cannot undo;</item>
/// <item>tombstones are read in every form LaunchDarkly writes: <c>item</c> = <c>null</c> (.NET and Java),
/// <c>item</c> = <c>{"key","version","deleted":true}</c> (Node, and the SDKs' own serialization), no <c>item</c>
/// attribute, or a <c>deleted</c> BOOL attribute (the newer Node store); this store writes the Node form, which every
/// store reads;</item>
/// <item>an entity too large for one DynamoDB item (400 KB) is skipped and logged instead of failing the whole init;</item>
/// <item>reads are strongly consistent, as in LaunchDarkly's .NET store.</item>
/// </list>
/// The table must exist; the store never creates it. Create with <see cref="Create"/> to get LaunchDarkly's cache.
/// </summary>
public sealed class DynamoDataStore
{
    /// <summary>The largest item LaunchDarkly's stores write, by their estimate (DynamoDB's limit is 400 KB).</summary>
    public const int MaxItemSize = 400_000;

    private static readonly GetOptions Consistent = new() { ConsistentRead = true };
    private static readonly QueryOptions ConsistentQuery = new() { ConsistentRead = true };

    /// <summary>The init's read of the keys it will replace: consistent, and past any cache.</summary>
    private static readonly QueryOptions CurrentKeys = new() { ConsistentRead = true, Fresh = true };

    private readonly DynamoContext _context;
    private readonly string _tableName;
    private readonly string? _prefix;
    private readonly Action<string> _logError;

    /// <summary>A store over <paramref name="connection"/> (uncached unless the connection caches).</summary>
    /// <param name="connection">Where requests go.</param>
    /// <param name="tableName">The table (partition key <c>namespace</c>, sort key <c>key</c>, both strings).</param>
    /// <param name="prefix">Keeps environments sharing the table apart; null or empty: none.</param>
    /// <param name="logError">Where errors that do not fail a call are reported (an entity too large to store).</param>
    public DynamoDataStore(IDynamoConnection connection, string tableName, string? prefix = null, Action<string>? logError = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentException.ThrowIfNullOrWhiteSpace(tableName);
        _context = new DynamoContext(new DynamoContextOptions().UseDefaultConnection(connection));
        _tableName = tableName;
        _prefix = string.IsNullOrEmpty(prefix) ? null : prefix;
        _logError = logError ?? (message => Console.Error.WriteLine(message));
        Connection = connection;
    }

    /// <summary>The connection requests go through (a <see cref="CachingConnection"/> when made by <see cref="Create"/> with a TTL).</summary>
    public IDynamoConnection Connection { get; }

    /// <summary>
    /// A store with LaunchDarkly's in-memory cache (<c>cacheTTL</c>): reads are served from the cache for
    /// <paramref name="cacheTtl"/>, and the store's own writes keep it current: an upsert or init updates the cached
    /// items and drops the cached <c>all</c> results of the table, so <c>all</c> is never stale after them. Misses are
    /// read consistently. <see cref="TimeSpan.Zero"/> turns the cache off, as LaunchDarkly's <c>cacheTTL: 0</c>.
    /// </summary>
    /// <param name="dynamo">The connection to DynamoDB.</param>
    /// <param name="tableName">The table.</param>
    /// <param name="prefix">The environment's prefix, or null.</param>
    /// <param name="cacheTtl">How long cached reads are served.</param>
    /// <param name="logError">Where non-fatal errors are reported.</param>
    /// <returns>The store.</returns>
    public static DynamoDataStore Create(IDynamoConnection dynamo, string tableName, string? prefix, TimeSpan cacheTtl, Action<string>? logError = null)
    {
        ArgumentNullException.ThrowIfNull(dynamo);
        var connection = cacheTtl > TimeSpan.Zero
            ? new CachingConnection(dynamo, new CacheOptions
            {
                ItemTtl = cacheTtl,
                QueryTtl = cacheTtl,
                InvalidateQueriesOnWrite = true,
                CacheConsistentReads = true,
            })
            : dynamo;
        return new DynamoDataStore(connection, tableName, prefix, logError);
    }

    private string InitedKey => Namespace("$inited");

    /// <summary>Whether any store with this prefix has run <see cref="InitAsync"/> on the table.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>True when the <c>$inited</c> marker exists.</returns>
    public async Task<bool> InitializedAsync(CancellationToken cancellationToken = default)
        => await _context.Table<InitedMarker>(_tableName).GetAsync(InitedMarker.PrimaryKey(InitedKey, InitedKey), Consistent, cancellationToken).ConfigureAwait(false) is not null;

    /// <summary>
    /// Replaces all data of every kind: writes every entity of <paramref name="data"/>, deletes every other row of
    /// those kinds, then writes the <c>$inited</c> marker. Entities too large for DynamoDB are logged and left out.
    /// Not atomic (neither is LaunchDarkly's): the marker is written only after every other write succeeded.
    /// </summary>
    /// <param name="data">The full data set.</param>
    /// <param name="cancellationToken">Cancels the writes (some may have been made).</param>
    /// <returns>A task that completes when the data and the marker are written.</returns>
    /// <exception cref="InvalidOperationException">DynamoDB left writes unprocessed after every retry; the marker was not written.</exception>
    public async Task InitAsync(FullDataSet data, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        var batch = new BatchWrite();
        var written = await AddInitAsync(batch, DataKinds.Features, data.Features, cancellationToken).ConfigureAwait(false);
        written += await AddInitAsync(batch, DataKinds.Segments, data.Segments, cancellationToken).ConfigureAwait(false);
        if (batch.Count > 0)
        {
            var result = await batch.ExecuteAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            if (!result.IsComplete)
            {
                throw new InvalidOperationException(
                    $"Initializing table '{_tableName}' (prefix '{_prefix}') left {result.UnprocessedCount} writes unprocessed; the store stays uninitialized. Retry the init.");
            }
        }

        await _context.Table<InitedMarker>(_tableName).PutAsync(new InitedMarker { Namespace = InitedKey, Key = InitedKey }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>One entity by key: null when there is no row; a tombstone (<see cref="ItemDescriptor{TEntity}.IsDeleted"/>) when it was deleted.</summary>
    /// <typeparam name="TRow">The kind's row type.</typeparam>
    /// <typeparam name="TEntity">The kind's entity type.</typeparam>
    /// <param name="kind">The kind (<see cref="DataKinds"/>).</param>
    /// <param name="key">The entity key.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The entity and its version, or null.</returns>
    public async Task<ItemDescriptor<TEntity>?> GetAsync<TRow, TEntity>(DataKind<TRow, TEntity> kind, string key, CancellationToken cancellationToken = default)
        where TRow : IStoreRow<TRow, TEntity>
        where TEntity : class, IVersionedEntity
    {
        ArgumentNullException.ThrowIfNull(kind);
        var row = await Rows(kind).GetAsync(TRow.PrimaryKey(Namespace(kind.Name), key), Consistent, cancellationToken).ConfigureAwait(false);
        return row is null ? null : Describe<TRow, TEntity>(row);
    }

    /// <summary>Every entity of a kind by key, tombstones included (LaunchDarkly's SDK leaves those out of its own <c>all</c>).</summary>
    /// <typeparam name="TRow">The kind's row type.</typeparam>
    /// <typeparam name="TEntity">The kind's entity type.</typeparam>
    /// <param name="kind">The kind.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The entities by key.</returns>
    public async Task<IReadOnlyDictionary<string, ItemDescriptor<TEntity>>> GetAllAsync<TRow, TEntity>(DataKind<TRow, TEntity> kind, CancellationToken cancellationToken = default)
        where TRow : IStoreRow<TRow, TEntity>
        where TEntity : class, IVersionedEntity
    {
        ArgumentNullException.ThrowIfNull(kind);
        var all = new Dictionary<string, ItemDescriptor<TEntity>>(StringComparer.Ordinal);
        await foreach (var row in Rows(kind).Query(TRow.InNamespace(Namespace(kind.Name)), ConsistentQuery, cancellationToken).ConfigureAwait(false))
        {
            all[row.Key] = Describe<TRow, TEntity>(row);
        }

        return all;
    }

    /// <summary>
    /// Writes <paramref name="entity"/> (or a tombstone) unless the table has the same or a newer version of it. An
    /// entity too large for DynamoDB is logged and not written.
    /// </summary>
    /// <typeparam name="TRow">The kind's row type.</typeparam>
    /// <typeparam name="TEntity">The kind's entity type.</typeparam>
    /// <param name="kind">The kind.</param>
    /// <param name="entity">The entity; a tombstone (<c>Deleted</c>) deletes it as of its version.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>True when written; false when the stored version is the same or newer, or the entity is too large.</returns>
    public async Task<bool> UpsertAsync<TRow, TEntity>(DataKind<TRow, TEntity> kind, TEntity entity, CancellationToken cancellationToken = default)
        where TRow : IStoreRow<TRow, TEntity>
        where TEntity : class, IVersionedEntity
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(entity);
        var row = TRow.Create(Namespace(kind.Name), entity);
        if (!FitsInOneItem(row))
        {
            return false;
        }

        try
        {
            await Rows(kind).PutAsync(row, new PutOptions { Condition = TRow.OlderThan(entity.Version) }, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (DynamoConditionFailedException)
        {
            return false;   // the table already has this version or a newer one
        }
    }

    /// <summary>The flag, or null when it does not exist or was deleted: what an evaluation needs.</summary>
    /// <param name="key">The flag key.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The flag, or null.</returns>
    public async Task<FeatureFlag?> GetFlagAsync(string key, CancellationToken cancellationToken = default)
        => (await GetAsync(DataKinds.Features, key, cancellationToken).ConfigureAwait(false))?.Item;

    /// <summary>Every flag that is not deleted, by key.</summary>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The flags.</returns>
    public async Task<IReadOnlyDictionary<string, FeatureFlag>> AllFlagsAsync(CancellationToken cancellationToken = default)
    {
        var all = await GetAllAsync(DataKinds.Features, cancellationToken).ConfigureAwait(false);
        return all.Where(pair => pair.Value.Item is not null).ToDictionary(pair => pair.Key, pair => pair.Value.Item!, StringComparer.Ordinal);
    }

    /// <summary>The entity of a row: a tombstone in every form LaunchDarkly's stores write one.</summary>
    private static ItemDescriptor<TEntity> Describe<TRow, TEntity>(TRow row)
        where TRow : IStoreRow<TRow, TEntity>
        where TEntity : class, IVersionedEntity
    {
        var version = row.Version != 0 ? row.Version : row.Item?.Version ?? 0;
        return row.Item is { Deleted: false } entity && row.Deleted != true
            ? new ItemDescriptor<TEntity>(version, entity)
            : new ItemDescriptor<TEntity>(version, null);
    }

    private Table<TRow> Rows<TRow, TEntity>(DataKind<TRow, TEntity> kind)
        where TRow : IStoreRow<TRow, TEntity>
        where TEntity : class, IVersionedEntity
        => _context.Table<TRow>(_tableName);

    private string Namespace(string name) => _prefix is null ? name : _prefix + ":" + name;

    /// <summary>Adds a kind's puts and the deletes of its rows not in <paramref name="entities"/>; returns how many entities will be written.</summary>
    private async Task<int> AddInitAsync<TRow, TEntity>(BatchWrite batch, DataKind<TRow, TEntity> kind, IReadOnlyCollection<TEntity> entities, CancellationToken cancellationToken)
        where TRow : IStoreRow<TRow, TEntity>
        where TEntity : class, IVersionedEntity
    {
        var ns = Namespace(kind.Name);
        var table = Rows(kind);
        var stale = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var row in table.Query(TRow.InNamespace(ns), CurrentKeys, cancellationToken).ConfigureAwait(false))
        {
            stale.Add(row.Key);
        }

        var rows = new List<TRow>(entities.Count);
        foreach (var entity in entities)
        {
            var row = TRow.Create(ns, entity);
            if (FitsInOneItem(row))
            {
                rows.Add(row);
                stale.Remove(entity.Key);
            }
        }

        if (rows.Count > 0)
        {
            batch.Put(table, rows);
        }

        if (stale.Count > 0)
        {
            batch.Delete(table, stale.Select(key => TRow.PrimaryKey(ns, key)));
        }

        return rows.Count;
    }

    /// <summary>LaunchDarkly's size check: 100 bytes of overhead plus the UTF-8 size of every attribute name and string or number value.</summary>
    private bool FitsInOneItem<TRow>(TRow row)
        where TRow : IDynamoTable<TRow>
    {
        var item = row.ToItem();
        var size = 100;
        foreach (var (name, value) in item)
        {
            size += Encoding.UTF8.GetByteCount(name) + (value.S is { } s ? Encoding.UTF8.GetByteCount(s) : value.N is { } n ? n.Length : 0);
        }

        if (size <= MaxItemSize)
        {
            return true;
        }

        _logError($"The item \"{item["key"].S}\" in \"{item["namespace"].S}\" was too large to store in DynamoDB and was dropped ({size} bytes; the limit is {MaxItemSize}).");
        return false;
    }
}
