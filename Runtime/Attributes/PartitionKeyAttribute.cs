using System;

namespace DynamoGen;

/// <summary>
/// Marks the table's partition (hash) key. On a property, the property's value is the key. On the type, with a
/// <see cref="Template"/>, the key is a computed attribute (single-table design) built from other members.
/// </summary>
/// <example>
/// <code>
/// [DynamoTable("app")]
/// [PartitionKey(Template = "USER#{UserId}")]            // stored as PK = "USER#42"
/// [SortKey(Template = "ORDER#{OrderDate}#{OrderId}")]   // stored as SK = "ORDER#2026-11-21#o-7"
/// public partial record Order { public required string UserId { get; init; } ... }
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter | AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
public sealed class PartitionKeyAttribute : Attribute
{
    /// <summary>
    /// On the type: the key's text, with <c>{Member}</c> placeholders replaced by members' values (formatted
    /// invariantly and sortably). The key members of <c>Key(...)</c> are the placeholders, in order.
    /// </summary>
    public string? Template { get; set; }

    /// <summary>The stored attribute's name for a <see cref="Template"/> key; <c>PK</c> when not set.</summary>
    public string? AttributeName { get; set; }
}
