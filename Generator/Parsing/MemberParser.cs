using System;
using System.Collections.Generic;
using DynamoGen.Generator.Diagnostics;
using DynamoGen.Generator.Model;

namespace DynamoGen.Generator.Parsing;

/// <summary>
/// Turns each stored member into a <see cref="MemberModel"/>: its attribute name (<c>[DynamoName]</c> or the naming
/// policy), its key role, how its type is stored, and whether reading requires it.
/// </summary>
internal static class MemberParser
{
    /// <summary>The string shape a key member that failed its check stands in with, so the type is not also reported as having no key.</summary>
    private static readonly TypeShape s_placeholderKey = new(ShapeKind.Scalar, "string", false, false, ScalarKind.String, CollectionKind.None, null, null);

    public static List<ParsedMember> Parse(List<int> candidates, ShapeParser shapes, MappingOptions options, TypeContext context)
    {
        var members = new List<ParsedMember>(candidates.Count);
        foreach (var index in candidates)
        {
            if (Parse(context.Type.Properties[index], index, shapes, options, context) is { } member)
            {
                members.Add(member);
            }
        }

        return members;
    }

    private static ParsedMember? Parse(PropertyFacts property, int index, ShapeParser shapes, MappingOptions options, TypeContext context)
    {
        var attributes = property.Attributes;
        var location = property.Location;
        var role = Attributes.Has(attributes, Attributes.PartitionKey) ? KeyRole.PartitionKey
            : Attributes.Has(attributes, Attributes.SortKey) ? KeyRole.SortKey
            : KeyRole.None;

        var attributeName = NamingPolicies.Apply(options.NamingPolicy, property.Name);
        if (Attributes.SingleArgument(Attributes.Find(attributes, Attributes.Name)) is { } nameArgument)
        {
            if (nameArgument.String is { Length: > 0 } name)
            {
                attributeName = name;
            }
            else
            {
                context.Report(DiagnosticDescriptors.EmptyAttributeName, location, context.DisplayName, property.Name);
                return null;
            }
        }

        if (MemberAttributeRules.Read(property, context) is not { } memberOptions)
        {
            return null;
        }

        var result = shapes.ParseMember(property.Type, memberOptions);
        if (role != KeyRole.None && (result.Shape is not { Kind: ShapeKind.Scalar, IsNullableValueType: false } keyShape || keyShape.Scalar.KeyType() is null))
        {
            // Still returned as a key member, so the type is not also reported as having no partition key.
            context.Report(DiagnosticDescriptors.InvalidKeyType, location, context.DisplayName, property.Name, property.Type.DisplayName);
            return new ParsedMember(new MemberModel(property.Name, attributeName, s_placeholderKey, role, MissingAttribute.RequiredKey, null), property, index);
        }

        if (result.Shape is not { } shape)
        {
            ReportShapeProblem(property, result, context);
            return null;
        }

        var read = MissingAttributeRules.ForProperty(property, shape, role, options.MissingAttributes);
        return new ParsedMember(new MemberModel(property.Name, attributeName, shape, role, read, null), property, index);
    }

    private static void ReportShapeProblem(PropertyFacts property, ShapeParser.Result result, TypeContext context)
    {
        var type = context.DisplayName;
        var location = property.Location;
        switch (result.Problem)
        {
            case ShapeProblem.NotAnItem:
                context.Report(DiagnosticDescriptors.NestedTypeNotMapped, location, type, property.Name, result.Offending!.DisplayName);
                break;
            case ShapeProblem.InvalidConverter:
                context.Report(DiagnosticDescriptors.InvalidConverter, location, type, property.Name, property.Converter is { IsType: true } converter ? converter.DisplayName : "?", result.Detail, result.Offending?.DisplayName ?? property.Type.DisplayName);
                break;
            case ShapeProblem.NotApplicable:
                context.Report(DiagnosticDescriptors.AttributeNotApplicable, location, type, property.Name, result.Detail.StartsWith("DynamoJson", StringComparison.Ordinal) ? "DynamoJson" : "DynamoEnumAsString", result.Detail);
                break;
            default:
                // The offending type is the property's own unless it is held inside it (or is the T of a T?).
                var isPropertyType = ReferenceEquals(result.Offending, property.Type.ValueType) && !property.Type.IsNullableValueType;
                var offending = result.Offending is { } t && !isPropertyType ? " (it holds '" + t.DisplayName + "')" : string.Empty;
                context.Report(DiagnosticDescriptors.UnsupportedMemberType, location, type, property.Name, property.Type.DisplayName, offending + result.Detail);
                break;
        }
    }
}
