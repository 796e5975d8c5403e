using System.Linq;
using DynamoGen.Generator.Diagnostics;
using DynamoGen.Generator.Model;
using Microsoft.CodeAnalysis;

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
        var setter = property.SetMethod is { } method && context.Compilation.IsSymbolAccessibleWithin(method, type) ? method : null;
        var copy = setter is not null && (type.IsRecord || type.IsValueType)
            ? VersionCopy.With
            : setter is { IsInitOnly: false } ? VersionCopy.CloneAndSet : VersionCopy.CopyConstructor;
        if (copy == VersionCopy.CopyConstructor && type.InstanceConstructors.Any(c => IsCopyConstructorSignature(c, type)))
        {
            var why = setter is not null ? "is init-only and a class has no 'with'" : "has no setter";
            context.Report(DiagnosticDescriptors.VersionCopyConstructorTaken, member.Location, context.DisplayName, property.Name, why);
            return null;
        }

        var isInt32 = ShapeParser.Unwrap(property.Type).Type.SpecialType == SpecialType.System_Int32;
        return new VersionModel(member.Model.AttributeName, property.Name, isInt32, copy);
    }

    /// <summary>The generated copy constructor is <c>T(T source, long version)</c>.</summary>
    private static bool IsCopyConstructorSignature(IMethodSymbol constructor, INamedTypeSymbol type)
        => constructor.Parameters.Length == 2
            && SymbolEqualityComparer.Default.Equals(constructor.Parameters[0].Type, type)
            && constructor.Parameters[1].Type.SpecialType == SpecialType.System_Int64;
}
