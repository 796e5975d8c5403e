using System;
using System.Globalization;
using Amazon.DynamoDBv2.Model;
using BenchmarkDotNet.Attributes;
using DynamoGen.Marshalling;

namespace DynamoGen.Benchmarks.Primitives;

/// <summary>
/// The cost of the lone-surrogate check on every string write: <c>Write.String</c> vs a bare
/// <c>new AttributeValue { S = ... }</c>, for a typical attribute and a long text (ASCII but for its last character).
/// Run with <c>--filter '*Primitive*'</c>.
/// </summary>
[MemoryDiagnoser]
public class PrimitiveStringCosts
{
    /// <summary>String length: a typical attribute, and a long text attribute.</summary>
    [Params(16, 1024)]
    public int Length { get; set; }

    private string _text = "";

    private string _german = "";

    [GlobalSetup]
    public void Setup()
    {
        _text = new string('a', Length - 1) + "é";
        _german = string.Concat(System.Linq.Enumerable.Repeat("Größenänderung ", (Length / 15) + 1))[..Length];
    }

    [Benchmark(Baseline = true)]
    public AttributeValue String_Bare() => new() { S = _text };

    [Benchmark]
    public AttributeValue String_DynamoGen_WithSurrogateCheck() => Write.String(_text);

    /// <summary>A long text that is not ASCII (German), which skips the ASCII fast path.</summary>
    [Benchmark]
    public AttributeValue String_DynamoGen_NonAscii() => Write.String(_german);
}

