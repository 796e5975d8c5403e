using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace FeatureFlags;

/// <summary>What every stored kind of LaunchDarkly data has: a key, a version, and a deleted flag (a tombstone).</summary>
public interface IVersionedEntity
{
    /// <summary>The entity's key, unique within its kind.</summary>
    string Key { get; }

    /// <summary>The version; a write only replaces an older version.</summary>
    long Version { get; }

    /// <summary>A tombstone: the entity was deleted at <see cref="Version"/>.</summary>
    bool Deleted { get; }
}

/// <summary>
/// A feature flag, as LaunchDarkly's SDKs serialize it into the <c>item</c> attribute. The members this sample uses are
/// typed; every other property (targets, rules, fallthrough, prerequisites, ...) is kept in <see cref="Other"/>, so a
/// flag written by another SDK is stored back unchanged. Variations are JSON values of any type.
/// </summary>
public sealed record FeatureFlag : IVersionedEntity
{
    /// <inheritdoc />
    [JsonPropertyName("key")]
    public required string Key { get; init; }

    /// <inheritdoc />
    [JsonPropertyName("version")]
    public long Version { get; init; }

    /// <summary>Whether targeting is on (off: every context gets <see cref="OffVariation"/>).</summary>
    [JsonPropertyName("on")]
    public bool On { get; init; }

    /// <summary>The flag's values: booleans, strings, numbers, arrays or objects.</summary>
    [JsonPropertyName("variations")]
    public IReadOnlyList<JsonElement>? Variations { get; init; }

    /// <summary>The index of the variation served when the flag is off.</summary>
    [JsonPropertyName("offVariation")]
    public int? OffVariation { get; init; }

    /// <inheritdoc />
    [JsonPropertyName("deleted")]
    public bool Deleted { get; init; }

    /// <summary>The flag's other properties, kept as they were read.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Other { get; set; }   // settable: System.Text.Json fills extension data after construction

    /// <summary>The value served when the flag is off, or null.</summary>
    public JsonElement? OffValue => OffVariation is { } index && Variations is { } values && index >= 0 && index < values.Count ? values[index] : null;

    /// <summary>A tombstone: the flag deleted at <paramref name="version"/>. Serialized as LaunchDarkly's SDKs write one: <c>{"key","version","deleted":true}</c>.</summary>
    /// <param name="key">The flag key.</param>
    /// <param name="version">The version of the deletion.</param>
    /// <returns>The tombstone.</returns>
    public static FeatureFlag Tombstone(string key, long version) => new() { Key = key, Version = version, Deleted = true };
}

/// <summary>A user segment, as LaunchDarkly's SDKs serialize it; members this sample does not use are kept in <see cref="Other"/>.</summary>
public sealed record Segment : IVersionedEntity
{
    /// <inheritdoc />
    [JsonPropertyName("key")]
    public required string Key { get; init; }

    /// <inheritdoc />
    [JsonPropertyName("version")]
    public long Version { get; init; }

    /// <summary>Context keys always in the segment.</summary>
    [JsonPropertyName("included")]
    public IReadOnlyList<string>? Included { get; init; }

    /// <summary>Context keys never in the segment.</summary>
    [JsonPropertyName("excluded")]
    public IReadOnlyList<string>? Excluded { get; init; }

    /// <inheritdoc />
    [JsonPropertyName("deleted")]
    public bool Deleted { get; init; }

    /// <summary>The segment's other properties (rules, salt, ...), kept as they were read.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Other { get; set; }   // settable: System.Text.Json fills extension data after construction

    /// <summary>A tombstone: the segment deleted at <paramref name="version"/>.</summary>
    /// <param name="key">The segment key.</param>
    /// <param name="version">The version of the deletion.</param>
    /// <returns>The tombstone.</returns>
    public static Segment Tombstone(string key, long version) => new() { Key = key, Version = version, Deleted = true };
}

/// <summary>
/// Source-generated JSON metadata for the stored entities (AOT-safe). Defaults are left out, so a tombstone is written
/// exactly as LaunchDarkly's SDKs write one: <c>{"key":"k","version":3,"deleted":true}</c>.
/// </summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault)]
[JsonSerializable(typeof(FeatureFlag))]
[JsonSerializable(typeof(Segment))]
public partial class LaunchDarklyJson : JsonSerializerContext;
