using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using NUnit.Framework;
using static AppRegistry.Tests.SoketiTable;

namespace AppRegistry.Tests;

/// <summary>
/// soketi's own DynamoDB fixture (tests/fixtures/dynamodb_schema.js, the item of its documentation), which every soketi
/// test run with the DynamoDB app manager reads: the same item, read by id (GetItem) and by key (Query on AppKeyIndex).
/// </summary>
public sealed class FixtureItemTests : AppTableTest
{
    [Test]
    public async Task The_fixture_item_is_found_by_id_as_soketi_writes_it()
    {
        await PutAsync(Table, FixtureItem());

        var app = await Manager.FindByIdAsync("app-id");

        AssertFixtureApp(app, "app-key");
    }

    [Test]
    public async Task The_fixture_item_is_found_by_key_on_the_AppKey_index()
    {
        var (id, key) = NewApp();
        await PutAsync(Table, FixtureItem(id, key));

        var app = await Manager.FindByKeyAsync(key);

        Assert.That(app?.AppId, Is.EqualTo(id));
        AssertFixtureApp(app, key);
    }

    [Test]
    public async Task The_fixture_items_optional_limits_when_filled_in_as_its_comments_show()
    {
        var (id, key) = NewApp();
        var item = FixtureItem(id, key);
        item["MaxPresenceMembersPerChannel"] = N("-1");
        item["MaxPresenceMemberSizeInKb"] = N("-1");
        item["MaxChannelNameLength"] = N("-1");
        item["MaxEventChannelsAtOnce"] = N("-1");
        item["MaxEventNameLength"] = N("-1");
        item["MaxEventPayloadInKb"] = N("-1");
        item["MaxEventBatchSize"] = N("-1");
        item["EnableUserAuthentication"] = B("false");

        var app = await PutAndReadAsync(item);

        Assert.That(app.EnableUserAuthentication, Is.False);
        Assert.That(app.Limits(ServerLimits.Defaults), Is.EqualTo(new AppLimits(-1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1)));
    }

    private void AssertFixtureApp(App? app, string key)
    {
        Assert.That(app, Is.Not.Null, () => "log: " + string.Join(" | ", Log.Entries));
        Assert.Multiple(() =>
        {
            Assert.That(app!.AppKey, Is.EqualTo(key));
            Assert.That(app.AppSecret, Is.EqualTo("app-secret"));
            Assert.That(app.Enabled, Is.True);
            Assert.That(app.EnableClientMessages, Is.False);
            Assert.That(app.EnableUserAuthentication, Is.False, "not in the item: soketi's default");
            Assert.That(app.Webhooks, Is.Empty);
            Assert.That(app.Webhooks.Error, Is.Null);
            Assert.That(app.MaxPresenceMembersPerChannel, Is.Null, "not in the item");
            Assert.That(app.MaxEventPayloadInKb, Is.Null, "not in the item");
            // The limits the item leaves out are the server's (soketi's defaults here).
            Assert.That(app.Limits(ServerLimits.Defaults), Is.EqualTo(new AppLimits(-1, -1, -1, -1, 100, 2, 200, 100, 200, 100, 10)));
            Assert.That(Log.At(LogLevel.Warning), Is.Empty);
            Assert.That(Log.At(LogLevel.Error), Is.Empty);
        });
    }
}
