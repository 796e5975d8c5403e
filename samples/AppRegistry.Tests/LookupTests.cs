using System.Linq;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using DynamoGen;
using Microsoft.Extensions.Logging;
using NUnit.Framework;
using static AppRegistry.Tests.SoketiTable;

namespace AppRegistry.Tests;

/// <summary>
/// What a lookup returns when there is no app to return. soketi's tests: ws.test.ts "cannot connect using invalid app
/// key" and http-api.test.ts "passing an inexistent app id will return 404" (both run with the DynamoDB app manager);
/// the rest is the <c>.catch</c> of dynamodb-app-manager.ts: any failure of the lookup means no app, and is logged.
/// </summary>
public sealed class LookupTests : AppTableTest
{
    [Test]
    public async Task An_invalid_app_key_finds_no_app()
    {
        await PutAsync(Table, FixtureItem(NewApp().Id, NewApp().Key));

        var app = await Manager.FindByKeyAsync("invalid-key");

        Assert.That(app, Is.Null);
        Assert.That(Log.At(LogLevel.Debug), Has.One.Contains("key 'invalid-key'"));
        Assert.That(Log.At(LogLevel.Error), Is.Empty);
    }

    [Test]
    public async Task An_inexistent_app_id_finds_no_app()
    {
        await PutAsync(Table, FixtureItem(NewApp().Id, NewApp().Key));

        var app = await Manager.FindByIdAsync("inexistent-app-id");

        Assert.That(app, Is.Null);
        Assert.That(Log.At(LogLevel.Debug), Has.One.Contains("id 'inexistent-app-id'"));
        Assert.That(Log.At(LogLevel.Error), Is.Empty);
    }

    [Test]
    public async Task A_missing_table_means_no_app_and_an_error_in_the_log()
    {
        var manager = Manager(UniqueName("no-such-table"), Log);

        var byId = await manager.FindByIdAsync("app-id");
        var byKey = await manager.FindByKeyAsync("app-key");

        Assert.That(byId, Is.Null);
        Assert.That(byKey, Is.Null);
        Assert.That(Log.Entries, Has.Count.EqualTo(2));
        Assert.That(Log.Entries, Has.All.Matches<(LogLevel Level, string Message, System.Exception? Exception)>(
            e => e.Level == LogLevel.Error && e.Exception is AmazonDynamoDBException && DynamoErrors.Classify(e.Exception) == DynamoErrorKind.NotFound));
    }

    [Test]
    public async Task A_DynamoDB_error_on_the_query_means_no_app_and_an_error_in_the_log()
    {
        // A table without soketi's AppKeyIndex: DynamoDB rejects the query.
        var table = await CreateAsync(withAppKeyIndex: false);
        var (id, key) = NewApp();
        await PutAsync(table, FixtureItem(id, key));
        var manager = Manager(table, Log);

        var byKey = await manager.FindByKeyAsync(key);
        var byId = await manager.FindByIdAsync(id);

        Assert.That(byKey, Is.Null);
        Assert.That(Log.At(LogLevel.Error), Has.One.Contains($"key '{key}'"));
        Assert.That(Log.Entries[0].Exception, Is.InstanceOf<AmazonDynamoDBException>());
        Assert.That(byId?.AppId, Is.EqualTo(id), "GetItem does not need the index");
    }

    [TestCase("S", "lots")]
    [TestCase("N", "1.5")]
    [TestCase("S", "")]
    public async Task An_item_that_cannot_be_read_means_no_app_and_an_error_naming_the_attribute(string type, string value)
    {
        var (id, key) = NewApp();
        var item = FixtureItem(id, key);
        item["MaxConnections"] = type == "S" ? S(value) : N(value);
        await PutAsync(Table, item);

        var app = await Manager.FindByIdAsync(id);

        Assert.That(app, Is.Null);
        var error = Log.Entries[0];
        Assert.That(error.Level, Is.EqualTo(LogLevel.Error));
        Assert.That(error.Exception, Is.InstanceOf<DynamoMappingException>());
        Assert.That(((DynamoMappingException)error.Exception!).AttributeName, Is.EqualTo("MaxConnections"));
    }

    [Test]
    public async Task An_app_with_nothing_but_id_key_and_secret_reads_with_soketis_defaults()
    {
        var (id, key) = NewApp();

        var app = await PutAndReadAsync(MinimalItem(id, key));

        Assert.That(app.Enabled, Is.True);
        Assert.That(app.EnableClientMessages, Is.False);
        Assert.That(app.EnableUserAuthentication, Is.False);
        Assert.That(app.Webhooks, Is.Empty);
        Assert.That(app.Limits(ServerLimits.Defaults), Is.EqualTo(new AppLimits(-1, -1, -1, -1, 100, 2, 200, 100, 200, 100, 10)));
    }

    [Test]
    public async Task An_item_without_its_secret_is_no_app()
    {
        var (id, key) = NewApp();
        var item = FixtureItem(id, key);
        item.Remove("AppSecret");
        await PutAsync(Table, item);

        var app = await Manager.FindByKeyAsync(key);

        Assert.That(app, Is.Null);
        Assert.That(((DynamoMappingException)Log.Entries[0].Exception!).AttributeName, Is.EqualTo("AppSecret"));
    }

    [Test]
    public async Task An_app_written_by_the_sample_reads_back_the_same()
    {
        var (id, key) = NewApp();
        var written = new App
        {
            AppId = id,
            AppKey = key,
            AppSecret = "secret",
            Enabled = false,
            EnableUserAuthentication = true,
            Webhooks = new([new Webhook { Url = "https://example.com/hook", EventTypes = ["cache_miss"], Headers = new System.Collections.Generic.Dictionary<string, string> { ["X-Custom-Header"] = "custom-value" } }]),
            MaxConnections = 10,
            MaxEventPayloadInKb = 0.5,
        };
        await new DynamoContext(Client).Table<App>(Table).PutAsync(written);

        var raw = await Client.GetItemAsync(Table, App.Key(id).ToAttributeValues());
        var app = await Manager.FindByKeyAsync(key);

        Assert.That(raw.Item["Enabled"].BOOL, Is.False, "flags are written as BOOL, which soketi reads right");
        Assert.That(raw.Item["Webhooks"].S, Does.StartWith("[{\"url\":\"https://example.com/hook\""));
        Assert.That(app, Is.Not.Null);
        Assert.That(app! with { Webhooks = written.Webhooks }, Is.EqualTo(written));
        Assert.That(app.Webhooks.Single(), Is.EqualTo(written.Webhooks.Single()).Using<Webhook>((a, b) =>
            a.Url == b.Url && a.EventTypes.SequenceEqual(b.EventTypes) && a.Headers!["X-Custom-Header"] == b.Headers!["X-Custom-Header"]));
    }
}
