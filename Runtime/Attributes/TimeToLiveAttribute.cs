using System;

namespace DynamoGen;

/// <summary>
/// Marks the member (DateTime, DateTimeOffset or long epoch seconds, optionally nullable) that holds the item's
/// expiry. It is stored as epoch seconds (N), is the table's TTL attribute in its schema, and reads can treat expired
/// items as absent (DynamoDB deletes expired items late, up to days after they expire).
/// </summary>
/// <example><code>[TimeToLive] public DateTimeOffset? ExpiresAt { get; init; }</code></example>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter | AttributeTargets.Field, AllowMultiple = false, Inherited = false)]
public sealed class TimeToLiveAttribute : Attribute
{
}
