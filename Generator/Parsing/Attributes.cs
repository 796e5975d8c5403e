using System.Collections.Immutable;
using DynamoGen.Generator.Model;
using Microsoft.CodeAnalysis;

namespace DynamoGen.Generator.Parsing;

/// <summary>Finds DynamoGen's attributes (namespace <c>DynamoGen</c>) on symbols, and reads them from <see cref="AttributeFacts"/>.</summary>
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
    public const string GlobalIndex = "GlobalIndexAttribute";
    public const string LocalIndex = "LocalIndexAttribute";
    public const string TimeToLive = "TimeToLiveAttribute";
    public const string Version = "VersionAttribute";

    /// <summary>The attribute class is one of DynamoGen's (namespace <c>DynamoGen</c>).</summary>
    public static bool IsDynamo(INamedTypeSymbol? attributeClass)
        => attributeClass is { ContainingNamespace: { Name: "DynamoGen", ContainingNamespace.IsGlobalNamespace: true } };

    public static AttributeData? Find(ImmutableArray<AttributeData> attributes, string name)
    {
        foreach (var attribute in attributes)
        {
            if (attribute.AttributeClass?.Name == name && IsDynamo(attribute.AttributeClass))
            {
                return attribute;
            }
        }

        return null;
    }

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

    /// <summary>The first DynamoGen attribute of that name among the facts.</summary>
    public static AttributeFacts? Find(EquatableArray<AttributeFacts> attributes, string name)
    {
        foreach (var attribute in attributes)
        {
            if (attribute.Name == name)
            {
                return attribute;
            }
        }

        return null;
    }

    public static bool Has(EquatableArray<AttributeFacts> attributes, string name) => Find(attributes, name) is not null;

    /// <summary>Every DynamoGen attribute of that name (for attributes that may be repeated, such as indexes).</summary>
    public static System.Collections.Generic.IEnumerable<AttributeFacts> FindAll(EquatableArray<AttributeFacts> attributes, string name)
    {
        foreach (var attribute in attributes)
        {
            if (attribute.Name == name)
            {
                yield return attribute;
            }
        }
    }

    /// <summary>A named string argument, or null when it was not written.</summary>
    public static string? NamedString(AttributeFacts? attribute, string name)
        => TryGetNamed(attribute, name, out var value) ? value.String : null;

    /// <summary>The value of a named argument (<c>Name = value</c>) when it was written.</summary>
    public static bool TryGetNamed(AttributeFacts? attribute, string name, out ArgumentFacts value)
    {
        if (attribute is not null)
        {
            foreach (var pair in attribute.NamedArguments)
            {
                if (pair.Name == name)
                {
                    value = pair.Value;
                    return true;
                }
            }
        }

        value = ArgumentFacts.Other;
        return false;
    }

    /// <summary>The single constructor argument, or null when the attribute has another number of them.</summary>
    public static ArgumentFacts? SingleArgument(AttributeFacts? attribute)
        => attribute is { Arguments.Count: 1 } ? attribute.Arguments[0] : null;
}
