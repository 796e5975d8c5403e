using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using NUnit.Framework;

namespace DynamoGen.Tests.Schema;

/// <summary>The drift report: a model's schema compared with a real table, each difference in plain words.</summary>
public sealed class SchemaComparisonTests
{
    private static DynamoContext Context => new(LocalDynamoSetup.Client);

    [Test]
    public async Task A_hand_made_mismatched_table_is_reported_difference_by_difference()
    {
        var name = LocalDynamoSetup.UniqueTableName("drift");
        await LocalDynamoSetup.Client.CreateTableAsync(new CreateTableRequest
        {
            TableName = name,
            BillingMode = BillingMode.PAY_PER_REQUEST,
            KeySchema = [new("pk", KeyType.HASH), new("OrderId", KeyType.RANGE)],
            AttributeDefinitions =
            [
                new("pk", ScalarAttributeType.S), new("OrderId", ScalarAttributeType.N), new("Status", ScalarAttributeType.S),
                new("CustomerId", ScalarAttributeType.S), new("Total", ScalarAttributeType.N), new("Old", ScalarAttributeType.S),
            ],
            GlobalSecondaryIndexes =
            [
                new() { IndexName = "ByStatus", KeySchema = [new("Status", KeyType.HASH)], Projection = new() { ProjectionType = ProjectionType.KEYS_ONLY } },
                new() { IndexName = "ByTotal", KeySchema = [new("CustomerId", KeyType.HASH), new("Total", KeyType.RANGE)], Projection = new() { ProjectionType = ProjectionType.ALL } },
                new() { IndexName = "Legacy", KeySchema = [new("Old", KeyType.HASH)], Projection = new() { ProjectionType = ProjectionType.ALL } },
            ],
        });

        var comparison = await Context.CompareSchemaAsync<ShopOrder>(name);

        var t = $"table '{name}': ";
        Assert.Multiple(() =>
        {
            Assert.That(comparison.Differences.Select(d => d.Message), Is.EqualTo(new[]
            {
                t + "partition key is 'pk' (S) in the table but 'CustomerId' (S) in ShopOrder",
                t + "sort key 'OrderId' is N in the table but S in ShopOrder",
                t + "index 'ByStatus' has no sort key in the table but ShopOrder declares 'CreatedAt' (N)",
                t + "index 'ByStatus' projects KEYS_ONLY in the table but ALL in ShopOrder",
                t + "global index 'ByProduct' is missing",
                t + "index 'ByTotal' is a global index in the table but a local index in ShopOrder",
                t + "index 'ByTotal' projects ALL in the table but KEYS_ONLY in ShopOrder",
                t + "global index 'Legacy' is in the table but ShopOrder does not declare it",
                t + "time to live is off in the table but ShopOrder declares it on 'ExpiresAt'",
            }));
            Assert.That(comparison.Differences.Select(d => (d.Kind, d.IndexName)), Is.EqualTo(new (SchemaDifferenceKind, string?)[]
            {
                (SchemaDifferenceKind.PartitionKey, null),
                (SchemaDifferenceKind.SortKey, null),
                (SchemaDifferenceKind.SortKey, "ByStatus"),
                (SchemaDifferenceKind.Projection, "ByStatus"),
                (SchemaDifferenceKind.IndexMissing, "ByProduct"),
                (SchemaDifferenceKind.IndexKind, "ByTotal"),
                (SchemaDifferenceKind.Projection, "ByTotal"),
                (SchemaDifferenceKind.UndeclaredIndex, "Legacy"),
                (SchemaDifferenceKind.TimeToLive, null),
            }));
            Assert.That(comparison.Differences.Where(d => d.Severity == SchemaDifferenceSeverity.Info).Select(d => d.IndexName), Is.EqualTo(new[] { "Legacy" }));
            Assert.That(comparison.HasDifferences, Is.True);
            Assert.That(comparison.IsEmpty, Is.False);
            Assert.That(comparison.TableName, Is.EqualTo(name));
            Assert.That(comparison.ModelName, Is.EqualTo("ShopOrder"));
            Assert.That(comparison.ToString(), Does.StartWith($"table '{name}' differs from ShopOrder:\n- {t}partition key is 'pk'"));
            Assert.That(comparison.ToString(), Does.Contain($"\n- {t}global index 'Legacy' is in the table but ShopOrder does not declare it (info)\n"));
            var thrown = Assert.Throws<DynamoSchemaMismatchException>(comparison.ThrowIfDifferent);
            Assert.That(thrown!.Message, Is.EqualTo(comparison.ToString()));
            Assert.That(thrown.Comparison, Is.SameAs(comparison));
        });
    }

