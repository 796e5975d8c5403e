using System;
using System.Collections.Generic;
using System.Linq;
using Amazon.DynamoDBv2.Model;
using DynamoGen.Tests.Models;
using NUnit.Framework;

namespace DynamoGen.Tests.Keys;

/// <summary>Key templates and entity names, in memory: what is stored, how keys parse back, what is refused.</summary>
public sealed class KeyTemplateTests
{
    private static readonly ShopOrder Order = new()
    {
        CustomerId = "c-42",
        OrderDate = new DateOnly(2026, 11, 21),
        OrderNumber = 7,
        State = OrderState.Shipped,
        Total = 12.5m,
    };

    [Test]
    public void Templates_are_written_invariant_and_sortable_with_the_entity_name()
    {
        var item = Order.ToItem();

        Assert.That(Describe(item), Is.EqualTo(
            "CustomerId=S:c-42; GSI1PK=S:STATE#Shipped; GSI1SK=S:2026-11-21#c-42; OrderDate=S:2026-11-21; OrderNumber=N:7; "
            + "PK=S:CUSTOMER#c-42; SK=S:ORDER#2026-11-21#0000000007; State=S:Shipped; Total=N:12.5; _type=S:Order"));
    }

    [Test]
    public void Key_takes_the_template_members_typed_and_matches_GetKey()
    {
        var key = ShopOrder.Key("c-42", new DateOnly(2026, 11, 21), 7);

        Assert.That(Describe(key), Is.EqualTo("PK=S:CUSTOMER#c-42; SK=S:ORDER#2026-11-21#0000000007"));
        Assert.That(Describe(Order.GetKey()), Is.EqualTo(Describe(key)));
        Assert.That(Describe(ShopCustomer.Key("c-42")), Is.EqualTo("PK=S:CUSTOMER#c-42; SK=S:PROFILE"));
    }

    [Test]
    public void Reading_fills_members_from_the_keys_when_only_keys_were_projected()
    {
        var full = Order.ToItem();
        var keysOnly = new Dictionary<string, AttributeValue>
        {
            ["PK"] = full["PK"],
            ["SK"] = full["SK"],
            ["GSI1PK"] = full["GSI1PK"],
            ["GSI1SK"] = full["GSI1SK"],
            ["_type"] = full["_type"],
        };

        var read = ShopOrder.FromItem(keysOnly);

        Assert.That(read, Is.EqualTo(Order with { Total = 0m }));
        Assert.That(keysOnly, Has.Count.EqualTo(5), "the caller's item is not changed");
    }

    [Test]
    public void An_item_of_another_entity_type_is_refused_with_both_names()
    {
        var customerItem = new ShopCustomer { CustomerId = "c-42", Name = "Ada" }.ToItem();

        var error = Assert.Throws<DynamoMappingException>(() => ShopOrder.FromItem(customerItem))!;

        Assert.That(error.Message, Is.EqualTo(
            "Cannot map DynamoGen.Tests.Models.ShopOrder.(entity) (attribute '_type'): expected S \"Order\" (items of the other entity types that share the table are not DynamoGen.Tests.Models.ShopOrder items), found S \"Customer\". Item key: { PK: S \"CUSTOMER#c-42\", SK: S \"PROFILE\" }."));
    }

    [Test]
    public void An_item_without_an_entity_name_is_refused()
    {
        var item = Order.ToItem();
        item.Remove("_type");

        var error = Assert.Throws<DynamoMappingException>(() => ShopOrder.FromItem(item))!;

        Assert.That(error.Message, Is.EqualTo(
            "Cannot map DynamoGen.Tests.Models.ShopOrder.(entity) (attribute '_type'): expected S \"Order\" (items of the other entity types that share the table are not DynamoGen.Tests.Models.ShopOrder items), found no attribute. Item key: { PK: S \"CUSTOMER#c-42\", SK: S \"ORDER#2026-11-21#0000000007\" }."));
    }

