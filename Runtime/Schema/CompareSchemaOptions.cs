namespace DynamoGen;

/// <summary>What <see cref="DynamoContext.CompareSchemaAsync{T}(string?, CompareSchemaOptions?, System.Threading.CancellationToken)"/> checks.</summary>
public sealed class CompareSchemaOptions
{
    /// <summary>
    /// Whether to compare time to live (<c>DescribeTimeToLive</c>, one more request). Default <see langword="true"/>.
    /// Turn it off against an engine that reports time to live as always off (dynalite, which cannot turn it on) so a
    /// model with <see cref="TimeToLiveAttribute"/> compares clean there. When the endpoint does not implement the call
    /// at all, the comparison carries an informational <see cref="SchemaDifferenceKind.NotChecked"/> entry instead.
    /// </summary>
    public bool CheckTimeToLive { get; set; } = true;

    /// <summary>The model's name in the messages; the item type's name (or <c>the model</c> for a bare schema) when omitted.</summary>
    public string? ModelName { get; set; }
}
