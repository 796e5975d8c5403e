using DynamoGen.Generator.Diagnostics;

namespace DynamoGen.Generator.Model;

/// <summary>
/// What the pipeline's transform reads from one annotated type's symbols, as equatable data: names, type kinds,
/// attribute arguments and member lists, and where diagnostics would point (<see cref="SourceLocation"/>, used only
/// for diagnostics). The transform re-runs on every compilation; when its facts equal the last run's, the step that
/// builds the model and the diagnostics from them (<c>TypeParser</c>) is cached. Nothing here is decided: whether the
/// type can be mapped, and why not, is the parser's job.
/// </summary>
/// <param name="IsTable">A <c>[DynamoTable]</c> type rather than a <c>[DynamoItem]</c>.</param>
/// <param name="Name">The simple type name.</param>
/// <param name="DisplayName">The type as users write it, for messages and the file name.</param>
/// <param name="FullyQualifiedName">The type with <c>global::</c>.</param>
/// <param name="Namespace">The containing namespace, or empty for the global namespace.</param>
/// <param name="Keyword">class, struct, record or record struct.</param>
/// <param name="Location">The type's name in its declaration.</param>
/// <param name="IsPartial">The annotated declaration has the <c>partial</c> modifier.</param>
/// <param name="ContainingTypes">Enclosing types, outermost first.</param>
/// <param name="IsGeneric">The type or an enclosing type is generic.</param>
/// <param name="IsMappableKind">A non-abstract, non-static class, record or struct.</param>
/// <param name="IsClass">A class (or record class).</param>
/// <param name="IsRecord">A record or record struct.</param>
/// <param name="IsValueType">A struct or record struct.</param>
/// <param name="Attribute">The <c>[DynamoTable]</c> or <c>[DynamoItem]</c> attribute.</param>
/// <param name="Defaults">The assembly's <c>[assembly: DynamoDefaults]</c>, if any.</param>
/// <param name="TypeAttributes">DynamoGen's key and index attributes on the type.</param>
/// <param name="Properties">Public instance properties that hold state, base types first (overridden ones included).</param>
/// <param name="HasRequiredMembers">The type or a base type has <c>required</c> members.</param>
/// <param name="Constructors">How the type can be constructed.</param>
/// <param name="TakenNames">The names generated code would like to use that the type or a base type already has.</param>
/// <param name="ReadError">An unexpected failure while reading the symbols, reported as an internal error.</param>
internal sealed record TypeFacts(
    bool IsTable,
    string Name,
    string DisplayName,
    string FullyQualifiedName,
    string Namespace,
    string Keyword,
    SourceLocation? Location,
    bool IsPartial,
    EquatableArray<ContainingTypeFacts> ContainingTypes,
    bool IsGeneric,
    bool IsMappableKind,
    bool IsClass,
    bool IsRecord,
    bool IsValueType,
    AttributeFacts? Attribute,
    AttributeFacts? Defaults,
    EquatableArray<AttributeFacts> TypeAttributes,
    EquatableArray<PropertyFacts> Properties,
    bool HasRequiredMembers,
    ConstructorFacts Constructors,
    EquatableArray<string> TakenNames,
    string? ReadError)
{
    /// <summary>The type or a base type has a member of that name.</summary>
    public bool HasMemberNamed(string name)
    {
        foreach (var taken in TakenNames)
        {
            if (taken == name)
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>An enclosing type of a nested annotated type.</summary>
/// <param name="Keyword">class, struct, record or record struct.</param>
/// <param name="Name">Its simple name.</param>
/// <param name="IsPartial">One of its declarations has the <c>partial</c> modifier.</param>
internal sealed record ContainingTypeFacts(string Keyword, string Name, bool IsPartial);

/// <summary>How the type can be constructed.</summary>
/// <param name="PrimaryConstructor">The parameters of the constructor the type declaration itself declares, or null when it has none.</param>
/// <param name="BaseTypeWithoutUsableConstructor">
/// For a class without a primary constructor: its base type (other than object) when that has no constructor without
/// required parameters the class can call; null otherwise.
/// </param>
/// <param name="AllImplicit">Every instance constructor is implicitly declared.</param>
/// <param name="HasCopyConstructorSignature">The type declares a constructor <c>T(T, long)</c>.</param>
internal sealed record ConstructorFacts(
    EquatableArray<ParameterFacts>? PrimaryConstructor,
    string? BaseTypeWithoutUsableConstructor,
    bool AllImplicit,
    bool HasCopyConstructorSignature);

/// <summary>A primary constructor parameter.</summary>
/// <param name="Name">The parameter name.</param>
/// <param name="MatchingProperties">The indexes in <see cref="TypeFacts.Properties"/> of the properties of the same name (ignoring case) and type.</param>
/// <param name="HasExplicitDefaultValue">The parameter has a default value.</param>
/// <param name="DefaultValue">The C# expression of that default value.</param>
internal sealed record ParameterFacts(string Name, EquatableArray<int> MatchingProperties, bool HasExplicitDefaultValue, string? DefaultValue);

/// <summary>A public instance property that holds state.</summary>
/// <param name="Name">The property name.</param>
/// <param name="Location">Its name in its declaration.</param>
/// <param name="Type">Its type.</param>
/// <param name="IsRequired">It has the <c>required</c> modifier.</param>
/// <param name="HasInitializer">Its declaration has an initializer (<c>= ...</c>); not read (false) for a <c>required</c> property.</param>
/// <param name="DeclaredByType">It is declared by the annotated type itself, not by a base type.</param>
/// <param name="ContainingTypeDisplayName">For an inherited property: the base type that declares it, for messages.</param>
/// <param name="HasSetter">It has a set or init accessor.</param>
/// <param name="SetterAccessible">That accessor can be called from within the annotated type.</param>
/// <param name="IsInitOnly">That accessor is <c>init</c>.</param>
/// <param name="Attributes">DynamoGen's attributes on it (and on its positional record parameter).</param>
/// <param name="Converter">For a <c>[DynamoConverter]</c> member: the converter.</param>
/// <param name="Json">For a <c>[DynamoJson]</c> member: its JSON context (its own, or the assembly's default).</param>
internal sealed record PropertyFacts(
    string Name,
    SourceLocation? Location,
    TypeRef Type,
    bool IsRequired,
    bool HasInitializer,
    bool DeclaredByType,
    string? ContainingTypeDisplayName,
    bool HasSetter,
    bool SetterAccessible,
    bool IsInitOnly,
    EquatableArray<AttributeFacts> Attributes,
    ConverterFacts? Converter,
    JsonFacts? Json);

/// <summary>The converter type of a <c>[DynamoConverter]</c> member, as the parser checks it.</summary>
/// <param name="IsType">The attribute names a type (anything else is reported).</param>
/// <param name="DisplayName">The converter as users write it.</param>
/// <param name="FullyQualifiedName">The converter with <c>global::</c>.</param>
/// <param name="SimpleName">Its name for generated helper fields.</param>
/// <param name="ImplementsValueType">It implements <c>IDynamoConverter&lt;T&gt;</c> for the member's (non-nullable) type.</param>
/// <param name="Constructible">It is not abstract and has an accessible parameterless constructor.</param>
internal sealed record ConverterFacts(bool IsType, string DisplayName, string FullyQualifiedName, string SimpleName, bool ImplementsValueType, bool Constructible);

/// <summary>The JSON context of a <c>[DynamoJson]</c> member.</summary>
/// <param name="DisplayName">The context as users write it; null when the member has none and the assembly sets none.</param>
/// <param name="FullyQualifiedName">The context with <c>global::</c>.</param>
/// <param name="ListsValueType">The context has <c>[JsonSerializable(typeof(T))]</c> for the member's (non-nullable) type.</param>
/// <param name="ValueTypeKey">The member's (non-nullable) type with <c>global::</c> and without nullable annotations: members of the same type share a helper.</param>
internal sealed record JsonFacts(string? DisplayName, string? FullyQualifiedName, bool ListsValueType, string ValueTypeKey);

/// <summary>
/// A C# type as the parser needs to know it: its names and what kind of type it is, recursively through type
/// arguments. One instance per type and compilation is shared by every member that uses it.
/// </summary>
/// <param name="Name">The type without a top-level nullable reference annotation, <c>global::</c>-qualified, with element nullability.</param>
/// <param name="DisplayName">The type as users write it (with its annotation), for messages.</param>
/// <param name="Unwrapped">For <c>T?</c> (a nullable value type, or an annotated reference type): T; null when the type is not nullable.</param>
/// <param name="IsNullableValueType">The type is <c>Nullable&lt;T&gt;</c>.</param>
/// <param name="IsNullableReference">A reference type that may be null (annotated, or oblivious).</param>
/// <param name="IsValueType">A value type.</param>
/// <param name="Scalar">The scalar kind the type is stored as (without <c>[Epoch]</c>), if it is a scalar.</param>
/// <param name="IsEpochDate">DateTime or DateTimeOffset: a date <c>[Epoch]</c> and <c>[TimeToLive]</c> accept.</param>
/// <param name="Enum">For an enum: its values and options.</param>
/// <param name="ArrayRank">For an array: its rank; 0 otherwise.</param>
/// <param name="ElementType">For an array: the element type.</param>
/// <param name="Collection">For a generic collection type DynamoGen knows: which one.</param>
/// <param name="TypeArguments">For a generic named type: its type arguments.</param>
/// <param name="IsMappedItem">A <c>[DynamoItem]</c> or <c>[DynamoTable]</c> type.</param>
/// <param name="IsUnmappedSourceType">A non-generic class or struct declared in source, without DynamoGen's attributes.</param>
/// <param name="SimpleName">Its name for generated helpers: <c>Color</c>, <c>Order_Status</c>, <c>List_Webhook</c>.</param>
internal sealed record TypeRef(
    string Name,
    string DisplayName,
    TypeRef? Unwrapped,
    bool IsNullableValueType,
    bool IsNullableReference,
    bool IsValueType,
    ScalarKind? Scalar,
    bool IsEpochDate,
    EnumFacts? Enum,
    int ArrayRank,
    TypeRef? ElementType,
    KnownCollection Collection,
    EquatableArray<TypeRef> TypeArguments,
    bool IsMappedItem,
    bool IsUnmappedSourceType,
    string SimpleName)
{
    /// <summary>The type without its nullability: <c>T</c> for <c>T?</c>, the type itself otherwise.</summary>
    public TypeRef ValueType => Unwrapped ?? this;
}

/// <summary>The generic collection types DynamoGen maps.</summary>
internal enum KnownCollection
{
    None,

    /// <summary>List, IList, IReadOnlyList, IEnumerable, ICollection, IReadOnlyCollection.</summary>
    ListLike,

    /// <summary>ImmutableArray.</summary>
    ImmutableArray,

    /// <summary>HashSet, ISet, IReadOnlySet.</summary>
    SetLike,

    /// <summary>Dictionary, IDictionary, IReadOnlyDictionary.</summary>
    DictionaryLike,
}

/// <summary>What the parser needs of an enum type, the same for every member that uses it.</summary>
/// <param name="Members">The named values.</param>
/// <param name="IsFlags">A <c>[Flags]</c> enum.</param>
/// <param name="DisplayName">The enum as users write it.</param>
/// <param name="Underlying">The scalar kind of its underlying type.</param>
/// <param name="HasEnumAsString">The enum has <c>[DynamoEnumAsString]</c>.</param>
internal sealed record EnumFacts(EquatableArray<EnumMember> Members, bool IsFlags, string DisplayName, ScalarKind Underlying, bool HasEnumAsString);

/// <summary>A DynamoGen attribute (namespace <c>DynamoGen</c>) and the arguments written on it.</summary>
/// <param name="Name">The attribute class name, such as <c>GlobalIndexAttribute</c>.</param>
/// <param name="Arguments">The constructor arguments.</param>
/// <param name="NamedArguments">The named arguments (<c>Name = value</c>), in source order.</param>
/// <param name="Location">Where the attribute is written, for the attributes whose diagnostics point at it; null otherwise.</param>
internal sealed record AttributeFacts(string Name, EquatableArray<ArgumentFacts> Arguments, EquatableArray<NamedArgumentFacts> NamedArguments, SourceLocation? Location);

/// <summary>A named attribute argument.</summary>
internal sealed record NamedArgumentFacts(string Name, ArgumentFacts Value);

/// <summary>
/// An attribute argument's value: a string, an int (enums are their int value), a bool, an array of strings, or
/// something else (a type, null, an error), which no check reads as a value.
/// </summary>
internal sealed record ArgumentFacts(ArgumentKind Kind, string? Text, int Number, EquatableArray<string> Texts)
{
    public static readonly ArgumentFacts Other = new(ArgumentKind.Other, null, 0, EquatableArray<string>.Empty);

    public static readonly ArgumentFacts Null = new(ArgumentKind.Null, null, 0, EquatableArray<string>.Empty);

    public static readonly ArgumentFacts True = new(ArgumentKind.Boolean, null, 1, EquatableArray<string>.Empty);

    public static readonly ArgumentFacts False = new(ArgumentKind.Boolean, null, 0, EquatableArray<string>.Empty);

    /// <summary>The string value, or null when the argument is not a string.</summary>
    public string? String => Kind == ArgumentKind.String ? Text : null;
}

/// <summary>The kind of an attribute argument's value.</summary>
internal enum ArgumentKind
{
    Other,

    /// <summary>A null array.</summary>
    Null,

    String,
    Int32,
    Boolean,

    /// <summary>An array; its elements' strings (non-strings as empty) in <see cref="ArgumentFacts.Texts"/>.</summary>
    Array,
}
