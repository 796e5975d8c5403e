using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using NUnit.Framework;
using static AppRegistry.Tests.SoketiTable;

namespace AppRegistry.Tests;

/// <summary>
/// The Webhooks attribute: a JSON-encoded string. The webhook shapes are those of soketi's webhooks.test.ts (run there
/// with the array app manager; here JSON-encoded as the DynamoDB driver stores them). What cannot be read follows
/// dynamodb-app-manager.ts and app.ts: invalid JSON, or JSON that is not an array, means no webhooks (logged here).
/// </summary>
public sealed class WebhooksTests : AppTableTest
{
    private const string Url = "http://127.0.0.1:3001/webhook";

    [TestCase("client_event", TestName = "webhooks from client events")]
    [TestCase("channel_occupied,channel_vacated", TestName = "webhooks from channel_occupied and channel_vacated")]
    [TestCase("member_added,member_removed", TestName = "webhooks from member_added and member_removed")]
    [TestCase("cache_miss", TestName = "webhooks from cache_miss")]
    public async Task An_http_webhook_for_event_types(string eventTypes)
    {
        var types = eventTypes.Split(',');
        var json = $$"""[{"event_types":[{{string.Join(",", types.Select(t => $"\"{t}\""))}}],"url":"{{Url}}"}]""";

        var app = await ReadWebhooksAsync(json);

        var webhook = app.Webhooks.Single();
        Assert.That(webhook.Url, Is.EqualTo(Url));
        Assert.That(webhook.EventTypes, Is.EqualTo(types));
        Assert.That((webhook.LambdaFunction, webhook.Headers, webhook.Filter, webhook.Lambda), Is.EqualTo(((string?)null, (object?)null, (WebhookFilter?)null, (LambdaOptions?)null)));
    }

    [Test]
    public async Task Webhooks_from_member_added_and_member_removed_alongside_filtering()
    {
        var app = await ReadWebhooksAsync("""
            [
              { "event_types": ["member_added"], "url": "http://127.0.0.1:3001/webhook", "filter": { "channel_name_starts_with": "presence-abc" } },
              { "event_types": ["member_removed"], "url": "http://127.0.0.1:3001/webhook", "filter": { "channel_name_starts_with": "presence-abc" } }
            ]
            """);

        Assert.That(app.Webhooks.Select(w => (w.EventTypes.Single(), w.Filter)), Is.EqualTo(new[]
        {
            ("member_added", new WebhookFilter { ChannelNameStartsWith = "presence-abc" }),
            ("member_removed", new WebhookFilter { ChannelNameStartsWith = "presence-abc" }),
        }));
    }

    [Test]
    public async Task Webhooks_filtered_by_channel_name()
    {
        var app = await ReadWebhooksAsync("""
            [
              { "event_types": ["channel_occupied"], "url": "http://127.0.0.1:3001/webhook", "filter": { "channel_name_starts_with": "private-" } },
              { "event_types": ["channel_occupied"], "url": "http://127.0.0.1:3001/webhook", "filter": { "channel_name_starts_with": "private-", "channel_name_ends_with": "-foo" } },
              { "event_types": ["channel_occupied"], "url": "http://127.0.0.1:3001/webhook", "filter": { "channel_name_ends_with": "-bar" } }
            ]
            """);

        Assert.That(app.Webhooks.Select(w => w.Filter), Is.EqualTo(new[]
        {
            new WebhookFilter { ChannelNameStartsWith = "private-" },
            new WebhookFilter { ChannelNameStartsWith = "private-", ChannelNameEndsWith = "-foo" },
            new WebhookFilter { ChannelNameEndsWith = "-bar" },
        }));
    }

    [Test]
    public async Task Lambda_webhooks()
    {
        var app = await ReadWebhooksAsync("""
            [{ "event_types": ["client_event"], "lambda_function": "some-lambda-function", "lambda": { "client_options": { "endpoint": "http://127.0.0.1:3001" } } }]
            """);

        var webhook = app.Webhooks.Single();
        Assert.That((webhook.Url, webhook.LambdaFunction), Is.EqualTo(((string?)null, "some-lambda-function")));
        Assert.That((webhook.Lambda!.Async, webhook.Lambda.Region), Is.EqualTo((false, (string?)null)), "soketi's defaults: wait for the answer, us-east-1");
        Assert.That(webhook.Lambda.ClientOptions!["endpoint"].GetString(), Is.EqualTo("http://127.0.0.1:3001"));
    }

