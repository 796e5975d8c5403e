namespace DynamoGen.Generator.Model;

/// <summary>
/// Everything the emitter needs to write one mapped type, as plain equatable data: no symbols, syntax or locations,
/// so the incremental pipeline can cache it.
/// </summary>
/// <param name="Namespace">The containing namespace, or empty for the global namespace.</param>
/// <param name="ContainingTypes">Enclosing types, outermost first, for nested item types.</param>
/// <param name="Declaration">How the type itself is declared.</param>
/// <param name="FullyQualifiedName">The type's name with <c>global::</c>, used in generated code.</param>
/// <param name="DisplayName">The type's name as users write it, used in messages.</param>
/// <param name="Table">The table facts for a <c>[DynamoTable]</c> type; null for a <c>[DynamoItem]</c> type.</param>
/// <param name="Members">The mapped members in declaration order (base types first).</param>
/// <param name="Construction">How <c>FromItem</c> creates the instance.</param>
/// <param name="WriteNulls">Null members are written as <c>NULL</c> instead of left out.</param>
/// <param name="Enums">Enums used by members, each with its generated helpers.</param>
/// <param name="Helpers">JSON and converter fields.</param>
internal sealed record TableModel(
    string Namespace,
    EquatableArray<TypeDeclarationModel> ContainingTypes,
    TypeDeclarationModel Declaration,
    string FullyQualifiedName,
    string DisplayName,
    TableFacts? Table,
    EquatableArray<MemberModel> Members,
    ConstructionModel Construction,
    bool WriteNulls,
    EquatableArray<EnumModel> Enums,
    EquatableArray<HelperField> Helpers)
{
    /// <summary>The file the generated source goes to: <c>Namespace.Outer.Type.g.cs</c>.</summary>
    public string HintName => DisplayName.Replace('<', '_').Replace('>', '_') + ".g.cs";
}

/// <summary>What only a table item type has.</summary>
/// <param name="TableName">The default table name.</param>
/// <param name="KeyMethodName">The static key builder's name (<c>Key</c>, unless the type has its own member of that name).</param>
internal sealed record TableFacts(string TableName, string KeyMethodName);

/// <summary>A type declaration header: <c>partial record struct Name</c>.</summary>
/// <param name="Keyword">class, struct, record or record struct.</param>
/// <param name="Name">The simple type name.</param>
internal sealed record TypeDeclarationModel(string Keyword, string Name);

/// <summary>
/// How <c>FromItem</c> creates the type: through a generated private constructor that chains to the primary
/// constructor (when the type has one) with <see cref="PrimaryConstructorMembers"/>, then assigns the other members.
/// </summary>
/// <param name="PrimaryConstructorMembers">Members passed to the primary constructor, in parameter order; empty when there is none.</param>
/// <param name="HasPrimaryConstructor">The type has a primary constructor the generated one must chain to.</param>
/// <param name="RestateParameterlessConstructor">
/// The type relies on the implicit parameterless constructor, which declaring a constructor would hide: restate it.
/// </param>
/// <param name="RequiredMembers">The type has <c>required</c> members, so the generated constructor says it sets them.</param>
internal sealed record ConstructionModel(
    EquatableArray<string> PrimaryConstructorMembers,
    bool HasPrimaryConstructor,
    bool RestateParameterlessConstructor,
    bool RequiredMembers);
