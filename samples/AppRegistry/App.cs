using DynamoGen;

namespace AppRegistry;

/// <summary>
/// An app, exactly as soketi's DynamoDB app manager reads it: table <c>apps</c>, partition key <c>AppId</c>, a global
/// index <c>AppKeyIndex</c> on <c>AppKey</c>, flags stored as binary <c>"true"</c>/<c>"false"</c>, webhooks as a
/// JSON-encoded string, and optional per-app limits.
/// </summary>
/// <remarks>
/// Which attributes an item must have follows C#: the three <c>required</c> strings must be there; every other member
/// is optional, so an item written by an older soketi (or by hand) reads cleanly. A missing flag or fixed limit keeps
/// the initializer below (soketi's default); a missing server-level limit reads <see langword="null"/> and
/// <see cref="Limits"/> fills it in from the server's settings.
/// </remarks>
[DynamoTable("apps")]
public partial record App
{
    [PartitionKey]
    public required string AppId { get; init; }

    /// <summary>The key clients connect with; the global index gives the typed accessor <c>App.Indexes.AppKeyIndex</c>.</summary>
    [GlobalIndex("AppKeyIndex")]
    public required string AppKey { get; init; }

    public required string AppSecret { get; init; }

    /// <summary>A disabled app refuses every connection. Missing: enabled.</summary>
    [DynamoConverter(typeof(SoketiBooleanConverter))]
    public bool Enabled { get; init; } = true;

    /// <summary>Whether clients may send client events (<c>client-*</c>). Missing: no.</summary>
    [DynamoConverter(typeof(SoketiBooleanConverter))]
    public bool EnableClientMessages { get; init; }

    /// <summary>Whether connections must sign in (<c>pusher:signin</c>). Missing: no.</summary>
    [DynamoConverter(typeof(SoketiBooleanConverter))]
    public bool EnableUserAuthentication { get; init; }

    /// <summary>
    /// Stored as a JSON-encoded string (S). A value soketi cannot read either means no webhooks;
    /// <see cref="WebhookList.Error"/> says why, for the log.
    /// </summary>
    [DynamoConverter(typeof(WebhooksJsonConverter))]
    public WebhookList Webhooks { get; init; } = WebhookList.None;

    // Limits with a fixed default in soketi: -1 means unlimited.
    public int MaxConnections { get; init; } = -1;

    public int MaxBackendEventsPerSecond { get; init; } = -1;

    public int MaxClientEventsPerSecond { get; init; } = -1;

    public int MaxReadRequestsPerSecond { get; init; } = -1;

    // Limits that default to the server's settings (soketi 0.29 added them; older items have none of them).
    public int? MaxPresenceMembersPerChannel { get; init; }

    public double? MaxPresenceMemberSizeInKb { get; init; }

    public int? MaxChannelNameLength { get; init; }

    public int? MaxEventChannelsAtOnce { get; init; }

    public int? MaxEventNameLength { get; init; }

    public double? MaxEventPayloadInKb { get; init; }

    public int? MaxEventBatchSize { get; init; }

    /// <summary>The limits this app runs with: its own where the item has them, the server's otherwise.</summary>
    public AppLimits Limits(ServerLimits server) => new(
        MaxConnections,
        MaxBackendEventsPerSecond,
        MaxClientEventsPerSecond,
        MaxReadRequestsPerSecond,
        MaxPresenceMembersPerChannel ?? server.MaxPresenceMembersPerChannel,
        MaxPresenceMemberSizeInKb ?? server.MaxPresenceMemberSizeInKb,
        MaxChannelNameLength ?? server.MaxChannelNameLength,
        MaxEventChannelsAtOnce ?? server.MaxEventChannelsAtOnce,
        MaxEventNameLength ?? server.MaxEventNameLength,
        MaxEventPayloadInKb ?? server.MaxEventPayloadInKb,
        MaxEventBatchSize ?? server.MaxEventBatchSize);
}

/// <summary>
/// The server-level limits an app falls back to, with soketi's defaults (<c>PRESENCE_MAX_MEMBERS</c>,
/// <c>PRESENCE_MAX_MEMBER_SIZE</c>, <c>CHANNEL_LIMITS_MAX_NAME_LENGTH</c>, <c>EVENT_MAX_CHANNELS_AT_ONCE</c>,
/// <c>EVENT_MAX_NAME_LENGTH</c>, <c>EVENT_MAX_SIZE_IN_KB</c>, <c>EVENT_MAX_BATCH_SIZE</c>).
/// </summary>
public sealed record ServerLimits
{
    /// <summary>soketi's defaults.</summary>
    public static ServerLimits Defaults { get; } = new();

    public int MaxPresenceMembersPerChannel { get; init; } = 100;

    public double MaxPresenceMemberSizeInKb { get; init; } = 2;

    public int MaxChannelNameLength { get; init; } = 200;

    public int MaxEventChannelsAtOnce { get; init; } = 100;

    public int MaxEventNameLength { get; init; } = 200;

    public double MaxEventPayloadInKb { get; init; } = 100;

    public int MaxEventBatchSize { get; init; } = 10;
}

/// <summary>Every limit an app runs with, resolved; -1 means unlimited.</summary>
public sealed record AppLimits(
    int MaxConnections,
    int MaxBackendEventsPerSecond,
    int MaxClientEventsPerSecond,
    int MaxReadRequestsPerSecond,
    int MaxPresenceMembersPerChannel,
    double MaxPresenceMemberSizeInKb,
    int MaxChannelNameLength,
    int MaxEventChannelsAtOnce,
    int MaxEventNameLength,
    double MaxEventPayloadInKb,
    int MaxEventBatchSize);