    [Test]
    public async Task Lambda_webhooks_invoked_asynchronously_in_a_region()
    {
        var app = await ReadWebhooksAsync("""
            [{ "event_types": ["member_added"], "lambda_function": "f", "lambda": { "async": true, "region": "eu-west-1", "client_options": { "maxRetries": 2 } } }]
            """);

        var lambda = app.Webhooks.Single().Lambda!;
        Assert.That((lambda.Async, lambda.Region, lambda.ClientOptions!["maxRetries"].GetInt32()), Is.EqualTo((true, "eu-west-1", 2)));
    }

    [Test]
    public async Task Webhooks_can_have_custom_headers()
    {
        var app = await ReadWebhooksAsync("""
            [{ "event_types": ["channel_occupied"], "url": "http://127.0.0.1:3001/webhook",
               "headers": { "X-Custom-Header": "custom-value", "X-Pusher-Key": "custom-value", "X-Pusher-Signature": "custom-value" } }]
            """);

        Assert.That(app.Webhooks.Single().Headers, Is.EquivalentTo(new[]
        {
            new System.Collections.Generic.KeyValuePair<string, string>("X-Custom-Header", "custom-value"),
            new System.Collections.Generic.KeyValuePair<string, string>("X-Pusher-Key", "custom-value"),
            new System.Collections.Generic.KeyValuePair<string, string>("X-Pusher-Signature", "custom-value"),
        }));
    }

    [TestCase("[{\"event_types\": [\"client_event\"], \"url\": ", TestName = "Invalid JSON means no webhooks")]
    [TestCase("", TestName = "An empty string means no webhooks")]
    [TestCase("{\"event_types\": [\"client_event\"], \"url\": \"http://127.0.0.1:3001/webhook\"}", TestName = "A JSON object that is not an array means no webhooks")]
    [TestCase("\"[]\"", TestName = "A JSON string means no webhooks")]
    [TestCase("5", TestName = "A JSON number means no webhooks")]
    [TestCase("[{\"url\": \"http://127.0.0.1:3001/webhook\"}]", TestName = "A webhook without event_types means no webhooks")]
    [TestCase("[{\"url\": \"http://127.0.0.1:3001/webhook\", \"event_types\": null}]", TestName = "A webhook with null event_types means no webhooks")]
    [TestCase("[null]", TestName = "A null webhook means no webhooks")]
    public async Task Webhooks_soketi_cannot_read_mean_no_webhooks_and_a_warning(string json)
    {
        var app = await ReadWebhooksAsync(json);

        Assert.That(app.Webhooks, Is.Empty);
        Assert.That(app.Webhooks.Error, Is.Not.Null);
        // The lookup by id and the lookup by key each warn once.
        Assert.That(Log.At(LogLevel.Warning), Has.Count.EqualTo(2).And.All.Contains($"App '{app.AppId}' runs without webhooks"));
    }

    [Test]
    public async Task Webhooks_stored_as_a_number_mean_no_webhooks_and_a_warning()
    {
        var (id, key) = NewApp();
        var item = FixtureItem(id, key);
        item["Webhooks"] = N("5");

        var app = await PutAndReadAsync(item);

        Assert.That(app.Webhooks, Is.Empty);
        Assert.That(app.Webhooks.Error, Does.Contain("found a number (N)"));
        Assert.That(Log.At(LogLevel.Warning), Has.Count.EqualTo(2));
    }

    [Test]
    public async Task JSON_null_and_a_NULL_attribute_mean_no_webhooks_without_a_warning()
    {
        var fromJsonNull = await ReadWebhooksAsync("null");
        var (id, key) = NewApp();
        var item = FixtureItem(id, key);
        item["Webhooks"] = Null();
        var fromNull = await PutAndReadAsync(item);

        Assert.That(fromJsonNull.Webhooks, Is.Empty);
        Assert.That(fromNull.Webhooks, Is.Empty);
        Assert.That((fromJsonNull.Webhooks.Error, fromNull.Webhooks.Error), Is.EqualTo(((string?)null, (string?)null)));
        Assert.That(Log.At(LogLevel.Warning), Is.Empty);
    }

    private async Task<App> ReadWebhooksAsync(string json)
    {
        var (id, key) = NewApp();
        var item = FixtureItem(id, key);
        item["Webhooks"] = S(json);
        return await PutAndReadAsync(item);
    }
}
