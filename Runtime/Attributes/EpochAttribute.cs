using System;

namespace DynamoGen;

/// <summary>
/// Stores a <see cref="DateTime"/> or <see cref="DateTimeOffset"/> member (or the elements of a list of them) as whole
/// epoch seconds (N) instead of an ISO-8601 string. Sub-second precision is dropped.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class EpochAttribute : Attribute
{
}
