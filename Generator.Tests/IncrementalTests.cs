using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DynamoGen.Generator.Model;
using DynamoGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NUnit.Framework;

namespace DynamoGen.Generator.Tests;

/// <summary>
/// The pipeline caches: an unrelated edit re-does nothing, a comment, whitespace or an edit elsewhere in an annotated
/// type's file regenerates no source, and an edit of one member regenerates only that type's file (the cases
/// Mapperly's IncrementalGeneratorTest covers). Diagnostics still point at the right place after every edit.
/// </summary>
public sealed class IncrementalTests
{
    private static readonly string[] s_trackedSteps = { TrackingNames.ReadTables, TrackingNames.ParseTables, TrackingNames.Models, TrackingNames.Diagnostics };

    [Test]
    public void An_unrelated_edit_leaves_every_tracked_step_cached_or_unchanged()
    {
        var compilation = GeneratorHarness.Compilation(Sources.Order, Sources.Unrelated);
        var driver = GeneratorHarness.Driver().RunGenerators(compilation);

        var result = Rerun(driver, compilation, 1, Sources.Unrelated.Replace("x * 2", "x + x"));

        foreach (var step in s_trackedSteps)
        {
            Assert.That(result.TrackedSteps.ContainsKey(step), Is.True, $"step {step} is not tracked");
            var reasons = result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
            Assert.That(reasons, Is.Not.Empty, step);
            Assert.That(reasons, Is.All.AnyOf(IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged), step);
        }

        Assert.That(RegeneratedFiles(result), Is.Empty);
    }

    [Test]
    public void An_unrelated_edit_rereads_the_facts_but_skips_building_the_models()
    {
        var (driver, compilation) = RunOnManyTypes();

        var result = Rerun(driver, compilation, 2, Sources.Unrelated.Replace("x * 2", "x + x"));

        // The transform runs on every compilation and finds the same facts; the step that builds models and
        // diagnostics from them is not run at all.
        var read = result.TrackedSteps[TrackingNames.ReadTables].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.That(read, Has.Count.EqualTo(6));
        Assert.That(read, Is.All.EqualTo(IncrementalStepRunReason.Unchanged));
        var parse = result.TrackedSteps[TrackingNames.ParseTables].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.That(parse, Has.Count.EqualTo(6));
        Assert.That(parse, Is.All.EqualTo(IncrementalStepRunReason.Cached));
        Assert.That(RegeneratedFiles(result), Is.Empty);
    }

    [Test]
    public void A_member_edit_rebuilds_only_that_types_model()
    {
        var (driver, compilation) = RunOnManyTypes();

        var result = Rerun(driver, compilation, 0, ManyTypes().Replace("public int Quantity2 {", "public long Quantity2 {"));

        // Order2's facts change and its model is rebuilt; Order3 and Order4 moved, so their facts (locations) change,
        // their models are rebuilt and found equal; the others are not rebuilt.
        var parse = result.TrackedSteps[TrackingNames.ParseTables].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.That(parse.Count(r => r == IncrementalStepRunReason.Modified), Is.EqualTo(3));
        Assert.That(parse.Count(r => r == IncrementalStepRunReason.Cached), Is.EqualTo(3));
        var models = result.TrackedSteps[TrackingNames.Models].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.That(models.Count(r => r == IncrementalStepRunReason.Modified), Is.EqualTo(1));
    }

    [Test]
    public void Editing_the_annotated_type_produces_a_modified_model()
    {
        var compilation = GeneratorHarness.Compilation(Sources.Order, Sources.Unrelated);
        var driver = GeneratorHarness.Driver().RunGenerators(compilation);

        var result = Rerun(driver, compilation, 0, Sources.Order.Replace("public int Quantity", "public long Quantity"));

        var reasons = result.TrackedSteps[TrackingNames.Models].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.That(reasons, Does.Contain(IncrementalStepRunReason.Modified));
        Assert.That(RegeneratedFiles(result), Is.EqualTo(new[] { "Shop.Order.g.cs" }));
        Assert.That(result.GeneratedSources.Single(s => s.HintName == "Shop.Order.g.cs").SourceText.ToString(), Does.Contain("writer.Int64(\"Quantity\", \"Quantity\", this.Quantity)"));
    }

