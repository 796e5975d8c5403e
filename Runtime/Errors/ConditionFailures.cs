using System;

namespace DynamoGen;

/// <summary>
/// How DynamoGen learns the stored item behind a failed condition. DynamoDB returns it with the failure when asked
/// (<c>ReturnValuesOnConditionCheckFailure</c>, which DynamoGen sets whenever it needs the item: to tell a
/// <see cref="DynamoVersionConflictException"/> from your own condition failing, or when you ask for
/// <see cref="DynamoConditionFailedException.Item"/>). Some local test engines ignore that flag (dynalite, DynamoDB Local
/// 1.11); for them, turn <see cref="ReadItemAfterFailure"/> on and the item is read with a strongly consistent GetItem
/// right after the failure (<see cref="DynamoConditionFailedException.ItemReadAfterFailure"/> then says so).
/// </summary>
/// <example>
/// <code>
/// ConditionFailures.ReadItemAfterFailure = true;   // at start-up, only against an engine that ignores the flag
/// </code>
/// </example>
public static class ConditionFailures
{
    /// <summary>The <see cref="AppContext"/> switch that sets <see cref="ReadItemAfterFailure"/> from configuration (runtimeconfig.json).</summary>
    public const string ReadItemAfterFailureSwitch = "DynamoGen.ReadItemAfterConditionFailure";

    /// <summary>
    /// Read the item after a condition failure that did not carry it. Off by default: DynamoDB itself returns the item,
    /// and a read after every failure on an absent item would be wasted. DynamoGen.Testing turns it on when it starts
    /// an engine that ignores the flag. Set it at start-up; it applies to every table of the process.
    /// </summary>
    public static bool ReadItemAfterFailure { get; set; } = AppContext.TryGetSwitch(ReadItemAfterFailureSwitch, out var on) && on;
}
