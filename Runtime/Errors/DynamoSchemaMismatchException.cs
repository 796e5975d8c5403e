using System;

namespace DynamoGen;

/// <summary>A table does not match its model (<see cref="SchemaComparison.ThrowIfDifferent"/>).</summary>
public sealed class DynamoSchemaMismatchException : DynamoException
{
    /// <summary>Creates the exception for <paramref name="comparison"/>.</summary>
    /// <param name="comparison">The comparison; its text is the message.</param>
    public DynamoSchemaMismatchException(SchemaComparison comparison)
        : base((comparison ?? throw new ArgumentNullException(nameof(comparison))).ToString())
    {
        Comparison = comparison;
    }

    /// <summary>The comparison with every difference.</summary>
    public SchemaComparison Comparison { get; }
}
