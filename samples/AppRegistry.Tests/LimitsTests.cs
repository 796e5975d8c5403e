using System.Threading.Tasks;
using NUnit.Framework;
using static AppRegistry.Tests.SoketiTable;

namespace AppRegistry.Tests;

/// <summary>
/// Per-app limits. soketi's limit tests (ws.test.ts and http-api.test.ts "should check for ...") run with the DynamoDB
/// app manager against the fixture item, which has none of the limits: each sets a server-level limit and expects the
/// app to run with it. The other cases are from app.ts: an app's own value wins, fractional sizes stay fractional, a
/// 0 is a value (not "missing"), and NULL counts as missing.
/// </summary>
public sealed class LimitsTests : AppTableTest
{
    private static readonly object[] ServerLevelLimits =
    [
        new TestCaseData(ServerLimits.Defaults with { MaxChannelNameLength = 25 }).SetName("channelLimits.maxNameLength comes from the server"),
        new TestCaseData(ServerLimits.Defaults with { MaxPresenceMemberSizeInKb = 1.0 / 1024 / 1024 }).SetName("presence.maxMemberSizeInKb comes from the server"),
        new TestCaseData(ServerLimits.Defaults with { MaxPresenceMembersPerChannel = 1 }).SetName("presence.maxMembersPerChannel comes from the server"),
        new TestCaseData(ServerLimits.Defaults with { MaxEventChannelsAtOnce = 1 }).SetName("eventLimits.maxChannelsAtOnce comes from the server"),
        new TestCaseData(ServerLimits.Defaults with { MaxEventNameLength = 7 }).SetName("eventLimits.maxNameLength comes from the server"),
        new TestCaseData(ServerLimits.Defaults with { MaxEventPayloadInKb = 1.0 / 1024 }).SetName("eventLimits.maxPayloadInKb comes from the server"),
    ];

    [TestCaseSource(nameof(ServerLevelLimits))]
    public async Task A_limit_the_item_leaves_out_is_the_servers(ServerLimits server)
    {
        var (id, key) = NewApp();

        var app = await PutAndReadAsync(FixtureItem(id, key));

        Assert.That(app.Limits(server), Is.EqualTo(new AppLimits(
            -1, -1, -1, -1,
            server.MaxPresenceMembersPerChannel, server.MaxPresenceMemberSizeInKb, server.MaxChannelNameLength,
            server.MaxEventChannelsAtOnce, server.MaxEventNameLength, server.MaxEventPayloadInKb, server.MaxEventBatchSize)));
    }

    [Test]
    public async Task Every_limit_the_item_has_wins_over_the_servers()
    {
        var (id, key) = NewApp();
        var item = FixtureItem(id, key);
        item["MaxConnections"] = N("1");   // ws.test.ts "throw over quota error if reached connection limit"
        item["MaxBackendEventsPerSecond"] = N("200");   // the three rates of soketi's test app (tests/utils.ts)
        item["MaxClientEventsPerSecond"] = N("201");
        item["MaxReadRequestsPerSecond"] = N("202");
        item["MaxPresenceMembersPerChannel"] = N("3");
        item["MaxPresenceMemberSizeInKb"] = N("0.5");
        item["MaxChannelNameLength"] = N("25");
        item["MaxEventChannelsAtOnce"] = N("4");
        item["MaxEventNameLength"] = N("7");
        item["MaxEventPayloadInKb"] = N("1.5");
        item["MaxEventBatchSize"] = N("5");

        var app = await PutAndReadAsync(item);

        Assert.That(app.Limits(ServerLimits.Defaults), Is.EqualTo(new AppLimits(1, 200, 201, 202, 3, 0.5, 25, 4, 7, 1.5, 5)));
    }

    [Test]
    public async Task A_zero_limit_is_kept_not_replaced_by_the_default()
    {
        var (id, key) = NewApp();
        var item = FixtureItem(id, key);
        item["MaxConnections"] = N("0");
        item["MaxEventBatchSize"] = N("0");
        item["MaxEventPayloadInKb"] = N("0");

        var app = await PutAndReadAsync(item);

        var limits = app.Limits(ServerLimits.Defaults);
        Assert.That((limits.MaxConnections, limits.MaxEventBatchSize, limits.MaxEventPayloadInKb), Is.EqualTo((0, 0, 0.0)));
    }

    [Test]
    public async Task A_NULL_limit_is_a_missing_limit()
    {
        var (id, key) = NewApp();
        var item = FixtureItem(id, key);
        item["MaxConnections"] = Null();
        item["MaxPresenceMembersPerChannel"] = Null();
        item["MaxEventPayloadInKb"] = Null();

        var app = await PutAndReadAsync(item);

        var limits = app.Limits(ServerLimits.Defaults with { MaxPresenceMembersPerChannel = 7 });
        Assert.That((limits.MaxConnections, limits.MaxPresenceMembersPerChannel, limits.MaxEventPayloadInKb), Is.EqualTo((-1, 7, 100.0)));
    }
}
