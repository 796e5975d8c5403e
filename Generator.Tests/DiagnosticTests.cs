using System.Linq;
using DynamoGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using NUnit.Framework;

namespace DynamoGen.Generator.Tests;

/// <summary>Each diagnostic: its ID, where it points, and a message that says what to do. No code is generated for a type in error.</summary>
public sealed class DiagnosticTests
{
    [Test]
    public void DYNAMO001_type_not_partial()
        => AssertSingle(
            "[DynamoTable] public class Item { [PartitionKey] public string Id { get; set; } = \"\"; }",
            "DYNAMO001",
            "Item",
            "'Item' must be declared 'partial' so DynamoGen can add its mapping: add the 'partial' modifier to 'Item'");

    [Test]
    public void DYNAMO001_containing_type_not_partial()
        => AssertSingle(
            "public class Outer { [DynamoTable] public partial class Item { [PartitionKey] public string Id { get; set; } = \"\"; } }",
            "DYNAMO001",
            "Item",
            "'Outer.Item' must be declared 'partial' so DynamoGen can add its mapping: add the 'partial' modifier to 'Outer'");

    [Test]
    public void DYNAMO002_no_partition_key()
        => AssertSingle(
            "[DynamoTable] public partial class Item { public string Id { get; set; } = \"\"; }",
            "DYNAMO002",
            "Item",
            "'Item' has no partition key: mark exactly one property with [PartitionKey], or compute it with [PartitionKey(Template = \"...\")] on the type");

    [Test]
    public void DYNAMO003_two_partition_keys()
        => AssertSingle(
            "[DynamoTable] public partial class Item { [PartitionKey] public string A { get; set; } = \"\"; [PartitionKey] public string B { get; set; } = \"\"; }",
            "DYNAMO003",
            "B",
            "'Item' has more than one [PartitionKey] property (A, B): a table has exactly one partition key and at most one sort key");

    [Test]
    public void DYNAMO003_two_sort_keys()
        => AssertSingle(
            "[DynamoTable] public partial class Item { [PartitionKey] public string A { get; set; } = \"\"; [SortKey] public int B { get; set; } [SortKey] public int C { get; set; } }",
            "DYNAMO003",
            "C",
            "'Item' has more than one [SortKey] property (B, C): a table has exactly one partition key and at most one sort key");

    [Test]
    public void DYNAMO004_bool_key()
        => AssertSingle(
            "[DynamoTable] public partial class Item { [PartitionKey] public bool Id { get; set; } }",
            "DYNAMO004",
            "Id",
            "Key property 'Item.Id' has type 'bool', but DynamoDB keys are strings, numbers or binary: use string, int, long or double");

    [Test]
    public void DYNAMO004_nullable_number_key()
        => AssertSingle(
            "[DynamoTable] public partial class Item { [PartitionKey] public int? Id { get; set; } }",
            "DYNAMO004",
            "Id",
            "Key property 'Item.Id' has type 'int?', but DynamoDB keys are strings, numbers or binary: use string, int, long or double");

    [Test]
    public void DYNAMO005_unsupported_member_type()
        => AssertSingle(
            "[DynamoTable] public partial class Item { [PartitionKey] public string Id { get; set; } = \"\"; public System.IO.Stream? Body { get; set; } }",
            "DYNAMO005",
            "Body",
            "Property 'Item.Body' has type 'System.IO.Stream?', which DynamoGen cannot store: plug in a converter with [DynamoConverter(typeof(...))], store it as JSON with [DynamoJson], or leave it out with [DynamoIgnore]");

    [Test]
    public void DYNAMO006_two_members_with_one_attribute_name()
        => AssertSingle(
            "[DynamoTable] public partial class Item { [PartitionKey] public string Id { get; set; } = \"\"; [DynamoName(\"Id\")] public string? Other { get; set; } }",
            "DYNAMO006",
            "Other",
            "Properties 'Item.Id' and 'Item.Other' are both stored as attribute 'Id': give one of them another name with [DynamoName(\"...\")]");

    [Test]
    public void DYNAMO007_generic_type()
        => AssertSingle(
            "[DynamoTable] public partial class Item<T> { [PartitionKey] public string Id { get; set; } = \"\"; }",
            "DYNAMO007",
            "Item",
            "'Item<T>' is generic (or nested in a generic type), which DynamoGen cannot map: use a non-generic type");

    [Test]
    public void DYNAMO008_primary_constructor_parameter_without_a_property()
        => AssertSingle(
            "[DynamoTable] public partial class Item(string id, int unused) { [PartitionKey] public string Id { get; } = id; }",
            "DYNAMO008",
            "Item",
            "DynamoGen cannot create 'Item' when reading an item: primary constructor parameter 'unused' matches no mapped property of the same type; map it as a property, or remove [DynamoIgnore] from it");

