using System.Collections.Generic;
using Amazon.DynamoDBv2.Model;

namespace DynamoGen;

/// <summary>What happened to the schema's time to live when a table was created.</summary>
public enum TimeToLiveSetup
{
    /// <summary>The schema has no <see cref="TimeToLiveAttribute"/>; nothing to do.</summary>
    NotDeclared = 0,

    /// <summary>Time to live was turned on for <see cref="TableSchema.TimeToLiveAttribute"/>.</summary>
    Enabled = 1,

    /// <summary><see cref="CreateTableOptions.EnableTimeToLive"/> was <see langword="false"/>; time to live stays off.</summary>
    Skipped = 2,

    /// <summary>
    /// The endpoint does not implement <c>UpdateTimeToLive</c> (dynalite); time to live stays off and
    /// <see cref="CreateTableResult.Warnings"/> says so. Nothing expires there.
    /// </summary>
    NotSupported = 3,

    /// <summary>The table already existed (<see cref="DynamoContext.CreateTableIfNotExistsAsync{T}(string?, System.Threading.CancellationToken)"/>) and was left as it is; compare it with <see cref="DynamoContext.CompareSchemaAsync{T}(string?, System.Threading.CancellationToken)"/>.</summary>
    Unchanged = 4,
}

/// <summary>
/// What <see cref="DynamoContext.CreateTableAsync{T}(string?, System.Threading.CancellationToken)"/> and
/// <see cref="DynamoContext.CreateTableIfNotExistsAsync{T}(string?, System.Threading.CancellationToken)"/> did.
/// </summary>
/// <param name="TableName">The DynamoDB table name, as resolved.</param>
/// <param name="Created"><see langword="true"/> when this call created the table; <see langword="false"/> when it already existed.</param>
/// <param name="TimeToLive">What happened to the schema's time to live.</param>
/// <param name="Warnings">What was asked but not done, in plain words (for example time to live on an engine without it); empty when everything was done.</param>
/// <param name="Table">The table's description once it and its global indexes were active.</param>
public sealed record CreateTableResult(
    string TableName,
    bool Created,
    TimeToLiveSetup TimeToLive,
    IReadOnlyList<string> Warnings,
    TableDescription Table)
{
    /// <inheritdoc />
    public override string ToString()
    {
        var text = $"table '{TableName}' {(Created ? "created" : "already existed")}, time to live {TimeToLive}";
        return Warnings.Count == 0 ? text : text + "; " + string.Join("; ", Warnings);
    }
}