    [Test]
    public void A_comment_above_the_types_regenerates_no_source()
    {
        var (driver, compilation) = RunOnManyTypes();

        var result = Rerun(driver, compilation, 0, ManyTypes().Replace("namespace Shop;", "namespace Shop;\n\n// A comment that moves every type down a line.\n"));

        Assert.That(RegeneratedFiles(result), Is.Empty);
        AssertModelsNotModified(result);
    }

    [Test]
    public void A_whitespace_edit_regenerates_no_source()
    {
        var (driver, compilation) = RunOnManyTypes();

        var result = Rerun(driver, compilation, 0, ManyTypes().Replace("    public int Quantity0 { get; set; }", "    public   int   Quantity0 {   get; set;   }\n\n"));

        Assert.That(RegeneratedFiles(result), Is.Empty);
        AssertModelsNotModified(result);
    }

    [Test]
    public void An_edit_of_other_code_in_the_same_file_regenerates_no_source()
    {
        var (driver, compilation) = RunOnManyTypes();

        // The helper class is declared above the annotated types, so the edit moves all of them.
        var result = Rerun(driver, compilation, 0, ManyTypes().Replace("=> x * 2;", "=> checked(x + x + 0);"));

        Assert.That(RegeneratedFiles(result), Is.Empty);
        AssertModelsNotModified(result);
    }

    [Test]
    public void Changing_one_member_of_one_of_many_types_regenerates_only_that_types_file()
    {
        var (driver, compilation) = RunOnManyTypes();

        // Order2 is in the middle of the file: the types declared after it move, and must still not be regenerated.
        var result = Rerun(driver, compilation, 0, ManyTypes().Replace("public int Quantity2 {", "public long Quantity2 {"));

        Assert.That(RegeneratedFiles(result), Is.EqualTo(new[] { "Shop.Order2.g.cs" }));
        var source = result.GeneratedSources.Single(s => s.HintName == "Shop.Order2.g.cs").SourceText.ToString();
        Assert.That(source, Does.Contain("writer.Int64(\"Quantity2\", \"Quantity2\", this.Quantity2)"));
    }

    [Test]
    public void Adding_a_type_generates_only_its_file()
    {
        var (driver, compilation) = RunOnManyTypes();

        var result = Rerun(driver, compilation, 0, ManyTypes() + "\n[DynamoTable(\"extra\")]\npublic partial class Extra { [PartitionKey] public required string Id { get; init; } }\n");

        Assert.That(RegeneratedFiles(result), Is.EqualTo(new[] { "Shop.Extra.g.cs" }));
        Assert.That(result.GeneratedSources.Select(s => s.HintName), Has.Member("Shop.Order0.g.cs"));
    }

    [Test]
    public void A_diagnostic_follows_its_type_when_an_edit_above_moves_it()
    {
        var source = "using DynamoGen;\n\nnamespace Shop;\n\n[DynamoTable] public partial class Item { [PartitionKey] public string Id { get; set; } = \"\"; [DynamoIgnore] public required string Secret { get; init; } }\n";
        var compilation = GeneratorHarness.Compilation(source);
        var driver = GeneratorHarness.Driver().RunGenerators(compilation);

        var edited = "// a new first line\n" + source;
        var result = Rerun(driver, compilation, 0, edited);

        var diagnostic = result.Diagnostics.Single();
        Assert.That(diagnostic.Id, Is.EqualTo("DYNAMO015"));
        Assert.That(diagnostic.Location.SourceSpan.Start, Is.EqualTo(edited.IndexOf("Secret", System.StringComparison.Ordinal)));
        Assert.That(RegeneratedFiles(result), Is.Empty, "the warning moves, the generated code does not change");
    }

