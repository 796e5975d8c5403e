using System.Collections.Generic;
using System.ComponentModel;
using System.Text;
using Amazon.DynamoDBv2.Model;

namespace DynamoGen.Marshalling;

/// <summary>
/// What generated code knows about one mapped type, kept for error messages: the type's name and its key attributes.
/// Generated code creates one per type in a static field; you do not use it directly.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ItemMapping
{
    /// <summary>Creates the mapping description.</summary>
    /// <param name="typeName">The C# type's display name.</param>
    /// <param name="partitionKeyAttribute">The partition key attribute, if the type is a table item.</param>
    /// <param name="sortKeyAttribute">The sort key attribute, if the table has one.</param>
    /// <param name="writeNulls">Write null members as <c>NULL: true</c> instead of leaving them out.</param>
    /// <param name="entityAttribute">The attribute holding the entity name, when several entity types share the table.</param>
    /// <param name="entityName">This type's entity name; items with another one are refused.</param>
    public ItemMapping(string typeName, string? partitionKeyAttribute = null, string? sortKeyAttribute = null, bool writeNulls = false, string? entityAttribute = null, string? entityName = null)
    {
        TypeName = typeName;
        PartitionKeyAttribute = partitionKeyAttribute;
        SortKeyAttribute = sortKeyAttribute;
        WriteNulls = writeNulls;
        EntityAttribute = entityAttribute;
        EntityName = entityAttribute is null ? null : entityName;
    }

    /// <summary>The attribute holding the entity name, if the type has one.</summary>
    public string? EntityAttribute { get; }

    /// <summary>The type's entity name, if it has one.</summary>
    public string? EntityName { get; }

    /// <summary>Throws when <paramref name="item"/> is not an item of this entity type (its entity attribute is missing or names another).</summary>
    /// <param name="item">The item about to be read.</param>
    public void CheckEntity(Dictionary<string, AttributeValue> item)
    {
        if (EntityAttribute is null)
        {
            return;
        }

        item.TryGetValue(EntityAttribute, out var found);
        if (found?.S != EntityName)
        {
            throw new DynamoMappingException(
                TypeName,
                "(entity)",
                EntityAttribute,
                "S \"" + EntityName + "\" (items of the other entity types that share the table are not " + TypeName + " items)",
                AttributeValueText.Describe(found),
                DescribeKey(item));
        }
    }

    /// <summary>Whether null members are written as <c>NULL: true</c> (otherwise they are left out).</summary>
    public bool WriteNulls { get; }

    /// <summary>The C# type's display name.</summary>
    public string TypeName { get; }

    /// <summary>The partition key attribute, if known.</summary>
    public string? PartitionKeyAttribute { get; }

    /// <summary>The sort key attribute, if known.</summary>
    public string? SortKeyAttribute { get; }

    /// <summary>Builds the exception for a value that could not be read.</summary>
    /// <param name="item">The item being read.</param>
    /// <param name="attribute">The attribute name.</param>
    /// <param name="member">The C# member name.</param>
    /// <param name="expected">What was expected, for example <c>N (Int32)</c>.</param>
    /// <param name="found">The value found, or <see langword="null"/> when the attribute is missing.</param>
    /// <returns>The exception to throw.</returns>
    public DynamoMappingException ReadError(Dictionary<string, AttributeValue> item, string attribute, string member, string expected, AttributeValue? found)
        => new(TypeName, member, attribute, expected, AttributeValueText.Describe(found), DescribeKey(item));

    /// <summary>Builds the exception for a value that could not be read, when what was found is already described.</summary>
    /// <param name="item">The item being read.</param>
    /// <param name="attribute">The attribute name, with a path inside it (<c>tags[2]</c>) when the problem is nested.</param>
    /// <param name="member">The C# member name.</param>
    /// <param name="expected">What was expected.</param>
    /// <param name="found">What was found.</param>
    /// <returns>The exception to throw.</returns>
    public DynamoMappingException ReadError(Dictionary<string, AttributeValue> item, string attribute, string member, string expected, string found)
        => new(TypeName, member, attribute, expected, found, DescribeKey(item));

    /// <summary>Builds the exception for a value that cannot be stored.</summary>
    /// <param name="attribute">The attribute name.</param>
    /// <param name="member">The C# member name.</param>
    /// <param name="expected">What can be stored.</param>
    /// <param name="found">What the member held.</param>
    /// <returns>The exception to throw.</returns>
    public DynamoMappingException WriteError(string attribute, string member, string expected, string found)
        => new(TypeName, member, attribute, expected, found);

    private string? DescribeKey(Dictionary<string, AttributeValue> item)
    {
        if (PartitionKeyAttribute is null || !item.TryGetValue(PartitionKeyAttribute, out var pk))
        {
            return null;
        }

        var text = new StringBuilder("{ ");
        text.Append(PartitionKeyAttribute).Append(": ").Append(AttributeValueText.Describe(pk));
        if (SortKeyAttribute is not null && item.TryGetValue(SortKeyAttribute, out var sk))
        {
            text.Append(", ").Append(SortKeyAttribute).Append(": ").Append(AttributeValueText.Describe(sk));
        }

        return text.Append(" }").ToString();
    }
}
