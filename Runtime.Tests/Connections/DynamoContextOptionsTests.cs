using System;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using DynamoGen.Testing;
using NUnit.Framework;

namespace DynamoGen.Tests.Connections;

/// <summary>A default connection plus per-table connections, chosen at configuration time, against two real servers.</summary>
[NonParallelizable]
public sealed class DynamoContextOptionsTests
{
    private LocalDynamoDb _other = null!;
    private AmazonDynamoDBClient _otherClient = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _other = await LocalDynamoDb.StartDynaliteAsync();
        _otherClient = _other.CreateClient();
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _otherClient.Dispose();
        await _other.DisposeAsync();
    }

    [Test]
    public async Task Tables_use_their_own_connection_by_name_or_type_and_the_rest_the_default()
    {
        var products = ConnectionsSetup.UniqueTableName("products");
        var settings = ConnectionsSetup.UniqueTableName("settings");
        var local = new DynamoDbConnection(ConnectionsSetup.Client, "main");
        var other = new DynamoDbConnection(_otherClient, "other");
        var options = new DynamoContextOptions()
            .UseDefaultConnection(local)
            .UseConnectionFor<Setting>(other);
        var context = new DynamoContext(options);
        options.UseDefaultConnection(other);   // later changes do not affect the context

        await context.CreateTableAsync<Product>(products);   // created through the table's own connection
        await context.CreateTableAsync<Setting>(settings);
        await context.Table<Product>(products).PutAsync(new Product { Category = "c", Sku = "1" });
        await context.Table<Setting>(settings).PutAsync(new Setting("mode", "dark"));

        Assert.Multiple(async () =>
        {
            Assert.That(context.Connection, Is.SameAs(local));
            Assert.That(context.ConnectionFor<Setting>(), Is.SameAs(other));
            Assert.That(context.ConnectionFor<Product>(), Is.SameAs(local));
            Assert.That(await LocalDynamoSetup.AllTableNamesAsync(_otherClient), Does.Contain(settings).And.Not.Contain(products));
            Assert.That(await LocalDynamoSetup.AllTableNamesAsync(ConnectionsSetup.Client), Does.Contain(products).And.Not.Contain(settings));
            Assert.That((await _otherClient.GetItemAsync(settings, Setting.Key("mode").ToAttributeValues())).Item["Value"].S, Is.EqualTo("dark"));
        });
    }

    [Test]
    public void A_table_name_override_wins_over_the_type_override()
    {
        var byType = new DynamoDbConnection(_otherClient, "by-type");
        var byName = new DynamoDbConnection(ConnectionsSetup.Client, "by-name");
        var context = new DynamoContext(new DynamoContextOptions()
            .UseDefaultConnection(ConnectionsSetup.Client)
            .UseConnectionFor<Product>(byType)
            .UseConnectionForTable("products-eu", byName));

        Assert.Multiple(() =>
        {
            Assert.That(context.ConnectionFor<Product>("products-eu"), Is.SameAs(byName));
            Assert.That(context.ConnectionFor<Product>(), Is.SameAs(byType));
            Assert.That(context.ConnectionFor<Setting>("products-eu"), Is.SameAs(byName));
            Assert.That(context.ConnectionFor<Setting>(), Is.InstanceOf<DynamoDbConnection>().And.Not.SameAs(byName));
        });
    }

    [Test]
    public void The_existing_constructors_still_work()
    {
        var fromClient = new DynamoContext(ConnectionsSetup.Client);
        var connection = new DynamoDbConnection(ConnectionsSetup.Client);
        var fromConnection = new DynamoContext(connection);

        Assert.Multiple(() =>
        {
            Assert.That(fromClient.Client, Is.SameAs(ConnectionsSetup.Client));
            Assert.That(fromConnection.Connection, Is.SameAs(connection));
            Assert.That(fromConnection.Table<Product>().Name, Is.EqualTo("products"));
        });
    }
}
