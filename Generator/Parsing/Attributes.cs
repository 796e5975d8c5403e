using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace DynamoGen.Generator.Parsing;

/// <summary>Finds DynamoGen's attributes (namespace <c>DynamoGen</c>) on symbols.</summary>
internal static class Attributes
{
    public const string Table = "DynamoTableAttribute";
    public const string Item = "DynamoItemAttribute";
    public const string PartitionKey = "PartitionKeyAttribute";
    public const string SortKey = "SortKeyAttribute";
    public const string Name = "DynamoNameAttribute";
    public const string Ignore = "DynamoIgnoreAttribute";
    public const string EnumAsString = "DynamoEnumAsStringAttribute";
    public const string Epoch = "EpochAttribute";
    public const string Json = "DynamoJsonAttribute";
    public const string Converter = "DynamoConverterAttribute";
    public const string Defaults = "DynamoDefaultsAttribute";

    public static AttributeData? Find(ImmutableArray<AttributeData> attributes, string name)
    {
        foreach (var attribute in attributes)
        {
            if (attribute.AttributeClass is { } cls
                && cls.Name == name
                && cls.ContainingNamespace is { Name: "DynamoGen", ContainingNamespace.IsGlobalNamespace: true })
            {
                return attribute;
            }
        }

        return null;
    }

    public static bool Has(ImmutableArray<AttributeData> attributes, string name) => Find(attributes, name) is not null;

    public static bool Has(ISymbol symbol, string name) => Find(symbol.GetAttributes(), name) is not null;

    /// <summary>The value of a named argument (<c>Name = value</c>) when it was written.</summary>
    public static bool TryGetNamed(AttributeData? attribute, string name, out TypedConstant value)
    {
        if (attribute is not null)
        {
            foreach (var pair in attribute.NamedArguments)
            {
                if (pair.Key == name)
                {
                    value = pair.Value;
                    return true;
                }
            }
        }

        value = default;
        return false;
    }
}
