using System;
using System.Collections.Generic;
using System.Linq;
using DynamoGen.Generator.Diagnostics;
using DynamoGen.Generator.Model;
using Microsoft.CodeAnalysis;

namespace DynamoGen.Generator.Parsing;

/// <summary>
/// Turns each stored member into a <see cref="MemberModel"/>: its attribute name (<c>[DynamoName]</c> or the naming
/// policy), its key role, how its type is stored, and whether reading requires it.
/// </summary>
internal static class MemberParser
{
    /// <summary>The string shape a key member that failed its check stands in with, so the type is not also reported as having no key.</summary>
    private static readonly TypeShape s_placeholderKey = new(ShapeKind.Scalar, "string", false, false, ScalarKind.String, CollectionKind.None, null, null);

    public static List<ParsedMember> Parse(List<MemberCandidate> candidates, ShapeParser shapes, MappingOptions options, TypeContext context)
    {
        var members = new List<ParsedMember>(candidates.Count);
        foreach (var candidate in candidates)
        {
            if (Parse(candidate, shapes, options, context) is { } member)
            {
                members.Add(member);
            }
        }

        return members;
    }

    private static ParsedMember? Parse(MemberCandidate candidate, ShapeParser shapes, MappingOptions options, TypeContext context)
    {
        var (property, attributes) = candidate;
        var location = property.Locations.FirstOrDefault() ?? Location.None;
        var role = Attributes.Has(attributes, Attributes.PartitionKey) ? KeyRole.PartitionKey
            : Attributes.Has(attributes, Attributes.SortKey) ? KeyRole.SortKey
            : KeyRole.None;

        var attributeName = NamingPolicies.Apply(options.NamingPolicy, property.Name);
        var nameAttribute = Attributes.Find(attributes, Attributes.Name);
        if (nameAttribute is { ConstructorArguments.Length: 1 })
        {
            if (nameAttribute.ConstructorArguments[0].Value is string { Length: > 0 } name)
            {
                attributeName = name;
            }
            else
            {
                context.Report(DiagnosticDescriptors.EmptyAttributeName, location, context.DisplayName, property.Name);
                return null;
            }
        }

        if (MemberAttributeRules.Read(property, attributes, location, context) is not { } memberOptions)
        {
            return null;
        }

        var result = shapes.ParseMember(property.Type, memberOptions);
        if (role != KeyRole.None && (result.Shape is not { Kind: ShapeKind.Scalar, IsNullableValueType: false } keyShape || keyShape.Scalar.KeyType() is null))
        {
            // Still returned as a key member, so the type is not also reported as having no partition key.
            context.Report(DiagnosticDescriptors.InvalidKeyType, location, context.DisplayName, property.Name, property.Type.ToDisplayString());
            return new ParsedMember(new MemberModel(property.Name, attributeName, s_placeholderKey, role, MissingAttribute.RequiredKey, null), property, location, attributes);
        }

        if (result.Shape is not { } shape)
        {
            ReportShapeProblem(property, attributes, location, result, context);
            return null;
        }

        var read = MissingAttributeRules.ForProperty(property, shape, role, options.MissingAttributes, context.CancellationToken);
        return new ParsedMember(new MemberModel(property.Name, attributeName, shape, role, read, null), property, location, attributes);
    }

    private static void ReportShapeProblem(IPropertySymbol property, System.Collections.Immutable.ImmutableArray<AttributeData> attributes, Location location, ShapeParser.Result result, TypeContext context)
    {
        var type = context.DisplayName;
        switch (result.Problem)
        {
            case ShapeProblem.NotAnItem:
                context.Report(DiagnosticDescriptors.NestedTypeNotMapped, location, type, property.Name, result.Offending!.ToDisplayString());
                break;
            case ShapeProblem.InvalidConverter:
                var converter = Attributes.Find(attributes, Attributes.Converter)!.ConstructorArguments[0].Value as INamedTypeSymbol;
                context.Report(DiagnosticDescriptors.InvalidConverter, location, type, property.Name, converter?.ToDisplayString() ?? "?", result.Detail, result.Offending?.ToDisplayString() ?? property.Type.ToDisplayString());
                break;
            case ShapeProblem.NotApplicable:
                context.Report(DiagnosticDescriptors.AttributeNotApplicable, location, type, property.Name, result.Detail.StartsWith("DynamoJson", StringComparison.Ordinal) ? "DynamoJson" : "DynamoEnumAsString", result.Detail);
                break;
            default:
                var offending = result.Offending is { } t && !SymbolEqualityComparer.Default.Equals(t, property.Type) ? " (it holds '" + t.ToDisplayString() + "')" : string.Empty;
                context.Report(DiagnosticDescriptors.UnsupportedMemberType, location, type, property.Name, property.Type.ToDisplayString(), offending + result.Detail);
                break;
        }
    }
}
