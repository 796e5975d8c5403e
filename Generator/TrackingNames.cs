namespace DynamoGen.Generator;

/// <summary>Names of the pipeline steps, used by the incremental-caching tests.</summary>
internal static class TrackingNames
{
    public const string ParseTables = nameof(ParseTables);
    public const string TableModels = nameof(TableModels);
    public const string TableDiagnostics = nameof(TableDiagnostics);
}
