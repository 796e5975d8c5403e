using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using DynamoGen.Generator.Diagnostics;
using DynamoGen.Generator.Emit;
using DynamoGen.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DynamoGen.Generator.Parsing;

/// <summary>
/// The pipeline's transform: reads one <c>[DynamoTable]</c> or <c>[DynamoItem]</c> type's symbols into
/// <see cref="TypeFacts"/>, and does nothing else. It runs for every annotated type on every compilation, so it
/// decides nothing and reports nothing: <see cref="TypeParser"/> builds the model and the diagnostics from the facts in
/// the next step, which Roslyn skips when the facts equal the last run's. This is the only code that sees symbols.
/// </summary>
internal static class FactReader
{
    public static TypeFacts? Read(GeneratorAttributeSyntaxContext syntaxContext, bool isTable, CancellationToken cancellationToken)
    {
        if (syntaxContext.TargetSymbol is not INamedTypeSymbol type || syntaxContext.TargetNode is not TypeDeclarationSyntax declaration)
        {
            return null;
        }

        var location = SourceLocation.From(declaration.Identifier.GetLocation());
        var known = KnownTypes.For(syntaxContext.SemanticModel.Compilation);
        var (displayName, fullyQualifiedName) = known.NamesOf(type);
        try
        {
            return Read(type, declaration, syntaxContext.Attributes.FirstOrDefault(), isTable, displayName, fullyQualifiedName, location, known, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The generator must never crash the compiler: the parser reports this as an internal error.
            return new TypeFacts(
                isTable, type.Name, displayName, string.Empty, string.Empty, string.Empty, location, IsPartial: true,
                EquatableArray<ContainingTypeFacts>.Empty, IsGeneric: false, IsMappableKind: true, IsClass: false, IsRecord: false, IsValueType: false,
                null, null, EquatableArray<AttributeFacts>.Empty, EquatableArray<PropertyFacts>.Empty, HasRequiredMembers: false,
                new ConstructorFacts(null, null, AllImplicit: false, HasCopyConstructorSignature: false), EquatableArray<string>.Empty,
                ex.GetType().Name + ": " + ex.Message);
        }
    }

    private static TypeFacts Read(INamedTypeSymbol type, TypeDeclarationSyntax declaration, AttributeData? attribute, bool isTable, string displayName, string fullyQualifiedName, SourceLocation? location, KnownTypes known, CancellationToken cancellationToken)
    {
        var containingTypes = new List<ContainingTypeFacts>();
        var isGeneric = type.IsGenericType;
        for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            containingTypes.Insert(0, new ContainingTypeFacts(Keyword(outer), outer.Name, IsPartial(outer, cancellationToken)));
            isGeneric |= outer.IsGenericType;
        }

        var mappable = type.TypeKind is TypeKind.Class or TypeKind.Struct && !type.IsStatic && !type.IsAbstract;
        var properties = EquatableArray<PropertyFacts>.Empty;
        var typeAttributes = EquatableArray<AttributeFacts>.Empty;
        var hasRequiredMembers = false;
        var constructors = new ConstructorFacts(null, null, AllImplicit: false, HasCopyConstructorSignature: false);
        var taken = EquatableArray<string>.Empty;
        if (!isGeneric && mappable)
        {
            // What the parser reads of a type it cannot map anyway (generic, static, abstract) is never read.
            typeAttributes = isTable ? TypeAttributes(type, cancellationToken) : EquatableArray<AttributeFacts>.Empty;
            var candidates = Candidates(type, TemplateFieldNames(typeAttributes), cancellationToken, out hasRequiredMembers, out taken);
            properties = new EquatableArray<PropertyFacts>(candidates.Select(c => Property(c.Property, c.Attributes, type, known, cancellationToken)));
            constructors = Constructors(type, candidates, known, cancellationToken);
        }

        return new TypeFacts(
            isTable,
            type.Name,
            displayName,
            fullyQualifiedName,
            type.ContainingNamespace.IsGlobalNamespace ? string.Empty : known.NamespaceOf(type.ContainingNamespace).DisplayName,
            Keyword(type),
            location,
            declaration.Modifiers.Any(SyntaxKind.PartialKeyword),
            new EquatableArray<ContainingTypeFacts>(containingTypes),
            isGeneric,
            mappable,
            type.TypeKind == TypeKind.Class,
            type.IsRecord,
            type.IsValueType,
            attribute is null ? null : AttributeFactsOf(attribute, withLocation: false, cancellationToken),
            known.Defaults,
            typeAttributes,
            properties,
            hasRequiredMembers,
            constructors,
            taken,
            null);
    }

