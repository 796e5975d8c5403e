using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using DynamoGen.Testing;
using NUnit.Framework;

namespace DynamoGen.Tests.Schema;

/// <summary>Creating tables with their indexes and time to live from a schema, against the local DynamoDB.</summary>
public sealed class CreateTableTests
{
    private static DynamoContext Context => new(LocalDynamoSetup.Client);

    [Test]
    public async Task A_table_is_created_with_exactly_the_schemas_keys_indexes_and_projections()
    {
        var name = LocalDynamoSetup.UniqueTableName("shop");

        var result = await Context.CreateTableAsync<ShopOrder>(name);

        var table = (await LocalDynamoSetup.Client.DescribeTableAsync(name)).Table;
        Assert.Multiple(() =>
        {
            Assert.That(result.TableName, Is.EqualTo(name));
            Assert.That(result.Created, Is.True);
            Assert.That(result.Table.TableStatus, Is.EqualTo(TableStatus.ACTIVE));
            Assert.That(table.TableStatus, Is.EqualTo(TableStatus.ACTIVE));
            Assert.That(table.BillingModeSummary?.BillingMode, Is.EqualTo(BillingMode.PAY_PER_REQUEST));
            Assert.That(Keys(table.KeySchema), Is.EqualTo("CustomerId HASH, OrderId RANGE"));
            Assert.That(
                table.AttributeDefinitions.Select(d => d.AttributeName + " " + d.AttributeType.Value),
                Is.EquivalentTo(new[] { "CustomerId S", "OrderId S", "Status S", "CreatedAt N", "ProductId S", "Total N" }),
                "each key attribute once, with its type");
            Assert.That(
                table.GlobalSecondaryIndexes.Select(i => $"{i.IndexName}: {Keys(i.KeySchema)}; {Projection(i.Projection)}; {i.IndexStatus.Value}"),
                Is.EquivalentTo(new[]
                {
                    "ByStatus: Status HASH, CreatedAt RANGE; ALL; ACTIVE",
                    "ByProduct: ProductId HASH; INCLUDE (Status, Total); ACTIVE",
                }));
            Assert.That(
                table.LocalSecondaryIndexes.Select(i => $"{i.IndexName}: {Keys(i.KeySchema)}; {Projection(i.Projection)}"),
                Is.EqualTo(new[] { "ByTotal: CustomerId HASH, Total RANGE; KEYS_ONLY" }));
        });
    }

    [Test]
    public async Task Each_index_answers_queries()
    {
        var name = LocalDynamoSetup.UniqueTableName("shop");
        var context = Context;
        await context.CreateTableAsync<ShopOrder>(name);
        var orders = context.Table<ShopOrder>(name);
        await orders.PutAsync(new ShopOrder("c-1", "o-1", "OPEN", 100, "p-1", 9.5m));
        await orders.PutAsync(new ShopOrder("c-1", "o-2", "SHIPPED", 200, "p-1", 20m));
        await orders.PutAsync(new ShopOrder("c-2", "o-3", "OPEN", 300, "p-2", 5m));

        async Task<List<Dictionary<string, AttributeValue>>> Query(string index, string key, string value, bool forward = true)
            => (await LocalDynamoSetup.Client.QueryAsync(new QueryRequest
            {
                TableName = name,
                IndexName = index,
                KeyConditionExpression = "#k = :v",
                ExpressionAttributeNames = new() { ["#k"] = key },
                ExpressionAttributeValues = new() { [":v"] = new AttributeValue { S = value } },
                ScanIndexForward = forward,
            })).Items;

        var open = await Query("ByStatus", "Status", "OPEN", forward: false);
        var product = await Query("ByProduct", "ProductId", "p-1");
        var byTotal = await Query("ByTotal", "CustomerId", "c-1");
        Assert.Multiple(() =>
        {
            Assert.That(open.Select(i => i["OrderId"].S), Is.EqualTo(new[] { "o-3", "o-1" }), "sorted by CreatedAt, descending");
            Assert.That(product.Select(i => i["OrderId"].S), Is.EquivalentTo(new[] { "o-1", "o-2" }));
            Assert.That(product[0].Keys, Is.EquivalentTo(new[] { "CustomerId", "OrderId", "ProductId", "Total", "Status" }), "INCLUDE copies the keys plus Total and Status");
            Assert.That(byTotal.Select(i => i["Total"].N), Is.EqualTo(new[] { "9.5", "20" }), "sorted by Total");
            Assert.That(byTotal[0].Keys, Is.EquivalentTo(new[] { "CustomerId", "OrderId", "Total" }), "KEYS_ONLY");
        });
    }

