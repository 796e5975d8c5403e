using System;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using DynamoGen.Tests.Models;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;

namespace DynamoGen.Tests.Schema;

/// <summary>Table names resolved at run time (explicit, per type, per declared name, prefix and suffix) and key prefixes.</summary>
public sealed class TableNamingTests
{
    [Test]
    public void Names_resolve_explicit_then_type_then_declared_name_then_prefix_and_suffix()
    {
        var context = new DynamoContext(new DynamoContextOptions { TableNamePrefix = "dev-", TableNameSuffix = "-eu" }
            .UseDefaultConnection(LocalDynamoSetup.Client)
            .UseTableName<Invoice>("billing")
            .MapTableName("invoices", "never-used")        // Invoice's own name wins
            .MapTableName("orders", "orders-v2"));

        Assert.Multiple(() =>
        {
            Assert.That(context.TableNameFor<ShopOrder>(), Is.EqualTo("dev-shop-orders-eu"), "prefix + declared + suffix");
            Assert.That(context.Table<ShopOrder>().Name, Is.EqualTo("dev-shop-orders-eu"));
            Assert.That(context.Table<ShopOrder>("exactly-this").Name, Is.EqualTo("exactly-this"), "an explicit name is used as given");
            Assert.That(context.Table<Invoice>().Name, Is.EqualTo("billing"), "the type's own name, without prefix or suffix");
            Assert.That(context.Table<Order>().Name, Is.EqualTo("orders-v2"), "the declared name's mapping, without prefix or suffix");
            Assert.That(context.TableNameFor(ShopOrder.TableSchema), Is.EqualTo("dev-shop-orders-eu"));
            Assert.That(context.TableNameFor(Invoice.TableSchema), Is.EqualTo("never-used"), "a bare schema has no type: only the mapping applies");
        });
    }

    [Test]
    public void Without_naming_options_the_declared_name_is_used()
    {
        var context = new DynamoContext(LocalDynamoSetup.Client);

        Assert.Multiple(() =>
        {
            Assert.That(context.Table<ShopOrder>().Name, Is.EqualTo("shop-orders"));
            Assert.That(context.TableNameFor<Order>(), Is.EqualTo("orders"));
        });
    }

    [Test]
    public void Per_table_connections_match_the_resolved_name()
    {
        var staging = new DynamoDbConnection(LocalDynamoSetup.Client, "staging");
        var context = new DynamoContext(new DynamoContextOptions { TableNamePrefix = "staging-" }
            .UseDefaultConnection(LocalDynamoSetup.Client)
            .UseConnectionForTable("staging-shop-orders", staging)
            .UseConnectionForTable("shop-orders", new DynamoDbConnection(LocalDynamoSetup.Client, "declared")));

        Assert.Multiple(() =>
        {
            Assert.That(context.ConnectionFor<ShopOrder>(), Is.SameAs(staging));
            Assert.That(context.ConnectionFor<ShopOrder>("shop-orders").Name, Is.EqualTo("declared"), "an explicit name matches as given");
            Assert.That(context.ConnectionFor<Invoice>().Name, Is.Not.EqualTo("staging"));
        });
    }

    [Test]
    public void The_context_copies_the_naming_options()
    {
        var options = new DynamoContextOptions { TableNamePrefix = "a-" }.UseDefaultConnection(LocalDynamoSetup.Client);
        var context = new DynamoContext(options);

        options.TableNamePrefix = "b-";
        options.UseTableName<ShopOrder>("c");
        options.UseKeyPrefix<ShopOrder>("d#");

        Assert.Multiple(() =>
        {
            Assert.That(context.TableNameFor<ShopOrder>(), Is.EqualTo("a-shop-orders"));
            Assert.That(context.KeyPrefixFor<ShopOrder>(), Is.Null);
        });
    }

    [Test]
    public void Key_prefixes_are_per_type_with_a_default_and_reach_the_table()
    {
        var context = new DynamoContext(new DynamoContextOptions { DefaultKeyPrefix = "prod#" }
            .UseDefaultConnection(LocalDynamoSetup.Client)
            .UseKeyPrefix<ShopOrder>("staging#")
            .UseKeyPrefix<Order>(null));

        Assert.Multiple(() =>
        {
            Assert.That(context.KeyPrefixFor<ShopOrder>(), Is.EqualTo("staging#"));
            Assert.That(context.KeyPrefixFor<Invoice>(), Is.EqualTo("prod#"), "the default");
            Assert.That(context.KeyPrefixFor<Order>(), Is.Null, "turned off for this type");
            Assert.That(context.Table<ShopOrder>().KeyPrefix, Is.EqualTo("staging#"));
            Assert.That(context.Table<ShopOrder>("explicit").KeyPrefix, Is.EqualTo("staging#"), "an explicit table name keeps the type's key prefix");
            Assert.That(context.Table<Invoice>().KeyPrefix, Is.EqualTo("prod#"));
            Assert.That(context.Table<Order>().KeyPrefix, Is.Null);
            Assert.That(new DynamoContext(LocalDynamoSetup.Client).Table<ShopOrder>().KeyPrefix, Is.Null);
        });
    }

