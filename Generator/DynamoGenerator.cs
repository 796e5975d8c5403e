using DynamoGen.Generator.Diagnostics;
using DynamoGen.Generator.Emit;
using DynamoGen.Generator.Model;
using DynamoGen.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DynamoGen.Generator;

/// <summary>
/// The DynamoGen incremental generator. This file only wires the pipeline: for each <c>[DynamoTable]</c> and
/// <c>[DynamoItem]</c> type, <see cref="FactReader"/> (the transform, which runs on every compilation) reads the
/// symbols into equatable <see cref="TypeFacts"/>; <see cref="TypeParser"/> (a step Roslyn caches while the facts are
/// equal) builds the <see cref="TableModel"/> and the diagnostics from them; <see cref="ItemEmitter"/> writes the
/// model, and diagnostics are reported from their own step.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class DynamoGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var tables = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                "DynamoGen.DynamoTableAttribute",
                static (node, _) => node is TypeDeclarationSyntax,
                static (ctx, ct) => FactReader.Read(ctx, isTable: true, ct))
            .WithTrackingName(TrackingNames.ReadTables)
            .Select(static (facts, ct) => TypeParser.Parse(facts, ct))
            .WithTrackingName(TrackingNames.ParseTables);

        var items = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                "DynamoGen.DynamoItemAttribute",
                static (node, _) => node is TypeDeclarationSyntax,
                static (ctx, ct) => FactReader.Read(ctx, isTable: false, ct))
            .WithTrackingName(TrackingNames.ReadItems)
            .Select(static (facts, ct) => TypeParser.Parse(facts, ct))
            .WithTrackingName(TrackingNames.ParseItems);

        Register(context, tables);
        Register(context, items);

        // Entity types that share a table must not build keys of the same shape: the only check across types. It reads
        // the keys and locations of the parse results, never the models, so moving a type does not regenerate it.
        var sharedTables = tables
            .Select(static (result, _) => result.Keys)
            .Collect()
            .Select(static (models, _) => SharedTableCheck.Check(models))
            .WithTrackingName(TrackingNames.SharedTables);
        context.RegisterSourceOutput(sharedTables.Combine(context.CompilationProvider), static (output, pair) =>
        {
            foreach (var diagnostic in pair.Left)
            {
                output.ReportDiagnostic(diagnostic.ToDiagnostic(pair.Right));
            }
        });
    }

    private static void Register(IncrementalGeneratorInitializationContext context, IncrementalValuesProvider<ParseResult> results)
    {
        var models = results
            .Select(static (result, _) => result.Model)
            .WithTrackingName(TrackingNames.Models);

        var diagnostics = results
            .Select(static (result, _) => result.Diagnostics)
            .WithTrackingName(TrackingNames.Diagnostics);

        context.RegisterSourceOutput(models, static (output, model) =>
        {
            if (model is not null)
            {
                output.AddSource(model.HintName, ItemEmitter.Emit(model));
                output.AddSource(JsonEmitter.HintName(model), JsonEmitter.Emit(model));
            }
        });

        // Diagnostics are turned back into source locations against the current compilation, so that
        // '#pragma warning disable' and .editorconfig severities apply to them. Only this cheap step re-runs on
        // each edit; the models and the emitted source stay cached.
        context.RegisterSourceOutput(diagnostics.Combine(context.CompilationProvider), static (output, pair) =>
        {
            foreach (var diagnostic in pair.Left)
            {
                output.ReportDiagnostic(diagnostic.ToDiagnostic(pair.Right));
            }
        });
    }
}
