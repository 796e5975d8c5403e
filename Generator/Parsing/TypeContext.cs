using System.Threading;
using DynamoGen.Generator.Diagnostics;
using Microsoft.CodeAnalysis;

namespace DynamoGen.Generator.Parsing;

/// <summary>What every part of the parser shares while it reads one annotated type.</summary>
internal sealed class TypeContext
{
    public TypeContext(INamedTypeSymbol type, Location location, AttributeData? attribute, bool isTable, KnownTypes knownTypes, CancellationToken cancellationToken)
    {
        Type = type;
        Location = location;
        Attribute = attribute;
        IsTable = isTable;
        KnownTypes = knownTypes;
        CancellationToken = cancellationToken;
        DisplayName = type.ToDisplayString();
    }

    /// <summary>The annotated type.</summary>
    public INamedTypeSymbol Type { get; }

    /// <summary>The type's name in its declaration: where diagnostics about the whole type point.</summary>
    public Location Location { get; }

    /// <summary>The <c>[DynamoTable]</c> or <c>[DynamoItem]</c> attribute that selected the type.</summary>
    public AttributeData? Attribute { get; }

    /// <summary>A <c>[DynamoTable]</c> type (keys, indexes, a table name) rather than a nested <c>[DynamoItem]</c>.</summary>
    public bool IsTable { get; }

    public KnownTypes KnownTypes { get; }

    public Compilation Compilation => KnownTypes.Compilation;

    public CancellationToken CancellationToken { get; }

    /// <summary>The type as users write it, for messages.</summary>
    public string DisplayName { get; }

    public DiagnosticBag Diagnostics { get; } = new();

    public void Report(DiagnosticDescriptor descriptor, Location? location, params string[] messageArgs)
        => Diagnostics.Report(descriptor, location, messageArgs);
}
