using System.Collections.Generic;
using Amazon.DynamoDBv2.Model;
using DynamoGen;

namespace FeatureFlags;

/// <summary>
/// One row of LaunchDarkly's DynamoDB table, for one kind of data. Every kind shares the table: partition key
/// <c>namespace</c> (the kind, after the prefix: <c>production:features</c>), sort key <c>key</c>, the entity's
/// <c>version</c>, and the entity as JSON in <c>item</c>. The static members let <see cref="DynamoDataStore"/> treat
/// every kind alike; each row type implements them with its generated accessors.
/// </summary>
/// <typeparam name="TSelf">The row type.</typeparam>
/// <typeparam name="TEntity">The entity stored in <c>item</c>.</typeparam>
public interface IStoreRow<TSelf, TEntity> : IDynamoTable<TSelf>
    where TSelf : IStoreRow<TSelf, TEntity>
    where TEntity : class, IVersionedEntity
{
    /// <summary>The entity's key (sort key <c>key</c>).</summary>
    string Key { get; }

    /// <summary>The entity's version (<c>version</c>).</summary>
    long Version { get; }

    /// <summary>
    /// The entity (<c>item</c>). Null when the row is a tombstone written by LaunchDarkly's .NET or Java store (the JSON
    /// text <c>null</c>) or without an <c>item</c> attribute (LaunchDarkly's newer Node store).
    /// </summary>
    TEntity? Item { get; }

    /// <summary>A <c>deleted</c> BOOL attribute, which LaunchDarkly's newer Node store reads as a tombstone marker.</summary>
    bool? Deleted { get; }

    /// <summary>The row of <paramref name="entity"/> in <paramref name="ns"/>.</summary>
    /// <param name="ns">The namespace, prefix included.</param>
    /// <param name="entity">The entity (or tombstone).</param>
    /// <returns>The row.</returns>
    static abstract TSelf Create(string ns, TEntity entity);

    /// <summary>The primary key of a row (the generated key builder: the type has a member named <c>Key</c>).</summary>
    /// <param name="namespace">The namespace, prefix included.</param>
    /// <param name="key">The entity key.</param>
    /// <returns>The key.</returns>
    static abstract DynamoKey<TSelf> PrimaryKey(string @namespace, string key);

    /// <summary>Every row of a namespace.</summary>
    /// <param name="ns">The namespace, prefix included.</param>
    /// <returns>The key condition.</returns>
    static abstract KeyCondition<TSelf> InNamespace(string ns);

    /// <summary>The condition of an upsert: no row yet, or an older version.</summary>
    /// <param name="version">The version being written.</param>
    /// <returns>The condition.</returns>
    static abstract ConditionExpression OlderThan(long version);
}

/// <summary>A feature flag's row (namespace <c>features</c>).</summary>
[DynamoTable("launchdarkly")]
public partial record FlagRow : IStoreRow<FlagRow, FeatureFlag>
{
    /// <summary>The namespace: <c>features</c>, after the prefix.</summary>
    [PartitionKey, DynamoName("namespace")]
    public required string Namespace { get; init; }

    /// <inheritdoc />
    [SortKey, DynamoName("key")]
    public required string Key { get; init; }

    /// <inheritdoc />
    [DynamoName("version")]
    public long Version { get; init; }

    /// <inheritdoc />
    [DynamoName("item"), DynamoJson(typeof(LaunchDarklyJson))]
    public FeatureFlag? Item { get; init; }

    /// <inheritdoc />
    [DynamoName("deleted")]
    public bool? Deleted { get; init; }

    /// <inheritdoc />
    public static FlagRow Create(string ns, FeatureFlag entity) => new() { Namespace = ns, Key = entity.Key, Version = entity.Version, Item = entity };

    /// <inheritdoc />
    public static KeyCondition<FlagRow> InNamespace(string ns) => Indexes.Primary.Partition(ns);

    /// <inheritdoc />
    public static ConditionExpression OlderThan(long version) => Fields.Namespace.NotExists() | Fields.Version.LessThan(version);
}

/// <summary>A segment's row (namespace <c>segments</c>).</summary>
[DynamoTable("launchdarkly")]
public partial record SegmentRow : IStoreRow<SegmentRow, Segment>
{
    /// <summary>The namespace: <c>segments</c>, after the prefix.</summary>
    [PartitionKey, DynamoName("namespace")]
    public required string Namespace { get; init; }

    /// <inheritdoc />
    [SortKey, DynamoName("key")]
    public required string Key { get; init; }

    /// <inheritdoc />
    [DynamoName("version")]
    public long Version { get; init; }

    /// <inheritdoc />
    [DynamoName("item"), DynamoJson(typeof(LaunchDarklyJson))]
    public Segment? Item { get; init; }

    /// <inheritdoc />
    [DynamoName("deleted")]
    public bool? Deleted { get; init; }

    /// <inheritdoc />
    public static SegmentRow Create(string ns, Segment entity) => new() { Namespace = ns, Key = entity.Key, Version = entity.Version, Item = entity };

    /// <inheritdoc />
    public static KeyCondition<SegmentRow> InNamespace(string ns) => Indexes.Primary.Partition(ns);

    /// <inheritdoc />
    public static ConditionExpression OlderThan(long version) => Fields.Namespace.NotExists() | Fields.Version.LessThan(version);
}

/// <summary>
/// The "initialized" marker, as LaunchDarkly writes it: only <c>namespace</c> and <c>key</c>, both <c>$inited</c>
/// after the prefix (<c>production:$inited</c>).
/// </summary>
[DynamoTable("launchdarkly")]
public partial record InitedMarker
{
    /// <summary>The marker's namespace.</summary>
    [PartitionKey, DynamoName("namespace")]
    public required string Namespace { get; init; }

    /// <summary>The marker's key (the same text).</summary>
    [SortKey, DynamoName("key")]
    public required string Key { get; init; }
}

/// <summary>One kind of LaunchDarkly data: its namespace name and its row type.</summary>
/// <typeparam name="TRow">The row type.</typeparam>
/// <typeparam name="TEntity">The entity type.</typeparam>
/// <param name="Name">The namespace name, before the prefix (<c>features</c>, <c>segments</c>).</param>
public sealed record DataKind<TRow, TEntity>(string Name)
    where TRow : IStoreRow<TRow, TEntity>
    where TEntity : class, IVersionedEntity;

/// <summary>LaunchDarkly's kinds of data.</summary>
public static class DataKinds
{
    /// <summary>Feature flags.</summary>
    public static readonly DataKind<FlagRow, FeatureFlag> Features = new("features");

    /// <summary>User segments.</summary>
    public static readonly DataKind<SegmentRow, Segment> Segments = new("segments");
}
