using System;
using System.Collections.Generic;

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
/// <param name="FieldsClassName">The nested class of attribute descriptors: <c>Fields</c>, or <c>DynamoFields</c> when the type has a member named <c>Fields</c>.</param>
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
    EquatableArray<HelperField> Helpers,
    string FieldsClassName)
{
    /// <summary>The file the generated source goes to: <c>Namespace.Outer.Type.g.cs</c>.</summary>
    public string HintName => DisplayName.Replace('<', '_').Replace('>', '_') + ".g.cs";
}

/// <summary>What only a table item type has.</summary>
/// <param name="TableName">The default table name.</param>
/// <param name="KeyMethodName">The static key builder's name (<c>Key</c>, unless the type has its own member of that name).</param>
/// <param name="PartitionKey">The table's partition key.</param>
/// <param name="SortKey">The table's sort key, if any.</param>
/// <param name="Indexes">The secondary indexes in declaration order.</param>
/// <param name="IndexesClassName">The nested class of index accessors: <c>Indexes</c>, or <c>DynamoIndexes</c> when that name is taken.</param>
/// <param name="TimeToLiveAttribute">The <c>[TimeToLive]</c> attribute, if any.</param>
/// <param name="Version">The <c>[Version]</c> member, if any.</param>
/// <param name="EntityAttribute">The attribute holding the entity name, when the type sets one.</param>
/// <param name="EntityName">The entity name, when the type sets one.</param>
internal sealed record TableFacts(
    string TableName,
    string KeyMethodName,
    KeyModel PartitionKey,
    KeyModel? SortKey,
    EquatableArray<IndexModel> Indexes,
    string IndexesClassName,
    string? TimeToLiveAttribute,
    VersionModel? Version,
    string? EntityAttribute,
    string? EntityName)
{
    /// <summary>Every key of the table and its indexes that is computed from a template.</summary>
    public IEnumerable<KeyModel> Templates
    {
        get
        {
            var keys = new List<KeyModel?> { PartitionKey, SortKey };
            foreach (var index in Indexes)
            {
                keys.Add(index.PartitionKey);
                keys.Add(index.SortKey);
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var key in keys)
            {
                if (key is { Template: not null } && seen.Add(key.AttributeName))
                {
                    yield return key;
                }
            }
        }
    }
}

/// <summary>
/// A key of the table or of an index: either a member's own attribute, or an attribute computed from a template
/// (<c>ORDER#{OrderDate}#{OrderId}</c>) whose placeholders are <see cref="Members"/>.
/// </summary>
/// <param name="AttributeName">The stored attribute.</param>
/// <param name="Type">The key's scalar type: S, N or B.</param>
/// <param name="Template">The template, or null for a member key.</param>
/// <param name="Members">The member for a member key; the placeholders, in order, for a template.</param>
internal sealed record KeyModel(string AttributeName, string Type, string? Template, EquatableArray<string> Members);

/// <summary>A secondary index.</summary>
/// <param name="Name">The index name.</param>
/// <param name="AccessorName">The C# name of its accessor under <c>T.Indexes</c>.</param>
/// <param name="IsLocal">A local index (the table's partition key) rather than a global one.</param>
/// <param name="PartitionKey">The index's partition key (for a local index, the table's).</param>
/// <param name="SortKey">The index's sort key, if any.</param>
/// <param name="Projection">What the index copies besides its keys.</param>
/// <param name="Include">For an include projection: the attribute names copied besides the keys.</param>
internal sealed record IndexModel(
    string Name,
    string AccessorName,
    bool IsLocal,
    KeyModel PartitionKey,
    KeyModel? SortKey,
    IndexProjection Projection,
    EquatableArray<string> Include);

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
