using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using DynamoGen.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DynamoGen.Generator.Parsing;

/// <summary>
/// The framework and DynamoGen types the parser recognises, resolved once per compilation (as System.Text.Json's
/// generator does with its KnownTypeSymbols) and compared as symbols, never by display string. A type the
/// compilation does not have (DateOnly before .NET 6) is null and matches nothing. Instances are cached weakly per
/// <see cref="Compilation"/>, so every annotated type of a compilation shares one, and none outlives its compilation.
/// What many annotated types ask again and again (type names, an enum's members) is computed once here too.
/// </summary>
internal sealed class KnownTypes
{
    /// <summary>Type names with nullable reference annotations, so element nullability survives into generated code.</summary>
    public static readonly SymbolDisplayFormat TypeFormat = SymbolDisplayFormat.FullyQualifiedFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    private static readonly ConditionalWeakTable<Compilation, KnownTypes> s_cache = new();

    private readonly Compilation _compilation;
    private Resolved? _guid, _dateTimeOffset, _dateOnly, _timeOnly, _timeSpan, _readOnlyMemory, _flags, _jsonSerializable, _converter;
    private Resolved? _list, _iList, _iReadOnlyList, _iEnumerable, _iCollection, _iReadOnlyCollection, _immutableArray;
    private Resolved? _hashSet, _iSet, _iReadOnlySet, _dictionary, _iDictionary, _iReadOnlyDictionary;
    private readonly ConcurrentDictionary<ITypeSymbol, TypeRef> _refs = new(SymbolEqualityComparer.IncludeNullability);
    private readonly ConcurrentDictionary<INamedTypeSymbol, EnumFacts> _enums = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<INamespaceSymbol, (string, string)> _namespaces = new(SymbolEqualityComparer.Default);
    private AttributeFacts? _defaults;
    private INamedTypeSymbol? _defaultJsonContext;
    private bool _defaultsRead;

    private KnownTypes(Compilation compilation) => _compilation = compilation;

    public static KnownTypes For(Compilation compilation) => s_cache.GetValue(compilation, static c => new KnownTypes(c));

    public Compilation Compilation => _compilation;

    public INamedTypeSymbol? Guid => Get(ref _guid, "System.Guid");

    public INamedTypeSymbol? DateTimeOffset => Get(ref _dateTimeOffset, "System.DateTimeOffset");

    public INamedTypeSymbol? DateOnly => Get(ref _dateOnly, "System.DateOnly");

    public INamedTypeSymbol? TimeOnly => Get(ref _timeOnly, "System.TimeOnly");

    public INamedTypeSymbol? TimeSpan => Get(ref _timeSpan, "System.TimeSpan");

    public INamedTypeSymbol? ReadOnlyMemoryOfT => Get(ref _readOnlyMemory, "System.ReadOnlyMemory`1");

    public INamedTypeSymbol? FlagsAttribute => Get(ref _flags, "System.FlagsAttribute");

    public INamedTypeSymbol? JsonSerializableAttribute => Get(ref _jsonSerializable, "System.Text.Json.Serialization.JsonSerializableAttribute");

    public INamedTypeSymbol? DynamoConverterOfT => Get(ref _converter, "DynamoGen.IDynamoConverter`1");

    public INamedTypeSymbol? ListOfT => Get(ref _list, "System.Collections.Generic.List`1");

    public INamedTypeSymbol? IListOfT => Get(ref _iList, "System.Collections.Generic.IList`1");

    public INamedTypeSymbol? IReadOnlyListOfT => Get(ref _iReadOnlyList, "System.Collections.Generic.IReadOnlyList`1");

    public INamedTypeSymbol? IEnumerableOfT => Get(ref _iEnumerable, "System.Collections.Generic.IEnumerable`1");

    public INamedTypeSymbol? ICollectionOfT => Get(ref _iCollection, "System.Collections.Generic.ICollection`1");

    public INamedTypeSymbol? IReadOnlyCollectionOfT => Get(ref _iReadOnlyCollection, "System.Collections.Generic.IReadOnlyCollection`1");

    public INamedTypeSymbol? ImmutableArrayOfT => Get(ref _immutableArray, "System.Collections.Immutable.ImmutableArray`1");

    public INamedTypeSymbol? HashSetOfT => Get(ref _hashSet, "System.Collections.Generic.HashSet`1");

