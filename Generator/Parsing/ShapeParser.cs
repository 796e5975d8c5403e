using System.Collections.Generic;
using System.Linq;
using DynamoGen.Generator.Model;

namespace DynamoGen.Generator.Parsing;

/// <summary>
/// Decides how a member's C# type is stored (<see cref="TypeShape"/>), recursively through lists, sets and maps,
/// and collects the enum, JSON and converter helpers the type needs. Unsupported types produce a reason the caller
/// turns into a diagnostic.
/// </summary>
internal sealed class ShapeParser
{
    private readonly Dictionary<string, EnumModel> _enums = new();
    private readonly Dictionary<string, HelperField> _helpers = new();
    private readonly Dictionary<string, string> _enumHelpers = new();
    private readonly HashSet<string> _helperNames = new();

    public ShapeParser(bool enumsAsStrings)
    {
        EnumsAsStrings = enumsAsStrings;
    }

    public bool EnumsAsStrings { get; }

    public IEnumerable<EnumModel> Enums => _enums.Values.OrderBy(static e => e.Helper, System.StringComparer.Ordinal);

    public IEnumerable<HelperField> Helpers => _helpers.Values.OrderBy(static h => h.Name, System.StringComparer.Ordinal);

    /// <summary>What the member-level attributes ask for.</summary>
    public readonly struct MemberOptions
    {
        public MemberOptions(bool epoch, bool enumAsString, JsonFacts? json, ConverterFacts? converter)
        {
            Epoch = epoch;
            EnumAsString = enumAsString;
            Json = json;
            Converter = converter;
        }

        public bool Epoch { get; }

        public bool EnumAsString { get; }

        /// <summary>For a <c>[DynamoJson]</c> member: its context.</summary>
        public JsonFacts? Json { get; }

        /// <summary>For a <c>[DynamoConverter]</c> member: its converter.</summary>
        public ConverterFacts? Converter { get; }
    }

    /// <summary>A shape, or why there is none (<see cref="Problem"/>).</summary>
    public readonly struct Result
    {
        public Result(TypeShape? shape, ShapeProblem problem, string detail = "", TypeRef? offending = null)
        {
            Shape = shape;
            Problem = problem;
            Detail = detail;
            Offending = offending;
        }

        public TypeShape? Shape { get; }

        public ShapeProblem Problem { get; }

        public string Detail { get; }

        public TypeRef? Offending { get; }
    }

    public Result ParseMember(TypeRef type, MemberOptions options)
    {
        if (options.Converter is { } converter)
        {
            return ParseConverter(type, converter);
        }

        if (options.Json is { } json)
        {
            if (json.DisplayName is null)
            {
                return new Result(null, ShapeProblem.NotApplicable, "DynamoJson needs a JsonSerializerContext: write [DynamoJson(typeof(MyJsonContext))] or set [assembly: DynamoDefaults(JsonContext = typeof(MyJsonContext))]");
            }

            var valueType = type.ValueType;
            if (!json.ListsValueType)
            {
                return new Result(null, ShapeProblem.NotApplicable, $"DynamoJson needs metadata for '{valueType.DisplayName}' in '{json.DisplayName}': add [JsonSerializable(typeof({valueType.DisplayName}))] to it");
            }

            var field = HelperFor("Json", json.ValueTypeKey + "|" + json.DisplayName, valueType.SimpleName);
            _helpers[field] = new HelperField(field, ShapeKind.Json, valueType.Name, json.FullyQualifiedName!);
            return new Result(new TypeShape(ShapeKind.Json, valueType.Name, type.IsNullableValueType, type.IsNullableReference, default, CollectionKind.None, null, field), ShapeProblem.None);
        }

        return Parse(type, options, depth: 0);
    }

