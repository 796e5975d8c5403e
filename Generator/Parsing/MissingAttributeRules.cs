using DynamoGen.Generator.Model;

namespace DynamoGen.Generator.Parsing;

/// <summary>
/// Whether reading requires a member's attribute, following C# as System.Text.Json does (docs/type-mapping.md,
/// "Missing attributes"): what C# requires is required, everything else keeps its initial value.
/// </summary>
internal static class MissingAttributeRules
{
    /// <summary>The rule for a member set by assignment (not through the primary constructor).</summary>
    public static MissingAttribute ForProperty(PropertyFacts property, TypeShape shape, KeyRole role, MissingAttributePolicy policy)
    {
        if (role != KeyRole.None)
        {
            return MissingAttribute.RequiredKey;
        }

        // Null is stored as no attribute, and so is an empty set: both must read back, even from a 'required' member.
        if (shape.IsNullableValueType || shape.IsNullableReference || shape.Kind == ShapeKind.Set)
        {
            return MissingAttribute.KeepDefault;
        }

        if (property.IsRequired)
        {
            return MissingAttribute.RequiredModifier;
        }

        if (property.HasInitializer)
        {
            return MissingAttribute.KeepDefault;
        }

        if (policy == MissingAttributePolicy.Strict)
        {
            return MissingAttribute.RequiredStrict;
        }

        return property.Type.IsValueType ? MissingAttribute.KeepDefault : MissingAttribute.RequiredReference;
    }

    /// <summary>
    /// The rule for a member passed to the primary constructor: C# requires a parameter without a default value; a
    /// nullable one reads null, a set an empty set.
    /// </summary>
    public static MissingAttribute ForParameter(ParameterFacts parameter, TypeShape shape, KeyRole role)
        => role != KeyRole.None ? MissingAttribute.RequiredKey
            : parameter.HasExplicitDefaultValue || shape.IsNullableReference || shape.IsNullableValueType || shape.Kind == ShapeKind.Set ? MissingAttribute.KeepDefault
            : MissingAttribute.RequiredParameter;
}
