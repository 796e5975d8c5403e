using DynamoGen.Generator.Diagnostics;

namespace DynamoGen.Generator.Model;

/// <summary>
/// What the parser made of one annotated type. The pipeline splits it at once: <see cref="Model"/> (no locations) feeds
/// the emitter, <see cref="Diagnostics"/> and <see cref="Keys"/> (with locations) feed the diagnostics steps, so an edit
/// that only moves a type re-reports its diagnostics without regenerating its source.
/// </summary>
/// <param name="Model">The model to emit; null when the type has errors.</param>
/// <param name="Diagnostics">The type's own diagnostics, errors and warnings.</param>
/// <param name="Keys">For a valid table type: what the check across table types compares, and where to report.</param>
internal sealed record ParseResult(TableModel? Model, EquatableArray<DiagnosticInfo> Diagnostics, TableKeys? Keys);

/// <summary>A table type's keys as the check across types (<c>SharedTableCheck</c>) sees them.</summary>
/// <param name="TableName">The table.</param>
/// <param name="DisplayName">The type, for messages.</param>
/// <param name="PartitionKey">The table's partition key.</param>
/// <param name="SortKey">The table's sort key, if any.</param>
/// <param name="Location">The type's name in its declaration, where a collision is reported.</param>
internal sealed record TableKeys(string TableName, string DisplayName, KeyModel PartitionKey, KeyModel? SortKey, SourceLocation? Location);
