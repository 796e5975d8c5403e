using System.Collections.Generic;
using System.Text.Json.Serialization;
using DynamoGen;

namespace FeatureFlags;

/// <summary>
/// One row of LaunchDarkly's DynamoDB table: partition key <c>namespace</c> (the prefix and the kind, e.g.
/// <c>env1:features</c>), sort key <c>key</c> (the flag's key), the flag's <c>version</c>, and the flag itself as JSON
/// in <c>item</c>. The table's name is the application's choice; LaunchDarkly never creates it.
/// </summary>
[DynamoTable("launchdarkly-flags")]
public partial record StoreItem
{
    [PartitionKey, DynamoName("namespace")]
    public required string Namespace { get; init; }

    /// <summary>The flag key. A member named <c>Key</c>: the generated key builder is <c>StoreItem.PrimaryKey(...)</c>.</summary>
    [SortKey, DynamoName("key")]
    public required string Key { get; init; }

    // TODO(issue 4): [Version], so that issue 5's conditional put can be "only when newer" without an expression here.
    [DynamoName("version")]
    public long Version { get; init; }

    /// <summary>The flag as JSON; absent on the "initialized" marker.</summary>
    [DynamoName("item"), DynamoJson(typeof(FlagJson))]
    public FeatureFlag? Item { get; init; }
}

/// <summary>A feature flag (the part of LaunchDarkly's flag model this sample uses). A deleted flag is a tombstone.</summary>
public sealed record FeatureFlag(
    [property: JsonPropertyName("key")] string Key,
    [property: JsonPropertyName("version")] long Version,
    [property: JsonPropertyName("on")] bool On = false,
    [property: JsonPropertyName("variations")] List<string>? Variations = null,
    [property: JsonPropertyName("deleted")] bool Deleted = false)
{
    public static FeatureFlag Tombstone(string key, long version) => new(key, version, Deleted: true);
}

/// <summary>Source-generated JSON metadata for flags (AOT-safe).</summary>
[JsonSerializable(typeof(FeatureFlag))]
public partial class FlagJson : JsonSerializerContext;