    [Test]
    public async Task A_table_created_from_the_schema_matches_it()
    {
        var name = LocalDynamoSetup.UniqueTableName("match");
        var context = Context;
        var created = await context.CreateTableAsync<ShopOrder>(name);

        var withoutTtl = await context.CompareSchemaAsync<ShopOrder>(name, new CompareSchemaOptions { CheckTimeToLive = false });
        var withTtl = await context.CompareSchemaAsync<ShopOrder>(name);

        Assert.Multiple(() =>
        {
            Assert.That(withoutTtl.IsEmpty, Is.True, withoutTtl.ToString());
            Assert.That(withoutTtl.ToString(), Is.EqualTo($"table '{name}' matches ShopOrder"));
            Assert.DoesNotThrow(withoutTtl.ThrowIfDifferent);
            if (created.TimeToLive == TimeToLiveSetup.Enabled)
            {
                Assert.That(withTtl.IsEmpty, Is.True, withTtl.ToString());
            }
            else
            {
                // dynalite cannot turn time to live on, and the comparison says so rather than hiding it.
                Assert.That(withTtl.Differences.Select(d => d.Message), Is.EqualTo(new[] { $"table '{name}': time to live is off in the table but ShopOrder declares it on 'ExpiresAt'" }));
            }
        });
    }

    [Test]
    public async Task A_missing_table_is_one_difference()
    {
        var name = LocalDynamoSetup.UniqueTableName("absent");

        var comparison = await Context.CompareSchemaAsync(ShopOrder.TableSchema, name);

        Assert.Multiple(() =>
        {
            Assert.That(comparison.Differences.Select(d => (d.Kind, d.Message)), Is.EqualTo(new[] { (SchemaDifferenceKind.TableMissing, $"table '{name}' does not exist") }));
            Assert.That(comparison.ModelName, Is.EqualTo("the model"));
            Assert.That(comparison.HasDifferences, Is.True);
        });
    }

    [Test]
    public async Task An_extra_index_alone_is_information_not_a_mismatch()
    {
        var name = LocalDynamoSetup.UniqueTableName("extra");
        var schema = Invoice.TableSchema with
        {
            Indexes = [new IndexSchema("ByAmount", IndexKind.Global, new KeyAttribute("Amount", ScalarAttributeType.N), null, IndexProjection.KeysOnly, [])],
        };
        var context = Context;
        await context.CreateTableAsync(schema, name);

        var comparison = await context.CompareSchemaAsync<Invoice>(name);

        Assert.Multiple(() =>
        {
            Assert.That(comparison.HasDifferences, Is.False);
            Assert.That(comparison.IsEmpty, Is.False);
            Assert.That(comparison.ToString(), Is.EqualTo($"table '{name}' matches Invoice, with notes:\n- table '{name}': global index 'ByAmount' is in the table but Invoice does not declare it (info)"));
            Assert.DoesNotThrow(comparison.ThrowIfDifferent);
        });
    }

    [Test]
    public void Include_lists_are_compared_as_sets()
    {
        var same = Describe(("ByProduct", new Projection { ProjectionType = ProjectionType.INCLUDE, NonKeyAttributes = ["Status", "Total"] }));
        var other = Describe(("ByProduct", new Projection { ProjectionType = ProjectionType.INCLUDE, NonKeyAttributes = ["Total", "Note"] }));

        var sameMessages = Messages(SchemaComparison.Compare(ShopOrder.TableSchema, "t", same, modelName: "ShopOrder"));
        var otherMessages = Messages(SchemaComparison.Compare(ShopOrder.TableSchema, "t", other, modelName: "ShopOrder"));

        Assert.Multiple(() =>
        {
            Assert.That(sameMessages, Is.Empty);
            Assert.That(otherMessages, Is.EqualTo(new[] { "table 't': index 'ByProduct' projects INCLUDE (Total, Note) in the table but INCLUDE (Total, Status) in ShopOrder" }));
        });
    }

