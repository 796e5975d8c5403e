using System.Linq;
using DynamoGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using NUnit.Framework;

namespace DynamoGen.Generator.Tests;

/// <summary>
/// The generator runs on every keystroke, mostly over code that does not compile yet. It must never throw, and what it
/// generates must never add errors of its own.
/// </summary>
public sealed class RobustnessTests
{
    private static readonly string[] s_corpus =
    {
        "[DynamoTable] public partial class",
        "[DynamoTable] public partial class A {",
        "[DynamoTable] public partial class A { [PartitionKey] public string Id { get; set; }",
        "[DynamoTable] public partial class A { [PartitionKey] public Missing Id { get; set; } }",
        "[DynamoTable] public partial class A { [PartitionKey] public string Id { get; set; } public Missing Other { get; set; } }",
        "[DynamoTable(42)] public partial class A { [PartitionKey] public string Id { get; set; } = \"\"; }",
        "[DynamoTable(null)] public partial class A { [PartitionKey] public string Id { get; set; } = \"\"; }",
        "[DynamoTable] public partial class A { [PartitionKey] public string Id { get; set; } = \"\"; [DynamoName] public int X { get; set; } }",
        "[DynamoTable] public partial class A { [PartitionKey] public string Id { get; set; } = \"\"; [DynamoName(null)] public int X { get; set; } }",
        "[DynamoTable] public partial interface I { [PartitionKey] string Id { get; set; } }",
        "[DynamoTable] public partial enum E { A }",
        "[DynamoTable] public partial class A : Missing { [PartitionKey] public string Id { get; set; } = \"\"; }",
        "[DynamoTable] public partial class A { [PartitionKey] public string Id { get; set; } = \"\"; public A(int unknown) { } }",
        "[DynamoTable] public partial record R([property: PartitionKey] string Id, Missing M);",
        "[DynamoTable] public partial record R([property: PartitionKey] string Id, int Id);",
        "[DynamoTable] public partial class A { [PartitionKey] public string this[int i] => \"\"; }",
        "[DynamoTable] public static partial class S { }",
        "[DynamoTable] public partial class A { [PartitionKey] public static string Id { get; set; } = \"\"; }",
        "[DynamoTable] public partial class A { [PartitionKey] private string Id { get; set; } = \"\"; }",
        "[DynamoTable] public partial class A { [PartitionKey, SortKey] public string Id { get; set; } = \"\"; }",
        "[DynamoTable] [DynamoTable] public partial class A { [PartitionKey] public string Id { get; set; } = \"\"; }",
        "[DynamoTable] public partial class A { [PartitionKey] public string Id { set { } } }",
        "[DynamoTable] public partial class A { [PartitionKey] public string Id { get; set; } = \"\"; public string Key() => \"\"; public string PrimaryKey => \"\"; }",
        "[DynamoTable] public partial class A { [PartitionKey] public string Id { get; set; } = \"\"; [DynamoIgnore] public required string R { get; init; } }",
        "[DynamoTable] public partial class A { [PartitionKey] public string Id { get; set; } = \"\"; public System.Collections.Generic.List<Missing> L { get; set; } = new(); }",
        "[DynamoTable] public partial class A { [PartitionKey] public string Id { get; set; } = \"\"; [DynamoConverter(typeof(Missing))] public int X { get; set; } }",
        "[DynamoTable] public partial class A { [PartitionKey] public string Id { get; set; } = \"\"; [DynamoJson(typeof(int))] public int X { get; set; } }",
        "[DynamoItem] public partial class N { public N? Self { get; set; } public System.Collections.Generic.Dictionary<string, N[]>? Many { get; set; } }",
        "[DynamoTable] public partial record R([property: PartitionKey] string Id = \"x\", decimal D = 1.5m, System.DayOfWeek W = System.DayOfWeek.Friday);",
        "[DynamoTable] partial class A { [PartitionKey] public string Id { get; set; } = \"\"; } partial class A { public int More { get; set; } }",
    };

    [TestCaseSource(nameof(s_corpus))]
    public void Malformed_declarations_never_throw_and_generated_code_adds_no_errors(string declaration)
    {
        var source = "using DynamoGen;\n" + declaration;

        var result = GeneratorHarness.Run(source);
        var before = GeneratorHarness.Compilation(source).GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Id).ToHashSet();
        var generatedErrors = result.Output.GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error && d.Location.SourceTree?.FilePath.EndsWith(".g.cs", System.StringComparison.Ordinal) == true)
            .ToList();

        Assert.That(result.GeneratorException, Is.Null);
        Assert.That(result.Diagnostics.Select(d => d.Id), Has.None.EqualTo("DYNAMO999"), "internal error reported");
        Assert.That(generatedErrors.Select(d => d.ToString()), Is.Empty, "generated code must not add errors (the user's own errors were: " + string.Join(", ", before) + ")");
    }
}
