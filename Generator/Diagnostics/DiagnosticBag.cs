using System.Collections.Generic;
using DynamoGen.Generator.Model;
using Microsoft.CodeAnalysis;

namespace DynamoGen.Generator.Diagnostics;

/// <summary>
/// The diagnostics of one annotated type, in the order they are found. Each one's severity is its descriptor's: an
/// error stops the type from being generated, a warning does not.
/// </summary>
internal sealed class DiagnosticBag
{
    private readonly List<DiagnosticInfo> _items = new();

    public bool HasErrors { get; private set; }

    public void Add(DiagnosticInfo diagnostic)
    {
        _items.Add(diagnostic);
        HasErrors |= diagnostic.IsError;
    }

    public EquatableArray<DiagnosticInfo> ToEquatableArray() => new(_items);
}
