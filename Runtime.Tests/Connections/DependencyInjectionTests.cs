using System;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;

namespace DynamoGen.Tests.Connections;

/// <summary>services.AddDynamoGen(...) with a real container and a real local DynamoDB.</summary>
public sealed class DependencyInjectionTests
{
    [Test]
    public async Task Without_a_default_connection_the_registered_IAmazonDynamoDB_is_used()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IAmazonDynamoDB>(ConnectionsSetup.Client);
        services.AddDynamoGen();
        using var provider = services.BuildServiceProvider();

        var context = provider.GetRequiredService<DynamoContext>();
        var name = ConnectionsSetup.UniqueTableName("di");
        await context.CreateTableAsync<Setting>(name);
        await context.Table<Setting>(name).PutAsync(new Setting("a", "b"));

        Assert.Multiple(async () =>
        {
            Assert.That(context.Client, Is.SameAs(ConnectionsSetup.Client));
            Assert.That(provider.GetRequiredService<DynamoContext>(), Is.SameAs(context), "a singleton");
            Assert.That((await ConnectionsSetup.Client.GetItemAsync(name, Setting.Key("a").ToAttributeValues())).Item["Value"].S, Is.EqualTo("b"));
        });
    }

    [Test]
    public void Connections_are_built_once_from_the_container_into_the_one_options_type()
    {
        var builds = 0;
        var services = new ServiceCollection();
        services.AddSingleton<IAmazonDynamoDB>(ConnectionsSetup.Client);
        services.AddDynamoGen((options, sp) =>
        {
            builds++;
            options.UseConnectionFor<Product>(new CachingConnection(new DynamoDbConnection(sp.GetRequiredService<IAmazonDynamoDB>())));
        });
        services.Configure<DynamoContextOptions>(options => options.UseConnectionForTable("audit", new DynamoDbConnection(ConnectionsSetup.Client, "audit")));
        services.AddDynamoGen(options => options.TableNamePrefix = "dev-");   // a second call adds to the same options
        using var provider = services.BuildServiceProvider();

        var context = provider.GetRequiredService<DynamoContext>();
        var options = provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<DynamoContextOptions>>().Value;

        Assert.Multiple(() =>
        {
            Assert.That(context.ConnectionFor<Product>(), Is.InstanceOf<CachingConnection>());
            Assert.That(context.ConnectionFor<Setting>("audit").Name, Is.EqualTo("audit"));
            Assert.That(context.ConnectionFor<Setting>(), Is.InstanceOf<DynamoDbConnection>());
            Assert.That(context.TableNameFor<Setting>(), Is.EqualTo("dev-settings"));
            Assert.That(options.DefaultConnection?.ControlPlane, Is.SameAs(ConnectionsSetup.Client), "the container's client fills the default");
            Assert.That(options.TypeConnections[typeof(Product)], Is.SameAs(context.ConnectionFor<Product>()));
            Assert.That(provider.GetRequiredService<DynamoContext>(), Is.SameAs(context));
            Assert.That(builds, Is.EqualTo(1));
        });
    }

    [Test]
    public void A_configured_default_connection_wins_over_the_container_client()
    {
        var own = new DynamoDbConnection(ConnectionsSetup.Client, "own");
        var services = new ServiceCollection();
        services.AddSingleton<IAmazonDynamoDB>(new AmazonDynamoDBClient(new Amazon.Runtime.BasicAWSCredentials("x", "y"), new AmazonDynamoDBConfig { ServiceURL = "http://127.0.0.1:9" }));
        services.AddDynamoGen(options => options.UseDefaultConnection(own));
        using var provider = services.BuildServiceProvider();

        Assert.That(provider.GetRequiredService<DynamoContext>().Connection, Is.SameAs(own));
    }

    [Test]
    public void A_default_connection_can_come_from_the_environment()
    {
        var services = new ServiceCollection();
        services.AddDynamoGen(options => options.UseDefaultConnection(DynamoConnections.FromEnvironment(name => name switch
        {
            "DYNAMO_ENDPOINT" => "http://127.0.0.1:8000",
            "DYNAMO_ACCESS_KEY_ID" or "DYNAMO_SECRET_ACCESS_KEY" => "local",
            _ => null,
        })));
        using var provider = services.BuildServiceProvider();

        var client = provider.GetRequiredService<DynamoContext>().Client;
        Assert.That(client.Config.ServiceURL, Is.EqualTo("http://127.0.0.1:8000/"));
    }
}
