using DynamoGen.Generator.Diagnostics;
using DynamoGen.Generator.Model;

namespace DynamoGen.Generator.Parsing;

/// <summary>
/// The <c>[Version]</c> member of a table type (its type is checked by <see cref="MemberAttributeRules"/>) and how the
/// generated <c>WithVersion</c> copies an item with a new version without ever changing the caller's instance: with
/// <c>with</c> for a record or struct whose version can be set, a shallow clone for a class whose version has a setter,
/// otherwise a generated copy constructor. That constructor's signature taken by the user's own is reported.
/// </summary>
internal static class VersionParser
{
    /// <summary>The version model, or null when the type has no <c>[Version]</c> member or its copy cannot be generated (reported).</summary>
    public static VersionModel? Parse(TypeContext context, ParsedMember? member)
    {
        if (member is null || !context.IsTable)
        {
            return null;
        }

        var type = context.Type;
        var property = member.Property;
        var setter = property.SetterAccessible;
        var copy = setter && (type.IsRecord || type.IsValueType)
            ? VersionCopy.With
            : setter && !property.IsInitOnly ? VersionCopy.CloneAndSet : VersionCopy.CopyConstructor;
        if (copy == VersionCopy.CopyConstructor && type.Constructors.HasCopyConstructorSignature)
        {
            var why = setter ? "is init-only and a class has no 'with'" : "has no setter";
            context.Report(DiagnosticDescriptors.VersionCopyConstructorTaken, member.Location, context.DisplayName, property.Name, why);
            return null;
        }

        var isInt32 = property.Type.ValueType.Scalar == ScalarKind.Int32;
        return new VersionModel(member.Model.AttributeName, property.Name, isInt32, copy);
    }
}
