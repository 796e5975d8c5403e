using System;

namespace DynamoGen;

/// <summary>
/// Marks the int or long member that holds the item's version: every put, update and delete of the type becomes an
/// optimistic-concurrency write. The runtime sends the condition "the stored version is the one I read" (or "there is
/// no item" for version 0) and stores the version plus one; a conflict throws <c>DynamoVersionConflictException</c>.
/// </summary>
/// <example><code>[Version] public long Version { get; set; }</code></example>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter | AttributeTargets.Field, AllowMultiple = false, Inherited = false)]
public sealed class VersionAttribute : Attribute
{
}