    [Test]
    public void A_diagnostic_across_types_follows_its_type_when_an_edit_above_moves_it()
    {
        const string Types = """
            using DynamoGen;

            namespace Shop;

            [DynamoTable("shop"), PartitionKey(Template = "C#{Id}"), SortKey(Template = "X#{Id}")]
            public partial class Customer { public required string Id { get; init; } }

            [DynamoTable("shop"), PartitionKey(Template = "C#{Id}"), SortKey(Template = "X#{Id}")]
            public partial class Order { public required string Id { get; init; } }
            """;
        var compilation = GeneratorHarness.Compilation(Types);
        var driver = GeneratorHarness.Driver().RunGenerators(compilation);

        var edited = Types.Replace("namespace Shop;", "namespace Shop;\n\n// a comment above both types\n");
        var result = Rerun(driver, compilation, 0, edited);

        var diagnostic = result.Diagnostics.Single();
        Assert.That(diagnostic.Id, Is.EqualTo("DYNAMO018"));
        Assert.That(diagnostic.Location.SourceTree!.GetText().ToString(diagnostic.Location.SourceSpan), Is.EqualTo("Order"));
        Assert.That(diagnostic.Location.SourceSpan.Start, Is.EqualTo(edited.IndexOf("class Order", System.StringComparison.Ordinal) + "class ".Length));
        Assert.That(RegeneratedFiles(result), Is.Empty);
    }

    /// <summary>Five table types in one file, with a plain helper class above them.</summary>
    private static string ManyTypes()
    {
        var text = new System.Text.StringBuilder("using DynamoGen;\n\nnamespace Shop;\n\npublic static class Helper\n{\n    public static int Twice(int x) => x * 2;\n}\n");
        for (var i = 0; i < 5; i++)
        {
            var n = i.ToString(CultureInfo.InvariantCulture);
            text.Append("\n[DynamoTable(\"orders").Append(n).Append("\")]\npublic partial class Order").Append(n).Append("\n{\n")
                .Append("    [PartitionKey]\n    public required string CustomerId { get; init; }\n\n")
                .Append("    public int Quantity").Append(n).Append(" { get; set; }\n\n")
                .Append("    public string? Note { get; set; }\n}\n");
        }

        return text.ToString();
    }

    private static (GeneratorDriver Driver, Compilation Compilation) RunOnManyTypes()
    {
        var compilation = GeneratorHarness.Compilation(ManyTypes(), Sources.Order, Sources.Unrelated);
        var driver = GeneratorHarness.Driver().RunGenerators(compilation);
        var files = driver.GetRunResult().Results.Single().GeneratedSources.Select(s => s.HintName);
        Assert.That(files, Is.SupersetOf(new[] { "Shop.Order.g.cs", "Shop.Order0.g.cs", "Shop.Order1.g.cs", "Shop.Order2.g.cs", "Shop.Order3.g.cs", "Shop.Order4.g.cs" }));
        Assert.That(driver.GetRunResult().Diagnostics, Is.Empty);
        return (driver, compilation);
    }

    private static GeneratorRunResult Rerun(GeneratorDriver driver, Compilation compilation, int tree, string newText)
    {
        var old = compilation.SyntaxTrees.ElementAt(tree);
        var edited = compilation.ReplaceSyntaxTree(old, CSharpSyntaxTree.ParseText(newText, GeneratorHarness.ParseOptions, path: old.FilePath));
        return driver.RunGenerators(edited).GetRunResult().Results.Single();
    }

    /// <summary>The files whose emit step ran again: the inputs of source outputs that were re-run (New or Modified).</summary>
    private static List<string> RegeneratedFiles(GeneratorRunResult result)
    {
        var files = new List<string>();
        foreach (var step in result.TrackedOutputSteps[WellKnownGeneratorOutputs.SourceOutput])
        {
            if (!step.Outputs.Any(o => o.Reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified))
            {
                continue;
            }

            foreach (var (input, index) in step.Inputs)
            {
                if (input.Outputs[index].Value is TableModel model)
                {
                    files.Add(model.HintName);
                }
            }
        }

        files.Sort(System.StringComparer.Ordinal);
        return files;
    }

    private static void AssertModelsNotModified(GeneratorRunResult result)
    {
        var reasons = result.TrackedSteps[TrackingNames.Models].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.That(reasons, Is.Not.Empty);
        Assert.That(reasons, Is.All.AnyOf(IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged));
    }
}
