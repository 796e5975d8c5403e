using DynamoGen.Generator.Model;

namespace DynamoGen.Generator.Parsing;

/// <summary>The mapping options of one type: the assembly's <c>[assembly: DynamoDefaults]</c>, overridden by what the type's attribute sets.</summary>
/// <param name="NamingPolicy">How member names become attribute names.</param>
/// <param name="EnumsAsStrings">Enums are stored by name unless a member says otherwise.</param>
/// <param name="WriteNulls">Null members are written as <c>NULL</c> instead of left out.</param>
/// <param name="MissingAttributes">Which members reading requires.</param>
/// <param name="EntityAttribute">The assembly's default attribute for entity names.</param>
internal sealed record MappingOptions(
    NamingPolicy NamingPolicy,
    bool EnumsAsStrings,
    bool WriteNulls,
    MissingAttributePolicy MissingAttributes,
    string? EntityAttribute);

/// <summary>Reads <see cref="MappingOptions"/>. (The assembly's default JSON context is resolved per member by <see cref="FactReader"/>.)</summary>
internal static class OptionsReader
{
    public static MappingOptions Read(TypeContext context)
    {
        var defaults = context.Type.Defaults;
        var type = context.Attribute;
        var naming = Int("NamingPolicy", type, Int("NamingPolicy", defaults, (int)NamingPolicy.AsDeclared));
        var missing = Int("MissingAttributes", type, Int("MissingAttributes", defaults, (int)MissingAttributePolicy.FollowCSharp));
        return new MappingOptions(
            naming is >= (int)NamingPolicy.AsDeclared and <= (int)NamingPolicy.KebabCase ? (NamingPolicy)naming : NamingPolicy.AsDeclared,
            Bool("EnumsAsStrings", type, Bool("EnumsAsStrings", defaults, false)),
            Bool("WriteNulls", type, Bool("WriteNulls", defaults, false)),
            missing == (int)MissingAttributePolicy.Strict ? MissingAttributePolicy.Strict : MissingAttributePolicy.FollowCSharp,
            Attributes.NamedString(defaults, "EntityAttribute"));
    }

    private static int Int(string name, AttributeFacts? attribute, int fallback)
        => Attributes.TryGetNamed(attribute, name, out var value) && value.Kind == ArgumentKind.Int32 ? value.Number : fallback;

    private static bool Bool(string name, AttributeFacts? attribute, bool fallback)
        => Attributes.TryGetNamed(attribute, name, out var value) && value.Kind == ArgumentKind.Boolean ? value.Number != 0 : fallback;
}
