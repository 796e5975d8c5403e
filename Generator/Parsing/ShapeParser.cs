using System.Collections.Generic;
using System.Linq;
using DynamoGen.Generator.Model;
using Microsoft.CodeAnalysis;

namespace DynamoGen.Generator.Parsing;

/// <summary>
/// Decides how a member's C# type is stored (<see cref="TypeShape"/>), recursively through lists, sets and maps,
/// and collects the enum, JSON and converter helpers the type needs. Unsupported types produce a reason the caller
/// turns into a diagnostic.
/// </summary>
internal sealed class ShapeParser
{
    /// <summary>Type names with nullable reference annotations, so element nullability survives into generated code.</summary>
    public static readonly SymbolDisplayFormat TypeFormat = SymbolDisplayFormat.FullyQualifiedFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    private readonly Dictionary<string, EnumModel> _enums = new();
    private readonly Dictionary<string, HelperField> _helpers = new();
    private readonly Dictionary<string, string> _enumHelpers = new();
    private readonly HashSet<string> _helperNames = new();

    private readonly KnownTypes _known;

    public ShapeParser(KnownTypes known, bool enumsAsStrings, INamedTypeSymbol? defaultJsonContext)
    {
        _known = known;
        EnumsAsStrings = enumsAsStrings;
        DefaultJsonContext = defaultJsonContext;
    }

    public bool EnumsAsStrings { get; }

    public INamedTypeSymbol? DefaultJsonContext { get; }

    public IEnumerable<EnumModel> Enums => _enums.Values.OrderBy(static e => e.Helper, System.StringComparer.Ordinal);

    public IEnumerable<HelperField> Helpers => _helpers.Values.OrderBy(static h => h.Name, System.StringComparer.Ordinal);

    /// <summary>What the member-level attributes ask for.</summary>
    public readonly struct MemberOptions
    {
        public MemberOptions(bool epoch, bool enumAsString, bool json, INamedTypeSymbol? jsonContext, INamedTypeSymbol? converter)
        {
            Epoch = epoch;
            EnumAsString = enumAsString;
            Json = json;
            JsonContext = jsonContext;
            Converter = converter;
        }

        public bool Epoch { get; }

        public bool EnumAsString { get; }

        public bool Json { get; }

        public INamedTypeSymbol? JsonContext { get; }

        public INamedTypeSymbol? Converter { get; }
    }

    /// <summary>A shape, or why there is none (<see cref="Problem"/>).</summary>
    public readonly struct Result
    {
        public Result(TypeShape? shape, ShapeProblem problem, string detail = "", ITypeSymbol? offending = null)
        {
            Shape = shape;
            Problem = problem;
            Detail = detail;
            Offending = offending;
        }

        public TypeShape? Shape { get; }

        public ShapeProblem Problem { get; }

        public string Detail { get; }

        public ITypeSymbol? Offending { get; }
    }

    public Result ParseMember(ITypeSymbol type, MemberOptions options)
    {
        if (options.Converter is not null)
        {
            return ParseConverter(type, options.Converter, _known.Compilation);
        }

        if (options.Json)
        {
            var context = options.JsonContext ?? DefaultJsonContext;
            if (context is null)
            {
                return new Result(null, ShapeProblem.NotApplicable, "DynamoJson needs a JsonSerializerContext: write [DynamoJson(typeof(MyJsonContext))] or set [assembly: DynamoDefaults(JsonContext = typeof(MyJsonContext))]");
            }

            var (valueType, nullableValue, nullableReference) = Unwrap(type);
            if (!context.GetAttributes().Any(a => KnownTypes.Is(a.AttributeClass, _known.JsonSerializableAttribute)
                && a.ConstructorArguments.Length == 1
                && a.ConstructorArguments[0].Value is ITypeSymbol listed
                && SymbolEqualityComparer.Default.Equals(listed.WithNullableAnnotation(NullableAnnotation.None), valueType.WithNullableAnnotation(NullableAnnotation.None))))
            {
                return new Result(null, ShapeProblem.NotApplicable, $"DynamoJson needs metadata for '{valueType.ToDisplayString()}' in '{context.ToDisplayString()}': add [JsonSerializable(typeof({valueType.ToDisplayString()}))] to it");
            }

            var field = HelperFor("Json", valueType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + "|" + context.ToDisplayString(), valueType);
            _helpers[field] = new HelperField(field, ShapeKind.Json, _known.NameOf(valueType), context.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat));
            return new Result(new TypeShape(ShapeKind.Json, _known.NameOf(valueType), nullableValue, nullableReference, default, CollectionKind.None, null, field), ShapeProblem.None);
        }

