using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using DynamoGen.Generator.Diagnostics;
using DynamoGen.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DynamoGen.Generator.Parsing;

/// <summary>
/// Turns a <c>[DynamoTable]</c> type symbol into a <see cref="TableModel"/> and diagnostics. This is the only place
/// that looks at symbols; everything after it sees plain data.
/// </summary>
internal static class TableParser
{
    public static ParseResult Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        if (context.TargetSymbol is not INamedTypeSymbol type || context.TargetNode is not TypeDeclarationSyntax declaration)
        {
            return new ParseResult(null, EquatableArray<DiagnosticInfo>.Empty);
        }

        var diagnostics = new List<DiagnosticInfo>();
        TableModel? model;
        try
        {
            model = ParseTable(type, declaration, context.Attributes, diagnostics, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The generator must never crash the compiler: an unexpected shape becomes a diagnostic, not an exception.
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, declaration.Identifier.GetLocation(), type.ToDisplayString(), ex.GetType().Name + ": " + ex.Message));
            model = null;
        }

        return new ParseResult(diagnostics.Count == 0 ? model : null, new EquatableArray<DiagnosticInfo>(diagnostics));
    }

    private static TableModel? ParseTable(
        INamedTypeSymbol type,
        TypeDeclarationSyntax declaration,
        ImmutableArray<AttributeData> tableAttributes,
        List<DiagnosticInfo> diagnostics,
        CancellationToken cancellationToken)
    {
        var displayName = type.ToDisplayString();
        var location = declaration.Identifier.GetLocation();

        if (!declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.TypeNotPartial, location, displayName, type.Name));
        }

        var containingTypes = new List<TypeDeclarationModel>();
        for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            if (!IsPartial(outer, cancellationToken))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.TypeNotPartial, location, displayName, outer.Name));
            }

            containingTypes.Insert(0, new TypeDeclarationModel(Keyword(outer), outer.Name));
        }

        if (type.IsGenericType || HasGenericContainer(type))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.GenericTypeNotSupported, location, displayName));
            return null;
        }

        var members = ParseMembers(type, displayName, diagnostics, cancellationToken);
        CheckKeys(type, displayName, location, members, diagnostics);
        CheckDuplicateAttributeNames(displayName, members, diagnostics);
        var construction = ParseConstruction(type, displayName, location, members, diagnostics);
        var keyMethodName = ChooseKeyMethodName(type, displayName, location, diagnostics);

        if (diagnostics.Count > 0 || construction is null || keyMethodName is null)
        {
            return null;
        }

        var tableName = tableAttributes.Length > 0
            && tableAttributes[0].ConstructorArguments.Length == 1
            && tableAttributes[0].ConstructorArguments[0].Value is string { Length: > 0 } name
            ? name
            : type.Name;

        return new TableModel(
            type.ContainingNamespace.IsGlobalNamespace ? string.Empty : type.ContainingNamespace.ToDisplayString(),
            new EquatableArray<TypeDeclarationModel>(containingTypes),
            new TypeDeclarationModel(Keyword(type), type.Name),
            type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
            displayName,
            tableName,
            new EquatableArray<MemberModel>(members.Select(static m => m.Model)),
            construction,
            keyMethodName);
    }

    /// <summary>A member while parsing: its model plus the symbol facts later checks need.</summary>
    private sealed class ParsedMember
    {
        public ParsedMember(MemberModel model, IPropertySymbol property, Location location)
        {
            Model = model;
            Property = property;
            Location = location;
        }

        public MemberModel Model { get; }

        public IPropertySymbol Property { get; }

        public Location Location { get; }
    }

    private static List<ParsedMember> ParseMembers(INamedTypeSymbol type, string displayName, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
        // Base types first, so inherited members come first in the item, as they do in the class hierarchy.
        var chain = new List<INamedTypeSymbol>();
        for (var current = type; current is not null && current.SpecialType is not (SpecialType.System_Object or SpecialType.System_ValueType); current = current.BaseType)
        {
            chain.Insert(0, current);
        }

        var byName = new Dictionary<string, int>(StringComparer.Ordinal);
        var members = new List<ParsedMember>();
        foreach (var declaring in chain)
        {
            foreach (var symbol in declaring.GetMembers())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (symbol is not IPropertySymbol property
                    || property.IsStatic
                    || property.IsIndexer
                    || property.DeclaredAccessibility != Accessibility.Public
                    || property.GetMethod is null
                    || property.Type is IErrorTypeSymbol)
                {
                    continue;
                }

                if (property.SetMethod is null && !IsAutoProperty(property))
                {
                    continue; // computed ('=> ...'): derived from other members, nothing to store or read
                }

                var attributes = MemberAttributes(property, cancellationToken);
                if (HasAttribute(attributes, "DynamoIgnoreAttribute"))
                {
                    byName.Remove(property.Name);
                    continue;
                }

                var parsed = ParseMember(property, attributes, displayName, diagnostics, cancellationToken);
                if (parsed is null)
                {
                    continue;
                }

                if (byName.TryGetValue(property.Name, out var index))
                {
                    members[index] = parsed; // an override or 'new' member replaces the inherited one in place
                }
                else
                {
                    byName[property.Name] = members.Count;
                    members.Add(parsed);
                }
            }
        }

        members.RemoveAll(m => !byName.ContainsKey(m.Property.Name));
        return members;
    }

    private static ParsedMember? ParseMember(IPropertySymbol property, ImmutableArray<AttributeData> attributes, string displayName, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
        var location = property.Locations.FirstOrDefault() ?? Location.None;
        var role = HasAttribute(attributes, "PartitionKeyAttribute") ? KeyRole.PartitionKey
            : HasAttribute(attributes, "SortKeyAttribute") ? KeyRole.SortKey
            : KeyRole.None;

        var attributeName = property.Name;
        var nameAttribute = FindAttribute(attributes, "DynamoNameAttribute");
        if (nameAttribute is not null && nameAttribute.ConstructorArguments.Length == 1)
        {
            if (nameAttribute.ConstructorArguments[0].Value is string { Length: > 0 } name)
            {
                attributeName = name;
            }
            else
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.EmptyAttributeName, location, displayName, property.Name));
                return null;
            }
        }

        var (kind, isNullable) = Classify(property.Type);
        if (role != KeyRole.None && (kind is null or ScalarKind.Boolean || (isNullable && property.Type.IsValueType)))
        {
            // Still returned as a key member, so the type is not also reported as having no partition key.
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidKeyType, location, displayName, property.Name, property.Type.ToDisplayString()));
            return new ParsedMember(new MemberModel(property.Name, attributeName, ScalarKind.String, false, property.Type.IsValueType, role), property, location);
        }

        if (kind is null)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnsupportedMemberType, location, displayName, property.Name, property.Type.ToDisplayString()));
            return null;
        }

        return new ParsedMember(new MemberModel(property.Name, attributeName, kind.Value, isNullable, property.Type.IsValueType, role), property, location);
    }

    private static (ScalarKind? Kind, bool IsNullable) Classify(ITypeSymbol type)
    {
        var isNullable = false;
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
            isNullable = true;
        }
        else if (type.IsReferenceType && type.NullableAnnotation != NullableAnnotation.NotAnnotated)
        {
            // 'string?' and, in code without nullable annotations, plain 'string': a missing attribute reads as null.
            isNullable = true;
        }

        ScalarKind? kind = type.SpecialType switch
        {
            SpecialType.System_String => ScalarKind.String,
            SpecialType.System_Boolean => ScalarKind.Boolean,
            SpecialType.System_Int32 => ScalarKind.Int32,
            SpecialType.System_Int64 => ScalarKind.Int64,
            SpecialType.System_Double => ScalarKind.Double,
            _ => null,
        };
        return (kind, isNullable);
    }

    private static void CheckKeys(INamedTypeSymbol type, string displayName, Location location, List<ParsedMember> members, List<DiagnosticInfo> diagnostics)
    {
        var partitionKeys = members.Where(static m => m.Model.Role == KeyRole.PartitionKey).ToList();
        var sortKeys = members.Where(static m => m.Model.Role == KeyRole.SortKey).ToList();
        if (partitionKeys.Count == 0)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MissingPartitionKey, location, displayName));
        }
        else if (partitionKeys.Count > 1)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateKey, partitionKeys[1].Location, displayName, "PartitionKey", string.Join(", ", partitionKeys.Select(static m => m.Property.Name))));
        }

        if (sortKeys.Count > 1)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateKey, sortKeys[1].Location, displayName, "SortKey", string.Join(", ", sortKeys.Select(static m => m.Property.Name))));
        }
    }

    private static void CheckDuplicateAttributeNames(string displayName, List<ParsedMember> members, List<DiagnosticInfo> diagnostics)
    {
        var seen = new Dictionary<string, ParsedMember>(StringComparer.Ordinal);
        foreach (var member in members)
        {
            if (seen.TryGetValue(member.Model.AttributeName, out var first))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateAttributeName, member.Location, displayName, first.Property.Name, member.Property.Name, member.Model.AttributeName));
            }
            else
            {
                seen.Add(member.Model.AttributeName, member);
            }
        }
    }

    /// <summary>
    /// Picks the constructor <c>FromItem</c> calls: the one with the fewest parameters that still sets every mapped
    /// member without a setter. Every parameter must match a mapped member by name (ignoring case) and type.
    /// Generated code lives inside the type, so private constructors and setters are usable.
    /// </summary>
    private static ConstructionModel? ParseConstruction(INamedTypeSymbol type, string displayName, Location location, List<ParsedMember> members, List<DiagnosticInfo> diagnostics)
    {
        var byName = new Dictionary<string, ParsedMember>(StringComparer.OrdinalIgnoreCase);
        foreach (var member in members)
        {
            byName[member.Property.Name] = member;
        }

        var readOnly = members.Where(static m => m.Property.SetMethod is null).ToList();
        IMethodSymbol? best = null;
        List<string>? bestMembers = null;
        foreach (var constructor in type.InstanceConstructors)
        {
            if (IsCopyConstructor(type, constructor))
            {
                continue;
            }

            var parameterMembers = new List<string>();
            foreach (var parameter in constructor.Parameters)
            {
                if (!byName.TryGetValue(parameter.Name, out var member)
                    || !SymbolEqualityComparer.Default.Equals(parameter.Type.WithNullableAnnotation(NullableAnnotation.None), member.Property.Type.WithNullableAnnotation(NullableAnnotation.None)))
                {
                    parameterMembers = null;
                    break;
                }

                parameterMembers.Add(member.Property.Name);
            }

            if (parameterMembers is null || readOnly.Any(m => !parameterMembers.Contains(m.Property.Name)))
            {
                continue;
            }

            if (best is null || constructor.Parameters.Length < best.Parameters.Length)
            {
                best = constructor;
                bestMembers = parameterMembers;
            }
        }

        if (bestMembers is not null)
        {
            return new ConstructionModel(new EquatableArray<string>(bestMembers));
        }

        var reason = readOnly.Count > 0
            ? $"property '{readOnly[0].Property.Name}' has no setter and no constructor sets it; add an 'init' accessor, or a constructor whose parameters are all mapped properties (one named '{CamelCase(readOnly[0].Property.Name)}')"
            : "every constructor has a parameter that matches no mapped property; add a parameterless constructor, or one whose parameters are all mapped properties";
        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NoUsableConstructor, location, displayName, reason));
        return null;
    }

    private static bool IsCopyConstructor(INamedTypeSymbol type, IMethodSymbol constructor)
        => type.IsRecord
            && constructor.Parameters.Length == 1
            && SymbolEqualityComparer.Default.Equals(constructor.Parameters[0].Type.WithNullableAnnotation(NullableAnnotation.None), type.WithNullableAnnotation(NullableAnnotation.None));

    private static string? ChooseKeyMethodName(INamedTypeSymbol type, string displayName, Location location, List<DiagnosticInfo> diagnostics)
    {
        // LaunchDarkly's sort key is literally called 'key': a user property named Key must keep working, so the
        // builder moves to PrimaryKey (documented in the README).
        if (!HasMemberNamed(type, "Key"))
        {
            return "Key";
        }

        if (!HasMemberNamed(type, "PrimaryKey"))
        {
            return "PrimaryKey";
        }

        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.KeyBuilderNameTaken, location, displayName));
        return null;
    }

    private static bool HasMemberNamed(INamedTypeSymbol type, string name)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (!current.GetMembers(name).IsEmpty)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The attributes that apply to a property. On a positional record, attributes written on the parameter without
    /// the <c>property:</c> target land on the parameter; they count for the property too.
    /// </summary>
    private static ImmutableArray<AttributeData> MemberAttributes(IPropertySymbol property, CancellationToken cancellationToken)
    {
        var attributes = property.GetAttributes();
        if (property.ContainingType.IsRecord && property.DeclaringSyntaxReferences.Length == 1
            && property.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is ParameterSyntax parameterSyntax)
        {
            foreach (var constructor in property.ContainingType.InstanceConstructors)
            {
                foreach (var parameter in constructor.Parameters)
                {
                    if (parameter.DeclaringSyntaxReferences.Length == 1
                        && parameter.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) == parameterSyntax)
                    {
                        return attributes.AddRange(parameter.GetAttributes());
                    }
                }
            }
        }

        return attributes;
    }

    /// <summary>
    /// True for <c>{ get; }</c> and positional record properties, which hold state (a compiler-made backing field);
    /// false for computed properties.
    /// </summary>
    private static bool IsAutoProperty(IPropertySymbol property)
    {
        foreach (var member in property.ContainingType.GetMembers())
        {
            if (member is IFieldSymbol field && SymbolEqualityComparer.Default.Equals(field.AssociatedSymbol, property))
            {
                return true;
            }
        }

        return false;
    }

    private static AttributeData? FindAttribute(ImmutableArray<AttributeData> attributes, string name)
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

    private static bool HasAttribute(ImmutableArray<AttributeData> attributes, string name) => FindAttribute(attributes, name) is not null;

    private static bool IsPartial(INamedTypeSymbol type, CancellationToken cancellationToken)
        => type.DeclaringSyntaxReferences.Any(r => r.GetSyntax(cancellationToken) is TypeDeclarationSyntax t && t.Modifiers.Any(SyntaxKind.PartialKeyword));

    private static bool HasGenericContainer(INamedTypeSymbol type)
    {
        for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            if (outer.IsGenericType)
            {
                return true;
            }
        }

        return false;
    }

    private static string Keyword(INamedTypeSymbol type)
        => type.IsRecord
            ? (type.IsValueType ? "record struct" : "record")
            : (type.IsValueType ? "struct" : (type.TypeKind == TypeKind.Interface ? "interface" : "class"));

    internal static string CamelCase(string name)
        => name.Length == 0 || char.IsLower(name[0]) ? name : char.ToLowerInvariant(name[0]) + name.Substring(1);
}
