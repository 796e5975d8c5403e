using System;

namespace DynamoGen;

/// <summary>
/// Marks the table's sort (range) key. On a property, the property's value is the key. On the type, with a
/// <see cref="Template"/>, the key is a computed attribute built from other members (see <see cref="PartitionKeyAttribute"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter | AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
public sealed class SortKeyAttribute : Attribute
{
    /// <summary>On the type: the key's text with <c>{Member}</c> placeholders, for example <c>ORDER#{OrderDate}#{OrderId}</c>.</summary>
    public string? Template { get; set; }

    /// <summary>The stored attribute's name for a <see cref="Template"/> key; <c>SK</c> when not set.</summary>
    public string? AttributeName { get; set; }
}
