using System;
using System.Collections.Immutable;
using DynamoGen.Generator.Diagnostics;
using Microsoft.CodeAnalysis;

namespace DynamoGen.Generator.Parsing;

/// <summary>
/// Checks that a member's DynamoGen attributes fit the member (<c>[TimeToLive]</c> on a date or number,
/// <c>[Version]</c> on an integer, <c>[Epoch]</c> on dates, <c>[DynamoEnumAsString]</c> on enums, one of
/// <c>[DynamoJson]</c> and <c>[DynamoConverter]</c>) and turns them into the options the shape parser reads.
/// </summary>
internal static class MemberAttributeRules
{
    /// <summary>The member's options, or null when an attribute does not apply (reported).</summary>
    public static ShapeParser.MemberOptions? Read(IPropertySymbol property, ImmutableArray<AttributeData> attributes, Location location, TypeContext context)
    {
        var known = context.KnownTypes;
        var timeToLive = Attributes.Has(attributes, Attributes.TimeToLive);
        var isDate = known.IsEpochDate(ShapeParser.Unwrap(property.Type).Type);
        if (timeToLive && !isDate && !IsInteger(property.Type))
        {
            Report(context, location, property, "TimeToLive", "the expiry is a DateTime, DateTimeOffset or long (epoch seconds), optionally nullable");
            return null;
        }

        if (Attributes.Has(attributes, Attributes.Version) && !IsInteger(property.Type))
        {
            Report(context, location, property, "Version", "the version is an int or a long, optionally nullable");
            return null;
        }

        // A TTL attribute is always epoch seconds: that is the only form DynamoDB's TTL reads.
        var epoch = Attributes.Has(attributes, Attributes.Epoch) || (timeToLive && isDate);
        var enumAsString = Attributes.Has(attributes, Attributes.EnumAsString);
        var json = Attributes.Find(attributes, Attributes.Json);
        var converter = Attributes.Find(attributes, Attributes.Converter);
        var converterType = converter is { ConstructorArguments.Length: 1 } ? converter.ConstructorArguments[0].Value as INamedTypeSymbol : null;
        var jsonContext = json is { ConstructorArguments.Length: 1 } ? json.ConstructorArguments[0].Value as INamedTypeSymbol : null;

        if (epoch && !ContainsType(property.Type, known.IsEpochDate))
        {
            Report(context, location, property, "Epoch", "it stores DateTime or DateTimeOffset values (or lists of them) as epoch seconds, and this property holds none");
            return null;
        }

        if (enumAsString && !ContainsType(property.Type, static t => t.TypeKind == TypeKind.Enum))
        {
            Report(context, location, property, "DynamoEnumAsString", "it stores enum values by name, and this property holds no enum");
            return null;
        }

        if (converter is not null && converterType is null)
        {
            context.Report(DiagnosticDescriptors.InvalidConverter, location, context.DisplayName, property.Name, "(none)", "is not a type", property.Type.ToDisplayString());
            return null;
        }

        if (Attributes.Has(attributes, Attributes.Version) && (json is not null || converter is not null))
        {
            Report(context, location, property, "Version", "the version is stored as a plain number, which every write checks and increments; remove " + (json is not null ? "[DynamoJson]" : "[DynamoConverter]"));
            return null;
        }

        if (json is not null && converter is not null)
        {
            Report(context, location, property, "DynamoJson", "the property also has [DynamoConverter]; keep one of them");
            return null;
        }

        return new ShapeParser.MemberOptions(epoch, enumAsString, json is not null, jsonContext, converterType);
    }

    private static void Report(TypeContext context, Location location, IPropertySymbol property, string attribute, string reason)
        => context.Report(DiagnosticDescriptors.AttributeNotApplicable, location, context.DisplayName, property.Name, attribute, reason);

    /// <summary>The type, or a type it holds (list elements, map values), satisfies <paramref name="predicate"/>.</summary>
    private static bool ContainsType(ITypeSymbol type, Func<ITypeSymbol, bool> predicate)
    {
        if (predicate(type))
        {
            return true;
        }

        switch (type)
        {
            case IArrayTypeSymbol array:
                return ContainsType(array.ElementType, predicate);
            case INamedTypeSymbol named:
                foreach (var argument in named.TypeArguments)
                {
                    if (ContainsType(argument, predicate))
                    {
                        return true;
                    }
                }

                return false;
            default:
                return false;
        }
    }

    /// <summary>The type is an <c>int</c> or a <c>long</c>, or a nullable one of them.</summary>
    private static bool IsInteger(ITypeSymbol type)
        => ShapeParser.Unwrap(type).Type.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64;
}
