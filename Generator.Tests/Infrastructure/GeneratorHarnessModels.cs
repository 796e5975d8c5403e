using System.Linq;
using DynamoGen.Generator.Model;
using Microsoft.CodeAnalysis;

namespace DynamoGen.Generator.Tests.Infrastructure;

/// <summary>Reads the models the pipeline produced, from the tracked step outputs.</summary>
internal static class GeneratorHarnessModels
{
    public static TableModel Parse(string source)
    {
        var driver = GeneratorHarness.Driver().RunGenerators(GeneratorHarness.Compilation(source));
        return driver.GetRunResult().Results.Single().TrackedSteps[TrackingNames.Models]
            .SelectMany(s => s.Outputs)
            .Select(o => o.Value)
            .OfType<TableModel>()
            .Single();
    }
}
