using System;

namespace DynamoGen;

/// <summary>Stores the property under the attribute name <see cref="Name"/> instead of the property's name.</summary>
/// <example><code>[DynamoName("status")] public string State { get; init; }</code></example>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class DynamoNameAttribute : Attribute
{
    /// <summary>Stores the property under <paramref name="name"/>.</summary>
    /// <param name="name">The DynamoDB attribute name.</param>
    public DynamoNameAttribute(string name)
    {
        Name = name;
    }

    /// <summary>The DynamoDB attribute name.</summary>
    public string Name { get; }
}
