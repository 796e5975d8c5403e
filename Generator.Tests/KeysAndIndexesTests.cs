using System.Linq;
using DynamoGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using NUnit.Framework;

namespace DynamoGen.Generator.Tests;

/// <summary>
/// Keys, indexes, key templates, entity names, TTL and version: the generated accessors (pinned by snapshots) and
/// every mistake the generator reports while the user types.
/// </summary>
public sealed class KeysAndIndexesTests
{
    /// <summary>Single-table design: two entity types in one table, keys computed from templates, a GSI template, TTL and version.</summary>
    public const string SingleTable = """
        using System;
        using DynamoGen;

        namespace Shop;

        public enum OrderStatus { Open, Shipped }

        [DynamoTable("shop", Entity = "Order")]
        [PartitionKey(Template = "CUSTOMER#{CustomerId}")]
        [SortKey(Template = "ORDER#{OrderDate}#{OrderId}")]
        [GlobalIndex("GSI1", Template = "STATUS#{Status}", AttributeName = "GSI1PK")]
        [GlobalIndex("GSI1", IsSortKey = true, Template = "{OrderDate}", AttributeName = "GSI1SK")]
        public partial record Order
        {
            public required string CustomerId { get; init; }
            public required DateOnly OrderDate { get; init; }
            public required string OrderId { get; init; }
            [DynamoEnumAsString] public OrderStatus Status { get; init; }
            public decimal Total { get; init; }
            [TimeToLive] public DateTimeOffset? ExpiresAt { get; init; }
            [Version] public long Version { get; init; }
        }

        [DynamoTable("shop", Entity = "Customer")]
        [PartitionKey(Template = "CUSTOMER#{CustomerId}")]
        [SortKey(Template = "PROFILE")]
        public partial record Customer
        {
            public required string CustomerId { get; init; }
            public required string Name { get; init; }
        }
        """;

    /// <summary>soketi's app registry and LaunchDarkly's flag store: member keys, GSIs, an LSI, projections, and members named Key and Fields.</summary>
    public const string Indexes = """
        using System;
        using DynamoGen;

        namespace Registry;

        public enum AppState { Active, Disabled }

        [DynamoTable("apps")]
        public partial class App
        {
            [PartitionKey] public required string AppId { get; init; }
            [GlobalIndex("AppKeyIndex")] public required string AppKey { get; init; }
            [GlobalIndex("by-state", Projection = IndexProjection.Include, Include = new[] { nameof(AppKey), nameof(Name) })] public AppState State { get; init; }
            [GlobalIndex("by-state", IsSortKey = true)] public DateTime CreatedAt { get; init; }
            public string? Name { get; init; }
            public string Secret { get; init; } = "";
        }

        [DynamoTable("flags")]
        public partial record FlagItem
        {
            [PartitionKey, DynamoName("namespace")] public required string Namespace { get; init; }
            [SortKey, DynamoName("key")] public required string Key { get; init; }
            [LocalIndex("ByVersion", Projection = IndexProjection.KeysOnly)] public int Version { get; init; }
            public string? Fields { get; init; }
            public string? Indexes { get; init; }
        }
        """;

    [Test]
    public void Single_table_entities_with_key_templates_ttl_and_version()
    {
        var result = GeneratorHarness.Run(SingleTable);
        AssertClean(result);
        Snapshot.Match(result.Sources["Shop.Order.g.cs"], "Order");
        Snapshot.Match(result.Sources["Shop.Customer.g.cs"], "Customer");
        Snapshot.Match(result.Sources["Shop.Order.Json.g.cs"], "Order_Json");
    }

    [Test]
    public void Global_and_local_indexes_with_projections_and_members_named_Key_Fields_Indexes()
    {
        var result = GeneratorHarness.Run(Indexes);
        AssertClean(result);
        Snapshot.Match(result.Sources["Registry.App.g.cs"], "App");
        Snapshot.Match(result.Sources["Registry.FlagItem.g.cs"], "FlagItem");
    }

