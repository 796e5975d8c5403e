using DynamoGen.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace DynamoGen.Generator.Diagnostics;

/// <summary>
/// A diagnostic as equatable data, for the diagnostics step of the pipeline (never for the models the emitter reads).
/// Its severity is the descriptor's.
/// </summary>
internal sealed record DiagnosticInfo(DiagnosticDescriptor Descriptor, SourceLocation? Location, EquatableArray<string> MessageArgs)
{
    /// <summary>An error stops the type from being generated; a warning does not.</summary>
    public bool IsError => Descriptor.DefaultSeverity == DiagnosticSeverity.Error;

    public Diagnostic ToDiagnostic(Compilation compilation)
        => Diagnostic.Create(Descriptor, Location?.ToLocation(compilation) ?? Microsoft.CodeAnalysis.Location.None, MessageArgs.ToArrayOfObjects());
}

/// <summary>
/// A source location as data (file path and span) rather than a <see cref="Location"/>, which would pin the syntax
/// tree. It is turned back into a location in the current compilation's tree when reported, so
/// <c>#pragma warning disable</c> and .editorconfig severities apply to it.
/// </summary>
internal sealed record SourceLocation(string FilePath, TextSpan Span)
{
    public static SourceLocation? From(Location? location)
        => location?.SourceTree is { } tree ? new SourceLocation(tree.FilePath, location.SourceSpan) : null;

    public Location ToLocation(Compilation compilation)
    {
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (tree.FilePath == FilePath)
            {
                return Microsoft.CodeAnalysis.Location.Create(tree, Span);
            }
        }

        return Microsoft.CodeAnalysis.Location.None;
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
