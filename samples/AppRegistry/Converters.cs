using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using Amazon.DynamoDBv2.Model;
using DynamoGen;
using DynamoGen.Marshalling;

namespace AppRegistry;

/// <summary>
/// soketi's flags (<c>Enabled</c>, <c>EnableClientMessages</c>, <c>EnableUserAuthentication</c>): soketi's documentation
/// and the AWS SDK for JavaScript write them as binary, <c>{ B: 'true' }</c> / <c>{ B: 'false' }</c>. Reads that, the
/// other words soketi accepts (<c>t</c>, <c>yes</c>, <c>y</c>, <c>on</c>, <c>1</c> and their opposites), and BOOL.
/// </summary>
/// <remarks>
/// Writes BOOL: soketi reads a BOOL correctly for all three flags, while it only decodes a binary
/// <c>EnableClientMessages</c> (a binary <c>Enabled</c> or <c>EnableUserAuthentication</c> counts as true there, even
/// <c>"false"</c>).
/// </remarks>
public sealed class SoketiBooleanConverter : IDynamoConverter<bool>
{
    public AttributeValue ToAttribute(bool value) => new() { BOOL = value };

    public bool FromAttribute(AttributeValue value)
    {
        if (value.BOOL is { } flag)
        {
            return flag;
        }

        if (value.B is null)
        {
            throw new AttributeFormatException("B \"true\"/\"false\" or BOOL", value);
        }

        var text = Encoding.UTF8.GetString(value.B.ToArray()).Trim().ToLowerInvariant();
        return text switch
        {
            "true" or "t" or "yes" or "y" or "on" or "1" => true,
            "false" or "f" or "no" or "n" or "off" or "0" => false,
            _ => throw new AttributeFormatException("B \"true\"/\"false\" or BOOL", value),
        };
    }
}

/// <summary>
/// soketi's <c>Webhooks</c> attribute: a JSON array of webhooks in a string (S). Anything else (invalid JSON, an empty
/// string, JSON that is not an array of webhooks, another attribute type) means no webhooks, as in soketi, with the
/// reason in <see cref="WebhookList.Error"/>. JSON <c>null</c> means no webhooks too, and is no error.
/// </summary>
public sealed class WebhooksJsonConverter : IDynamoConverter<WebhookList>
{
    public AttributeValue ToAttribute(WebhookList value)
        => new() { S = JsonSerializer.Serialize([.. value], AppJson.Default.ListWebhook) };

    public WebhookList FromAttribute(AttributeValue value)
    {
        if (value.S is not { } json)
        {
            return WebhookList.Unreadable($"expected a JSON string (S), found {TypeOf(value)}");
        }

        List<Webhook>? webhooks;
        try
        {
            webhooks = JsonSerializer.Deserialize(json, AppJson.Default.ListWebhook);
        }
        catch (JsonException e)
        {
            return WebhookList.Unreadable($"invalid webhooks JSON ({e.Message}): {Shorten(json)}");
        }

        if (webhooks is null)
        {
            return WebhookList.None;
        }

        // System.Text.Json lets null through where the model says "never null"; soketi cannot use such a webhook.
        for (var i = 0; i < webhooks.Count; i++)
        {
            if (webhooks[i] is null || webhooks[i].EventTypes is null)
            {
                return WebhookList.Unreadable($"webhook [{i}] has no event_types: {Shorten(json)}");
            }
        }

        return new WebhookList(webhooks);
    }

    private static string TypeOf(AttributeValue value) => value switch
    {
        { IsLSet: true } => "a list (L)",
        { IsMSet: true } => "a map (M)",
        { N: not null } => "a number (N)",
        { B: not null } => "binary (B)",
        { BOOL: not null } => "a boolean (BOOL)",
        _ => "another attribute type",
    };

    private static string Shorten(string json) => json.Length <= 200 ? $"\"{json}\"" : $"\"{json[..200]}...\" ({json.Length} characters)";
}
