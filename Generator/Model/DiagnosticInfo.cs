using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace DynamoGen.Generator.Model;

/// <summary>
/// A diagnostic as equatable data. The location is kept as file path and span rather than a <see cref="Location"/>
/// (which would pin the syntax tree); it is turned back into a source location when reported, so
/// <c>#pragma warning disable</c> applies to it.
/// </summary>
internal sealed record DiagnosticInfo(
    DiagnosticDescriptor Descriptor,
    string? FilePath,
    TextSpan Span,
    EquatableArray<string> MessageArgs)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, Location? location, params string[] messageArgs)
        => new(
            descriptor,
            location?.SourceTree?.FilePath,
            location?.SourceSpan ?? default,
            new EquatableArray<string>(messageArgs));

    public Diagnostic ToDiagnostic(Compilation compilation)
    {
        Location location = Location.None;
        if (FilePath is not null)
        {
            foreach (var tree in compilation.SyntaxTrees)
            {
                if (tree.FilePath == FilePath)
                {
                    location = Location.Create(tree, Span);
                    break;
                }
            }
        }

        return Diagnostic.Create(Descriptor, location, MessageArgs.ToArrayOfObjects());
    }
}

internal static class EquatableArrayExtensions
{
    public static object[] ToArrayOfObjects(this EquatableArray<string> items)
    {
        var result = new object[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            result[i] = items[i];
        }

        return result;
    }
}