    [Test]
    public async Task Time_to_live_is_turned_on_or_reported_as_not_supported_never_silently_skipped()
    {
        var name = LocalDynamoSetup.UniqueTableName("shop");

        var result = await Context.CreateTableAsync<ShopOrder>(name);

        if (!LocalDynamoSetup.Server.Supports(LocalDynamoFeatures.TimeToLive))
        {
            // dynalite answers UpdateTimeToLive with UnknownOperationException: the table is created all the same.
            Assert.Multiple(() =>
            {
                Assert.That(result.TimeToLive, Is.EqualTo(TimeToLiveSetup.NotSupported));
                Assert.That(result.Warnings, Is.EqualTo(new[]
                {
                    $"table '{name}': time to live on 'ExpiresAt' is not enabled: the endpoint does not support UpdateTimeToLive (UnknownOperationException), so items never expire there",
                }));
                Assert.That(result.ToString(), Does.StartWith($"table '{name}' created, time to live NotSupported; table '{name}': time to live on 'ExpiresAt'"));
            });
            return;
        }

        // DynamoDB Local, LocalStack and DynamoDB turn it on.
        var ttl = (await LocalDynamoSetup.Client.DescribeTimeToLiveAsync(name)).TimeToLiveDescription;
        Assert.Multiple(() =>
        {
            Assert.That(result.TimeToLive, Is.EqualTo(TimeToLiveSetup.Enabled));
            Assert.That(result.Warnings, Is.Empty);
            Assert.That(ttl.AttributeName, Is.EqualTo("ExpiresAt"));
            Assert.That(ttl.TimeToLiveStatus?.Value, Is.AnyOf("ENABLED", "ENABLING"));
        });
    }

    [Test]
    public async Task Time_to_live_can_be_left_off()
    {
        var name = LocalDynamoSetup.UniqueTableName("shop");

        var result = await Context.CreateTableAsync<ShopOrder>(name, new CreateTableOptions { EnableTimeToLive = false });

        Assert.Multiple(() =>
        {
            Assert.That(result.TimeToLive, Is.EqualTo(TimeToLiveSetup.Skipped));
            Assert.That(result.Warnings, Is.Empty);
        });
    }

    [Test]
    public async Task A_schema_without_time_to_live_has_nothing_to_report()
    {
        var name = LocalDynamoSetup.UniqueTableName("invoices");

        var result = await Context.CreateTableAsync<Invoice>(name);

        Assert.Multiple(() =>
        {
            Assert.That(result.TimeToLive, Is.EqualTo(TimeToLiveSetup.NotDeclared));
            Assert.That(result.Warnings, Is.Empty);
            Assert.That(result.ToString(), Is.EqualTo($"table '{name}' created, time to live NotDeclared"));
        });
    }

    [Test]
    public async Task A_bare_schema_creates_its_table_too()
    {
        var name = LocalDynamoSetup.UniqueTableName("shop");

        var result = await Context.CreateTableAsync(ShopOrder.TableSchema, name, new CreateTableOptions { EnableTimeToLive = false });

        var table = (await LocalDynamoSetup.Client.DescribeTableAsync(name)).Table;
        Assert.Multiple(() =>
        {
            Assert.That(result.Created, Is.True);
            Assert.That(table.GlobalSecondaryIndexes.Select(i => i.IndexName), Is.EquivalentTo(new[] { "ByStatus", "ByProduct" }));
            Assert.That(table.LocalSecondaryIndexes.Select(i => i.IndexName), Is.EqualTo(new[] { "ByTotal" }));
        });
    }

