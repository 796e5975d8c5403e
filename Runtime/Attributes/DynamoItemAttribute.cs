using System;

namespace DynamoGen;

/// <summary>
/// Marks a <c>partial</c> type used as a nested value: it is stored as a map (M) inside its parent item, recursively
/// (a type may hold lists of itself). The generator implements <see cref="IDynamoItem{TSelf}"/> on it.
/// </summary>
/// <example>
/// <code>
/// [DynamoItem]
/// public partial record Address(string Street, string City);
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
public sealed class DynamoItemAttribute : Attribute
{
    /// <summary>How attribute names are derived from member names; overrides <see cref="DynamoDefaultsAttribute.NamingPolicy"/>.</summary>
    public DynamoNamingPolicy NamingPolicy { get; set; }

    /// <summary>Store every enum member of this type by name; overrides <see cref="DynamoDefaultsAttribute.EnumsAsStrings"/>.</summary>
    public bool EnumsAsStrings { get; set; }

    /// <summary>Write null members as <c>NULL: true</c> instead of leaving them out; overrides <see cref="DynamoDefaultsAttribute.WriteNulls"/>.</summary>
    public bool WriteNulls { get; set; }

    /// <summary>Which members must have an attribute when an item is read; overrides <see cref="DynamoDefaultsAttribute.MissingAttributes"/>.</summary>
    public MissingAttributePolicy MissingAttributes { get; set; }
}
