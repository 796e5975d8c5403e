using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Amazon.DynamoDBv2.Model;
using NUnit.Framework;

namespace AppRegistry.Tests;

/// <summary>A soketi apps table for the fixture's tests, and a fresh logger and app manager for each test.</summary>
public abstract class AppTableTest
{
    protected string Table { get; private set; } = "";

    protected RecordingLogger<AppManager> Log { get; private set; } = new();

    protected AppManager Manager { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task CreateTableAsync() => Table = await SoketiTable.CreateAsync();

    [SetUp]
    public void NewManager()
    {
        Log = new RecordingLogger<AppManager>();
        Manager = SoketiTable.Manager(Table, Log);
    }

    /// <summary>An app id (and key) no other test uses.</summary>
    protected static (string Id, string Key) NewApp()
    {
        var id = Guid.NewGuid().ToString("N")[..12];
        return ("app-" + id, "key-" + id);
    }

    /// <summary>Puts <paramref name="item"/> and reads it back by id, checking the lookup by key finds the same app.</summary>
    protected async Task<App> PutAndReadAsync(Dictionary<string, AttributeValue> item)
    {
        await SoketiTable.PutAsync(Table, item);
        var byId = await Manager.FindByIdAsync(item["AppId"].S);
        var byKey = await Manager.FindByKeyAsync(item["AppKey"].S);
        Assert.That(byId, Is.Not.Null, () => "no app by id; log: " + string.Join(" | ", Log.Entries));
        Assert.That(byKey, Is.Not.Null, () => "no app by key; log: " + string.Join(" | ", Log.Entries));
        Assert.That(byKey!.AppId, Is.EqualTo(byId!.AppId));
        return byId;
    }
}
