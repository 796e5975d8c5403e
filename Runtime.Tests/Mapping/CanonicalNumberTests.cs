using System;
using System.Globalization;
using DynamoGen.Marshalling;
using NUnit.Framework;

namespace DynamoGen.Tests.Mapping;

/// <summary>
/// <see cref="Numbers.Canonical"/> gives one text per number value: DynamoDB compares number keys by value and returns
/// them normalized, so batch bookkeeping and the cache must match "10.50" with "10.5".
/// </summary>
public sealed class CanonicalNumberTests
{
    [TestCase("10.5", "10.50", "1.05E1", "105e-1", "+10.5", "010.500", "1050E-2", "0.00105E+4")]
    [TestCase("2500", "2500.0", "2.5E3", "25E2", "+2500", "0002500", "2500.000e0")]
    [TestCase("0", "-0", "0.000", "0E5", "+0", "-0.0E-3", "00")]
    [TestCase("-1.1", "-1.10", "-11E-1", "-0.11E1")]
    [TestCase("1000000000000000000000", "1E+21", "1e21", "10E20")]
    [TestCase("-4E+30", "-4e30", "-40E29", "-4000000000000000000000000000000")]
    [TestCase("1.5E-7", "0.00000015", "15E-8")]
    [TestCase("1E41", "100000000000000000000000000000000000000000", "1E+41")]
    public void Equal_numbers_have_equal_text(string first, params string[] others)
    {
        var canonical = Numbers.Canonical(first);
        foreach (var other in others)
        {
            Assert.That(Numbers.Canonical(other), Is.EqualTo(canonical), other + " and " + first);
        }
    }

    [Test]
    public void Different_numbers_have_different_text()
    {
        var values = new[] { "1", "-1", "10", "0.1", "1E40", "1E41", "11", "1.1", "101", "0.01", "1E-130", "1E125" };
        for (var i = 0; i < values.Length; i++)
        {
            for (var j = i + 1; j < values.Length; j++)
            {
                Assert.That(Numbers.Canonical(values[i]), Is.Not.EqualTo(Numbers.Canonical(values[j])), values[i] + " and " + values[j]);
            }
        }
    }

    [Test]
    public void Plain_whole_numbers_are_returned_as_they_are()
    {
        foreach (var text in new[] { "7", "-7", "2500", "123456789012345678901234567890" })
        {
            Assert.That(Numbers.Canonical(text), Is.SameAs(text));
        }
    }

    [Test]
    public void Random_decimals_written_three_ways_agree_and_differ_from_their_neighbours()
    {
        var random = new Random(17);
        for (var i = 0; i < 50_000; i++)
        {
            var value = new decimal(random.Next(), random.Next(3) == 0 ? random.Next() : 0, 0, random.Next(2) == 0, (byte)random.Next(29));
            var plain = value.ToString(CultureInfo.InvariantCulture);
            var canonical = Numbers.Canonical(plain);
            Assert.That(Numbers.Canonical(value.ToString("E28", CultureInfo.InvariantCulture)), Is.EqualTo(canonical), plain);
            Assert.That(Numbers.Canonical((value * 1.000m).ToString(CultureInfo.InvariantCulture)), Is.EqualTo(canonical), plain);
            var neighbour = value + new decimal(1, 0, 0, false, value.Scale);
            Assert.That(Numbers.Canonical(neighbour.ToString(CultureInfo.InvariantCulture)), Is.Not.EqualTo(canonical), plain);
        }
    }

    [Test]
    public void Typed_keys_with_equal_numbers_are_equal_and_hash_alike()
    {
        var written = DynamoGen.Tests.Operations.PricePoint.Key("tea", 10.50m);
        var readBack = DynamoGen.Tests.Operations.PricePoint.Key("tea", 10.5m);
        var other = DynamoGen.Tests.Operations.PricePoint.Key("tea", 10.51m);

        Assert.That(written, Is.EqualTo(readBack));
        Assert.That(written.GetHashCode(), Is.EqualTo(readBack.GetHashCode()));
        Assert.That(new System.Collections.Generic.HashSet<DynamoKey<DynamoGen.Tests.Operations.PricePoint>> { written, readBack, other }, Has.Count.EqualTo(2));
    }

    [Test]
    public void Text_that_is_not_a_number_is_returned_unchanged()
    {
        foreach (var text in new[] { "", "-", "abc", "1E", "1E+", "1.2.3", "1x" })
        {
            Assert.That(Numbers.Canonical(text), Is.SameAs(text));
        }
    }
}