    [Test]
    public async Task Creating_an_existing_table_fails_but_the_if_not_exists_variant_leaves_it_alone()
    {
        var name = LocalDynamoSetup.UniqueTableName("shop");
        var context = Context;

        var first = await context.CreateTableIfNotExistsAsync<ShopOrder>(name);
        await context.Table<ShopOrder>(name).PutAsync(new ShopOrder("c-1", "o-1", "OPEN", 1, "p-1", 1m));
        var second = await context.CreateTableIfNotExistsAsync<ShopOrder>(name);

        Assert.Multiple(async () =>
        {
            Assert.That(first.Created, Is.True);
            Assert.That(second.Created, Is.False);
            Assert.That(second.TimeToLive, Is.EqualTo(TimeToLiveSetup.Unchanged));
            Assert.That(second.Warnings, Is.Empty);
            Assert.That(second.Table.TableName, Is.EqualTo(name));
            Assert.That(await context.Table<ShopOrder>(name).GetAsync(ShopOrder.Key("c-1", "o-1")), Is.Not.Null, "the existing table and its items are kept");
            Assert.ThrowsAsync<ResourceInUseException>(() => context.CreateTableAsync<ShopOrder>(name));
        });
    }

    [Test]
    public async Task The_if_not_exists_variant_of_a_bare_schema_creates_a_missing_table()
    {
        var name = LocalDynamoSetup.UniqueTableName("invoices");

        var result = await Context.CreateTableIfNotExistsAsync(Invoice.TableSchema, name);

        Assert.Multiple(async () =>
        {
            Assert.That(result.Created, Is.True);
            Assert.That((await LocalDynamoSetup.Client.DescribeTableAsync(name)).Table.TableStatus, Is.EqualTo(TableStatus.ACTIVE));
        });
    }

    [Test]
    public void A_conflicting_attribute_type_is_rejected_before_any_request()
    {
        // Port 9 (discard) is not listening: had a request been sent, the error would be a connection failure.
        using var client = new AmazonDynamoDBClient(
            new Amazon.Runtime.BasicAWSCredentials("local", "local"),
            new AmazonDynamoDBConfig { ServiceURL = "http://127.0.0.1:9", MaxErrorRetry = 0, AuthenticationRegion = "us-east-1" });
        var context = new DynamoContext(new DynamoContextOptions { EnableTelemetry = false }.UseDefaultConnection(client));
        var schema = ShopOrder.TableSchema with
        {
            Indexes = [new IndexSchema("ByOrder", IndexKind.Global, new KeyAttribute("OrderId", ScalarAttributeType.N), null, IndexProjection.KeysOnly, [])],
        };

        var create = Assert.ThrowsAsync<ArgumentException>(() => context.CreateTableAsync(schema, "x"));
        var ensure = Assert.ThrowsAsync<ArgumentException>(() => context.CreateTableIfNotExistsAsync(schema, "x"));

        Assert.Multiple(() =>
        {
            Assert.That(create!.Message, Does.StartWith("Table 'shop-orders': attribute 'OrderId' is S as the table's sort key but N as the partition key of index 'ByOrder'."));
            Assert.That(ensure!.ParamName, Is.EqualTo("schema"));
        });
    }

    [Test]
    public void A_wait_timeout_that_is_not_positive_is_refused_before_any_request()
    {
        var e = Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Context.CreateTableAsync<Invoice>("never-created", new CreateTableOptions { WaitTimeout = TimeSpan.Zero }));

        Assert.That(e!.Message, Does.StartWith("CreateTableOptions.WaitTimeout must be positive (or Timeout.InfiniteTimeSpan)."));
    }

    private static string Keys(List<KeySchemaElement> keys) => string.Join(", ", keys.Select(k => k.AttributeName + " " + k.KeyType.Value));

    private static string Projection(Projection projection)
        => projection.ProjectionType == ProjectionType.INCLUDE
            ? $"INCLUDE ({string.Join(", ", projection.NonKeyAttributes.Order(StringComparer.Ordinal))})"
            : projection.ProjectionType.Value;
}
