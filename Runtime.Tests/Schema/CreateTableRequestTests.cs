using System;
using System.Linq;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using NUnit.Framework;

namespace DynamoGen.Tests.Schema;

/// <summary>The CreateTable request built from a schema, and the schemas refused before any request.</summary>
public sealed class CreateTableRequestTests
{
    private static readonly KeyAttribute Pk = new("PK", ScalarAttributeType.S);
    private static readonly KeyAttribute Sk = new("SK", ScalarAttributeType.S);

    [Test]
    public void The_request_holds_keys_indexes_projections_and_each_attribute_once()
    {
        var request = ShopOrder.TableSchema.ToCreateTableRequest();

        Assert.Multiple(() =>
        {
            Assert.That(request.TableName, Is.EqualTo("shop-orders"));
            Assert.That(request.BillingMode, Is.EqualTo(BillingMode.PAY_PER_REQUEST));
            Assert.That(request.ProvisionedThroughput, Is.Null);
            Assert.That(request.AttributeDefinitions.Select(d => d.AttributeName + " " + d.AttributeType.Value), Is.EqualTo(new[] { "CustomerId S", "OrderId S", "Status S", "CreatedAt N", "ProductId S", "Total N" }));
            Assert.That(request.GlobalSecondaryIndexes.Select(i => i.IndexName), Is.EqualTo(new[] { "ByStatus", "ByProduct" }));
            Assert.That(request.GlobalSecondaryIndexes[1].Projection.ProjectionType, Is.EqualTo(ProjectionType.INCLUDE));
            Assert.That(request.GlobalSecondaryIndexes[1].Projection.NonKeyAttributes, Is.EqualTo(new[] { "Total", "Status" }));
            Assert.That(request.GlobalSecondaryIndexes[1].KeySchema.Single().KeyType, Is.EqualTo(KeyType.HASH));
            Assert.That(request.LocalSecondaryIndexes.Single().Projection.ProjectionType, Is.EqualTo(ProjectionType.KEYS_ONLY));
            Assert.That(request.LocalSecondaryIndexes.Single().Projection.NonKeyAttributes, Is.Null);
        });
    }

    [Test]
    public void A_table_without_indexes_sends_no_index_lists()
    {
        var request = Invoice.TableSchema.ToCreateTableRequest("invoices-test");

        Assert.Multiple(() =>
        {
            Assert.That(request.TableName, Is.EqualTo("invoices-test"));
            Assert.That(request.KeySchema.Select(k => k.AttributeName), Is.EqualTo(new[] { "Id" }));
            Assert.That(request.GlobalSecondaryIndexes, Is.Null);
            Assert.That(request.LocalSecondaryIndexes, Is.Null);
        });
    }

    [Test]
    public void An_attribute_shared_by_several_keys_with_one_type_is_defined_once()
    {
        var schema = new TableSchema("single", Pk, Sk)
        {
            Indexes =
            [
                new IndexSchema("Inverted", IndexKind.Global, Sk, Pk, IndexProjection.All, []),
                new IndexSchema("GSI1", IndexKind.Global, new KeyAttribute("GSI1PK", ScalarAttributeType.S), Sk, IndexProjection.KeysOnly, []),
            ],
        };

        Assert.That(schema.GetAttributeDefinitions().Select(d => d.AttributeName), Is.EqualTo(new[] { "PK", "SK", "GSI1PK" }));
    }

    [Test]
    public void Two_types_for_one_attribute_are_refused_with_both_roles_named()
    {
        var schema = new TableSchema("single", Pk, Sk)
        {
            Indexes =
            [
                new IndexSchema("GSI1", IndexKind.Global, new KeyAttribute("GSI1PK", ScalarAttributeType.S), new KeyAttribute("Amount", ScalarAttributeType.N), IndexProjection.All, []),
                new IndexSchema("GSI2", IndexKind.Global, new KeyAttribute("Amount", ScalarAttributeType.S), null, IndexProjection.All, []),
            ],
        };

        var e = Assert.Throws<ArgumentException>(() => schema.ToCreateTableRequest());

        Assert.That(e!.Message, Is.EqualTo(
            "Table 'single': attribute 'Amount' is N as the sort key of index 'GSI1' but S as the partition key of index 'GSI2'. "
            + "An attribute has one type in a table: give the keys the same type, or store them under different attribute names. (Parameter 'schema')"));
    }

    [Test]
    public void Schemas_DynamoDB_would_refuse_are_refused_with_what_to_do()
    {
        var other = new KeyAttribute("Other", ScalarAttributeType.S);
        string Refusal(TableSchema schema) => Assert.Throws<ArgumentException>(() => schema.ToCreateTableRequest())!.Message;

        Assert.Multiple(() =>
        {
            Assert.That(
                Refusal(new TableSchema("t", Pk, Sk) { Indexes = [new("A", IndexKind.Global, other, null, IndexProjection.All, []), new("A", IndexKind.Global, other, null, IndexProjection.All, [])] }),
                Does.StartWith("Table 't' declares index 'A' twice; index names are unique within a table."));
            Assert.That(
                Refusal(new TableSchema("t", Pk, Sk) { Indexes = [new("L", IndexKind.Local, other, Sk, IndexProjection.All, [])] }),
                Does.StartWith("Table 't': local index 'L' has partition key 'Other' (S) but the table's is 'PK' (S). A local index shares the table's partition key; use a global index for another one."));
            Assert.That(
                Refusal(new TableSchema("t", Pk, null) { Indexes = [new("L", IndexKind.Local, Pk, other, IndexProjection.All, [])] }),
                Does.StartWith("Table 't': local index 'L' needs a table with a sort key"));
            Assert.That(
                Refusal(new TableSchema("t", Pk, Sk) { Indexes = [new("L", IndexKind.Local, Pk, null, IndexProjection.All, [])] }),
                Does.StartWith("Table 't': local index 'L' has no sort key"));
            Assert.That(
                Refusal(new TableSchema("t", Pk, Sk) { Indexes = [new("G", IndexKind.Global, other, null, IndexProjection.Include, [])] }),
                Does.StartWith("Table 't': index 'G' has an Include projection without attributes to include; name at least one, or project KeysOnly."));
            Assert.That(
                Refusal(new TableSchema("t", Pk, Sk) { Indexes = [new("G", IndexKind.Global, other, null, IndexProjection.KeysOnly, ["X"])] }),
                Does.StartWith("Table 't': index 'G' lists attributes to include but projects KEYS_ONLY"));
        });
    }
}
