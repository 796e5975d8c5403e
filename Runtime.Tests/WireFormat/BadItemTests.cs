using System.Collections.Generic;
using Amazon.DynamoDBv2.Model;
using DynamoGen.Tests.Models;
using NUnit.Framework;

namespace DynamoGen.Tests.WireFormat;

/// <summary>
/// Items written by other programs: every way an item can fail to fit the type throws one exception type naming the
/// type, member, attribute, expected and found, and the key. Unknown attributes are ignored.
/// </summary>
public sealed class BadItemTests
{
    private static Dictionary<string, AttributeValue> ValidItem() => new AllTypes
    {
        Id = "k-1",
        Memory = new byte[] { 1 },
        Origin = new Point(0, 0),
        Price = new Money(1, "EUR"),
        Tier = Tier.Free, // Tier declares no 0: its default value has no name and cannot be written
    }.ToItem();

    private static string ReadError(string attribute, AttributeValue? value)
    {
        var item = ValidItem();
        if (value is null)
        {
            item.Remove(attribute);
        }
        else
        {
            item[attribute] = value;
        }

        return Assert.Throws<DynamoMappingException>(() => AllTypes.FromItem(item))!.Message;
    }

    [Test]
    public void A_valid_item_with_unknown_extra_attributes_reads()
    {
        var item = ValidItem();
        item["SomethingElse"] = new AttributeValue { S = "ignored" };

        Assert.That(AllTypes.FromItem(item).Id, Is.EqualTo("k-1"));
    }

    [Test]
    public void Missing_required_attribute()
        => Assert.That(ReadError("Id", null), Is.EqualTo(
            "Cannot map DynamoGen.Tests.Models.AllTypes.Id (attribute 'Id'): expected S (String) (the member is required), found no attribute."));

    [Test]
    public void Missing_or_NULL_value_types_read_their_default_as_CSharp_allows()
    {
        var item = ValidItem();
        item["I32"] = new AttributeValue { N = "5" };
        item.Remove("I32");
        item["Flag"] = new AttributeValue { NULL = true };

        var read = AllTypes.FromItem(item);

        Assert.That((read.I32, read.Flag), Is.EqualTo((0, false)));
    }

    [Test]
    public void Wrong_DynamoDB_type()
        => Assert.That(ReadError("I64", new AttributeValue { S = "12" }), Is.EqualTo(
            "Cannot map DynamoGen.Tests.Models.AllTypes.I64 (attribute 'I64'): expected N (Int64), found S \"12\". Item key: { Id: S \"k-1\" }."));

    [Test]
    public void Number_out_of_range()
        => Assert.That(ReadError("U8", new AttributeValue { N = "256" }), Is.EqualTo(
            "Cannot map DynamoGen.Tests.Models.AllTypes.U8 (attribute 'U8'): expected N (Byte), found N 256. Item key: { Id: S \"k-1\" }."));

    [Test]
    public void Fraction_for_an_integer()
        => Assert.That(ReadError("I32", new AttributeValue { N = "1.5" }), Is.EqualTo(
            "Cannot map DynamoGen.Tests.Models.AllTypes.I32 (attribute 'I32'): expected N (Int32), found N 1.5. Item key: { Id: S \"k-1\" }."));

    [Test]
    public void Unknown_enum_number()
        => Assert.That(ReadError("Color", new AttributeValue { N = "3" }), Is.EqualTo(
            "Cannot map DynamoGen.Tests.Models.AllTypes.Color (attribute 'Color'): expected a value of DynamoGen.Tests.Models.Color (0, 1, 7), found N 3. Item key: { Id: S \"k-1\" }."));

    [Test]
    public void Unknown_enum_name()
        => Assert.That(ReadError("ColorName", new AttributeValue { S = "Purple" }), Is.EqualTo(
            "Cannot map DynamoGen.Tests.Models.AllTypes.ColorName (attribute 'ColorName'): expected one of Red, Green, Blue (DynamoGen.Tests.Models.Color), found S \"Purple\". Item key: { Id: S \"k-1\" }."));

    [Test]
    public void Undeclared_flag_bits()
        => Assert.That(ReadError("Permissions", new AttributeValue { N = "8" }), Is.EqualTo(
            "Cannot map DynamoGen.Tests.Models.AllTypes.Permissions (attribute 'Permissions'): expected a combination of the flags of DynamoGen.Tests.Models.Permissions, found N 8. Item key: { Id: S \"k-1\" }."));

    [Test]
    public void Malformed_date()
        => Assert.That(ReadError("When", new AttributeValue { S = "31/01/2024" }), Is.EqualTo(
            "Cannot map DynamoGen.Tests.Models.AllTypes.When (attribute 'When'): expected S holding an ISO-8601 date and time (DateTime), found S \"31/01/2024\". Item key: { Id: S \"k-1\" }."));

    [Test]
    public void Bad_element_inside_a_list_names_its_index()
        => Assert.That(ReadError("Tags", new AttributeValue { L = new List<AttributeValue> { new() { S = "ok" }, new() { N = "2" } } }), Is.EqualTo(
            "Cannot map DynamoGen.Tests.Models.AllTypes.Tags (attribute 'Tags[1]'): expected S (String), found N 2. Item key: { Id: S \"k-1\" }."));

    [Test]
    public void Bad_member_inside_a_nested_item_names_its_path()
        => Assert.That(ReadError("Origin", new AttributeValue { M = new Dictionary<string, AttributeValue> { ["X"] = new() { N = "1" }, ["Y"] = new() { S = "up" } } }), Is.EqualTo(
            "Cannot map DynamoGen.Tests.Models.AllTypes.Origin (attribute 'Origin.Y'): expected N (Double), found S \"up\". Item key: { Id: S \"k-1\" }."));

    [Test]
    public void Bad_json()
        => Assert.That(ReadError("Webhooks", new AttributeValue { S = "{not json" }), Does.StartWith(
            "Cannot map DynamoGen.Tests.Models.AllTypes.Webhooks (attribute 'Webhooks'): expected S holding JSON for List`1 ("));

    [Test]
    public void A_converter_error_gets_the_member_context()
        => Assert.That(ReadError("Price", new AttributeValue { S = "lots" }), Is.EqualTo(
            "Cannot map DynamoGen.Tests.Models.AllTypes.Price (attribute 'Price'): expected S \"<amount> <currency>\", found S \"lots\". Item key: { Id: S \"k-1\" }."));

    [Test]
    public void Missing_optional_members_keep_their_defaults()
    {
        var item = ValidItem();
        item.Remove("Tags");
        item.Remove("Text");

        var read = AllTypes.FromItem(item);

        Assert.That(read.Tags, Is.Empty, "the initializer's empty list survives a missing attribute");
        Assert.That(read.Text, Is.Null);
    }
}
