namespace DynamoGen.Generator.Model;

/// <summary>An enum used by a mapped type, with the helpers generated for it.</summary>
/// <param name="Helper">The helpers' name suffix (<c>WriteColor</c>, <c>ParseColor</c>).</param>
/// <param name="TypeName">The enum, <c>global::</c>-qualified.</param>
/// <param name="DisplayName">The enum as users write it, for messages.</param>
/// <param name="Underlying">The underlying integer kind.</param>
/// <param name="AsString">Stored by name (S) rather than by number (N).</param>
/// <param name="IsFlags">A <c>[Flags]</c> enum: any combination of its bits is valid.</param>
/// <param name="Members">The named values.</param>
internal sealed record EnumModel(
    string Helper,
    string TypeName,
    string DisplayName,
    ScalarKind Underlying,
    bool AsString,
    bool IsFlags,
    EquatableArray<EnumMember> Members);

/// <summary>A named enum value.</summary>
/// <param name="Name">The member name.</param>
/// <param name="Value">The value as a C# integer literal.</param>
internal sealed record EnumMember(string Name, string Value);

/// <summary>A helper field generated for JSON or a converter.</summary>
/// <param name="Name">The field name.</param>
/// <param name="Kind">JSON type info or converter instance.</param>
/// <param name="ValueType">The member type it converts, <c>global::</c>-qualified.</param>
/// <param name="SourceType">The JsonSerializerContext or converter type, <c>global::</c>-qualified.</param>
internal sealed record HelperField(string Name, ShapeKind Kind, string ValueType, string SourceType);
