namespace DynamoGen.Generator.Model;

/// <summary>What the parser made of one annotated type: a model to emit (when the type is valid) and diagnostics.</summary>
internal sealed record ParseResult(TableModel? Model, EquatableArray<DiagnosticInfo> Diagnostics);
