using System.Linq;
using DynamoGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NUnit.Framework;

namespace DynamoGen.Generator.Tests;

/// <summary>The pipeline caches: an unrelated edit re-does nothing, an edit of the model re-does only that type.</summary>
public sealed class IncrementalTests
{
    private static readonly string[] s_trackedSteps = { TrackingNames.ParseTables, TrackingNames.Models, TrackingNames.Diagnostics };

    [Test]
    public void An_unrelated_edit_leaves_every_tracked_step_cached_or_unchanged()
    {
        var compilation = GeneratorHarness.Compilation(Sources.Order, Sources.Unrelated);
        var driver = GeneratorHarness.Driver().RunGenerators(compilation);

        var edited = compilation.ReplaceSyntaxTree(
            compilation.SyntaxTrees.Last(),
            CSharpSyntaxTree.ParseText(Sources.Unrelated.Replace("x * 2", "x + x"), GeneratorHarness.ParseOptions, path: compilation.SyntaxTrees.Last().FilePath));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        foreach (var step in s_trackedSteps)
        {
            Assert.That(result.TrackedSteps.ContainsKey(step), Is.True, $"step {step} is not tracked");
            var reasons = result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
            Assert.That(reasons, Is.Not.Empty, step);
            Assert.That(reasons, Is.All.AnyOf(IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged), step);
        }

    }

    [Test]
    public void Editing_the_annotated_type_produces_a_modified_model()
    {
        var compilation = GeneratorHarness.Compilation(Sources.Order, Sources.Unrelated);
        var driver = GeneratorHarness.Driver().RunGenerators(compilation);

        var first = compilation.SyntaxTrees.First();
        var edited = compilation.ReplaceSyntaxTree(
            first,
            CSharpSyntaxTree.ParseText(Sources.Order.Replace("public int Quantity", "public long Quantity"), GeneratorHarness.ParseOptions, path: first.FilePath));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        var reasons = result.TrackedSteps[TrackingNames.Models].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.That(reasons, Does.Contain(IncrementalStepRunReason.Modified));
        Assert.That(result.GeneratedSources.Single(s => s.HintName == "Shop.Order.g.cs").SourceText.ToString(), Does.Contain("writer.Int64(\"Quantity\", \"Quantity\", this.Quantity)"));
    }
}
