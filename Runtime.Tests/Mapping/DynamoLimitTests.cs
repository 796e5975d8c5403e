using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using DynamoGen.Tests.Mapping;
using DynamoGen.Testing;
using NUnit.Framework;

// Under DynamoGen.Tests.Integration so that LocalDynamoSetup (a namespace-scoped SetUpFixture) starts the local DynamoDB.
namespace DynamoGen.Tests.Integration.Mapping;

/// <summary>
/// DynamoDB's own limits, asserted here explicitly instead of being silently left out of the property tests (the
/// storable generators in <see cref="Gens"/> exclude exactly these), plus DynamoDB's number normalisation.
/// </summary>
public sealed class DynamoLimitTests
{
    private Table<ScalarRow> _scalars = null!;
    private Table<CollectionRow> _collections = null!;

    [OneTimeSetUp]
    public void CreateTables()
    {
        _scalars = RoundTrip.CreateTable<ScalarRow>("limits");
        _collections = RoundTrip.CreateTable<CollectionRow>("limits-c");
    }

    [TestCase(1e126)]
    [TestCase(-1e126)]
    [TestCase(double.MaxValue)]
    [TestCase(1e-131)]
    [TestCase(double.Epsilon)]
    public void A_double_outside_DynamoDBs_number_range_is_rejected_by_DynamoDB_with_a_clear_error(double value)
    {
        // DynamoDB numbers: magnitude 1E-130 .. 9.99..E+125. DynamoGen writes the double faithfully ("1E+126");
        // DynamoDB refuses it, and the error says why.
        var row = new ScalarRow { Id = RoundTrip.NewId(), F64 = value };
        Assert.That(row.ToItem()["F64"].N, Is.EqualTo(value.ToString("R", System.Globalization.CultureInfo.InvariantCulture)));

        var ex = Assert.ThrowsAsync<AmazonDynamoDBException>(() => _scalars.PutAsync(row));
        Assert.That(ex!.Message, Does.Match("(?i)number (overflow|underflow)"));
        TestContext.Out.WriteLine(ex.Message);
    }

    [Test]
    public async Task Numbers_are_normalised_by_DynamoDB_but_read_back_equal()
    {
        var row = new ScalarRow { Id = RoundTrip.NewId(), Dec = 1.10m, F64 = 100, MaybeDec = -0.000m };
        Assert.That(row.ToItem()["Dec"].N, Is.EqualTo("1.10"), "DynamoGen writes every digit of the decimal");

        await _scalars.PutAsync(row);
        var raw = (await LocalDynamoSetup.Client.GetItemAsync(_scalars.Name, row.GetKey().ToAttributeValues())).Item;
        var back = await _scalars.GetAsync(row.GetKey());

        Assert.Multiple(() =>
        {
            Assert.That(raw["Dec"].N, Is.EqualTo("1.1"), "DynamoDB drops trailing zeros");
            Assert.That(back!.Dec, Is.EqualTo(1.10m));
            Assert.That(back.Dec.Scale, Is.EqualTo(1), "so the decimal's scale is not kept: 1.10m reads back as 1.1m");
            Assert.That(back.F64, Is.EqualTo(100.0));
            Assert.That(back.MaybeDec, Is.EqualTo(0m));
        });
    }

    [Test]
    public void A_key_attribute_cannot_be_an_empty_string_and_DynamoGen_says_so_before_calling_DynamoDB()
    {
        var ex = Assert.Throws<DynamoMappingException>(() => new ScalarRow { Id = "" }.ToItem());
        Assert.That(ex!.Message, Does.Contain("Id").And.Contain("empty"));
        Assert.Throws<DynamoMappingException>(() => ScalarRow.Key(""));
    }

    [Requires(LocalDynamoFeatures.EmptyStrings)]
    [Test]
    public async Task An_empty_string_outside_the_key_is_stored()
    {
        var row = new ScalarRow { Id = RoundTrip.NewId(), Text = "" };
        await _scalars.PutAsync(row);

        Assert.That((await _scalars.GetAsync(row.GetKey()))!.Text, Is.EqualTo(""));
    }

    [Test]
    public async Task An_empty_set_is_omitted_and_reads_back_empty_or_null()
    {
        var row = new CollectionRow { Id = RoundTrip.NewId(), StringSet = new(), IntSet = new(), DecimalSet = new() };
        var item = row.ToItem();
        Assert.That(item.Keys, Has.No.Member("StringSet").And.No.Member("IntSet").And.No.Member("DecimalSet"));

        await _collections.PutAsync(row);
        var back = await _collections.GetAsync(row.GetKey());

        Assert.Multiple(() =>
        {
            Assert.That(back!.StringSet, Is.Empty, "a member with an initializer keeps its (empty) initial value");
            Assert.That(back.IntSet, Is.Empty);
            Assert.That(back.DecimalSet, Is.Null, "a nullable member without an initializer cannot tell empty from null");
        });
    }

    [Test]
    public void A_lone_surrogate_is_refused_when_writing_with_the_member_named()
    {
        var text = Assert.Throws<DynamoMappingException>(() => new ScalarRow { Id = "x", Text = "a\uD800b" }.ToItem())!;
        var letter = Assert.Throws<DynamoMappingException>(() => new ScalarRow { Id = "x", Letter = '\uDC00' }.ToItem())!;

        Assert.That(text.Message, Does.Contain(".Text (attribute 'Text'): expected a string DynamoDB can store (well-formed UTF-16; half a surrogate pair has no UTF-8 encoding), found a lone surrogate U+D800 at index 1."));
        Assert.That(letter.Message, Does.Contain(".Letter (attribute 'Letter'): expected a string DynamoDB can store (well-formed UTF-16; half a surrogate pair has no UTF-8 encoding), found a lone surrogate U+DC00."));
        Assert.That(new ScalarRow { Id = "x", Text = "emoji \uD83D\uDE00 ok" }.ToItem()["Text"].S, Is.EqualTo("emoji \uD83D\uDE00 ok"), "a whole surrogate pair is fine");
    }

