using System.Threading.Tasks;
using DynamoGen;
using NUnit.Framework;
using static AppRegistry.Tests.SoketiTable;

namespace AppRegistry.Tests;

/// <summary>
/// soketi's three flags, stored as binary text. The settings come from soketi's tests (run there with the array app
/// manager; here stored as the DynamoDB driver stores them): "throw invalid app error if app is deactivated"
/// (enabled false), "client events" / "client events dont get emitted when client messaging is disabled"
/// (enableClientMessages true / false), "signin after connection" (enableUserAuthentication true). The words accepted
/// are those soketi decodes EnableClientMessages with (the <c>boolean</c> package), plus BOOL.
/// </summary>
public sealed class FlagsTests : AppTableTest
{
    [TestCase("Enabled", "false", false)]
    [TestCase("Enabled", "true", true)]
    [TestCase("EnableClientMessages", "true", true)]
    [TestCase("EnableClientMessages", "false", false)]
    [TestCase("EnableUserAuthentication", "true", true)]
    [TestCase("EnableUserAuthentication", "false", false)]
    public async Task A_binary_flag_reads_as_written(string attribute, string text, bool expected)
    {
        var (id, key) = NewApp();
        var item = FixtureItem(id, key);
        item[attribute] = B(text);

        var app = await PutAndReadAsync(item);

        Assert.That(Flag(app, attribute), Is.EqualTo(expected));
    }

    [TestCase("yes", true)]
    [TestCase(" On ", true)]
    [TestCase("1", true)]
    [TestCase("t", true)]
    [TestCase("Y", true)]
    [TestCase("TRUE", true)]
    [TestCase("no", false)]
    [TestCase("0", false)]
    [TestCase("off", false)]
    [TestCase("F", false)]
    public async Task The_words_soketi_accepts_for_a_flag(string text, bool expected)
    {
        var (id, key) = NewApp();
        var item = FixtureItem(id, key);
        item["EnableClientMessages"] = B(text);

        var app = await PutAndReadAsync(item);

        Assert.That(app.EnableClientMessages, Is.EqualTo(expected));
    }

    [TestCase(true)]
    [TestCase(false)]
    public async Task A_BOOL_flag_reads_too(bool value)
    {
        var (id, key) = NewApp();
        var item = FixtureItem(id, key);
        item["Enabled"] = Bool(value);
        item["EnableClientMessages"] = Bool(value);
        item["EnableUserAuthentication"] = Bool(value);

        var app = await PutAndReadAsync(item);

        Assert.That((app.Enabled, app.EnableClientMessages, app.EnableUserAuthentication), Is.EqualTo((value, value, value)));
    }

    [Test]
    public async Task A_NULL_flag_is_a_missing_flag()
    {
        var (id, key) = NewApp();
        var item = FixtureItem(id, key);
        item["Enabled"] = Null();
        item["EnableClientMessages"] = Null();

        var app = await PutAndReadAsync(item);

        Assert.That((app.Enabled, app.EnableClientMessages), Is.EqualTo((true, false)));
    }

    [TestCase("maybe")]
    [TestCase("")]
    public async Task A_flag_that_is_no_boolean_means_no_app_and_names_the_value(string text)
    {
        var (id, key) = NewApp();
        var item = FixtureItem(id, key);
        item["Enabled"] = B(text);
        await PutAsync(Table, item);

        var app = await Manager.FindByIdAsync(id);

        Assert.That(app, Is.Null);
        var error = (DynamoMappingException)Log.Entries[0].Exception!;
        Assert.That(error.AttributeName, Is.EqualTo("Enabled"));
        Assert.That(error.Expected, Does.Contain("\"true\"/\"false\""));
    }

    [Test]
    public void The_converter_writes_BOOL()
    {
        var converter = new SoketiBooleanConverter();

        var written = converter.ToAttribute(false);

        Assert.That((written.BOOL, written.B), Is.EqualTo(((bool?)false, (System.IO.MemoryStream?)null)));
        Assert.That(converter.FromAttribute(converter.ToAttribute(true)), Is.True);
    }

    private static bool Flag(App app, string attribute) => attribute switch
    {
        "Enabled" => app.Enabled,
        "EnableClientMessages" => app.EnableClientMessages,
        _ => app.EnableUserAuthentication,
    };
}
