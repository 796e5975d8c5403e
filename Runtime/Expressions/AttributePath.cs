using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;

namespace DynamoGen;

/// <summary>One step of an <see cref="AttributePath"/>: an attribute or map key name, or a list index.</summary>
/// <param name="Name">The name, or <see langword="null"/> for a list index.</param>
/// <param name="Index">The list index when <paramref name="Name"/> is <see langword="null"/>.</param>
public readonly record struct PathSegment(string? Name, int Index)
{
    /// <summary>Whether this step is a list index.</summary>
    public bool IsIndex => Name is null;
}

/// <summary>
/// A document path: a top-level attribute, or a value inside one (<c>Address.City</c>, <c>Tags[0]</c>). Expressions
/// send every name as a <c>#placeholder</c>, so any name (reserved words, dots, spaces) is safe.
/// </summary>
public sealed class AttributePath : IEquatable<AttributePath>
{
    private AttributePath(ImmutableArray<PathSegment> segments)
    {
        Segments = segments;
    }

    /// <summary>The path of a top-level attribute.</summary>
    /// <param name="attributeName">The attribute name.</param>
    /// <exception cref="ArgumentException">The name is empty, or holds half a surrogate pair (see <see cref="Child"/>).</exception>
    public AttributePath(string attributeName)
        : this([new PathSegment(Storable(attributeName, nameof(attributeName)), 0)])
    {
    }

    /// <summary>The steps, the top-level attribute first.</summary>
    public ImmutableArray<PathSegment> Segments { get; }

    /// <summary>The top-level attribute.</summary>
    public string AttributeName => Segments[0].Name!;

    /// <summary>Whether this is a top-level attribute (no steps inside it).</summary>
    public bool IsTopLevel => Segments.Length == 1;

    /// <summary>The path of a map entry or nested member inside this value.</summary>
    /// <param name="name">The map key or attribute name.</param>
    /// <returns>A new path.</returns>
    /// <exception cref="ArgumentException">
    /// The name is empty, or holds half a UTF-16 surrogate pair: DynamoDB stores names as UTF-8, which cannot encode it,
    /// and the SDK would send U+FFFD instead, so the expression would name another attribute.
    /// </exception>
    public AttributePath Child(string name) => new(Segments.Add(new PathSegment(Storable(name, nameof(name)), 0)));

    /// <summary>The path of a list element inside this value.</summary>
    /// <param name="index">The element's index (0 or more).</param>
    /// <returns>A new path.</returns>
    public AttributePath Element(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        return new(Segments.Add(new PathSegment(null, index)));
    }

    /// <summary>This path followed by <paramref name="inner"/>'s steps.</summary>
    /// <param name="inner">A path relative to this path's value (for example a nested type's field).</param>
    /// <returns>A new path.</returns>
    public AttributePath Concat(AttributePath inner)
    {
        ArgumentNullException.ThrowIfNull(inner);
        return new(Segments.AddRange(inner.Segments));
    }

    /// <summary>A name DynamoDB can store: not empty, and no half of a surrogate pair (which the SDK would send as U+FFFD).</summary>
    private static string Storable(string name, string parameter)
    {
        ArgumentException.ThrowIfNullOrEmpty(name, parameter);
        return Marshalling.Utf16.IsStorable(name)
            ? name
            : throw new ArgumentException("The attribute name holds half a surrogate pair (" + Marshalling.Utf16.Describe(name) + "), which DynamoDB cannot store: the request would name another attribute.", parameter);
    }

    /// <summary>The path as DynamoDB documents it: <c>Address.City</c>, <c>Tags[0]</c> (for messages; requests use placeholders).</summary>
    /// <returns>The path text.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (var segment in Segments)
        {
            if (segment.IsIndex)
            {
                text.Append('[').Append(segment.Index).Append(']');
            }
            else
            {
                if (text.Length > 0)
                {
                    text.Append('.');
                }

                text.Append(segment.Name);
            }
        }

        return text.ToString();
    }

    /// <inheritdoc />
    public bool Equals(AttributePath? other)
        => other is not null && Segments.AsSpan().SequenceEqual(other.Segments.AsSpan());

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as AttributePath);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var segment in Segments)
        {
            hash.Add(segment);
        }

        return hash.ToHashCode();
    }
}
