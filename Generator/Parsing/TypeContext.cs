using System.Threading;
using DynamoGen.Generator.Diagnostics;
using DynamoGen.Generator.Model;
using Microsoft.CodeAnalysis;

namespace DynamoGen.Generator.Parsing;

/// <summary>What every part of the parser shares while it builds one annotated type's model from its facts.</summary>
internal sealed class TypeContext
{
    public TypeContext(TypeFacts type, CancellationToken cancellationToken)
    {
        Type = type;
        CancellationToken = cancellationToken;
    }

    /// <summary>The annotated type, as the transform read it.</summary>
    public TypeFacts Type { get; }

    /// <summary>The type's name in its declaration: where diagnostics about the whole type point.</summary>
    public SourceLocation? Location => Type.Location;

    /// <summary>The <c>[DynamoTable]</c> or <c>[DynamoItem]</c> attribute that selected the type.</summary>
    public AttributeFacts? Attribute => Type.Attribute;

    /// <summary>A <c>[DynamoTable]</c> type (keys, indexes, a table name) rather than a nested <c>[DynamoItem]</c>.</summary>
    public bool IsTable => Type.IsTable;

    public CancellationToken CancellationToken { get; }

    /// <summary>The type as users write it, for messages.</summary>
    public string DisplayName => Type.DisplayName;

    public DiagnosticBag Diagnostics { get; } = new();

    public void Report(DiagnosticDescriptor descriptor, SourceLocation? location, params string[] messageArgs)
        => Diagnostics.Add(new DiagnosticInfo(descriptor, location, new EquatableArray<string>(messageArgs)));
}
