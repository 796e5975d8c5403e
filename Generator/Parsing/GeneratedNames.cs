using System.Collections.Generic;
using DynamoGen.Generator.Diagnostics;
using DynamoGen.Generator.Emit;
using DynamoGen.Generator.Model;

namespace DynamoGen.Generator.Parsing;

/// <summary>
/// Allocates the names of generated members so they never clash with the user's own (LaunchDarkly-style models have
/// members named Key, Fields...): the key builder, the nested <c>Fields</c> and <c>Indexes</c> classes, and the
/// private names generated code uses.
/// </summary>
internal static class GeneratedNames
{
    /// <summary>The static key builder: <c>Key</c>, or <c>PrimaryKey</c> when the type has a member named Key (documented in the README); null when both are taken (reported).</summary>
    public static string? KeyMethod(TypeContext context)
    {
        if (!HasMemberNamed(context, "Key"))
        {
            return "Key";
        }

        if (!HasMemberNamed(context, "PrimaryKey"))
        {
            return "PrimaryKey";
        }

        context.Report(DiagnosticDescriptors.KeyBuilderNameTaken, context.Location, context.DisplayName);
        return null;
    }

    /// <summary>
    /// A generated nested class is named <paramref name="preferred"/> unless the type already uses that name, then
    /// <paramref name="alternative"/>; both taken is reported and gives null.
    /// </summary>
    public static string? NestedClass(TypeContext context, string preferred, string alternative, string purpose)
    {
        if (!HasMemberNamed(context, preferred) && context.Type.Name != preferred)
        {
            return preferred;
        }

        if (!HasMemberNamed(context, alternative) && context.Type.Name != alternative)
        {
            return alternative;
        }

        context.Report(DiagnosticDescriptors.GeneratedNameTaken, context.Location, context.DisplayName, preferred + "' and '" + alternative, purpose);
        return null;
    }

    /// <summary>The private names generated code uses must be free.</summary>
    public static void CheckReserved(TypeContext context, List<KeyModel> templates)
    {
        var reserved = new List<string> { Names.Helpers, Names.MappingField, Names.SchemaField, Names.TemplatesField };
        foreach (var template in templates)
        {
            reserved.Add(Names.TemplateField(template.AttributeName));
        }

        foreach (var name in reserved)
        {
            if (HasMemberNamed(context, name))
            {
                context.Report(DiagnosticDescriptors.GeneratedNameTaken, context.Location, context.DisplayName, name, "its generated mapping code");
            }
        }
    }

    private static bool HasMemberNamed(TypeContext context, string name) => context.Type.HasMemberNamed(name);
}
