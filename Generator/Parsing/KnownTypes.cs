using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using DynamoGen.Generator.Model;
using Microsoft.CodeAnalysis;

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
    private static readonly ConditionalWeakTable<Compilation, KnownTypes> s_cache = new();

    private readonly Compilation _compilation;
    private Resolved? _guid, _dateTimeOffset, _dateOnly, _timeOnly, _timeSpan, _readOnlyMemory, _flags, _jsonSerializable, _converter;
    private Resolved? _list, _iList, _iReadOnlyList, _iEnumerable, _iCollection, _iReadOnlyCollection, _immutableArray;
    private Resolved? _hashSet, _iSet, _iReadOnlySet, _dictionary, _iDictionary, _iReadOnlyDictionary;
    private readonly ConcurrentDictionary<ITypeSymbol, string> _names = new(SymbolEqualityComparer.IncludeNullability);
    private readonly ConcurrentDictionary<INamedTypeSymbol, EnumFacts> _enums = new(SymbolEqualityComparer.Default);
    private AttributeData? _defaults;
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
    public AttributeData? AssemblyDefaults
    {
        get
        {
            if (!_defaultsRead)
            {
                _defaults = Attributes.Find(_compilation.Assembly.GetAttributes(), Attributes.Defaults);
                _defaultsRead = true;
            }

            return _defaults;
        }
    }

    /// <summary>The type's <c>global::</c>-qualified name with nullable annotations, as generated code writes it.</summary>
    public string NameOf(ITypeSymbol type)
    {
        if (!_names.TryGetValue(type, out var name))
        {
            name = type.ToDisplayString(ShapeParser.TypeFormat);
            _names.TryAdd(type, name);
        }

        return name;
    }

    /// <summary>An enum's named values and whether it is a <c>[Flags]</c> enum.</summary>
    public EnumFacts EnumFactsOf(INamedTypeSymbol enumType)
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
            foreach (var attribute in enumType.GetAttributes())
            {
                isFlags |= Is(attribute.AttributeClass, FlagsAttribute);
            }

            facts = new EnumFacts(new EquatableArray<EnumMember>(members), isFlags, enumType.ToDisplayString());
            _enums.TryAdd(enumType, facts);
        }

        return facts;
    }

    /// <summary>The type is <paramref name="known"/> (a non-null known type).</summary>
    public static bool Is(ITypeSymbol? type, INamedTypeSymbol? known)
        => known is not null && type is not null && SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, known);

    /// <summary>The type is a date that can be stored as epoch seconds: DateTime or DateTimeOffset.</summary>
    public bool IsEpochDate(ITypeSymbol type) => type.SpecialType == SpecialType.System_DateTime || Is(type, DateTimeOffset);

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

/// <summary>What the parser needs of an enum type, the same for every member that uses it.</summary>
/// <param name="Members">The named values.</param>
/// <param name="IsFlags">A <c>[Flags]</c> enum.</param>
/// <param name="DisplayName">The enum as users write it.</param>
internal sealed record EnumFacts(EquatableArray<EnumMember> Members, bool IsFlags, string DisplayName);