    [Test]
    public void Key_and_time_to_live_differences_read_as_plain_words()
    {
        var schema = new TableSchema("things", new KeyAttribute("Id", ScalarAttributeType.S), null)
        {
            TimeToLiveAttribute = "ExpiresAt",
            Indexes = [new IndexSchema("Gsi", IndexKind.Global, new KeyAttribute("A", ScalarAttributeType.S), null, IndexProjection.All, [])],
        };
        var table = new TableDescription
        {
            TableName = "things",
            KeySchema = [new("Id", KeyType.HASH), new("Sk", KeyType.RANGE)],
            AttributeDefinitions = [new("Id", ScalarAttributeType.S), new("Sk", ScalarAttributeType.B), new("A", ScalarAttributeType.N), new("B", ScalarAttributeType.S)],
            GlobalSecondaryIndexes = [new() { IndexName = "Gsi", KeySchema = [new("A", KeyType.HASH), new("B", KeyType.RANGE)], Projection = new() { ProjectionType = ProjectionType.ALL } }],
        };
        var ttlElsewhere = new TimeToLiveDescription { TimeToLiveStatus = TimeToLiveStatus.ENABLED, AttributeName = "ttl" };

        var comparison = SchemaComparison.Compare(schema, "things", table, ttlElsewhere);
        var noTtlDeclared = SchemaComparison.Compare(schema with { TimeToLiveAttribute = null }, "things", table, ttlElsewhere);

        Assert.Multiple(() =>
        {
            Assert.That(Messages(comparison), Is.EqualTo(new[]
            {
                "table 'things': the table has sort key 'Sk' (B) but the model declares none",
                "table 'things': partition key 'A' of index 'Gsi' is N in the table but S in the model",
                "table 'things': index 'Gsi' has sort key 'B' (S) in the table but the model declares none",
                "table 'things': time to live is on 'ttl' in the table but on 'ExpiresAt' in the model",
            }));
            Assert.That(noTtlDeclared.Differences[^1].Message, Is.EqualTo("table 'things': time to live is on 'ttl' in the table but the model declares none"));
            Assert.That(noTtlDeclared.Differences[^1].Severity, Is.EqualTo(SchemaDifferenceSeverity.Info));
        });
    }

    [Test]
    public void An_endpoint_without_a_call_is_recognised_and_noted_as_information()
    {
        var unknown = new AmazonDynamoDBException("unknown") { ErrorCode = "UnknownOperationException" };
        var throttled = new AmazonDynamoDBException("slow down") { ErrorCode = "ThrottlingException" };
        var clean = SchemaComparison.Compare(Invoice.TableSchema, "invoices", Describe(Invoice.TableSchema), null, "Invoice");

        var noted = clean.WithNote("time to live was not checked: the endpoint does not support DescribeTimeToLive (UnknownOperationException)");

        Assert.Multiple(() =>
        {
            Assert.That(SchemaOperations.IsUnsupported(unknown), Is.True);
            Assert.That(SchemaOperations.IsUnsupported(throttled), Is.False, "other errors fail the call");
            Assert.That(clean.IsEmpty, Is.True);
            Assert.That(noted.HasDifferences, Is.False);
            Assert.That(noted.Differences.Single().Kind, Is.EqualTo(SchemaDifferenceKind.NotChecked));
            Assert.That(noted.ToString(), Is.EqualTo("table 'invoices' matches Invoice, with notes:\n- table 'invoices': time to live was not checked: the endpoint does not support DescribeTimeToLive (UnknownOperationException) (info)"));
        });
    }

    private static TableDescription Describe(TableSchema schema)
    {
        var request = schema.ToCreateTableRequest();
        return new TableDescription { TableName = request.TableName, KeySchema = request.KeySchema, AttributeDefinitions = request.AttributeDefinitions };
    }

    private static TableDescription Describe(params (string Name, Projection Projection)[] overrides)
    {
        var request = ShopOrder.TableSchema.ToCreateTableRequest();
        var projections = overrides.ToDictionary(o => o.Name, o => o.Projection);
        return new TableDescription
        {
            TableName = request.TableName,
            KeySchema = request.KeySchema,
            AttributeDefinitions = request.AttributeDefinitions,
            GlobalSecondaryIndexes = request.GlobalSecondaryIndexes.Select(i => new GlobalSecondaryIndexDescription
            {
                IndexName = i.IndexName,
                KeySchema = i.KeySchema,
                Projection = projections.GetValueOrDefault(i.IndexName, i.Projection),
            }).ToList(),
            LocalSecondaryIndexes = request.LocalSecondaryIndexes.Select(i => new LocalSecondaryIndexDescription
            {
                IndexName = i.IndexName,
                KeySchema = i.KeySchema,
                Projection = i.Projection,
            }).ToList(),
        };
    }

    private static List<string> Messages(SchemaComparison comparison) => comparison.Differences.Select(d => d.Message).ToList();
}
