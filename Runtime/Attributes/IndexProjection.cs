namespace DynamoGen;

/// <summary>Which attributes a secondary index copies from the table (its projection).</summary>
public enum IndexProjection
{
    /// <summary>Every attribute (DynamoDB's <c>ALL</c>); the default.</summary>
    All = 0,

    /// <summary>Only the table's and the index's key attributes (<c>KEYS_ONLY</c>).</summary>
    KeysOnly = 1,

    /// <summary>The key attributes plus the members named by the index attribute's <c>Include</c> (<c>INCLUDE</c>).</summary>
    Include = 2,
}