    /// <summary>
    /// Public instance properties that hold state (settable, or get-only auto-properties), base types first, with the
    /// attributes that apply to them. Overridden and <c>new</c> members are all listed; the parser keeps the last.
    /// The same walk finds which names generated code would like to use (<see cref="s_generatedNames"/> and
    /// <paramref name="templateFields"/>) the type or a base type already has.
    /// </summary>
    private static List<(IPropertySymbol Property, ImmutableArray<AttributeData> Attributes)> Candidates(INamedTypeSymbol type, List<string>? templateFields, CancellationToken cancellationToken, out bool hasRequiredMembers, out EquatableArray<string> taken)
    {
        hasRequiredMembers = false;
        var chain = new List<INamedTypeSymbol>();
        for (var current = type; current is not null; current = current.BaseType)
        {
            chain.Insert(0, current);
        }

        var result = new List<(IPropertySymbol, ImmutableArray<AttributeData>)>();
        List<string>? takenNames = null;
        foreach (var declaring in chain)
        {
            var declared = declaring.GetMembers();
            if (declaring.SpecialType is SpecialType.System_Object or SpecialType.System_ValueType)
            {
                // Not mapped, but generated names must not hide their members either.
                foreach (var symbol in declared)
                {
                    Claim(symbol.Name);
                }

                continue;
            }

            HashSet<IPropertySymbol>? autoProperties = null;
            foreach (var symbol in declared)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Claim(symbol.Name);
                hasRequiredMembers |= symbol is IPropertySymbol { IsRequired: true } or IFieldSymbol { IsRequired: true };
                if (symbol is not IPropertySymbol property
                    || property.IsStatic
                    || property.IsIndexer
                    || property.DeclaredAccessibility != Accessibility.Public
                    || property.GetMethod is null
                    || property.Type is IErrorTypeSymbol
                    || (property.SetMethod is null && !(autoProperties ??= AutoProperties(declared)).Contains(property)))
                {
                    continue; // not state: computed ('=> ...') properties are derived from other members
                }

                result.Add((property, AttributesOf(property, cancellationToken)));
            }
        }

        taken = takenNames is null ? EquatableArray<string>.Empty : new EquatableArray<string>(takenNames);
        return result;