    [Test]
    public void DYNAMO008_base_type_without_parameterless_constructor()
        => AssertSingle(
            "public class Base { public Base(int x) { } } [DynamoTable] public partial class Item : Base { public Item() : base(1) { } [PartitionKey] public string Id { get; set; } = \"\"; }",
            "DYNAMO008",
            "Item",
            "DynamoGen cannot create 'Item' when reading an item: its base type 'Base' has no parameterless constructor it can call; add one (it may be protected)");

    [Test]
    public void DYNAMO009_members_named_Key_and_PrimaryKey()
        => AssertSingle(
            "[DynamoTable] public partial class Item { [PartitionKey] public string Key { get; set; } = \"\"; public int PrimaryKey { get; set; } }",
            "DYNAMO009",
            "Item",
            "'Item' declares members named both 'Key' and 'PrimaryKey', so the generated key builder has no name: rename one of them");

    [Test]
    public void DYNAMO010_empty_attribute_name()
        => AssertSingle(
            "[DynamoTable] public partial class Item { [PartitionKey] public string Id { get; set; } = \"\"; [DynamoName(\"\")] public string? Note { get; set; } }",
            "DYNAMO010",
            "Note",
            "Property 'Item.Note' has an empty [DynamoName]: DynamoDB attribute names need at least one character");

    [Test]
    public void DYNAMO005_set_of_a_type_sets_cannot_hold()
        => AssertSingle(
            "[DynamoTable] public partial class Item { [PartitionKey] public string Id { get; set; } = \"\"; public System.Collections.Generic.HashSet<System.Guid>? Ids { get; set; } }",
            "DYNAMO005",
            "Ids",
            "Property 'Item.Ids' has type 'System.Collections.Generic.HashSet<System.Guid>?', which DynamoGen cannot store (sets hold strings, numbers or byte[]: DynamoDB's SS, NS and BS): plug in a converter with [DynamoConverter(typeof(...))], store it as JSON with [DynamoJson], or leave it out with [DynamoIgnore]");

    [Test]
    public void DYNAMO005_map_with_non_string_keys()
        => AssertSingle(
            "[DynamoTable] public partial class Item { [PartitionKey] public string Id { get; set; } = \"\"; public System.Collections.Generic.Dictionary<int, string>? ByNumber { get; set; } }",
            "DYNAMO005",
            "ByNumber",
            "Property 'Item.ByNumber' has type 'System.Collections.Generic.Dictionary<int, string>?', which DynamoGen cannot store (map keys must be strings: DynamoDB map keys are attribute names): plug in a converter with [DynamoConverter(typeof(...))], store it as JSON with [DynamoJson], or leave it out with [DynamoIgnore]");

    [Test]
    public void DYNAMO011_nested_type_without_DynamoItem()
        => AssertSingle(
            "public class Address { public string? City { get; set; } } [DynamoTable] public partial class Item { [PartitionKey] public string Id { get; set; } = \"\"; public System.Collections.Generic.List<Address>? Addresses { get; set; } }",
            "DYNAMO011",
            "Addresses",
            "Property 'Item.Addresses' holds 'Address', which has no mapping: mark 'Address' with [DynamoItem] (and make it partial) to store it as a map, or use [DynamoJson] or [DynamoConverter]");

    [Test]
    public void DYNAMO012_converter_for_another_type()
        => AssertSingle(
            "public sealed class C : IDynamoConverter<long> { public Amazon.DynamoDBv2.Model.AttributeValue ToAttribute(long v) => new(); public long FromAttribute(Amazon.DynamoDBv2.Model.AttributeValue v) => 0; } [DynamoTable] public partial class Item { [PartitionKey] public string Id { get; set; } = \"\"; [DynamoConverter(typeof(C))] public int Count { get; set; } }",
            "DYNAMO012",
            "Count",
            "Converter 'C' on property 'Item.Count' does not implement IDynamoConverter<int>: a converter implements IDynamoConverter<int> and has a public parameterless constructor");

    [Test]
    public void DYNAMO013_epoch_on_a_number()
        => AssertSingle(
            "[DynamoTable] public partial class Item { [PartitionKey] public string Id { get; set; } = \"\"; [Epoch] public long Seconds { get; set; } }",
            "DYNAMO013",
            "Seconds",
            "[Epoch] on property 'Item.Seconds' does not apply: it stores DateTime or DateTimeOffset values (or lists of them) as epoch seconds, and this property holds none");

