using System;

namespace DynamoGen;

/// <summary>Leaves the property out of the item: it is neither written nor read.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class DynamoIgnoreAttribute : Attribute
{
}
