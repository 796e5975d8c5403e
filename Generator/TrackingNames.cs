namespace DynamoGen.Generator;

/// <summary>Names of the pipeline steps, used by the incremental-caching tests and the generator benchmark.</summary>
internal static class TrackingNames
{
    /// <summary>The transforms: symbols read into facts, on every compilation.</summary>
    public const string ReadTables = nameof(ReadTables);
    public const string ReadItems = nameof(ReadItems);

    /// <summary>Facts turned into models and diagnostics: cached while the facts are equal.</summary>
    public const string ParseTables = nameof(ParseTables);
    public const string ParseItems = nameof(ParseItems);

    public const string Models = nameof(Models);
    public const string Diagnostics = nameof(Diagnostics);
    public const string SharedTables = nameof(SharedTables);
}