    public INamedTypeSymbol? ISetOfT => Get(ref _iSet, "System.Collections.Generic.ISet`1");

    public INamedTypeSymbol? IReadOnlySetOfT => Get(ref _iReadOnlySet, "System.Collections.Generic.IReadOnlySet`1");

    public INamedTypeSymbol? DictionaryOfT => Get(ref _dictionary, "System.Collections.Generic.Dictionary`2");

    public INamedTypeSymbol? IDictionaryOfT => Get(ref _iDictionary, "System.Collections.Generic.IDictionary`2");

    public INamedTypeSymbol? IReadOnlyDictionaryOfT => Get(ref _iReadOnlyDictionary, "System.Collections.Generic.IReadOnlyDictionary`2");

    /// <summary><c>[assembly: DynamoDefaults]</c>, if the compilation has it.</summary>
    public AttributeFacts? Defaults
    {
        get
        {
            ReadDefaults();
            return _defaults;
        }
    }

    /// <summary>The <c>JsonContext</c> of <c>[assembly: DynamoDefaults]</c>, if it sets one.</summary>
    public INamedTypeSymbol? DefaultJsonContext
    {
        get
        {
            ReadDefaults();
            return _defaultJsonContext;
        }
    }

    private void ReadDefaults()
    {
        if (!_defaultsRead)
        {
            var defaults = Attributes.Find(_compilation.Assembly.GetAttributes(), Attributes.Defaults);
            _defaultJsonContext = Attributes.TryGetNamed(defaults, "JsonContext", out var jsonContext) ? jsonContext.Value as INamedTypeSymbol : null;
            _defaults = defaults is null ? null : FactReader.AttributeFactsOf(defaults, withLocation: false, default);
            _defaultsRead = true;
        }
    }

    /// <summary>A namespace as users write it and with <c>global::</c>.</summary>
    public (string DisplayName, string FullyQualifiedName) NamespaceOf(INamespaceSymbol ns)
    {
        if (!_namespaces.TryGetValue(ns, out var names))
        {
            names = (ns.ToDisplayString(), ns.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat));
            _namespaces.TryAdd(ns, names);
        }

