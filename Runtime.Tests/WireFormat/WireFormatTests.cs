using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Amazon.DynamoDBv2.Model;
using DynamoGen.Tests.Models;
using NUnit.Framework;

namespace DynamoGen.Tests.WireFormat;

/// <summary>
/// The exact attribute values DynamoGen writes (the README's type-mapping table), and that it reads them back.
/// Expected values are written out by hand from the documented format, never produced by the code under test.
/// </summary>
public sealed class WireFormatTests
{
    private static AllTypes Sample() => new()
    {
        Id = "a-1",
        Text = "héllo",
        Letter = 'x',
        Flag = true,
        U8 = 255,
        I8 = -128,
        I16 = -32768,
        U16 = 65535,
        I32 = int.MinValue,
        U32 = uint.MaxValue,
        I64 = long.MinValue,
        U64 = ulong.MaxValue,
        F32 = 0.1f,
        F64 = 0.1 + 0.2,
        Money = 79228162514264337593543950335m,
        Uid = new Guid("0f8fad5b-d9cb-469f-a165-70867728950e"),
        When = new DateTime(2024, 1, 31, 13, 45, 0, DateTimeKind.Utc).AddTicks(1234567),
        WhenOffset = new DateTimeOffset(2024, 1, 31, 13, 45, 0, TimeSpan.FromHours(2)).AddTicks(1234567),
        Day = new DateOnly(2024, 2, 29),
        Time = new TimeOnly(23, 59, 58).Add(TimeSpan.FromTicks(1234567)),
        Span = new TimeSpan(1, 2, 3, 4, 5),
        EpochWhen = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc),
        EpochOffset = new DateTimeOffset(2024, 1, 1, 2, 0, 0, TimeSpan.FromHours(2)),
        Bytes = new byte[] { 1, 2, 3 },
        Memory = new byte[] { 9, 8 },
        Color = Color.Blue,
        MaybeColor = null,
        ColorName = Color.Green,
        Permissions = Permissions.Read | Permissions.Admin,
        Tier = Tier.Pro,
        MaybeInt = 5,
        Tags = new List<string> { "a", "b" },
        Immutable = ImmutableArray.Create(Guid.Empty),
        NullableInts = new List<int?> { 1, null, 3 },
        StringSet = new HashSet<string> { "x" },
        IntSet = new HashSet<int>(),
        Map = new Dictionary<string, string> { ["k"] = "v" },
        Tree = new Node { Name = "root", Children = { new Node { Name = "leaf" } } },
        Origin = new Point(1.5, -2),
        Webhooks = new List<Webhook> { new("https://example.com/hook", new List<string> { "created" }) },
        Price = new Money(12.50m, "EUR"),
    };

    [Test]
    public void Scalars_are_written_in_the_documented_format()
    {
        var item = Sample().ToItem();

        Assert.Multiple(() =>
        {
            Assert.That(item["Id"].S, Is.EqualTo("a-1"));
            Assert.That(item["Text"].S, Is.EqualTo("héllo"));
            Assert.That(item["Letter"].S, Is.EqualTo("x"));
            Assert.That(item["Flag"].BOOL, Is.True);
            Assert.That(item["U8"].N, Is.EqualTo("255"));
            Assert.That(item["I8"].N, Is.EqualTo("-128"));
            Assert.That(item["I16"].N, Is.EqualTo("-32768"));
            Assert.That(item["U16"].N, Is.EqualTo("65535"));
            Assert.That(item["I32"].N, Is.EqualTo("-2147483648"));
            Assert.That(item["U32"].N, Is.EqualTo("4294967295"));
            Assert.That(item["I64"].N, Is.EqualTo("-9223372036854775808"));
            Assert.That(item["U64"].N, Is.EqualTo("18446744073709551615"));
            Assert.That(item["F32"].N, Is.EqualTo("0.1"));
            Assert.That(item["F64"].N, Is.EqualTo("0.30000000000000004"));
            Assert.That(item["Money"].N, Is.EqualTo("79228162514264337593543950335"));
            Assert.That(item["Uid"].S, Is.EqualTo("0f8fad5b-d9cb-469f-a165-70867728950e"));
            Assert.That(item["When"].S, Is.EqualTo("2024-01-31T13:45:00.1234567Z"));
            Assert.That(item["WhenOffset"].S, Is.EqualTo("2024-01-31T13:45:00.1234567+02:00"));
            Assert.That(item["Day"].S, Is.EqualTo("2024-02-29"));
            Assert.That(item["Time"].S, Is.EqualTo("23:59:58.1234567"));
            Assert.That(item["Span"].S, Is.EqualTo("1.02:03:04.0050000"));
            Assert.That(item["EpochWhen"].N, Is.EqualTo("1704067200"));
            Assert.That(item["EpochOffset"].N, Is.EqualTo("1704067200"));
            Assert.That(((MemoryStream)item["Bytes"].B).ToArray(), Is.EqualTo(new byte[] { 1, 2, 3 }));
            Assert.That(((MemoryStream)item["Memory"].B).ToArray(), Is.EqualTo(new byte[] { 9, 8 }));
            Assert.That(item["Color"].N, Is.EqualTo("7"));
            Assert.That(item["ColorName"].S, Is.EqualTo("Green"));
            Assert.That(item["Permissions"].N, Is.EqualTo("5"));
            Assert.That(item["Tier"].S, Is.EqualTo("Pro"));
            Assert.That(item["MaybeInt"].N, Is.EqualTo("5"));
            Assert.That(item["Price"].S, Is.EqualTo("12.50 EUR"));
        });
    }

    [Test]
    public void Collections_nested_items_and_json_are_written_as_L_SS_M_and_S()
    {
        var item = Sample().ToItem();

        Assert.Multiple(() =>
        {
            Assert.That(item["Tags"].L.Select(v => v.S), Is.EqualTo(new[] { "a", "b" }));
            Assert.That(item["Immutable"].L.Single().S, Is.EqualTo("00000000-0000-0000-0000-000000000000"));
            Assert.That(item["NullableInts"].L.Select(v => v.N ?? (v.NULL == true ? "NULL" : "?")), Is.EqualTo(new[] { "1", "NULL", "3" }));
            Assert.That(item["StringSet"].SS, Is.EqualTo(new[] { "x" }));
            Assert.That(item.ContainsKey("IntSet"), Is.False, "an empty set is left out: DynamoDB rejects empty sets");
            Assert.That(item["Map"].M["k"].S, Is.EqualTo("v"));
            Assert.That(item["Tree"].M["Name"].S, Is.EqualTo("root"));
            Assert.That(item["Tree"].M["Children"].L.Single().M["Name"].S, Is.EqualTo("leaf"));
            Assert.That(item["Origin"].M["X"].N, Is.EqualTo("1.5"));
            Assert.That(item["Origin"].M["Y"].N, Is.EqualTo("-2"));
            Assert.That(item["Webhooks"].S, Is.EqualTo("[{\"Url\":\"https://example.com/hook\",\"Events\":[\"created\"]}]"));
        });
    }

    [Test]
    public void Null_members_are_left_out_by_default()
    {
        var item = Sample().ToItem();

        Assert.That(item.Keys, Has.None.AnyOf("MaybeColor", "MaybeDecimal", "MaybeGuid", "Array", "Points", "Deep", "MaybePoint", "MaybePrice", "BinarySet"));
    }

    [Test]
    public void Everything_reads_back_equal()
    {
        var original = Sample();

        var back = AllTypes.FromItem(original.ToItem());

        Assert.Multiple(() =>
        {
            Assert.That(back.Text, Is.EqualTo(original.Text));
            Assert.That(back.Letter, Is.EqualTo(original.Letter));
            Assert.That(back.U64, Is.EqualTo(ulong.MaxValue));
            Assert.That(back.I64, Is.EqualTo(long.MinValue));
            Assert.That(back.F32, Is.EqualTo(0.1f));
            Assert.That(back.F64, Is.EqualTo(0.1 + 0.2));
            Assert.That(back.Money, Is.EqualTo(79228162514264337593543950335m));
            Assert.That(back.Uid, Is.EqualTo(original.Uid));
            Assert.That(back.When, Is.EqualTo(original.When));
            Assert.That(back.When.Kind, Is.EqualTo(DateTimeKind.Utc));
            Assert.That(back.WhenOffset, Is.EqualTo(original.WhenOffset));
            Assert.That(back.WhenOffset.Offset, Is.EqualTo(TimeSpan.FromHours(2)));
            Assert.That(back.Day, Is.EqualTo(original.Day));
            Assert.That(back.Time, Is.EqualTo(original.Time));
            Assert.That(back.Span, Is.EqualTo(original.Span));
            Assert.That(back.EpochWhen, Is.EqualTo(original.EpochWhen));
            Assert.That(back.EpochOffset, Is.EqualTo(original.EpochOffset));
            Assert.That(back.Bytes, Is.EqualTo(original.Bytes));
            Assert.That(back.Memory.ToArray(), Is.EqualTo(original.Memory.ToArray()));
            Assert.That(back.Color, Is.EqualTo(Color.Blue));
            Assert.That(back.MaybeColor, Is.Null);
            Assert.That(back.ColorName, Is.EqualTo(Color.Green));
            Assert.That(back.Permissions, Is.EqualTo(Permissions.Read | Permissions.Admin));
            Assert.That(back.Tier, Is.EqualTo(Tier.Pro));
            Assert.That(back.Tags, Is.EqualTo(original.Tags));
            Assert.That(back.Immutable, Is.EqualTo(original.Immutable));
            Assert.That(back.NullableInts, Is.EqualTo(original.NullableInts));
            Assert.That(back.StringSet, Is.EquivalentTo(original.StringSet));
            Assert.That(back.IntSet, Is.Empty);
            Assert.That(back.Map, Is.EqualTo(original.Map));
            Assert.That(back.Tree!.Name, Is.EqualTo("root"));
            Assert.That(back.Tree.Children.Single().Name, Is.EqualTo("leaf"));
            Assert.That(back.Origin, Is.EqualTo(original.Origin));
            Assert.That(back.Webhooks!.Single().Url, Is.EqualTo("https://example.com/hook"));
            Assert.That(back.Price, Is.EqualTo(original.Price));
            Assert.That(back.MaybePrice, Is.Null);
        });
    }

    [Test]
    public void Local_and_unspecified_DateTimes_are_stored_in_UTC()
    {
        var local = new DateTime(2024, 6, 1, 12, 0, 0, DateTimeKind.Local);
        var unspecified = new DateTime(2024, 6, 1, 12, 0, 0, DateTimeKind.Unspecified);

        Assert.That(Marshalling.Write.DateTime(local).S, Is.EqualTo(local.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", System.Globalization.CultureInfo.InvariantCulture)));
        Assert.That(Marshalling.Write.DateTime(unspecified).S, Is.EqualTo("2024-06-01T12:00:00.0000000Z"));
    }

    [Test]
    public void Dates_written_by_other_programs_are_read()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Marshalling.Parse.DateTime(new AttributeValue { S = "2024-01-31T13:45:00.123Z" }), Is.EqualTo(new DateTime(2024, 1, 31, 13, 45, 0, 123, DateTimeKind.Utc)));
            Assert.That(Marshalling.Parse.DateTime(new AttributeValue { S = "2024-01-31T15:45:00+02:00" }), Is.EqualTo(new DateTime(2024, 1, 31, 13, 45, 0, DateTimeKind.Utc)));
            Assert.That(Marshalling.Parse.Int32(new AttributeValue { N = "5.0" }), Is.EqualTo(5));
            Assert.That(Marshalling.Parse.Int64(new AttributeValue { N = "1E3" }), Is.EqualTo(1000));
            Assert.That(Marshalling.Parse.Boolean(new AttributeValue { N = "1" }), Is.True, "DynamoDBContext's first schema stored bool as N 0/1");
        });
    }

    [Test]
    public void DateTime_text_reads_the_same_on_the_fast_path_and_off_it()
    {
        Assert.Multiple(() =>
        {
            foreach (var when in new[] { DateTime.MinValue, new DateTime(2024, 1, 31, 13, 45, 0, DateTimeKind.Utc).AddTicks(1234567), DateTime.SpecifyKind(DateTime.MaxValue, DateTimeKind.Utc) })
            {
                var back = Marshalling.Parse.DateTime(Marshalling.Write.DateTime(when));
                Assert.That(back, Is.EqualTo(when));
                Assert.That(back.Kind, Is.EqualTo(DateTimeKind.Utc));
            }

            // Without 'Z' or an offset the text is taken as UTC, never as local time.
            Assert.That(Marshalling.Parse.DateTime(new AttributeValue { S = "2024-01-31T13:45:00.1234567" }), Is.EqualTo(new DateTime(2024, 1, 31, 13, 45, 0, DateTimeKind.Utc).AddTicks(1234567)));
            Assert.That(() => Marshalling.Parse.DateTime(new AttributeValue { S = "2024-02-30T13:45:00.1234567Z" }), Throws.TypeOf<Marshalling.AttributeFormatException>());
        });
    }

    [Test]
    public void Sets_of_any_kind_of_collection_are_written_whole()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Marshalling.Write.StringSet(new SortedSet<string> { "b", "a" })!.SS, Is.EqualTo(new[] { "a", "b" }));
            Assert.That(Marshalling.Write.StringSet(new[] { 1, 2 }.Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)))!.SS, Is.EqualTo(new[] { "1", "2" }));
            Assert.That(Marshalling.Write.NumberSet(new HashSet<int> { 7 })!.NS, Is.EqualTo(new[] { "7" }));
            Assert.That(Marshalling.Write.NumberSet(new SortedSet<long> { 2, 1 })!.NS, Is.EqualTo(new[] { "1", "2" }));
            Assert.That(Marshalling.Write.StringSet(new HashSet<string>()), Is.Null, "an empty set is left out");
            Assert.That(() => Marshalling.Write.StringSet(new HashSet<string?> { "a", null }!), Throws.TypeOf<Marshalling.AttributeFormatException>());
        });
    }

    [Test]
    public void NaN_cannot_be_written_and_the_error_names_the_member()
    {
        var item = Sample();
        item.F64 = double.NaN;

        var ex = Assert.Throws<DynamoMappingException>(() => item.ToItem());

        Assert.That(ex!.Message, Is.EqualTo("Cannot map DynamoGen.Tests.Models.AllTypes.F64 (attribute 'F64'): expected a finite number (DynamoDB has no NaN or infinity), found NaN."));
    }

    [Test]
    public void Key_members_cannot_be_empty()
    {
        var ex = Assert.Throws<DynamoMappingException>(() => AllTypes.Key(""));

        Assert.That(ex!.Message, Is.EqualTo("Cannot map DynamoGen.Tests.Models.AllTypes.Id (attribute 'Id'): expected a non-empty string (key attributes cannot be null or empty), found an empty string."));
    }
}
