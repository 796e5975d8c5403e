using System;

namespace DynamoGen;

/// <summary>
/// Puts a property in a global secondary index: by default as the index's partition key, with
/// <see cref="IsSortKey"/> as its sort key. A property may be in several indexes. The generator emits a typed accessor,
/// <c>T.Indexes.IndexName</c>, that queries take. On the type, with a <see cref="Template"/>, the index key is a
/// computed attribute built from members (single-table design).
/// </summary>
/// <example>
/// <code>
/// [GlobalIndex("AppKeyIndex")] public required string AppKey { get; init; }
/// [GlobalIndex("StatusIndex"), GlobalIndex("ByStatusAndDate", Projection = IndexProjection.KeysOnly)] public string Status { get; init; }
/// [GlobalIndex("ByStatusAndDate", IsSortKey = true)] public DateTime CreatedAt { get; init; }
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter | AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = true, Inherited = false)]
public sealed class GlobalIndexAttribute : Attribute
{
    /// <summary>Puts the property in the global secondary index <paramref name="indexName"/>.</summary>
    /// <param name="indexName">The index name, as in DynamoDB.</param>
    public GlobalIndexAttribute(string indexName)
    {
        IndexName = indexName;
    }

    /// <summary>The index name.</summary>
    public string IndexName { get; }

    /// <summary>The property is the index's sort key (otherwise its partition key).</summary>
    public bool IsSortKey { get; set; }

    /// <summary>Which attributes the index copies; set it on one of the index's attributes. Default <see cref="IndexProjection.All"/>.</summary>
    public IndexProjection Projection { get; set; }

    /// <summary>With <see cref="IndexProjection.Include"/>: the members (use <c>nameof</c>) the index copies besides the keys.</summary>
    public string[]? Include { get; set; }

    /// <summary>On the type: the index key's text with <c>{Member}</c> placeholders.</summary>
    public string? Template { get; set; }

    /// <summary>The stored attribute's name for a <see cref="Template"/> key (required with a template).</summary>
    public string? AttributeName { get; set; }
}
