using System;
using System.Globalization;
using DynamoGen.Marshalling;
using NUnit.Framework;

namespace DynamoGen.Tests.Mapping;

/// <summary>
/// <see cref="Numbers.Format(decimal)"/> writes decimals itself (faster than .NET's general formatting) and must give
/// exactly .NET's invariant text for every value: every scale, signs, negative zero, the 64-bit mantissa boundary,
/// and the 96-bit mantissas it hands back to .NET.
/// </summary>
public sealed class DecimalTextTests
{
    private static readonly CultureInfo s_invariant = CultureInfo.InvariantCulture;

    [Test]
    public void Edge_values_are_written_as_dotnet_writes_them()
    {
        var values = new[]
        {
            0m, 0.00m, decimal.Negate(0m), decimal.Negate(0.000m), 1m, -1m, 0.1m, -0.1m, 179.90m, 0.0005m, 1e-28m, -1e-28m,
            decimal.MaxValue, decimal.MinValue, new decimal(ulong.MaxValue), -new decimal(ulong.MaxValue),
            new decimal(ulong.MaxValue) + 1m, new decimal(ulong.MaxValue) / 1000m, new decimal(-1, -1, 0, false, 28),
            new decimal(-1, -1, 0, true, 19), new decimal(9, 0, 0, false, 28), 10m, 100.0m, 99999999999999999999m,
        };
        foreach (var value in values)
        {
            Assert.That(Numbers.Format(value), Is.EqualTo(value.ToString(s_invariant)), "scale " + value.Scale);
        }
    }

    [Test]
    public void Random_mantissas_at_every_scale_are_written_as_dotnet_writes_them()
    {
        var random = new Random(20261129);
        for (var i = 0; i < 200_000; i++)
        {
            var low = random.Next(4) == 0 ? random.Next(1000) : random.Next();
            var middle = random.Next(4) switch { 0 => 0, 1 => random.Next(16), _ => random.Next() };
            var high = random.Next(8) == 0 ? random.Next() : 0;
            var value = new decimal(low, middle, high, isNegative: random.Next(2) == 0, scale: (byte)random.Next(29));
            var expected = value.ToString(s_invariant);
            Assert.That(Numbers.Format(value), Is.EqualTo(expected), "mantissa " + low + "/" + middle + "/" + high + ", scale " + value.Scale);
        }
    }
}
