using System;

namespace DynamoGen;

/// <summary>How <see cref="DynamoContext.CreateTableAsync{T}(string?, CreateTableOptions?, System.Threading.CancellationToken)"/> creates a table.</summary>
public sealed class CreateTableOptions
{
    /// <summary>
    /// Whether to turn on DynamoDB's time to live on the schema's <see cref="TableSchema.TimeToLiveAttribute"/> once
    /// the table is active (<c>UpdateTimeToLive</c>). Default <see langword="true"/>.
    /// </summary>
    /// <remarks>
    /// Some local engines (dynalite) do not implement <c>UpdateTimeToLive</c>. There the table is still created and
    /// the call succeeds, because a missing TTL does not stop an application from working (DynamoDB itself deletes
    /// expired items up to days late, so code must not rely on it): the result says
    /// <see cref="TimeToLiveSetup.NotSupported"/> and carries a warning, so the gap is never silent.
    /// </remarks>
    public bool EnableTimeToLive { get; set; } = true;

    /// <summary>
    /// How long to wait for the table and every global index to become active before a <see cref="TimeoutException"/>.
    /// Default five minutes (creating indexes on DynamoDB takes a while; local engines are instant).
    /// </summary>
    public TimeSpan WaitTimeout { get; set; } = TimeSpan.FromMinutes(5);
}
