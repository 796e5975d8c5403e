using System;

namespace DynamoGen;

/// <summary>
/// Makes a property the sort key of a local secondary index: same partition key as the table, another sort key.
/// The generator emits a typed accessor, <c>T.Indexes.IndexName</c>.
/// </summary>
/// <example><code>[LocalIndex("ByTotal")] public decimal Total { get; init; }</code></example>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter | AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = true, Inherited = false)]
public sealed class LocalIndexAttribute : Attribute
{
    /// <summary>Makes the property the sort key of the local secondary index <paramref name="indexName"/>.</summary>
    /// <param name="indexName">The index name, as in DynamoDB.</param>
    public LocalIndexAttribute(string indexName)
    {
        IndexName = indexName;
    }

    /// <summary>The index name.</summary>
    public string IndexName { get; }

    /// <summary>Which attributes the index copies. Default <see cref="IndexProjection.All"/>.</summary>
    public IndexProjection Projection { get; set; }

    /// <summary>With <see cref="IndexProjection.Include"/>: the members (use <c>nameof</c>) the index copies besides the keys.</summary>
    public string[]? Include { get; set; }

    /// <summary>On the type: the sort key's text with <c>{Member}</c> placeholders.</summary>
    public string? Template { get; set; }

    /// <summary>The stored attribute's name for a <see cref="Template"/> key (required with a template).</summary>
    public string? AttributeName { get; set; }
}
