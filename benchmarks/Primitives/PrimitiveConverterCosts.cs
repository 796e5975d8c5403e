using System.Collections.Generic;
using Amazon.DynamoDBv2.Model;
using BenchmarkDotNet.Attributes;
using DynamoGen.Marshalling;

namespace DynamoGen.Benchmarks.Primitives;

/// <summary>
/// The cost of one member read (the value already found) the ways generated code can call it: a delegate (what DynamoGen generated before),
/// a converter struct as a type argument (<c>As.*</c>), and the bare hand-written read. Run with
/// <c>--filter '*PrimitiveConverter*'</c>.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkDotNet.Configs.BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class PrimitiveConverterCosts
{
    private static readonly ItemMapping s_mapping = new("Bench", "Id");
    private readonly Dictionary<string, AttributeValue> _item = new()
    {
        ["Id"] = new AttributeValue { S = "id-1" },
        ["Tags"] = new AttributeValue { L = [new() { S = "electronics" }, new() { S = "keyboards" }, new() { S = "gift" }] },
        ["Quantity"] = new AttributeValue { N = "3" },
    };

    [Benchmark(Baseline = true), BenchmarkCategory("StringList")]
    public List<string> StringList_HandWritten()
    {
        var source = _item["Tags"].L;
        var list = new List<string>(source.Count);
        foreach (var value in source)
        {
            list.Add(value.S);
        }

        return list;
    }

    [Benchmark, BenchmarkCategory("StringList")]
    public List<string> StringList_Delegates()
        => new ItemReader(_item, s_mapping).Value<List<string>>(_item["Tags"], "Tags", "Tags", static v0 => Parse.List(v0, Parse.String));

    [Benchmark, BenchmarkCategory("StringList")]
    public List<string> StringList_ElementConverter()
        => new ItemReader(_item, s_mapping).Value<List<string>>(_item["Tags"], "Tags", "Tags", static v0 => Parse.List<string, As.String>(v0));

    [Benchmark, BenchmarkCategory("StringList")]
    public List<string> StringList_ListConverter()
        => new ItemReader(_item, s_mapping).Value<List<string>, As.List<string, As.String>>(_item["Tags"], "Tags", "Tags");

    /// <summary>The element loop alone, with no reader around it.</summary>
    [Benchmark, BenchmarkCategory("StringList")]
    public List<string> StringList_BareElementConverter() => Parse.List<string, As.String>(_item["Tags"]);

    /// <summary>What DynamoGen generates now for a List&lt;string&gt; member: the exact-typed <c>As.StringList</c>.</summary>
    [Benchmark, BenchmarkCategory("StringList")]
    public List<string> StringList_StringListConverter()
        => new ItemReader(_item, s_mapping).Value<List<string>, As.StringList>(_item["Tags"], "Tags", "Tags");

    /// <summary>A converter struct that is not generic: the reader's code for it is not shared with other instantiations.</summary>
    [Benchmark, BenchmarkCategory("StringList")]
    public List<string> StringList_ExactListConverter()
        => new ItemReader(_item, s_mapping).Value<List<string>, StringListConverter>(_item["Tags"], "Tags", "Tags");

    private readonly struct StringListConverter : IAttributeConverter<List<string>>
    {
        public static AttributeValue Write(List<string> value) => DynamoGen.Marshalling.Write.List<string, As.String>(value);

        public static List<string> Read(AttributeValue value) => Parse.List<string, As.String>(value);
    }

    [Benchmark(Baseline = true), BenchmarkCategory("OptionalInt32")]
    public int OptionalInt32_HandWritten() => int.Parse(_item["Quantity"].N, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture);

    [Benchmark, BenchmarkCategory("OptionalInt32")]
    public int OptionalInt32_Delegate() => new ItemReader(_item, s_mapping).Value<int>(_item["Quantity"], "Quantity", "Quantity", Parse.Int32, 0);

    [Benchmark, BenchmarkCategory("OptionalInt32")]
    public int OptionalInt32_Reader() => new ItemReader(_item, s_mapping).Int32(_item["Quantity"], "Quantity", "Quantity", 0);
}