    [Test]
    public void Invalid_names_and_prefixes_are_refused()
    {
        var options = new DynamoContextOptions();

        Assert.Multiple(() =>
        {
            Assert.Throws<ArgumentException>(() => options.UseTableName<ShopOrder>(" "));
            Assert.Throws<ArgumentException>(() => options.MapTableName("orders", ""));
            Assert.Throws<ArgumentException>(() => options.UseKeyPrefix<ShopOrder>(""));
            Assert.Throws<ArgumentException>(() => new DynamoContext(LocalDynamoSetup.Client).Table<ShopOrder>(""));
        });
    }

    [Test]
    public async Task Requests_go_to_the_resolved_table()
    {
        var prefix = LocalDynamoSetup.UniqueTableName("p") + "-";
        var context = new DynamoContext(new DynamoContextOptions { TableNamePrefix = prefix, TableNameSuffix = "-test" }
            .UseDefaultConnection(LocalDynamoSetup.Client));
        var resolved = prefix + "shop-orders-test";

        var created = await context.CreateTableAsync<ShopOrder>(null, new CreateTableOptions { EnableTimeToLive = false });
        await context.Table<ShopOrder>().PutAsync(new ShopOrder("c-1", "o-1", "OPEN", 1, "p-1", 2m));
        var comparison = await context.CompareSchemaAsync<ShopOrder>(null, new CompareSchemaOptions { CheckTimeToLive = false });

        Assert.Multiple(async () =>
        {
            Assert.That(created.TableName, Is.EqualTo(resolved));
            Assert.That((await LocalDynamoSetup.Client.GetItemAsync(resolved, ShopOrder.Key("c-1", "o-1").ToAttributeValues())).Item["Status"].S, Is.EqualTo("OPEN"));
            Assert.That((await context.Table<ShopOrder>().GetAsync(ShopOrder.Key("c-1", "o-1")))?.Total, Is.EqualTo(2m));
            Assert.That(comparison.TableName, Is.EqualTo(resolved));
            Assert.That(comparison.IsEmpty, Is.True, comparison.ToString());
            Assert.That(await LocalDynamoSetup.AllTableNamesAsync(LocalDynamoSetup.Client), Does.Contain(resolved).And.Not.Contain("shop-orders"));
        });
    }

    [Test]
    public async Task A_type_override_sends_requests_to_its_table()
    {
        var name = LocalDynamoSetup.UniqueTableName("billing");
        var context = new DynamoContext(new DynamoContextOptions { TableNamePrefix = "ignored-" }
            .UseDefaultConnection(LocalDynamoSetup.Client)
            .UseTableName<Invoice>(name));

        await context.CreateTableIfNotExistsAsync<Invoice>();
        await context.Table<Invoice>().PutAsync(new Invoice("i-1", 12.5m));

        Assert.That((await LocalDynamoSetup.Client.GetItemAsync(name, new() { ["Id"] = new() { S = "i-1" } })).Item["Amount"].N, Is.EqualTo("12.5"));
    }

    [Test]
    public void Dependency_injection_carries_the_naming_and_key_prefix_options()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IAmazonDynamoDB>(LocalDynamoSetup.Client);
        services.AddDynamoGen(options =>
        {
            options.TableNamePrefix = "dev-";
            options.TableNameSuffix = "-1";
            options.DefaultKeyPrefix = "tenant-a#";
            options.UseTableName<Invoice>("billing")
                .MapTableName("orders", "orders-legacy")
                .UseKeyPrefix<Invoice>(null);
        });
        using var provider = services.BuildServiceProvider();

        var context = provider.GetRequiredService<DynamoContext>();

        Assert.Multiple(() =>
        {
            Assert.That(context.TableNameFor<ShopOrder>(), Is.EqualTo("dev-shop-orders-1"));
            Assert.That(context.TableNameFor<Invoice>(), Is.EqualTo("billing"));
            Assert.That(context.TableNameFor<Order>(), Is.EqualTo("orders-legacy"));
            Assert.That(context.KeyPrefixFor<ShopOrder>(), Is.EqualTo("tenant-a#"));
            Assert.That(context.KeyPrefixFor<Invoice>(), Is.Null);
        });
    }
}
