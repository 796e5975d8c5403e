using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DynamoGen.Benchmarks.GeneratorCost;

/// <summary>
/// The floor contestant of the generator benchmark: the least any generator that maps these types must do. It enters
/// by the same attribute, reads every member's type and attributes (which makes Roslyn bind them, the work that
/// cannot be cached across compilations), keeps an equatable summary and writes one tiny file per type. DynamoGen's
/// re-run after an unrelated edit is measured against this one's. (No [Generator] attribute: the benchmark drives it
/// directly, and no build should load it.)
/// </summary>
public sealed class FloorGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var types = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                "DynamoGen.DynamoTableAttribute",
                static (node, _) => node is TypeDeclarationSyntax,
                static (ctx, _) => Read((INamedTypeSymbol)ctx.TargetSymbol))
            .WithTrackingName("Floor");

        context.RegisterSourceOutput(types, static (output, summary) => output.AddSource(summary.Name + ".g.cs", "// " + summary.Members));
    }

    /// <summary>The type's name and, for every property, its name, its type's name and its attributes' names.</summary>
    private static Summary Read(INamedTypeSymbol type)
    {
        var members = new StringBuilder();
        foreach (var member in type.GetMembers())
        {
            if (member is not IPropertySymbol property)
            {
                continue;
            }

            members.Append(property.Name).Append(':').Append(property.Type.Name).Append(property.NullableAnnotation == NullableAnnotation.Annotated ? "?" : string.Empty);
            foreach (var attribute in property.GetAttributes())
            {
                members.Append(" [").Append(attribute.AttributeClass?.Name).Append(']');
            }

            members.Append(';');
        }

        foreach (var attribute in type.GetAttributes())
        {
            members.Append(" [").Append(attribute.AttributeClass?.Name).Append(']');
        }

        return new Summary(type.Name, members.ToString());
    }

    private sealed record Summary(string Name, string Members);
}
