using System;

namespace DynamoGen;

/// <summary>
/// Marks the property that holds the table's sort (range) key. At most one property of a
/// <see cref="DynamoTableAttribute"/> type carries it.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class SortKeyAttribute : Attribute
{
}
