using System;
using System.Globalization;
using Amazon.DynamoDBv2.Model;
using BenchmarkDotNet.Attributes;
using DynamoGen.Marshalling;

namespace DynamoGen.Benchmarks.Primitives;

/// <summary>
/// The cost of single checks and formats on the hot path, to decide what is worth optimizing:
/// the lone-surrogate check on every string write (<c>Write.String</c> vs a bare <c>new AttributeValue { S = ... }</c>),
/// and DateTime text in both directions (DynamoGen vs .NET's "O" format, which is DynamoGen's format for UTC values).
/// Run with <c>--filter '*PrimitiveCosts*'</c>.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkDotNet.Configs.BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class PrimitiveCosts
{
    private static readonly DateTime s_when = new DateTime(2024, 1, 31, 13, 45, 0, DateTimeKind.Utc).AddTicks(1_234_567);
    private const string WhenText = "2024-01-31T13:45:00.1234567Z";

    /// <summary>String length: a typical attribute, and a long text attribute.</summary>
    [Params(16, 1024)]
    public int Length { get; set; }

    private string _text = "";

    [GlobalSetup]
    public void Setup() => _text = new string('a', Length - 1) + "é";

    [Benchmark(Baseline = true), BenchmarkCategory("String")]
    public AttributeValue String_Bare() => new() { S = _text };

    [Benchmark, BenchmarkCategory("String")]
    public AttributeValue String_DynamoGen_WithSurrogateCheck() => Write.String(_text);

    [Benchmark(Baseline = true), BenchmarkCategory("DateTimeWrite")]
    public string DateTime_Write_O() => s_when.ToString("O", CultureInfo.InvariantCulture);

    [Benchmark, BenchmarkCategory("DateTimeWrite")]
    public string DateTime_Write_CustomFormat() => s_when.ToString(DynamoFormats.DateTime, CultureInfo.InvariantCulture);

    [Benchmark, BenchmarkCategory("DateTimeWrite")]
    public string? DateTime_Write_DynamoGen() => Write.DateTime(s_when).S;

    [Benchmark(Baseline = true), BenchmarkCategory("DateTimeParse")]
    public DateTime DateTime_Parse_O() => DateTime.ParseExact(WhenText, "O", CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    [Benchmark, BenchmarkCategory("DateTimeParse")]
    public DateTime DateTime_Parse_O_NoStyles() => DateTime.ParseExact(WhenText, "O", CultureInfo.InvariantCulture, DateTimeStyles.None);

    [Benchmark, BenchmarkCategory("DateTimeParse")]
    public DateTime DateTime_Parse_CustomFormat()
        => DateTime.ParseExact(WhenText, DynamoFormats.DateTime, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);

    [Benchmark, BenchmarkCategory("DateTimeParse")]
    public DateTime DateTime_Parse_DynamoGen() => Parse.DateTime(new AttributeValue { S = WhenText });
}
