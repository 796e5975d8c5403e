using System;

namespace DynamoGen;

/// <summary>
/// Stores an enum by name (S) instead of by number (N). Put it on a member (it applies to enums inside the member's
/// lists and maps too) or on the enum type itself. Reading an unknown name is an error.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter | AttributeTargets.Enum, AllowMultiple = false, Inherited = false)]
public sealed class DynamoEnumAsStringAttribute : Attribute
{
}
