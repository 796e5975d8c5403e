using System;
using DynamoGen.Generator.Diagnostics;
using DynamoGen.Generator.Model;

namespace DynamoGen.Generator.Parsing;

/// <summary>
/// Checks that a member's DynamoGen attributes fit the member (<c>[TimeToLive]</c> on a date or number,
/// <c>[Version]</c> on an integer, <c>[Epoch]</c> on dates, <c>[DynamoEnumAsString]</c> on enums, one of
/// <c>[DynamoJson]</c> and <c>[DynamoConverter]</c>) and turns them into the options the shape parser reads.
/// </summary>
internal static class MemberAttributeRules
{
    /// <summary>The member's options, or null when an attribute does not apply (reported).</summary>
    public static ShapeParser.MemberOptions? Read(PropertyFacts property, TypeContext context)
    {
        var attributes = property.Attributes;
        var type = property.Type;
        var timeToLive = Attributes.Has(attributes, Attributes.TimeToLive);
        var isDate = type.ValueType.IsEpochDate;
        if (timeToLive && !isDate && !IsInteger(type))
        {
            Report(context, property, "TimeToLive", "the expiry is a DateTime, DateTimeOffset or long (epoch seconds), optionally nullable");
            return null;
        }

        if (Attributes.Has(attributes, Attributes.Version) && !IsInteger(type))
        {
            Report(context, property, "Version", "the version is an int or a long, optionally nullable");
            return null;
        }

        // A TTL attribute is always epoch seconds: that is the only form DynamoDB's TTL reads.
        var epoch = Attributes.Has(attributes, Attributes.Epoch) || (timeToLive && isDate);
        var enumAsString = Attributes.Has(attributes, Attributes.EnumAsString);
        var json = Attributes.Has(attributes, Attributes.Json);
        var converter = Attributes.Has(attributes, Attributes.Converter);

        if (epoch && !ContainsType(type, static t => t.IsEpochDate))
        {
            Report(context, property, "Epoch", "it stores DateTime or DateTimeOffset values (or lists of them) as epoch seconds, and this property holds none");
            return null;
        }

        if (enumAsString && !ContainsType(type, static t => t.Enum is not null))
        {
            Report(context, property, "DynamoEnumAsString", "it stores enum values by name, and this property holds no enum");
            return null;
        }

        if (converter && property.Converter is not { IsType: true })
        {
            context.Report(DiagnosticDescriptors.InvalidConverter, property.Location, context.DisplayName, property.Name, "(none)", "is not a type", type.DisplayName);
            return null;
        }

        if (Attributes.Has(attributes, Attributes.Version) && (json || converter))
        {
            Report(context, property, "Version", "the version is stored as a plain number, which every write checks and increments; remove " + (json ? "[DynamoJson]" : "[DynamoConverter]"));
            return null;
        }

        if (json && converter)
        {
            Report(context, property, "DynamoJson", "the property also has [DynamoConverter]; keep one of them");
            return null;
        }

        return new ShapeParser.MemberOptions(epoch, enumAsString, json ? property.Json : null, converter ? property.Converter : null);
    }

    private static void Report(TypeContext context, PropertyFacts property, string attribute, string reason)
        => context.Report(DiagnosticDescriptors.AttributeNotApplicable, property.Location, context.DisplayName, property.Name, attribute, reason);

    /// <summary>The type, or a type it holds (array elements, type arguments), satisfies <paramref name="predicate"/>.</summary>
    private static bool ContainsType(TypeRef type, Func<TypeRef, bool> predicate)
    {
        if (predicate(type))
        {
            return true;
        }

        if (type.ElementType is { } element)
        {
            return ContainsType(element, predicate);
        }

        foreach (var argument in type.TypeArguments)
        {
            if (ContainsType(argument, predicate))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The type is an <c>int</c> or a <c>long</c>, or a nullable one of them.</summary>
    public static bool IsInteger(TypeRef type) => type.ValueType.Scalar is ScalarKind.Int32 or ScalarKind.Int64;
}
