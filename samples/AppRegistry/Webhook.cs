using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AppRegistry;

/// <summary>A webhook, in soketi's JSON shape: an HTTP <c>url</c> or a Lambda function, for some event types.</summary>
public sealed record Webhook
{
    /// <summary>Where soketi POSTs the events, for an HTTP webhook.</summary>
    [JsonPropertyName("url")]
    public string? Url { get; init; }

    /// <summary>The Lambda function soketi invokes instead, when there is no <see cref="Url"/>.</summary>
    [JsonPropertyName("lambda_function")]
    public string? LambdaFunction { get; init; }

    /// <summary>
    /// The events this webhook receives: <c>client_event</c>, <c>channel_occupied</c>, <c>channel_vacated</c>,
    /// <c>member_added</c>, <c>member_removed</c>, <c>cache_miss</c>. Required: soketi cannot use a webhook without it.
    /// </summary>
    [JsonPropertyName("event_types")]
    public required IReadOnlyList<string> EventTypes { get; init; }

    /// <summary>Extra HTTP headers; soketi's own <c>X-Pusher-*</c> headers win over these.</summary>
    [JsonPropertyName("headers")]
    public IReadOnlyDictionary<string, string>? Headers { get; init; }

    /// <summary>Only events on matching channels are sent.</summary>
    [JsonPropertyName("filter")]
    public WebhookFilter? Filter { get; init; }

    /// <summary>How the Lambda function is invoked.</summary>
    [JsonPropertyName("lambda")]
    public LambdaOptions? Lambda { get; init; }
}

/// <summary>Sends only the events whose channel name starts and/or ends with the given text.</summary>
public sealed record WebhookFilter
{
    [JsonPropertyName("channel_name_starts_with")]
    public string? ChannelNameStartsWith { get; init; }

    [JsonPropertyName("channel_name_ends_with")]
    public string? ChannelNameEndsWith { get; init; }
}

/// <summary>How soketi invokes a webhook's Lambda function.</summary>
public sealed record LambdaOptions
{
    /// <summary>True: fire and forget (invocation type <c>Event</c>); false (the default): wait for the answer.</summary>
    [JsonPropertyName("async")]
    public bool Async { get; init; }

    /// <summary>The function's region; soketi uses us-east-1 when it is not set.</summary>
    [JsonPropertyName("region")]
    public string? Region { get; init; }

    /// <summary>Options for the Lambda client (endpoint, credentials, ...), passed through as JSON.</summary>
    [JsonPropertyName("client_options")]
    public IReadOnlyDictionary<string, JsonElement>? ClientOptions { get; init; }
}

/// <summary>
/// An app's webhooks. soketi stores them as a JSON array in a string; when that string cannot be read, soketi runs the
/// app without webhooks, and so does this sample: the list is empty and <see cref="Error"/> says what was wrong.
/// </summary>
public sealed class WebhookList : ReadOnlyCollection<Webhook>
{
    /// <summary>No webhooks (an item without the attribute).</summary>
    public static WebhookList None { get; } = new([]);

    public WebhookList(IList<Webhook> webhooks)
        : base(webhooks)
    {
    }

    private WebhookList(string error)
        : base([])
    {
        Error = error;
    }

    /// <summary>Why the stored webhooks were dropped, or <see langword="null"/> when they were read.</summary>
    public string? Error { get; }

    /// <summary>No webhooks, because the stored value could not be read.</summary>
    public static WebhookList Unreadable(string error) => new(error);
}

/// <summary>Source-generated JSON metadata for the webhooks (AOT-safe: no reflection).</summary>
[JsonSerializable(typeof(List<Webhook>))]
public partial class AppJson : JsonSerializerContext;
