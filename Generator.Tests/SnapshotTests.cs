using System.Linq;
using DynamoGen.Generator.Tests.Infrastructure;
using NUnit.Framework;

namespace DynamoGen.Generator.Tests;

/// <summary>The generated code, as a user would read it, pinned by golden files in Snapshots/.</summary>
public sealed class SnapshotTests
{
    [Test]
    public void Class_with_composite_key()
        => Snapshot.Match(GenerateSingle(Sources.Order, "Shop.Order.g.cs"));

    [Test]
    public void Positional_record()
        => Snapshot.Match(GenerateSingle(Sources.PositionalRecord, "Shop.Customer.g.cs"));

    [Test]
    public void Nested_record_struct_with_a_property_named_Key()
        => Snapshot.Match(GenerateSingle(Sources.FlagWithKeyProperty, "Flags.Store.FlagItem.g.cs"));

    [Test]
    public void Json_reader_and_writer_of_a_class_with_composite_key()
        => Snapshot.Match(Generate(Sources.Order, "Shop.Order.g.cs").Json);

    [Test]
    public void Json_reader_and_writer_of_a_positional_record()
        => Snapshot.Match(Generate(Sources.PositionalRecord, "Shop.Customer.g.cs").Json);

    private static string GenerateSingle(string source, string fileName) => Generate(source, fileName).Mapping;

    private static (string Mapping, string Json) Generate(string source, string fileName)
    {
        var result = GeneratorHarness.Run(source);
        Assert.That(result.GeneratorException, Is.Null);
        Assert.That(result.Diagnostics, Is.Empty);
        Assert.That(result.Sources.Keys, Is.EquivalentTo(new[] { fileName, fileName.Replace(".g.cs", ".Json.g.cs") }));
        Assert.That(result.CompilationProblems.Select(d => d.ToString()), Is.Empty);
        return (result.Sources[fileName], result.Sources[fileName.Replace(".g.cs", ".Json.g.cs")]);
    }
}
