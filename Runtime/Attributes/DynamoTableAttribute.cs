using System;

namespace DynamoGen;

/// <summary>
/// Marks a <c>partial</c> class, record or struct as an item of a DynamoDB table. The DynamoGen source generator
/// implements <see cref="IDynamoTable{TSelf}"/> on it: <c>ToItem()</c>, <c>FromItem(...)</c>, <c>Key(...)</c>,
/// <c>GetKey()</c> and the table schema.
/// </summary>
/// <example>
/// <code>
/// [DynamoTable("orders")]
/// public partial record Order
/// {
///     [PartitionKey] public required string CustomerId { get; init; }
///     [SortKey] public required long OrderId { get; init; }
///     public double Total { get; init; }
/// }
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
public sealed class DynamoTableAttribute : Attribute
{
    /// <summary>Maps the type to the table named after the type.</summary>
    public DynamoTableAttribute()
    {
    }

    /// <summary>Maps the type to the table <paramref name="tableName"/>.</summary>
    /// <param name="tableName">The DynamoDB table name.</param>
    public DynamoTableAttribute(string tableName)
    {
        TableName = tableName;
    }

    /// <summary>The DynamoDB table name, or <see langword="null"/> to use the type's name.</summary>
    public string? TableName { get; }

    /// <summary>How attribute names are derived from member names; overrides <see cref="DynamoDefaultsAttribute.NamingPolicy"/>.</summary>
    public DynamoNamingPolicy NamingPolicy { get; set; }

    /// <summary>Store every enum member of this type by name; overrides <see cref="DynamoDefaultsAttribute.EnumsAsStrings"/>.</summary>
    public bool EnumsAsStrings { get; set; }

    /// <summary>Write null members as <c>NULL: true</c> instead of leaving them out; overrides <see cref="DynamoDefaultsAttribute.WriteNulls"/>.</summary>
    public bool WriteNulls { get; set; }

    /// <summary>Which members must have an attribute when an item is read; overrides <see cref="DynamoDefaultsAttribute.MissingAttributes"/>.</summary>
    public MissingAttributePolicy MissingAttributes { get; set; }

    /// <summary>
    /// The entity name of this type when several entity types share one table (single-table design): written on
    /// every item in <see cref="EntityAttribute"/>, and checked on every read, so an item of another entity type is
    /// never read as this one. Not set: no entity attribute is written or checked.
    /// </summary>
    public string? Entity { get; set; }

    /// <summary>The attribute that holds <see cref="Entity"/>; <c>_type</c> when not set (or as <see cref="DynamoDefaultsAttribute.EntityAttribute"/> says).</summary>
    public string? EntityAttribute { get; set; }
}