        void Claim(string name)
        {
            if ((s_generatedNames.Contains(name) || templateFields?.Contains(name) == true) && takenNames?.Contains(name) != true)
            {
                (takenNames ??= new List<string>()).Add(name);
            }
        }
    }

    private static PropertyFacts Property(IPropertySymbol property, ImmutableArray<AttributeData> attributes, INamedTypeSymbol type, KnownTypes known, CancellationToken cancellationToken)
    {
        var declaredHere = SymbolEqualityComparer.Default.Equals(property.ContainingType, type);
        var setter = property.SetMethod;
        var attributeFacts = DynamoAttributes(attributes, onType: false, cancellationToken);
        ConverterFacts? converter = null;
        JsonFacts? json = null;
        if (Attributes.Find(attributes, Attributes.Converter) is { } converterAttribute)
        {
            converter = Converter(converterAttribute, property.Type, known);
        }

        if (Attributes.Find(attributes, Attributes.Json) is { } jsonAttribute)
        {
            var context = (jsonAttribute is { ConstructorArguments.Length: 1 } ? jsonAttribute.ConstructorArguments[0].Value as INamedTypeSymbol : null) ?? known.DefaultJsonContext;
            var valueType = ValueType(property.Type);
            json = context is null
                ? new JsonFacts(null, null, false, string.Empty)
                : new JsonFacts(context.ToDisplayString(), context.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat), Lists(context, valueType, known), valueType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat));
        }

        return new PropertyFacts(
            property.Name,
            SourceLocation.From(property.Locations.FirstOrDefault()),
            known.RefOf(property.Type),
            property.IsRequired,
            !property.IsRequired && HasInitializer(property, cancellationToken), // an initializer matters only to a member that is not required
            declaredHere,
            declaredHere ? null : property.ContainingType.ToDisplayString(),
            setter is not null,
            setter is not null && (declaredHere || known.Compilation.IsSymbolAccessibleWithin(setter, type)),
            setter is { IsInitOnly: true },
            attributeFacts,
            converter,
            json);
    }

    private static ConverterFacts Converter(AttributeData attribute, ITypeSymbol propertyType, KnownTypes known)
    {
        if ((attribute is { ConstructorArguments.Length: 1 } ? attribute.ConstructorArguments[0].Value as INamedTypeSymbol : null) is not { } converter)
        {
            return new ConverterFacts(false, string.Empty, string.Empty, string.Empty, false, false);
        }

        var valueType = ValueType(propertyType).WithNullableAnnotation(NullableAnnotation.None);
        var implements = converter.AllInterfaces.Any(i =>
            KnownTypes.Is(i, known.DynamoConverterOfT)
            && i.TypeArguments.Length == 1
            && SymbolEqualityComparer.Default.Equals(i.TypeArguments[0].WithNullableAnnotation(NullableAnnotation.None), valueType));
        var constructor = converter.InstanceConstructors.FirstOrDefault(static c => c.Parameters.Length == 0);
        var constructible = !converter.IsAbstract && constructor is not null && known.Compilation.IsSymbolAccessibleWithin(constructor, known.Compilation.Assembly);
        return new ConverterFacts(true, converter.ToDisplayString(), converter.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat), KnownTypes.SimpleName(converter), implements, constructible);
    }

    /// <summary>The JSON context has <c>[JsonSerializable(typeof(T))]</c> for the value type.</summary>
    private static bool Lists(INamedTypeSymbol context, ITypeSymbol valueType, KnownTypes known)
        => context.GetAttributes().Any(a => KnownTypes.Is(a.AttributeClass, known.JsonSerializableAttribute)
            && a.ConstructorArguments.Length == 1
            && a.ConstructorArguments[0].Value is ITypeSymbol listed
            && SymbolEqualityComparer.Default.Equals(listed.WithNullableAnnotation(NullableAnnotation.None), valueType.WithNullableAnnotation(NullableAnnotation.None)));

    /// <summary>T for <c>T?</c>; the type without its annotation otherwise.</summary>
    private static ITypeSymbol ValueType(ITypeSymbol type)
        => type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable
            ? nullable.TypeArguments[0]
            : type.WithNullableAnnotation(NullableAnnotation.NotAnnotated);

    private static ConstructorFacts Constructors(INamedTypeSymbol type, List<(IPropertySymbol Property, ImmutableArray<AttributeData> Attributes)> candidates, KnownTypes known, CancellationToken cancellationToken)
    {
        IMethodSymbol? primary = null;
        var allImplicit = true;
        var copySignature = false;
        // Only a declaration with a parameter list declares a primary constructor.
        var mayHavePrimary = type.DeclaringSyntaxReferences.Any(r => r.GetSyntax(cancellationToken) is TypeDeclarationSyntax { ParameterList: not null });
        foreach (var constructor in type.InstanceConstructors)
        {
            allImplicit &= constructor.IsImplicitlyDeclared;
            copySignature |= constructor.Parameters.Length == 2
                && SymbolEqualityComparer.Default.Equals(constructor.Parameters[0].Type, type)
                && constructor.Parameters[1].Type.SpecialType == SpecialType.System_Int64;
            if (primary is null && mayHavePrimary)
            {
                foreach (var reference in constructor.DeclaringSyntaxReferences)
                {
                    if (reference.GetSyntax(cancellationToken) is TypeDeclarationSyntax)
                    {
                        primary = constructor;
                        break;
                    }
                }
            }
        }

        EquatableArray<ParameterFacts>? parameters = null;
        string? baseWithout = null;
        if (primary is not null)
        {
            var list = new List<ParameterFacts>(primary.Parameters.Length);
            foreach (var parameter in primary.Parameters)
            {
                var matching = new List<int>();
                var parameterType = parameter.Type.WithNullableAnnotation(NullableAnnotation.None);
                for (var i = 0; i < candidates.Count; i++)
                {
                    var property = candidates[i].Property;
                    if (string.Equals(property.Name, parameter.Name, StringComparison.OrdinalIgnoreCase)
                        && SymbolEqualityComparer.Default.Equals(property.Type.WithNullableAnnotation(NullableAnnotation.None), parameterType))
                    {
                        matching.Add(i);
                    }
                }

                list.Add(new ParameterFacts(parameter.Name, new EquatableArray<int>(matching), parameter.HasExplicitDefaultValue, parameter.HasExplicitDefaultValue ? DefaultValue(parameter) : null));
            }

            parameters = new EquatableArray<ParameterFacts>(list);
        }
        else if (type.TypeKind == TypeKind.Class && type.BaseType is { SpecialType: not SpecialType.System_Object } baseType
            && !baseType.InstanceConstructors.Any(c => c.Parameters.All(static p => p.IsOptional) && known.Compilation.IsSymbolAccessibleWithin(c, type)))
        {
            baseWithout = baseType.ToDisplayString();
        }

        return new ConstructorFacts(parameters, baseWithout, allImplicit, copySignature);
    }

    /// <summary>The C# expression of a parameter's default value (<c>5</c>, <c>"x"</c>, <c>default</c>).</summary>
    private static string DefaultValue(IParameterSymbol parameter)
    {
        var value = parameter.ExplicitDefaultValue;
        if (value is null)
        {
            return "default";
        }

        var literal = value switch
        {
            string s => SymbolDisplay.FormatLiteral(s, quote: true),
            char c => SymbolDisplay.FormatLiteral(c, quote: true),
            bool b => b ? "true" : "false",
            IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
            _ => value.ToString(),
        };
        return value is string or bool ? literal : "(" + parameter.Type.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString(KnownTypes.TypeFormat) + ")(" + literal + (value is decimal ? "m" : value is float ? "f" : value is double ? "d" : string.Empty) + ")";
    }

    /// <summary>The names generated code would like to use for its nested classes, the key builder and its private fields.</summary>
    private static readonly HashSet<string> s_generatedNames = new(StringComparer.Ordinal)
    {
        "Key", "PrimaryKey", "Fields", "DynamoFields", "Indexes", "DynamoIndexes", Names.Helpers, Names.MappingField, Names.SchemaField, Names.TemplatesField,
    };

    /// <summary>The names of the fields generated for the key templates the type's attributes could declare.</summary>
    private static List<string>? TemplateFieldNames(EquatableArray<AttributeFacts> typeAttributes)
    {
        List<string>? names = null;
        foreach (var attribute in typeAttributes)
        {
            // Every attribute a key template on the type could be stored under.
            var name = Attributes.NamedString(attribute, "AttributeName")
                ?? (attribute.Name == Attributes.PartitionKey ? "PK" : attribute.Name == Attributes.SortKey ? "SK" : null);
            if (name is not null)
            {
                (names ??= new List<string>()).Add(Names.TemplateField(name));
            }
        }

        return names;
    }

    /// <summary>The key and index attributes of a table type, with where each is written.</summary>
    private static EquatableArray<AttributeFacts> TypeAttributes(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        List<AttributeFacts>? result = null;
        foreach (var attribute in type.GetAttributes())
        {
            if (IsDynamo(attribute) && attribute.AttributeClass!.Name is Attributes.PartitionKey or Attributes.SortKey or Attributes.GlobalIndex or Attributes.LocalIndex)
            {
                (result ??= new List<AttributeFacts>()).Add(AttributeFactsOf(attribute, withLocation: true, cancellationToken));
            }
        }

        return result is null ? EquatableArray<AttributeFacts>.Empty : new EquatableArray<AttributeFacts>(result);
    }

    /// <summary>DynamoGen's attributes among a member's; index attributes with where they are written.</summary>
    private static EquatableArray<AttributeFacts> DynamoAttributes(ImmutableArray<AttributeData> attributes, bool onType, CancellationToken cancellationToken)
    {
        List<AttributeFacts>? result = null;
        foreach (var attribute in attributes)
        {
            if (IsDynamo(attribute))
            {
                var withLocation = onType || attribute.AttributeClass!.Name is Attributes.GlobalIndex or Attributes.LocalIndex;
                (result ??= new List<AttributeFacts>()).Add(AttributeFactsOf(attribute, withLocation, cancellationToken));
            }
        }

        return result is null ? EquatableArray<AttributeFacts>.Empty : new EquatableArray<AttributeFacts>(result);
    }

    private static bool IsDynamo(AttributeData attribute) => Attributes.IsDynamo(attribute.AttributeClass);

    public static AttributeFacts AttributeFactsOf(AttributeData attribute, bool withLocation, CancellationToken cancellationToken)
    {
        var arguments = EquatableArray<ArgumentFacts>.Empty;
        if (attribute.ConstructorArguments.Length > 0)
        {
            arguments = new EquatableArray<ArgumentFacts>(attribute.ConstructorArguments.Select(Argument));
        }

        var named = EquatableArray<NamedArgumentFacts>.Empty;
        if (attribute.NamedArguments.Length > 0)
        {
            named = new EquatableArray<NamedArgumentFacts>(attribute.NamedArguments.Select(static p => new NamedArgumentFacts(p.Key, Argument(p.Value))));
        }

        var location = withLocation ? SourceLocation.From(attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken).GetLocation()) : null;
        return new AttributeFacts(attribute.AttributeClass?.Name ?? string.Empty, arguments, named, location);
    }

    private static ArgumentFacts Argument(TypedConstant constant)
    {
        if (constant.Kind == TypedConstantKind.Array)
        {
            return constant.IsNull
                ? ArgumentFacts.Null
                : new ArgumentFacts(ArgumentKind.Array, null, 0, new EquatableArray<string>(constant.Values.Select(static v => v.Value as string ?? string.Empty)));
        }

        return constant.Value switch
        {
            string s => new ArgumentFacts(ArgumentKind.String, s, 0, EquatableArray<string>.Empty),
            int i => new ArgumentFacts(ArgumentKind.Int32, null, i, EquatableArray<string>.Empty),
            bool b => b ? ArgumentFacts.True : ArgumentFacts.False,
            _ => ArgumentFacts.Other,
        };
    }

    /// <summary>
    /// The properties of one type that hold state without a setter: <c>{ get; }</c> and positional record properties,
    /// which have a compiler-made backing field. Computed properties have none.
    /// </summary>
    private static HashSet<IPropertySymbol> AutoProperties(ImmutableArray<ISymbol> members)
    {
        var result = new HashSet<IPropertySymbol>(SymbolEqualityComparer.Default);
        foreach (var member in members)
        {
            if (member is IFieldSymbol { AssociatedSymbol: IPropertySymbol property })
            {
                result.Add(property);
            }
        }

        return result;
    }

    /// <summary>
    /// The attributes that apply to a property. On a positional record, attributes written on the parameter without
    /// the <c>property:</c> target land on the parameter; they count for the property too.
    /// </summary>
    private static ImmutableArray<AttributeData> AttributesOf(IPropertySymbol property, CancellationToken cancellationToken)
    {
        var attributes = property.GetAttributes();
        var references = property.DeclaringSyntaxReferences;
        if (references.Length == 1
            && references[0].GetSyntax(cancellationToken) is ParameterSyntax parameterSyntax)
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

    private static bool HasInitializer(IPropertySymbol property, CancellationToken cancellationToken)
    {
        foreach (var reference in property.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is PropertyDeclarationSyntax { Initializer: not null })
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPartial(INamedTypeSymbol type, CancellationToken cancellationToken)
        => type.DeclaringSyntaxReferences.Any(r => r.GetSyntax(cancellationToken) is TypeDeclarationSyntax t && t.Modifiers.Any(SyntaxKind.PartialKeyword));

    private static string Keyword(INamedTypeSymbol type)
        => type.IsRecord
            ? (type.IsValueType ? "record struct" : "record")
            : (type.IsValueType ? "struct" : (type.TypeKind == TypeKind.Interface ? "interface" : "class"));
}