    [Test]
    public void DYNAMO016_placeholder_names_no_member()
        => AssertError(
            "[DynamoTable][PartitionKey(Template = \"USER#{UserID}\")] public partial class Item { public string UserId { get; set; } = \"\"; }",
            "DYNAMO016",
            "PartitionKey(Template = \"USER#{UserID}\")",
            "Key template 'USER#{UserID}' of the partition key of 'Item' is invalid: {UserID} names no stored member of 'Item'; placeholders are C# member names (use the member's name, not its attribute name)");

    [Test]
    public void DYNAMO016_placeholder_that_does_not_sort_as_text()
        => AssertError(
            "[DynamoTable][PartitionKey(Template = \"P#{Price}\")] public partial class Item { public double Price { get; set; } }",
            "DYNAMO016",
            "PartitionKey(Template = \"P#{Price}\")",
            "Key template 'P#{Price}' of the partition key of 'Item' is invalid: {Price} is a 'double'; placeholders must be non-nullable strings, Guids, integers, dates (DateTime, DateTimeOffset, DateOnly, TimeOnly; not epoch) or enums stored by name, whose text is invariant and sorts in value order");

    [Test]
    public void DYNAMO016_adjacent_placeholders_cannot_be_split_back()
        => AssertError(
            "[DynamoTable][PartitionKey(Template = \"{A}{B}\")] public partial class Item { public string A { get; set; } = \"\"; public string B { get; set; } = \"\"; }",
            "DYNAMO016",
            "PartitionKey(Template = \"{A}{B}\")",
            "Key template '{A}{B}' of the partition key of 'Item' is invalid: placeholders {A} and {B} need literal text between them (for example '#'), or the key could not be split back into members");

    [Test]
    public void DYNAMO016_unclosed_brace()
        => AssertError(
            "[DynamoTable][PartitionKey(Template = \"U#{A\")] public partial class Item { public string A { get; set; } = \"\"; }",
            "DYNAMO016",
            "PartitionKey(Template = \"U#{A\")",
            "Key template 'U#{A' of the partition key of 'Item' is invalid: the '{' at position 2 has no matching '}'");

    [Test]
    public void DYNAMO016_key_attribute_on_the_type_without_a_template()
        => AssertError(
            "[DynamoTable][SortKey] public partial class Item { [PartitionKey] public string Id { get; set; } = \"\"; }",
            "DYNAMO016",
            "SortKey",
            "Key template '(none)' of the sort key of 'Item' is invalid: on a type, [SortKey] needs a Template naming the members the key is built from, such as [SortKey(Template = \"USER#{UserId}\")]; otherwise put it on the key property");

    [Test]
    public void DYNAMO013_time_to_live_on_a_list_of_dates()
        => AssertError(
            "[DynamoTable] public partial class Item { [PartitionKey] public string Id { get; set; } = \"\"; [TimeToLive] public System.Collections.Generic.List<DateTime> T { get; set; } = new(); }",
            "DYNAMO013",
            "T",
            "[TimeToLive] on property 'Item.T' does not apply: the expiry is a DateTime, DateTimeOffset or long (epoch seconds), optionally nullable");

    [Test]
    public void DYNAMO017_global_index_without_partition_key()
        => AssertError(
            "[DynamoTable] public partial class Item { [PartitionKey] public string Id { get; set; } = \"\"; [GlobalIndex(\"ByDate\", IsSortKey = true)] public DateTime At { get; set; } }",
            "DYNAMO017",
            "GlobalIndex(\"ByDate\", IsSortKey = true)",
            "Index 'ByDate' of 'Item' is invalid: it has a sort key but no partition key; mark the partition key member with [GlobalIndex(\"ByDate\")]");

    [Test]
    public void DYNAMO017_local_index_on_a_table_without_sort_key()
        => AssertError(
            "[DynamoTable] public partial class Item { [PartitionKey] public string Id { get; set; } = \"\"; [LocalIndex(\"ByDate\")] public DateTime At { get; set; } }",
            "DYNAMO017",
            "LocalIndex(\"ByDate\")",
            "Index 'ByDate' of 'Item' is invalid: a local index needs a table with a sort key; the table has only a partition key (use a [GlobalIndex] instead)");

    [Test]
    public void DYNAMO017_index_key_of_a_type_keys_cannot_hold()
        => AssertError(
            "[DynamoTable] public partial class Item { [PartitionKey] public string Id { get; set; } = \"\"; [GlobalIndex(\"ByFlag\")] public bool Flag { get; set; } }",
            "DYNAMO017",
            "GlobalIndex(\"ByFlag\")",
            "Index 'ByFlag' of 'Item' is invalid: its key 'Flag' is a 'bool', but index keys are strings, numbers, enums or binary");

