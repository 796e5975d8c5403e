using System;
using System.Collections.Generic;
using Amazon.DynamoDBv2.Model;
using NUnit.Framework;

namespace DynamoGen.Tests.Evolution;

/// <summary>
/// Which attributes reading requires follows C#, as System.Text.Json does (docs/type-mapping.md, "Missing attributes"):
/// items written by older models and other programs read whenever C# allows it.
/// </summary>
public sealed class MissingAttributeTests
{
    private static AttributeValue S(string s) => new() { S = s };

    private static AttributeValue N(string n) => new() { N = n };

    private static readonly AttributeValue Null = new() { NULL = true };

    [Test]
    public void Members_C_sharp_does_not_require_keep_their_initial_values_when_missing()
    {
        var profile = Profile.FromItem(new() { ["Id"] = S("p-1"), ["Name"] = S("Ada") });

        Assert.Multiple(() =>
        {
            Assert.That(profile.Visits, Is.EqualTo(0));
            Assert.That(profile.Level, Is.EqualTo(0));
            Assert.That(profile.Active, Is.True, "the initializer");
            Assert.That(profile.Plan, Is.EqualTo("free"), "the initializer");
            Assert.That(profile.LastSeen, Is.Null);
            Assert.That(profile.Tags, Is.Empty);
        });
    }

    [Test]
    public void NULL_reads_as_missing()
    {
        var profile = Profile.FromItem(new() { ["Id"] = S("p-1"), ["Name"] = S("Ada"), ["Visits"] = Null, ["Active"] = Null, ["Plan"] = Null, ["LastSeen"] = Null, ["Tags"] = Null });

        Assert.That((profile.Visits, profile.Active, profile.Plan, profile.LastSeen, profile.Tags.Count), Is.EqualTo((0, true, "free", (DateTime?)null, 0)));
    }

    [Test]
    public void Present_attributes_win_over_initializers()
    {
        var profile = Profile.FromItem(new() { ["Id"] = S("p-1"), ["Name"] = S("Ada"), ["Visits"] = N("7"), ["Active"] = new AttributeValue { BOOL = false }, ["Plan"] = S("pro") });

        Assert.That((profile.Visits, profile.Active, profile.Plan), Is.EqualTo((7, false, "pro")));
    }

    [Test]
    public void A_required_member_without_its_attribute_is_an_error_naming_type_member_and_key()
    {
        var error = Assert.Throws<DynamoMappingException>(() => Profile.FromItem(new() { ["Id"] = S("p-1"), ["Visits"] = N("3") }))!;

        Assert.That(error.Message, Is.EqualTo(
            "Cannot map DynamoGen.Tests.Evolution.Profile.Name (attribute 'Name'): expected S (String) (the member is required), found no attribute. Item key: { Id: S \"p-1\" }."));
    }

    [Test]
    public void A_required_member_holding_NULL_is_an_error()
    {
        var error = Assert.Throws<DynamoMappingException>(() => Profile.FromItem(new() { ["Id"] = S("p-1"), ["Name"] = Null }))!;

        Assert.That(error.Found, Is.EqualTo("NULL"));
    }

    [Test]
    public void A_constructor_parameter_without_a_default_is_required_one_with_a_default_is_not()
    {
        var visit = Visit.FromItem(new() { ["Id"] = S("v-1"), ["Count"] = N("2") });
        var error = Assert.Throws<DynamoMappingException>(() => Visit.FromItem(new() { ["Id"] = S("v-1"), ["Source"] = S("app") }))!;

        Assert.Multiple(() =>
        {
            Assert.That(visit, Is.EqualTo(new Visit("v-1", 2, "web")));
            Assert.That((error.MemberName, error.AttributeName), Is.EqualTo(("Count", "Count")));
        });
    }

    [Test]
    public void Strict_makes_value_types_without_an_initializer_required()
    {
        var error = Assert.Throws<DynamoMappingException>(() => StrictProfile.FromItem(new() { ["Id"] = S("p-1") }))!;
        var read = StrictProfile.FromItem(new() { ["Id"] = S("p-1"), ["Visits"] = N("4") });

        Assert.Multiple(() =>
        {
            Assert.That(error.MemberName, Is.EqualTo("Visits"));
            Assert.That(read.Active, Is.True, "an initializer is still a default under Strict");
        });
    }

    [Test]
    public void A_nullable_JSON_member_reads_the_JSON_text_null_as_null()
    {
        var holder = HookHolder.FromItem(new() { ["Id"] = S("h-1"), ["Primary"] = S("null") });
        var padded = HookHolder.FromItem(new() { ["Id"] = S("h-1"), ["Primary"] = S(" null ") });
        var present = HookHolder.FromItem(new() { ["Id"] = S("h-1"), ["Primary"] = S("{\"Url\":\"https://x\",\"Events\":[\"a\"]}") });

        Assert.Multiple(() =>
        {
            Assert.That(holder.Primary, Is.Null);
            Assert.That(padded.Primary, Is.Null);
            Assert.That(present.Primary!.Url, Is.EqualTo("https://x"));
        });
    }

    [Test]
    public void A_non_nullable_JSON_member_holding_null_is_an_error()
    {
        var error = Assert.Throws<DynamoMappingException>(() => HookHolder.FromItem(new() { ["Id"] = S("h-1"), ["All"] = S("null") }))!;

        Assert.That((error.MemberName, error.Expected), Is.EqualTo(("All", "S holding a JSON value other than null")));
    }

    [Test]
    public void The_schema_lists_the_attributes_reading_requires()
        => Assert.Multiple(() =>
        {
            Assert.That(DynamoSchema.Of<Profile>().RequiredAttributes, Is.EqualTo(new[] { "Name" }));
            Assert.That(DynamoSchema.Of<Visit>().RequiredAttributes, Is.EqualTo(new[] { "Count" }));
            Assert.That(DynamoSchema.Of<StrictProfile>().RequiredAttributes, Is.EqualTo(new[] { "Visits" }));
            Assert.That(DynamoSchema.Of<Counter>().RequiredAttributes, Is.Empty);
        });
}

/// <summary>Every C# block of docs/type-mapping.md is compiled code (EvolvingModels.cs).</summary>
public sealed class TypeMappingDocsTests
{
    [Test]
    public void Every_example_of_the_page_is_compiled()
        => Docs.DocPages.AssertEveryCSharpBlockIsCompiled("docs/type-mapping.md", 4, "Runtime.Tests/Evolution/EvolvingModels.cs");
}