    private Result Parse(TypeRef type, MemberOptions options, int depth)
    {
        var (valueType, nullableValue, nullableReference) = Unwrap(type);
        var name = valueType.Name;

        if (Scalar(valueType, options.Epoch) is { } scalar)
        {
            return new Result(new TypeShape(ShapeKind.Scalar, name, nullableValue, nullableReference, scalar, CollectionKind.None, null, null), ShapeProblem.None);
        }

        if (valueType.Enum is { } facts)
        {
            var asString = options.EnumAsString || EnumsAsStrings || facts.HasEnumAsString;
            if (asString && facts.IsFlags)
            {
                return new Result(null, ShapeProblem.NotApplicable, $"'{facts.DisplayName}' is a [Flags] enum, whose combinations have no single name; store it as a number (remove the enums-as-strings setting for it)");
            }

            var key = name + (asString ? "|name" : "|number");
            if (!_enumHelpers.TryGetValue(key, out var helper))
            {
                helper = UniqueHelper(valueType.SimpleName + (asString ? "Name" : "Number"));
                _enumHelpers[key] = helper;
                _enums[helper] = new EnumModel(helper, name, facts.DisplayName, facts.Underlying, asString, facts.IsFlags, facts.Members);
            }

            return new Result(new TypeShape(ShapeKind.Enum, name, nullableValue, nullableReference, facts.Underlying, CollectionKind.None, null, helper), ShapeProblem.None);
        }

        if (depth > 16)
        {
            return new Result(null, ShapeProblem.Unsupported, " (collections nested more than 16 deep)");
        }

        if (valueType is { ArrayRank: 1, ElementType: { } elementType })
        {
            return Collection(ShapeKind.List, CollectionKind.Array, name, nullableValue, nullableReference, elementType, options, depth);
        }

        var args = valueType.TypeArguments;
        switch (valueType.Collection)
        {
            case KnownCollection.ListLike:
                return Collection(ShapeKind.List, CollectionKind.List, name, nullableValue, nullableReference, args[0], options, depth);
            case KnownCollection.ImmutableArray:
                return Collection(ShapeKind.List, CollectionKind.ImmutableArray, name, nullableValue, nullableReference, args[0], options, depth);
            case KnownCollection.SetLike:
                return Set(name, nullableValue, nullableReference, args[0]);
            case KnownCollection.DictionaryLike:
                if (args[0].Scalar != ScalarKind.String)
                {
                    return new Result(null, ShapeProblem.Unsupported, " (map keys must be strings: DynamoDB map keys are attribute names)");
                }

                return Collection(ShapeKind.Map, CollectionKind.None, name, nullableValue, nullableReference, args[1], options, depth);
        }

        if (valueType.IsMappedItem)
        {
            return new Result(new TypeShape(ShapeKind.Item, name, nullableValue, nullableReference, default, CollectionKind.None, null, null), ShapeProblem.None);
        }

        if (valueType.IsUnmappedSourceType)
        {
            return new Result(null, ShapeProblem.NotAnItem, string.Empty, valueType);
        }

        return new Result(null, ShapeProblem.Unsupported, string.Empty, valueType);
    }

    private Result Collection(ShapeKind kind, CollectionKind collection, string name, bool nullableValue, bool nullableReference, TypeRef elementType, MemberOptions options, int depth)
    {
        var element = Parse(elementType, options, depth + 1);
        if (element.Shape is null)
        {
            return element;
        }

        return new Result(new TypeShape(kind, name, nullableValue, nullableReference, default, collection, element.Shape, null), ShapeProblem.None);
    }

    private static Result Set(string name, bool nullableValue, bool nullableReference, TypeRef elementType)
    {
        var (valueType, elementNullable, elementNullableReference) = Unwrap(elementType);
        var scalar = Scalar(valueType, epoch: false);
        if (scalar is not { } kind || elementNullable || !(kind.IsNumber() || kind is ScalarKind.String or ScalarKind.Binary))
        {
            return new Result(null, ShapeProblem.Unsupported, " (sets hold strings, numbers or byte[]: DynamoDB's SS, NS and BS)");
        }

        var element = new TypeShape(ShapeKind.Scalar, valueType.Name, false, elementNullableReference, kind, CollectionKind.None, null, null);
        return new Result(new TypeShape(ShapeKind.Set, name, nullableValue, nullableReference, kind, CollectionKind.None, element, null), ShapeProblem.None);
    }

    private Result ParseConverter(TypeRef type, ConverterFacts converter)
    {
        var (valueType, nullableValue, nullableReference) = Unwrap(type);
        if (!converter.ImplementsValueType)
        {
            return new Result(null, ShapeProblem.InvalidConverter, "does not implement IDynamoConverter<" + valueType.DisplayName + ">", valueType);
        }

        if (!converter.Constructible)
        {
            return new Result(null, ShapeProblem.InvalidConverter, "has no accessible parameterless constructor", valueType);
        }

        var field = HelperFor("Converter", converter.FullyQualifiedName, converter.SimpleName);
        _helpers[field] = new HelperField(field, ShapeKind.Converter, valueType.Name, converter.FullyQualifiedName);
        return new Result(new TypeShape(ShapeKind.Converter, valueType.Name, nullableValue, nullableReference, default, CollectionKind.None, null, field), ShapeProblem.None);
    }

    /// <summary>Splits <c>T?</c> into T and whether it was nullable (value or reference).</summary>
    public static (TypeRef Type, bool NullableValue, bool NullableReference) Unwrap(TypeRef type)
        => (type.ValueType, type.IsNullableValueType, type.IsNullableReference);

    /// <summary>The scalar kind of a (non-nullable) type; dates as epoch seconds when <paramref name="epoch"/>.</summary>
    public static ScalarKind? Scalar(TypeRef type, bool epoch)
        => epoch && type.Scalar == ScalarKind.DateTime ? ScalarKind.EpochDateTime
            : epoch && type.Scalar == ScalarKind.DateTimeOffset ? ScalarKind.EpochDateTimeOffset
            : type.Scalar;

    private readonly Dictionary<string, string> _helpersByKey = new();

    private string HelperFor(string prefix, string key, string simpleName)
    {
        key = prefix + "|" + key;
        if (!_helpersByKey.TryGetValue(key, out var name))
        {
            name = UniqueHelper(prefix + simpleName);
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