    [Test]
    public void DYNAMO017_include_names_no_member()
        => AssertError(
            "[DynamoTable] public partial class Item { [PartitionKey] public string Id { get; set; } = \"\"; [GlobalIndex(\"ByName\", Include = new[] { \"Nope\" })] public string Name { get; set; } = \"\"; }",
            "DYNAMO017",
            "GlobalIndex(\"ByName\", Include = new[] { \"Nope\" })",
            "Index 'ByName' of 'Item' is invalid: Include names 'Nope', which is no stored member of 'Item'; use nameof(...) of a member");

    [Test]
    public void DYNAMO017_index_declared_global_and_local()
        => AssertError(
            "[DynamoTable] public partial class Item { [PartitionKey] public string Id { get; set; } = \"\"; [SortKey] public int N { get; set; } [GlobalIndex(\"Idx\")] public string A { get; set; } = \"\"; [LocalIndex(\"Idx\")] public string B { get; set; } = \"\"; }",
            "DYNAMO017",
            "LocalIndex(\"Idx\")",
            "Index 'Idx' of 'Item' is invalid: it is declared both as [GlobalIndex] and as [LocalIndex]; an index is one or the other");

    [Test]
    public void DYNAMO018_two_entity_types_whose_keys_have_the_same_shape()
    {
        var result = GeneratorHarness.Run("""
            using DynamoGen;
            [DynamoTable("shop", Entity = "A")][PartitionKey(Template = "USER#{Id}")][SortKey(Template = "ITEM#{N}")]
            public partial class A { public string Id { get; set; } = ""; public int N { get; set; } }
            [DynamoTable("shop", Entity = "B")][PartitionKey(Template = "USER#{Owner}")][SortKey(Template = "ITEM#{Code}")]
            public partial class B { public string Owner { get; set; } = ""; public string Code { get; set; } = ""; }
            [DynamoTable("shop", Entity = "C")][PartitionKey(Template = "USER#{Owner}")][SortKey(Template = "NOTE#{Code}")]
            public partial class C { public string Owner { get; set; } = ""; public string Code { get; set; } = ""; }
            """);

        Assert.That(result.Diagnostics.Select(d => d.Id), Is.EqualTo(new[] { "DYNAMO018" }), string.Join("\n", result.Diagnostics));
        var diagnostic = result.Diagnostics[0];
        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.DefaultSeverity, Is.EqualTo(DiagnosticSeverity.Warning), "the harness builds with warnings as errors");
            Assert.That(diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(
                "'A' and 'B' share table 'shop' and build keys of the same shape (PK = \"USER#{}\", SK = \"ITEM#{}\"), so an item of one can overwrite an item of the other: give one of them a different literal prefix in its key template, such as 'ORDER#{OrderId}'"));
            Assert.That(diagnostic.Location.SourceTree!.GetText().ToString(diagnostic.Location.SourceSpan), Is.EqualTo("B"));
            Assert.That(result.Sources, Has.Count.EqualTo(6), "a warning still generates the types (mapping and DynamoDB JSON files)");
        });
    }

    [Test]
    public void DYNAMO019_keys_only_index_leaves_out_required_members()
    {
        var result = GeneratorHarness.Run("""
            using DynamoGen;
            [DynamoTable("t", Entity = "Item")]
            public partial class Item
            {
                [PartitionKey] public string Id { get; set; } = "";
                [GlobalIndex("ByOwner", Projection = IndexProjection.KeysOnly)] public required string Owner { get; init; }
                public required string Title { get; init; }
                public required int Count { get; set; }
                public int Views { get; set; } // optional (a value type): reads 0 when the index leaves it out
                public string? Note { get; set; }
            }
            """);

        Assert.That(result.Diagnostics.Select(d => d.Id), Is.EqualTo(new[] { "DYNAMO019" }), string.Join("\n", result.Diagnostics));
        Assert.That(result.Diagnostics[0].DefaultSeverity, Is.EqualTo(DiagnosticSeverity.Warning));
        Assert.That(result.Diagnostics[0].GetMessage(System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(
            "Index 'ByOwner' of 'Item' projects only keys, which leaves out Title, Count, the entity attribute '_type': items read through this index cannot become a 'Item'; add them with Include = new[] { nameof(...) }, project all attributes, or make the members optional"));
        Assert.That(result.Sources, Has.Count.EqualTo(2), "a warning still generates the type (mapping and DynamoDB JSON files)");
    }

    [Test]
    public void DYNAMO020_both_names_for_the_descriptor_class_taken()
        => AssertError(
            "[DynamoTable] public partial class Item { [PartitionKey] public string Id { get; set; } = \"\"; public string Fields { get; set; } = \"\"; public string DynamoFields { get; set; } = \"\"; }",
            "DYNAMO020",
            "Item",
            "'Item' declares 'Fields' and 'DynamoFields', a name DynamoGen needs for the class of attribute descriptors (T.Fields): rename the member");

    [Test]
    public void DYNAMO020_a_member_named_like_generated_mapping_code()
        => AssertError(
            "[DynamoTable] public partial class Item { [PartitionKey] public string Id { get; set; } = \"\"; private static int s_dynamoGenMapping; }",
            "DYNAMO020",
            "Item",
            "'Item' declares 's_dynamoGenMapping', a name DynamoGen needs for its generated mapping code: rename the member");

    [Test]
    public void DYNAMO021_two_version_members()
        => AssertError(
            "[DynamoTable] public partial class Item { [PartitionKey] public string Id { get; set; } = \"\"; [Version] public long A { get; set; } [Version] public long B { get; set; } }",
            "DYNAMO021",
            "B",
            "'Item' has more than one [Version] member (A, B): an item has one expiry and one version");

    [Test]
    public void DYNAMO013_version_on_a_string()
        => AssertError(
            "[DynamoTable] public partial class Item { [PartitionKey] public string Id { get; set; } = \"\"; [Version] public string V { get; set; } = \"\"; }",
            "DYNAMO013",
            "V",
            "[Version] on property 'Item.V' does not apply: the version is an int or a long, optionally nullable");

    [Test]
    public void DYNAMO013_time_to_live_on_a_string()
        => AssertError(
            "[DynamoTable] public partial class Item { [PartitionKey] public string Id { get; set; } = \"\"; [TimeToLive] public string T { get; set; } = \"\"; }",
            "DYNAMO013",
            "T",
            "[TimeToLive] on property 'Item.T' does not apply: the expiry is a DateTime, DateTimeOffset or long (epoch seconds), optionally nullable");

    [Test]
    public void DYNAMO013_template_on_a_property()
        => AssertError(
            "[DynamoTable] public partial class Item { [PartitionKey(Template = \"U#{Id}\")] public string Id { get; set; } = \"\"; }",
            "DYNAMO013",
            "Id",
            "[PartitionKey] on property 'Item.Id' does not apply: a Template computes the key from several members, so it goes on the type: [PartitionKey(Template = \"...\")] above the type declaration");

    private static void AssertClean(GeneratorResult result)
    {
        Assert.That(result.GeneratorException, Is.Null);
        Assert.That(result.Diagnostics, Is.Empty, string.Join("\n", result.Diagnostics));
        Assert.That(result.CompilationProblems.Select(d => d.ToString()), Is.Empty);
    }

    private static void AssertError(string declaration, string id, string locationText, string message)
    {
        var result = GeneratorHarness.Run("using System;\nusing DynamoGen;\n" + declaration);

        Assert.That(result.GeneratorException, Is.Null);
        Assert.That(result.Diagnostics.Select(d => d.Id), Is.EqualTo(new[] { id }), string.Join("\n", result.Diagnostics));
        var diagnostic = result.Diagnostics[0];
        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Severity, Is.EqualTo(DiagnosticSeverity.Error));
            Assert.That(diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(message));
            Assert.That(diagnostic.Location.IsInSource, Is.True);
            Assert.That(diagnostic.Location.SourceTree!.GetText().ToString(diagnostic.Location.SourceSpan), Is.EqualTo(locationText));
            Assert.That(result.Sources, Is.Empty, "no code is generated for a type with errors");
        });
    }
}