        return Parse(type, options, depth: 0);
    }

    private Result Parse(ITypeSymbol type, MemberOptions options, int depth)
    {
        var (valueType, nullableValue, nullableReference) = Unwrap(type);
        var name = _known.NameOf(valueType);

        if (Scalar(valueType, options.Epoch) is { } scalar)
        {
            return new Result(new TypeShape(ShapeKind.Scalar, name, nullableValue, nullableReference, scalar, CollectionKind.None, null, null), ShapeProblem.None);
        }

        if (valueType is INamedTypeSymbol { TypeKind: TypeKind.Enum, EnumUnderlyingType: { } underlying } enumType)
        {
            var asString = options.EnumAsString || EnumsAsStrings || Attributes.Has(enumType, Attributes.EnumAsString);
            var facts = _known.EnumFactsOf(enumType);
            if (asString && facts.IsFlags)
            {
                return new Result(null, ShapeProblem.NotApplicable, $"'{enumType.ToDisplayString()}' is a [Flags] enum, whose combinations have no single name; store it as a number (remove the enums-as-strings setting for it)");
            }

            var key = name + (asString ? "|name" : "|number");
            if (!_enumHelpers.TryGetValue(key, out var helper))
            {
                helper = UniqueHelper(SimpleName(enumType) + (asString ? "Name" : "Number"));
                _enumHelpers[key] = helper;
                _enums[helper] = new EnumModel(helper, name, facts.DisplayName, Scalar(underlying, false) ?? ScalarKind.Int32, asString, facts.IsFlags, facts.Members);
            }

            return new Result(new TypeShape(ShapeKind.Enum, name, nullableValue, nullableReference, Scalar(underlying, false) ?? ScalarKind.Int32, CollectionKind.None, null, helper), ShapeProblem.None);
        }

        if (depth > 16)
        {
            return new Result(null, ShapeProblem.Unsupported, " (collections nested more than 16 deep)");
        }

        if (valueType is IArrayTypeSymbol { Rank: 1 } array)
        {
            return Collection(ShapeKind.List, CollectionKind.Array, name, nullableValue, nullableReference, array.ElementType, options, depth);
        }

        if (valueType is INamedTypeSymbol { IsGenericType: true } generic)
        {
            var definition = generic.ConstructedFrom;
            var args = generic.TypeArguments;
            var k = _known;
            if (Is(definition, k.ListOfT) || Is(definition, k.IListOfT) || Is(definition, k.IReadOnlyListOfT) || Is(definition, k.IEnumerableOfT)
                || Is(definition, k.ICollectionOfT) || Is(definition, k.IReadOnlyCollectionOfT))
            {
                return Collection(ShapeKind.List, CollectionKind.List, name, nullableValue, nullableReference, args[0], options, depth);
            }

            if (Is(definition, k.ImmutableArrayOfT))
            {
                return Collection(ShapeKind.List, CollectionKind.ImmutableArray, name, nullableValue, nullableReference, args[0], options, depth);
            }

            if (Is(definition, k.HashSetOfT) || Is(definition, k.ISetOfT) || Is(definition, k.IReadOnlySetOfT))
            {
                return Set(name, nullableValue, nullableReference, args[0]);
            }

            if (Is(definition, k.DictionaryOfT) || Is(definition, k.IDictionaryOfT) || Is(definition, k.IReadOnlyDictionaryOfT))
            {
                if (args[0].SpecialType != SpecialType.System_String)
                {
                    return new Result(null, ShapeProblem.Unsupported, " (map keys must be strings: DynamoDB map keys are attribute names)");
                }

                return Collection(ShapeKind.Map, CollectionKind.None, name, nullableValue, nullableReference, args[1], options, depth);
            }
        }

        if (valueType is INamedTypeSymbol named && (Attributes.Has(named, Attributes.Item) || Attributes.Has(named, Attributes.Table)))
        {
            return new Result(new TypeShape(ShapeKind.Item, name, nullableValue, nullableReference, default, CollectionKind.None, null, null), ShapeProblem.None);
        }

        if (valueType is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } candidate
            && candidate.SpecialType == SpecialType.None
            && !candidate.IsGenericType
            && candidate.Locations.Any(static l => l.IsInSource))
        {
            return new Result(null, ShapeProblem.NotAnItem, string.Empty, candidate);
        }

        return new Result(null, ShapeProblem.Unsupported, string.Empty, valueType);
    }

    private Result Collection(ShapeKind kind, CollectionKind collection, string name, bool nullableValue, bool nullableReference, ITypeSymbol elementType, MemberOptions options, int depth)
    {
        var element = Parse(elementType, options, depth + 1);
        if (element.Shape is null)
        {
            return element;
        }

        return new Result(new TypeShape(kind, name, nullableValue, nullableReference, default, collection, element.Shape, null), ShapeProblem.None);
    }

    private Result Set(string name, bool nullableValue, bool nullableReference, ITypeSymbol elementType)
    {
        var (valueType, elementNullable, elementNullableReference) = Unwrap(elementType);
        var scalar = Scalar(valueType, epoch: false);
        if (scalar is not { } kind || elementNullable || !(kind.IsNumber() || kind is ScalarKind.String or ScalarKind.Binary))
        {
            return new Result(null, ShapeProblem.Unsupported, " (sets hold strings, numbers or byte[]: DynamoDB's SS, NS and BS)");
        }

        var element = new TypeShape(ShapeKind.Scalar, _known.NameOf(valueType), false, elementNullableReference, kind, CollectionKind.None, null, null);
        return new Result(new TypeShape(ShapeKind.Set, name, nullableValue, nullableReference, kind, CollectionKind.None, element, null), ShapeProblem.None);
    }

    private Result ParseConverter(ITypeSymbol type, INamedTypeSymbol converter, Compilation compilation)
    {
        var (valueType, nullableValue, nullableReference) = Unwrap(type);
        var implements = converter.AllInterfaces.Any(i =>
            KnownTypes.Is(i, _known.DynamoConverterOfT)
            && i.TypeArguments.Length == 1
            && SymbolEqualityComparer.Default.Equals(i.TypeArguments[0].WithNullableAnnotation(NullableAnnotation.None), valueType.WithNullableAnnotation(NullableAnnotation.None)));
        if (!implements)
        {
            return new Result(null, ShapeProblem.InvalidConverter, "does not implement IDynamoConverter<" + valueType.ToDisplayString() + ">", valueType);
        }

        var constructor = converter.InstanceConstructors.FirstOrDefault(static c => c.Parameters.Length == 0);
        if (converter.IsAbstract || constructor is null || !compilation.IsSymbolAccessibleWithin(constructor, compilation.Assembly))
        {
            return new Result(null, ShapeProblem.InvalidConverter, "has no accessible parameterless constructor", valueType);
        }

        var field = HelperFor("Converter", converter.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat), converter);
        _helpers[field] = new HelperField(field, ShapeKind.Converter, _known.NameOf(valueType), converter.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat));
        return new Result(new TypeShape(ShapeKind.Converter, _known.NameOf(valueType), nullableValue, nullableReference, default, CollectionKind.None, null, field), ShapeProblem.None);
    }

    /// <summary>Splits <c>T?</c> into T and whether it was nullable (value or reference).</summary>
    public static (ITypeSymbol Type, bool NullableValue, bool NullableReference) Unwrap(ITypeSymbol type)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            return (nullable.TypeArguments[0], true, false);
        }

        // 'string?' and, in code without nullable annotations, plain 'string': a missing attribute reads as null.
        var nullableReference = type.IsReferenceType && type.NullableAnnotation != NullableAnnotation.NotAnnotated;
        return (type.WithNullableAnnotation(NullableAnnotation.NotAnnotated), false, nullableReference);
    }

    public ScalarKind? Scalar(ITypeSymbol type, bool epoch)
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
            case SpecialType.System_DateTime: return epoch ? ScalarKind.EpochDateTime : ScalarKind.DateTime;
        }

        if (type is IArrayTypeSymbol { Rank: 1, ElementType.SpecialType: SpecialType.System_Byte })
        {
            return ScalarKind.Binary;
        }

        if (type is not INamedTypeSymbol { TypeKind: TypeKind.Struct } named)
        {
            return null;
        }

        var k = _known;
        return Is(named, k.Guid) ? ScalarKind.Guid
            : Is(named, k.DateTimeOffset) ? (epoch ? ScalarKind.EpochDateTimeOffset : ScalarKind.DateTimeOffset)
            : Is(named, k.DateOnly) ? ScalarKind.DateOnly
            : Is(named, k.TimeOnly) ? ScalarKind.TimeOnly
            : Is(named, k.TimeSpan) ? ScalarKind.TimeSpan
            : Is(named, k.ReadOnlyMemoryOfT) && named.TypeArguments[0].SpecialType == SpecialType.System_Byte ? ScalarKind.Memory
            : null;
    }

    private static bool Is(INamedTypeSymbol type, INamedTypeSymbol? known) => KnownTypes.Is(type, known);

    public static string Name(ITypeSymbol type) => type.ToDisplayString(TypeFormat);

    private readonly Dictionary<string, string> _helpersByKey = new();

    private string HelperFor(string prefix, string key, ITypeSymbol type)
    {
        key = prefix + "|" + key;
        if (!_helpersByKey.TryGetValue(key, out var name))
        {
            name = UniqueHelper(prefix + SimpleName(type));
            _helpersByKey[key] = name;
        }

        return name;
    }

    private string UniqueHelper(string name)
    {
        var candidate = name;
        for (var i = 2; !_helperNames.Add(candidate); i++)
        {
            candidate = name + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return candidate;
    }

    /// <summary><c>Color</c>, <c>Order_Status</c> for a nested enum, <c>List_Webhook</c> for a generic type.</summary>
    private static string SimpleName(ITypeSymbol type)
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
}

/// <summary>Why a type has no shape.</summary>
internal enum ShapeProblem
{
    None,
    Unsupported,
    NotAnItem,
    InvalidConverter,
    NotApplicable,
}