        return names;
    }

    /// <summary>
    /// An annotated type as users write it and with <c>global::</c>, as <c>ToDisplayString</c> writes them. Put
    /// together from its namespace's (computed once per compilation) and the simple names, which is most of the
    /// cost of reading a type that has not changed; generic types and names that are C# keywords are left to Roslyn.
    /// </summary>
    public (string DisplayName, string FullyQualifiedName) NamesOf(INamedTypeSymbol type)
    {
        var text = new System.Text.StringBuilder();
        for (var current = type; current is not null; current = current.ContainingType)
        {
            if (current.IsGenericType || SyntaxFacts.GetKeywordKind(current.Name) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(current.Name) != SyntaxKind.None)
            {
                return (type.ToDisplayString(), type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat));
            }

            text.Insert(0, current.Name);
            if (current.ContainingType is not null)
            {
                text.Insert(0, '.');
            }
        }

        var names = text.ToString();
        if (type.ContainingNamespace is not { IsGlobalNamespace: false } ns)
        {
            return (names, "global::" + names);
        }

        var (display, qualified) = NamespaceOf(ns);
        return (display + "." + names, qualified + "." + names);
    }

    /// <summary>What the parser needs to know of a type, one shared instance per type (with its annotations) and compilation.</summary>
    public TypeRef RefOf(ITypeSymbol type)
    {
        if (!_refs.TryGetValue(type, out var reference))
        {
            reference = CreateRef(type);
            _refs.TryAdd(type, reference);
        }

        return reference;
    }

    private TypeRef CreateRef(ITypeSymbol type)
    {
        TypeRef? unwrapped = null;
        var nullableValue = false;
        var nullableReference = false;
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            unwrapped = RefOf(nullable.TypeArguments[0]);
            nullableValue = true;
        }
        else if (type.IsReferenceType && type.NullableAnnotation != NullableAnnotation.NotAnnotated)
        {
            // 'string?' and, in code without nullable annotations, plain 'string': a missing attribute reads as null.
            unwrapped = RefOf(type.WithNullableAnnotation(NullableAnnotation.NotAnnotated));
            nullableReference = true;
        }

        var scalar = ScalarOf(type);
        EnumFacts? enumFacts = type is INamedTypeSymbol { TypeKind: TypeKind.Enum, EnumUnderlyingType: not null } enumType ? EnumFactsOf(enumType) : null;
        var arrayRank = 0;
        TypeRef? element = null;
        var collection = KnownCollection.None;
        var arguments = EquatableArray<TypeRef>.Empty;
        var mappedItem = false;
        var unmappedSource = false;
        if (type is IArrayTypeSymbol array)
        {
            arrayRank = array.Rank;
            element = RefOf(array.ElementType);
        }
        else if (type is INamedTypeSymbol named)
        {
            if (named.IsGenericType)
            {
                var list = new List<TypeRef>(named.TypeArguments.Length);
                foreach (var argument in named.TypeArguments)
                {
                    list.Add(RefOf(argument));
                }

                arguments = new EquatableArray<TypeRef>(list);
                collection = CollectionOf(named.ConstructedFrom);
            }

            if (scalar is null && enumFacts is null && collection == KnownCollection.None && !nullableValue)
            {
                mappedItem = Attributes.Has(named, Attributes.Item) || Attributes.Has(named, Attributes.Table);
                unmappedSource = !mappedItem
                    && named.TypeKind is TypeKind.Class or TypeKind.Struct
                    && named.SpecialType == SpecialType.None
                    && !named.IsGenericType
                    && named.Locations.Any(static l => l.IsInSource);
            }
        }

        return new TypeRef(
            type.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString(TypeFormat),
            type.ToDisplayString(),
            unwrapped,
            nullableValue,
            nullableReference,
            type.IsValueType,
            scalar,
            type.SpecialType == SpecialType.System_DateTime || Is(type, DateTimeOffset),
            enumFacts,
            arrayRank,
            element,
            collection,
            arguments,
            mappedItem,
            unmappedSource,
            SimpleName(type));
    }

    /// <summary>The scalar kind a type is stored as (DateTime and DateTimeOffset as text, as without <c>[Epoch]</c>).</summary>
    private ScalarKind? ScalarOf(ITypeSymbol type)
    {
        switch (type.SpecialType)
        {
            case SpecialType.System_String: return ScalarKind.String;
            case SpecialType.System_Char: return ScalarKind.Char;
            case SpecialType.System_Boolean: return ScalarKind.Boolean;
            case SpecialType.System_Byte: return ScalarKind.Byte;
            case SpecialType.System_SByte: return ScalarKind.SByte;
            case SpecialType.System_Int16: return ScalarKind.Int16;
            case SpecialType.System_UInt16: return ScalarKind.UInt16;
            case SpecialType.System_Int32: return ScalarKind.Int32;
            case SpecialType.System_UInt32: return ScalarKind.UInt32;
            case SpecialType.System_Int64: return ScalarKind.Int64;
            case SpecialType.System_UInt64: return ScalarKind.UInt64;
            case SpecialType.System_Single: return ScalarKind.Single;
            case SpecialType.System_Double: return ScalarKind.Double;
            case SpecialType.System_Decimal: return ScalarKind.Decimal;
            case SpecialType.System_DateTime: return ScalarKind.DateTime;
        }

        if (type is IArrayTypeSymbol { Rank: 1, ElementType.SpecialType: SpecialType.System_Byte })
        {
            return ScalarKind.Binary;
        }

        if (type is not INamedTypeSymbol { TypeKind: TypeKind.Struct } named)
        {
            return null;
        }

        // The name first: most structs are none of these, and a known type is then never looked up.
        return named.MetadataName switch
        {
            "Guid" when Is(named, Guid) => ScalarKind.Guid,
            "DateTimeOffset" when Is(named, DateTimeOffset) => ScalarKind.DateTimeOffset,
            "DateOnly" when Is(named, DateOnly) => ScalarKind.DateOnly,
            "TimeOnly" when Is(named, TimeOnly) => ScalarKind.TimeOnly,
            "TimeSpan" when Is(named, TimeSpan) => ScalarKind.TimeSpan,
            "ReadOnlyMemory`1" when Is(named, ReadOnlyMemoryOfT) && named.TypeArguments[0].SpecialType == SpecialType.System_Byte => ScalarKind.Memory,
            _ => null,
        };
    }

    private KnownCollection CollectionOf(INamedTypeSymbol definition)
        => definition.MetadataName switch
        {
            "List`1" when Is(definition, ListOfT) => KnownCollection.ListLike,
            "IList`1" when Is(definition, IListOfT) => KnownCollection.ListLike,
            "IReadOnlyList`1" when Is(definition, IReadOnlyListOfT) => KnownCollection.ListLike,
            "IEnumerable`1" when Is(definition, IEnumerableOfT) => KnownCollection.ListLike,
            "ICollection`1" when Is(definition, ICollectionOfT) => KnownCollection.ListLike,
            "IReadOnlyCollection`1" when Is(definition, IReadOnlyCollectionOfT) => KnownCollection.ListLike,
            "ImmutableArray`1" when Is(definition, ImmutableArrayOfT) => KnownCollection.ImmutableArray,
            "HashSet`1" when Is(definition, HashSetOfT) => KnownCollection.SetLike,
            "ISet`1" when Is(definition, ISetOfT) => KnownCollection.SetLike,
            "IReadOnlySet`1" when Is(definition, IReadOnlySetOfT) => KnownCollection.SetLike,
            "Dictionary`2" when Is(definition, DictionaryOfT) => KnownCollection.DictionaryLike,
            "IDictionary`2" when Is(definition, IDictionaryOfT) => KnownCollection.DictionaryLike,
            "IReadOnlyDictionary`2" when Is(definition, IReadOnlyDictionaryOfT) => KnownCollection.DictionaryLike,
            _ => KnownCollection.None,
        };

    /// <summary>An enum's named values, whether it is a <c>[Flags]</c> enum, and how it is stored.</summary>
    private EnumFacts EnumFactsOf(INamedTypeSymbol enumType)
    {
        if (!_enums.TryGetValue(enumType, out var facts))
        {
            var members = new List<EnumMember>();
            foreach (var member in enumType.GetMembers())
            {
                if (member is IFieldSymbol { HasConstantValue: true } field)
                {
                    members.Add(new EnumMember(field.Name, System.Convert.ToString(field.ConstantValue, CultureInfo.InvariantCulture) ?? "0"));
                }
            }

            var isFlags = false;
            var asString = false;
            foreach (var attribute in enumType.GetAttributes())
            {
                isFlags |= Is(attribute.AttributeClass, FlagsAttribute);
                asString |= attribute.AttributeClass?.Name == Attributes.EnumAsString && Attributes.IsDynamo(attribute.AttributeClass);
            }

            facts = new EnumFacts(new EquatableArray<EnumMember>(members), isFlags, enumType.ToDisplayString(), ScalarOf(enumType.EnumUnderlyingType!) ?? ScalarKind.Int32, asString);
            _enums.TryAdd(enumType, facts);
        }

        return facts;
    }

    /// <summary><c>Color</c>, <c>Order_Status</c> for a nested enum, <c>List_Webhook</c> for a generic type.</summary>
    public static string SimpleName(ITypeSymbol type)
    {
        var text = new System.Text.StringBuilder();
        for (ISymbol? symbol = type; symbol is INamedTypeSymbol or IArrayTypeSymbol; symbol = symbol.ContainingType)
        {
            var part = symbol is INamedTypeSymbol named
                ? named.Name + string.Concat(named.TypeArguments.Select(static a => "_" + SimpleName(a)))
                : SimpleName(((IArrayTypeSymbol)symbol).ElementType) + "Array";
            text.Insert(0, text.Length == 0 ? part : part + "_");
            if (symbol is IArrayTypeSymbol)
            {
                break;
            }
        }

        return text.ToString();
    }

    /// <summary>The type is <paramref name="known"/> (a non-null known type).</summary>
    public static bool Is(ITypeSymbol? type, INamedTypeSymbol? known)
        => known is not null && type is not null && SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, known);

    private INamedTypeSymbol? Get(ref Resolved? slot, string metadataName)
    {
        // Resolved on first use: most compilations need only a few of these. A race resolves twice, harmlessly.
        slot ??= new Resolved(_compilation.GetTypeByMetadataName(metadataName));
        return slot.Symbol;
    }

    /// <summary>A resolved lookup, so a type the compilation lacks is looked up once too.</summary>
    private sealed class Resolved
    {
        public Resolved(INamedTypeSymbol? symbol) => Symbol = symbol;

        public INamedTypeSymbol? Symbol { get; }
    }
}

