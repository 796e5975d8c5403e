using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace DynamoGen;

/// <summary>
/// The attributes a read returns (a projection expression): <c>ProjectionExpression.Of(Order.Fields.Status, Order.Fields.Total)</c>.
/// Reads through <see cref="Table{T}"/> always add the table's key attributes. With a typed read, every member not
/// projected must be optional (nullable or with an initializer), or <c>FromItem</c> reports it missing.
/// </summary>
public sealed class ProjectionExpression
{
    private ProjectionExpression(ImmutableArray<AttributePath> paths) => Paths = paths;

    /// <summary>The projected paths, without duplicates, in the order given.</summary>
    public ImmutableArray<AttributePath> Paths { get; }

    /// <summary>A projection of these attributes or document paths (descriptors convert to paths implicitly).</summary>
    /// <param name="paths">One or more paths.</param>
    /// <returns>The projection.</returns>
    public static ProjectionExpression Of(params IEnumerable<AttributePath> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var distinct = ImmutableArray.CreateBuilder<AttributePath>();
        var seen = new HashSet<AttributePath>();
        foreach (var path in paths)
        {
            ArgumentNullException.ThrowIfNull(path, nameof(paths));
            if (seen.Add(path))
            {
                distinct.Add(path);
            }
        }

        if (distinct.Count == 0)
        {
            throw new ArgumentException("A projection needs at least one attribute.", nameof(paths));
        }

        return new ProjectionExpression(distinct.ToImmutable());
    }

    /// <summary>This projection plus <paramref name="paths"/> (duplicates ignored).</summary>
    /// <param name="paths">More paths.</param>
    /// <returns>A new projection.</returns>
    public ProjectionExpression And(params IEnumerable<AttributePath> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var all = new List<AttributePath>(Paths);
        all.AddRange(paths);
        return Of(all);
    }

    internal string Render(ExpressionBuilder builder)
    {
        var parts = new string[Paths.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = builder.Path(Paths[i]);
        }

        return string.Join(", ", parts);
    }

    /// <summary>The expression as it is sent, with its placeholders.</summary>
    /// <returns>The expression text.</returns>
    public override string ToString() => Render(new ExpressionBuilder());
}
