using System;

namespace DynamoGen;

/// <summary>
/// Marks the property that holds the table's partition (hash) key. Exactly one property of a
/// <see cref="DynamoTableAttribute"/> type carries it. On a positional record, write <c>[property: PartitionKey]</c>
/// (a plain <c>[PartitionKey]</c> on the parameter is accepted too).
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class PartitionKeyAttribute : Attribute
{
}
