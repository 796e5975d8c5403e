using System.Collections.Generic;
using System.Text.Json.Serialization;
using DynamoGen;

namespace AppRegistry;

/// <summary>
/// An app, as soketi's DynamoDB app manager stores it: table <c>apps</c>, partition key <c>AppId</c>, a global index
/// on <c>AppKey</c>, webhooks as a JSON-encoded string, and optional per-app limits.
/// </summary>
[DynamoTable("apps")]
public partial record App
{
    [PartitionKey]
    public required string AppId { get; init; }

    /// <summary>The key clients connect with; the global index gives the typed accessor <c>App.Indexes.AppKeyIndex</c>.</summary>
    [GlobalIndex("AppKeyIndex")]
    public required string AppKey { get; init; }

    public required string AppSecret { get; init; }

    public bool Enabled { get; init; } = true;

    public bool EnableClientMessages { get; init; }

    /// <summary>Stored as a JSON-encoded string (S), as soketi expects.</summary>
    [DynamoJson(typeof(AppJson))]
    public List<Webhook> Webhooks { get; init; } = [];

    // Optional limits: an item without them (an app created before soketi 0.29) uses the server's defaults.
    public int? MaxConnections { get; init; }

    public int? MaxBackendEventsPerSecond { get; init; }

    public int? MaxClientEventsPerSecond { get; init; }

    public int? MaxReadRequestsPerSecond { get; init; }

    public int? MaxPresenceMembersPerChannel { get; init; }

    public int? MaxEventPayloadInKb { get; init; }

    /// <summary>The limits this app runs with: its own where set, the server's otherwise.</summary>
    public AppLimits EffectiveLimits(AppLimits serverDefaults) => new(
        MaxConnections ?? serverDefaults.MaxConnections,
        MaxBackendEventsPerSecond ?? serverDefaults.MaxBackendEventsPerSecond,
        MaxClientEventsPerSecond ?? serverDefaults.MaxClientEventsPerSecond,
        MaxReadRequestsPerSecond ?? serverDefaults.MaxReadRequestsPerSecond,
        MaxPresenceMembersPerChannel ?? serverDefaults.MaxPresenceMembersPerChannel,
        MaxEventPayloadInKb ?? serverDefaults.MaxEventPayloadInKb);
}

/// <summary>A webhook, in soketi's JSON shape.</summary>
public sealed record Webhook(
    [property: JsonPropertyName("url")] string Url,
    [property: JsonPropertyName("event_types")] List<string> EventTypes);

/// <summary>Source-generated JSON metadata for the webhooks (AOT-safe: no reflection).</summary>
[JsonSerializable(typeof(List<Webhook>))]
public partial class AppJson : JsonSerializerContext;

/// <summary>Per-app limits; -1 means unlimited, as in soketi.</summary>
public sealed record AppLimits(
    int MaxConnections,
    int MaxBackendEventsPerSecond,
    int MaxClientEventsPerSecond,
    int MaxReadRequestsPerSecond,
    int MaxPresenceMembersPerChannel,
    int MaxEventPayloadInKb)
{
    /// <summary>soketi's server-level defaults.</summary>
    public static AppLimits ServerDefaults { get; } = new(-1, -1, -1, -1, 100, 100);
}