    [Test]
    public void A_lone_surrogate_in_a_string_set_is_refused_with_its_position()
    {
        var row = new CollectionRow { Id = "x", StringSet = new HashSet<string> { "a\uD800b" } };

        var refused = Assert.Throws<DynamoMappingException>(() => row.ToItem())!;

        Assert.That(refused.Message, Does.Contain(".StringSet (attribute 'StringSet[0]'): expected a string DynamoDB can store (well-formed UTF-16; half a surrogate pair has no UTF-8 encoding), found a lone surrogate U+D800 at index 1."));
        Assert.That(new CollectionRow { Id = "x", StringSet = new HashSet<string> { "emoji \uD83D\uDE00" } }.ToItem()["StringSet"].SS, Is.EqualTo(new[] { "emoji \uD83D\uDE00" }), "a whole pair is fine");
        DynamoGen.Tests.Json.JsonParity.Holds(row); // the DynamoDB JSON writer refuses it with the same error
    }

    [TestCase("StringMap")]
    [TestCase("NullableIntMap")]
    [TestCase("MapOfLists")]
    [TestCase("LeafMap")]
    public void A_map_key_with_a_lone_surrogate_is_refused_naming_the_key(string member)
    {
        const string key = "k\uDC00";
        var row = member switch
        {
            "StringMap" => new CollectionRow { Id = "x", StringMap = new() { [key] = "v" } },
            "NullableIntMap" => new CollectionRow { Id = "x", NullableIntMap = new() { [key] = 1 } },
            "MapOfLists" => new CollectionRow { Id = "x", MapOfLists = new() { [key] = [1] } },
            _ => new CollectionRow { Id = "x", LeafMap = new() { [key] = new Leaf() } },
        };

        var refused = Assert.Throws<DynamoMappingException>(() => row.ToItem())!;

        Assert.That(refused.Message, Does.Contain("." + member + " (attribute '" + member + "." + key + "'): expected a string DynamoDB can store"));
        Assert.That(refused.Message, Does.Contain("found a lone surrogate U+DC00 at index 1."));
        DynamoGen.Tests.Json.JsonParity.Holds(row); // the DynamoDB JSON writer refuses it with the same error
    }

    /// <summary>
    /// Was a finding: DynamoDB stores strings as UTF-8, which has no encoding for half a surrogate pair, so
    /// such a string cannot be stored. Like NaN, it should be refused with an error; today the put succeeds and the
    /// string silently reads back changed: "a\uD800b" is stored as "a\uFFFDb" (the replacement character is
    /// substituted on the way, by the SDK's UTF-8 encoding or the server). The storable generators exclude lone
    /// surrogates so that the property tests test the rest; this test keeps the gap visible.
    /// </summary>
    [Test]
    public async Task A_string_DynamoDB_cannot_store_is_refused_rather_than_silently_changed()
    {
        var row = new ScalarRow { Id = RoundTrip.NewId(), Text = "a\uD800b" };

        Exception? refused = null;
        try
        {
            await _scalars.PutAsync(row);
        }
        catch (Exception ex) when (ex is DynamoMappingException or AmazonDynamoDBException or ArgumentException)
        {
            refused = ex;
        }

        if (refused is null)
        {
            var back = await _scalars.GetAsync(row.GetKey());
            Assert.That(back!.Text, Is.EqualTo(row.Text), "the put was accepted, so the string must read back unchanged");
        }
    }

    [Test]
    public async Task NaN_and_infinities_are_rejected_by_DynamoGen_with_a_mapping_error()
    {
        foreach (var value in new[] { double.NaN, double.PositiveInfinity, double.NegativeInfinity })
        {
            var ex = Assert.Throws<DynamoMappingException>(() => new ScalarRow { Id = "x", F64 = value }.ToItem());
            Assert.That(ex!.Message, Does.Contain("F64").And.Contain("finite"));
        }

        Assert.Throws<DynamoMappingException>(() => new ScalarRow { Id = "x", MaybeF32 = float.NaN }.ToItem());
        Assert.Throws<DynamoMappingException>(() => new CollectionRow { Id = "x", Doubles = new() { 1, double.NaN } }.ToItem());
        await Task.CompletedTask;
    }

    [Requires(LocalDynamoFeatures.EmptyStrings)]
    [Test]
    public async Task A_set_of_strings_may_hold_an_empty_string()
    {
        var row = new CollectionRow { Id = RoundTrip.NewId(), StringSet = new() { "", "a" } };
        await _collections.PutAsync(row);

        Assert.That((await _collections.GetAsync(row.GetKey()))!.StringSet, Is.EquivalentTo(new[] { "", "a" }));
    }

    [Requires(LocalDynamoFeatures.EmptyStrings)]
    [Test]
    public async Task A_map_may_have_an_empty_key()
    {
        var row = new CollectionRow { Id = RoundTrip.NewId(), StringMap = new() { [""] = "empty", ["k"] = "" } };
        await _collections.PutAsync(row);

        Assert.That((await _collections.GetAsync(row.GetKey()))!.StringMap, Is.EquivalentTo(row.StringMap));
    }
}