    [Test]
    public void A_value_containing_the_separator_after_it_is_refused_because_it_could_not_be_parsed_back()
    {
        var error = Assert.Throws<DynamoMappingException>(() => new PathItem { Directory = "a#FILE#b", File = "x" }.ToItem())!;

        Assert.That(error.Message, Is.EqualTo(
            "Cannot map DynamoGen.Tests.Models.PathItem.(key template 'DIR#{Directory}#FILE#{File}') (attribute 'PK'): expected a value of {Directory} without '#FILE#' (it separates the parts of key template 'DIR#{Directory}#FILE#{File}'), found S \"a#FILE#b\"."));
        Assert.That(Describe(new PathItem { Directory = "a#b", File = "x#FILE#y" }.GetKey()), Is.EqualTo("PK=S:DIR#a#b#FILE#x#FILE#y"), "the last part may contain anything");
        Assert.That(PathItem.FromItem(new Dictionary<string, AttributeValue> { ["PK"] = new() { S = "DIR#a#b#FILE#x#FILE#y" } }), Is.EqualTo(new PathItem { Directory = "a#b", File = "x#FILE#y" }));
    }

    [Test]
    public void A_negative_number_is_refused_because_it_would_not_sort_as_text()
    {
        var error = Assert.Throws<Marshalling.AttributeFormatException>(() => ShopOrder.Key("c-1", new DateOnly(2026, 1, 1), -1));

        Assert.That(error!.Message, Does.Contain("a value of 0 or more"));
    }

    [Test]
    public void The_schema_describes_keys_index_and_entity()
    {
        var schema = DynamoSchema.Of<ShopOrder>();

        Assert.Multiple(() =>
        {
            Assert.That(schema.TableName, Is.EqualTo("shop"));
            Assert.That(schema.PartitionKey, Is.EqualTo(new KeyAttribute("PK", Amazon.DynamoDBv2.ScalarAttributeType.S)));
            Assert.That(schema.SortKey, Is.EqualTo(new KeyAttribute("SK", Amazon.DynamoDBv2.ScalarAttributeType.S)));
            Assert.That(schema.Indexes.Select(i => $"{i.Name} {i.Kind} {i.PartitionKey.Name} {i.SortKey?.Name} {i.Projection}"), Is.EqualTo(new[] { "GSI1 Global GSI1PK GSI1SK All" }));
            Assert.That((schema.EntityAttribute, schema.EntityName), Is.EqualTo(("_type", "Order")));
        });
    }

    [Test]
    public void Index_accessors_build_typed_key_conditions()
    {
        var condition = ShopOrder.Indexes.GSI1.Partition(OrderState.Open).Between((new DateOnly(2026, 1, 1), "a"), (new DateOnly(2026, 12, 31), "z"));

        Assert.Multiple(() =>
        {
            Assert.That(condition.Index.IndexName, Is.EqualTo("GSI1"));
            Assert.That(condition.PartitionValue.S, Is.EqualTo("STATE#Open"));
            Assert.That(condition.SortOperator, Is.EqualTo(SortKeyOperator.Between));
            Assert.That(condition.SortValue!.S, Is.EqualTo("2026-01-01#a"));
            Assert.That(condition.SortValueHigh!.S, Is.EqualTo("2026-12-31#z"));
            Assert.That(ShopOrder.Indexes.Primary.Partition("c-42").BeginsWith("ORDER#2026-").SortValue!.S, Is.EqualTo("ORDER#2026-"));
        });
    }

    [Test]
    public void Index_accessors_refuse_null_and_unstorable_key_values_naming_index_and_attribute()
    {
        var nullKey = Assert.Throws<ArgumentNullException>(() => ShopOrder.Indexes.Primary.Partition(null!))!;
        var negative = Assert.Throws<ArgumentException>(() => ShopOrder.Indexes.GSI1.Partition(OrderState.Open).Equal((new DateOnly(2026, 1, 1), null!)))!;

        Assert.Multiple(() =>
        {
            Assert.That(nullKey.Message, Does.StartWith("Key attribute 'PK' of ShopOrder's primary key cannot be null."));
            Assert.That(negative.Message, Does.StartWith("Key attribute 'GSI1SK' of ShopOrder's index 'GSI1' cannot hold this value: expected a non-null value (key template parts cannot be null), found null."));
        });
    }

    private static string Describe<T>(DynamoKey<T> key)
        where T : IDynamoTable<T>
        => Describe(key.ToAttributeValues());

    private static string Describe(Dictionary<string, AttributeValue> item)
        => string.Join("; ", item.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key + "=" + (kv.Value.S is { } s ? "S:" + s : "N:" + kv.Value.N)));
}