    [Test]
    public void DYNAMO013_json_without_a_context()
        => AssertSingle(
            "[DynamoTable] public partial class Item { [PartitionKey] public string Id { get; set; } = \"\"; [DynamoJson] public int[]? Data { get; set; } }",
            "DYNAMO013",
            "Data",
            "[DynamoJson] on property 'Item.Data' does not apply: DynamoJson needs a JsonSerializerContext: write [DynamoJson(typeof(MyJsonContext))] or set [assembly: DynamoDefaults(JsonContext = typeof(MyJsonContext))]");

    [Test]
    public void DYNAMO013_flags_enum_by_name()
        => AssertSingle(
            "[System.Flags] public enum F { A = 1, B = 2 } [DynamoTable] public partial class Item { [PartitionKey] public string Id { get; set; } = \"\"; [DynamoEnumAsString] public F Flags { get; set; } }",
            "DYNAMO013",
            "Flags",
            "[DynamoEnumAsString] on property 'Item.Flags' does not apply: 'F' is a [Flags] enum, whose combinations have no single name; store it as a number (remove the enums-as-strings setting for it)");

    [Test]
    public void DYNAMO013_key_attribute_on_a_DynamoItem()
        => AssertSingle(
            "[DynamoItem] public partial class Part { [PartitionKey] public string Id { get; set; } = \"\"; }",
            "DYNAMO013",
            "Id",
            "[PartitionKey] on property 'Part.Id' does not apply: keys belong to [DynamoTable] types; a [DynamoItem] is stored inside another item");

    [Test]
    public void DYNAMO014_get_only_property_of_a_base_type()
        => AssertSingle(
            "public class Base { public string Tenant { get; } = \"\"; } [DynamoTable] public partial class Item : Base { [PartitionKey] public string Id { get; set; } = \"\"; }",
            "DYNAMO014",
            "Tenant",
            "DynamoGen cannot set property 'Item.Tenant' when reading an item: it is a get-only property of base type 'Base'; give it an 'init' or 'set' accessor it can reach, or mark it [DynamoIgnore]");

    [Test]
    public void DYNAMO015_required_member_ignored_is_a_warning_and_the_type_is_still_generated()
    {
        var result = GeneratorHarness.Run("using DynamoGen;\n[DynamoTable] public partial class Item { [PartitionKey] public string Id { get; set; } = \"\"; [DynamoIgnore] public required string Secret { get; init; } }");

        var diagnostic = result.Diagnostics.Single();
        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Id, Is.EqualTo("DYNAMO015"));
            Assert.That(diagnostic.Descriptor.DefaultSeverity, Is.EqualTo(DiagnosticSeverity.Warning));
            Assert.That(diagnostic.Severity, Is.EqualTo(DiagnosticSeverity.Error), "the harness treats warnings as errors, as our projects do");
            Assert.That(diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo("Property 'Item.Secret' is 'required' but marked [DynamoIgnore]: items read with FromItem leave it at its default value"));
            Assert.That(diagnostic.Location.SourceTree!.GetText().ToString(diagnostic.Location.SourceSpan), Is.EqualTo("Secret"));
            Assert.That(result.Sources.Keys, Is.EquivalentTo(new[] { "Item.g.cs", "Item.Json.g.cs" }));
        });
    }

    [Test]
    public void Every_diagnostic_has_a_help_link_to_its_docs_section()
    {
        var result = GeneratorHarness.Run("using DynamoGen; [DynamoTable] public class Item { }");
        var diagnostic = result.Diagnostics.First();
        Assert.That(diagnostic.Descriptor.HelpLinkUri, Is.EqualTo("https://github.com/dynamogen/dynamogen/blob/main/docs/diagnostics.md#dynamo001"));
    }

    internal static void AssertSingle(string declaration, string id, string locationText, string message)
    {
        var result = GeneratorHarness.Run("using DynamoGen;\n" + declaration);

        Assert.That(result.GeneratorException, Is.Null);
        Assert.That(result.Diagnostics.Select(d => d.Id), Is.EqualTo(new[] { id }), string.Join("\n", result.Diagnostics));
        var diagnostic = result.Diagnostics[0];
        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Severity, Is.EqualTo(DiagnosticSeverity.Error));
            Assert.That(diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(message));
            Assert.That(diagnostic.Location.IsInSource, Is.True, "the location must be in source so #pragma and .editorconfig apply");
            Assert.That(diagnostic.Location.SourceTree!.GetText().ToString(diagnostic.Location.SourceSpan), Is.EqualTo(locationText));
            Assert.That(result.Sources, Is.Empty, "no code is generated for a type with errors");
        });
    }
}
