namespace DynamoGen.Generator.Model;

/// <summary>
/// Everything the emitter needs to write one table type, as plain equatable data: no symbols, syntax or
/// locations, so the incremental pipeline can cache it.
/// </summary>
/// <param name="Namespace">The containing namespace, or empty for the global namespace.</param>
/// <param name="ContainingTypes">Enclosing types, outermost first, for nested item types.</param>
/// <param name="Declaration">How the type itself is declared.</param>
/// <param name="FullyQualifiedName">The type's name with <c>global::</c>, used in generated code.</param>
/// <param name="DisplayName">The type's name as users write it, used in messages.</param>
/// <param name="TableName">The default table name.</param>
/// <param name="Members">The mapped members in declaration order.</param>
/// <param name="Construction">How <c>FromItem</c> creates the instance.</param>
/// <param name="KeyMethodName">The name of the static key builder (<c>Key</c>, unless the type has its own member of that name).</param>
internal sealed record TableModel(
    string Namespace,
    EquatableArray<TypeDeclarationModel> ContainingTypes,
    TypeDeclarationModel Declaration,
    string FullyQualifiedName,
    string DisplayName,
    string TableName,
    EquatableArray<MemberModel> Members,
    ConstructionModel Construction,
    string KeyMethodName)
{
    /// <summary>The file the generated source goes to: <c>Namespace.Outer.Type.g.cs</c>.</summary>
    public string HintName => DisplayName.Replace('<', '_').Replace('>', '_') + ".g.cs";
}

/// <summary>A type declaration header: <c>partial record struct Name</c>.</summary>
/// <param name="Keyword">class, struct, record or record struct.</param>
/// <param name="Name">The simple type name.</param>
internal sealed record TypeDeclarationModel(string Keyword, string Name);

/// <summary>
/// How generated code constructs the type: the constructor's parameters (as the member names they set, in order),
/// then an object initializer for the remaining members.
/// </summary>
/// <param name="ConstructorMembers">Members passed to the constructor, in parameter order.</param>
internal sealed record ConstructionModel(EquatableArray<string> ConstructorMembers);