/// <summary>
/// DateTime text in both directions: DynamoGen vs .NET's "O" format (DynamoGen's format for UTC values) with the
/// styles people use, and vs the custom format string DynamoGen used before. Run with <c>--filter '*Primitive*'</c>.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkDotNet.Configs.BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class PrimitiveDateTimeCosts
{
    private static readonly DateTime s_when = new DateTime(2024, 1, 31, 13, 45, 0, DateTimeKind.Utc).AddTicks(1_234_567);
    private const string WhenText = "2024-01-31T13:45:00.1234567Z";
    private readonly AttributeValue _whenValue = new() { S = WhenText };

    [Benchmark(Baseline = true), BenchmarkCategory("DateTimeWrite")]
    public string DateTime_Write_O() => s_when.ToString("O", CultureInfo.InvariantCulture);

    [Benchmark, BenchmarkCategory("DateTimeWrite")]
    public string? DateTime_Write_O_AttributeValue() => new AttributeValue { S = s_when.ToString("O", CultureInfo.InvariantCulture) }.S;

    [Benchmark, BenchmarkCategory("DateTimeWrite")]
    public string DateTime_Write_CustomFormat() => s_when.ToString(DynamoFormats.DateTime, CultureInfo.InvariantCulture);

    [Benchmark, BenchmarkCategory("DateTimeWrite")]
    public string? DateTime_Write_DynamoGen() => Write.DateTime(s_when).S;

    [Benchmark(Baseline = true), BenchmarkCategory("DateTimeParse")]
    public DateTime DateTime_Parse_O_RoundtripKind() => DateTime.ParseExact(WhenText, "O", CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    [Benchmark, BenchmarkCategory("DateTimeParse")]
    public DateTime DateTime_Parse_O_NoStyles() => DateTime.ParseExact(WhenText, "O", CultureInfo.InvariantCulture, DateTimeStyles.None);

    [Benchmark, BenchmarkCategory("DateTimeParse")]
    public DateTime DateTime_Parse_CustomFormat()
        => DateTime.ParseExact(WhenText, DynamoFormats.DateTime, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);

    [Benchmark, BenchmarkCategory("DateTimeParse")]
    public DateTime DateTime_Parse_DynamoGen() => Parse.DateTime(_whenValue);

    [Benchmark, BenchmarkCategory("DateTimeParse")]
    public DateTime DateTime_Parse_DateTimeOffset_O() => DateTimeOffset.ParseExact(WhenText, "O", CultureInfo.InvariantCulture, DateTimeStyles.None).UtcDateTime;
}

/// <summary>
/// DateTimeOffset and DateOnly text: DynamoGen (its own writer and exact reader, IsoDates) vs .NET's "O" format and
/// its exact parse (what the best hand-written code uses; the write contestant allocates the AttributeValue too, as
/// DynamoGen's does), and vs the custom format strings and the general parser DynamoGen used before. Run with
/// <c>--filter '*PrimitiveOffsetDate*'</c>.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkDotNet.Configs.BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class PrimitiveOffsetDateCosts
{
    private static readonly DateTimeOffset s_when = new DateTimeOffset(2024, 3, 14, 9, 30, 0, TimeSpan.FromHours(2)).AddTicks(1_234_567);
    private static readonly DateOnly s_day = new(2024, 3, 14);
    private const string WhenText = "2024-03-14T09:30:00.1234567+02:00";
    private const string DayText = "2024-03-14";
    private readonly AttributeValue _whenValue = new() { S = WhenText };
    private readonly AttributeValue _dayValue = new() { S = DayText };

    [Benchmark(Baseline = true), BenchmarkCategory("DateTimeOffsetWrite")]
    public string DateTimeOffset_Write_Before_CustomFormat() => s_when.ToString(DynamoFormats.DateTimeOffset, CultureInfo.InvariantCulture);

    [Benchmark, BenchmarkCategory("DateTimeOffsetWrite")]
    public string? DateTimeOffset_Write_O() => new AttributeValue { S = s_when.ToString("O", CultureInfo.InvariantCulture) }.S;

    [Benchmark, BenchmarkCategory("DateTimeOffsetWrite")]
    public string? DateTimeOffset_Write_DynamoGen() => Write.DateTimeOffset(s_when).S;

    [Benchmark(Baseline = true), BenchmarkCategory("DateTimeOffsetParse")]
    public DateTimeOffset DateTimeOffset_Parse_Before_TryParse()
        => DateTimeOffset.TryParse(WhenText, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var result) ? result : default;

    [Benchmark, BenchmarkCategory("DateTimeOffsetParse")]
    public DateTimeOffset DateTimeOffset_Parse_O() => DateTimeOffset.ParseExact(WhenText, "O", CultureInfo.InvariantCulture, DateTimeStyles.None);

    [Benchmark, BenchmarkCategory("DateTimeOffsetParse")]
    public DateTimeOffset DateTimeOffset_Parse_DynamoGen() => Parse.DateTimeOffset(_whenValue);

    [Benchmark(Baseline = true), BenchmarkCategory("DateOnlyWrite")]
    public string DateOnly_Write_Before_CustomFormat() => s_day.ToString(DynamoFormats.DateOnly, CultureInfo.InvariantCulture);

    [Benchmark, BenchmarkCategory("DateOnlyWrite")]
    public string? DateOnly_Write_O() => new AttributeValue { S = s_day.ToString("O", CultureInfo.InvariantCulture) }.S;

    [Benchmark, BenchmarkCategory("DateOnlyWrite")]
    public string? DateOnly_Write_DynamoGen() => Write.DateOnly(s_day).S;

    [Benchmark(Baseline = true), BenchmarkCategory("DateOnlyParse")]
    public DateOnly DateOnly_Parse_Before_CustomFormat()
        => DateOnly.TryParseExact(DayText, DynamoFormats.DateOnly, CultureInfo.InvariantCulture, DateTimeStyles.None, out var result) ? result : default;

    [Benchmark, BenchmarkCategory("DateOnlyParse")]
    public DateOnly DateOnly_Parse_O() => DateOnly.ParseExact(DayText, "O", CultureInfo.InvariantCulture, DateTimeStyles.None);

    [Benchmark, BenchmarkCategory("DateOnlyParse")]
    public DateOnly DateOnly_Parse_DynamoGen() => Parse.DateOnly(_dayValue);
}

/// <summary>
/// Decimal text: .NET's invariant formatting (what DynamoGen used before, and what hand-written code uses) vs
/// <c>Numbers.Format(decimal)</c>, which writes the digits itself when the mantissa fits 64 bits (the same text; see
/// Runtime.Tests' DecimalTextTests). A price, a larger negative amount with three decimals, and a small fraction. Run with
/// <c>--filter '*PrimitiveDecimal*'</c>.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkDotNet.Configs.BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class PrimitiveDecimalCosts
{
    private static readonly decimal s_price = 179.90m;
    private static readonly decimal s_amount = -1234567.891m;
    private static readonly decimal s_fraction = 0.0005m;

    [Benchmark(Baseline = true), BenchmarkCategory("Price")]
    public string Price_DotNet() => s_price.ToString(CultureInfo.InvariantCulture);

    [Benchmark, BenchmarkCategory("Price")]
    public string Price_DynamoGen() => Numbers.Format(s_price);

    [Benchmark(Baseline = true), BenchmarkCategory("Amount")]
    public string Amount_DotNet() => s_amount.ToString(CultureInfo.InvariantCulture);

    [Benchmark, BenchmarkCategory("Amount")]
    public string Amount_DynamoGen() => Numbers.Format(s_amount);

    [Benchmark(Baseline = true), BenchmarkCategory("Fraction")]
    public string Fraction_DotNet() => s_fraction.ToString(CultureInfo.InvariantCulture);

    [Benchmark, BenchmarkCategory("Fraction")]
    public string Fraction_DynamoGen() => Numbers.Format(s_fraction);
}
