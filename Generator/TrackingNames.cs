namespace DynamoGen.Generator;

/// <summary>Names of the pipeline steps, used by the incremental-caching tests.</summary>
internal static class TrackingNames
{
    public const string ParseTables = nameof(ParseTables);
    public const string ParseItems = nameof(ParseItems);
    public const string Models = nameof(Models);
    public const string Diagnostics = nameof(Diagnostics);
    public const string SharedTables = nameof(SharedTables);
}
