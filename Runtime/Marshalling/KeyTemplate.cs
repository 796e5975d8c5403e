using System;
using System.Collections.Generic;
using System.ComponentModel;
using Amazon.DynamoDBv2.Model;

namespace DynamoGen.Marshalling;

/// <summary>One placeholder of a <see cref="KeyTemplate"/>: the member it names and how that member is stored.</summary>
/// <param name="Member">The C# member named in the template.</param>
/// <param name="Attribute">The member's own attribute.</param>
/// <param name="IsNumber">The member is stored as N (otherwise S).</param>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly record struct KeyPlaceholder(string Member, string Attribute, bool IsNumber);

/// <summary>
/// A computed key attribute (single-table design), such as <c>SK = "ORDER#{OrderDate}#{OrderId}"</c>. Generated code
/// formats it from members when writing, and reading parses it back to fill members whose own attributes are missing
/// (an index that projects only keys). The generator has checked the template: every placeholder names a member,
/// and a literal separates every two placeholders.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class KeyTemplate
{
    private readonly string[] _literals;
    private readonly KeyPlaceholder[] _placeholders;

    /// <summary>Parses <paramref name="template"/>; generated code creates one per template in a static field.</summary>
    /// <param name="attribute">The computed attribute, for example <c>SK</c>.</param>
    /// <param name="template">The template text.</param>
    /// <param name="placeholders">The members the placeholders name, in template order.</param>
    public KeyTemplate(string attribute, string template, params KeyPlaceholder[] placeholders)
    {
        ArgumentException.ThrowIfNullOrEmpty(attribute);
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(placeholders);
        Attribute = attribute;
        Template = template;
        _placeholders = placeholders;
        _literals = new string[placeholders.Length + 1];
        var start = 0;
        for (var i = 0; i < placeholders.Length; i++)
        {
            var open = template.IndexOf('{', start);
            var close = open < 0 ? -1 : template.IndexOf('}', open);
            if (close < 0 || template.AsSpan(open + 1, close - open - 1).SequenceEqual(placeholders[i].Member) is false)
            {
                throw new ArgumentException($"Placeholder {i} of key template '{template}' is not {{{placeholders[i].Member}}}.", nameof(placeholders));
            }

            _literals[i] = template.Substring(start, open - start);
            start = close + 1;
        }

        _literals[placeholders.Length] = template.Substring(start);
    }

    /// <summary>The computed attribute's name.</summary>
    public string Attribute { get; }

    /// <summary>The template text.</summary>
    public string Template { get; }

    /// <summary>The literal text before the first placeholder (what <c>begins_with</c> on a whole entity type uses).</summary>
    public string Prefix => _literals[0];

    /// <summary>The key text of a one-placeholder template.</summary>
    public string Format(string part0) => Format([part0]);

    /// <summary>The key text of a two-placeholder template.</summary>
    public string Format(string part0, string part1) => Format([part0, part1]);

    /// <summary>The key text of a three-placeholder template.</summary>
    public string Format(string part0, string part1, string part2) => Format([part0, part1, part2]);

    /// <summary>The key text of a template with any number of placeholders.</summary>
    public string Format(params string[] parts) => Format(new ReadOnlySpan<string>(parts ?? throw new ArgumentNullException(nameof(parts))));

    /// <summary>
    /// The key text: the literals with the parts (from <see cref="KeyText"/>) between them. A part that contains the
    /// literal after it could not be parsed back, so it is refused. Allocates only the result.
    /// </summary>
    /// <param name="parts">One text per placeholder, in order.</param>
    /// <returns>The key text.</returns>
    internal string Format(ReadOnlySpan<string> parts)
    {
        if (parts.Length != _placeholders.Length)
        {
            throw new ArgumentException($"Key template '{Template}' has {_placeholders.Length} placeholder(s), not {parts.Length}.", nameof(parts));
        }

        var length = _literals[^1].Length;
        for (var i = 0; i < parts.Length; i++)
        {
            var next = _literals[i + 1];
            if (i < parts.Length - 1 && parts[i].Contains(next, StringComparison.Ordinal))
            {
                throw new AttributeFormatException(
                    $"a value of {{{_placeholders[i].Member}}} without '{next}' (it separates the parts of key template '{Template}')",
                    AttributeValueText.Describe(new AttributeValue { S = parts[i] }));
            }

            length += _literals[i].Length + parts[i].Length;
        }

        var text = length <= 256 ? stackalloc char[length] : new char[length];
        var at = 0;
        for (var i = 0; i < parts.Length; i++)
        {
            _literals[i].CopyTo(text[at..]);
            at += _literals[i].Length;
            parts[i].CopyTo(text[at..]);
            at += parts[i].Length;
        }

        _literals[^1].CopyTo(text[at..]);
        return new string(text);
    }

    /// <summary>Splits key text made by <see cref="Format(string[])"/> back into its parts.</summary>
    /// <param name="text">The stored key text.</param>
    /// <param name="parts">The parts, in placeholder order, when the text matches the template.</param>
    /// <returns>Whether the text matches the template.</returns>
    public bool TryParse(string text, out string[] parts)
    {
        ArgumentNullException.ThrowIfNull(text);
        parts = new string[_placeholders.Length];
        if (!text.StartsWith(_literals[0], StringComparison.Ordinal))
        {
            return false;
        }

        var at = _literals[0].Length;
        for (var i = 0; i < _placeholders.Length; i++)
        {
            var next = _literals[i + 1];
            int end;
            if (i == _placeholders.Length - 1)
            {
                end = text.Length - next.Length;
                if (end < at || !text.EndsWith(next, StringComparison.Ordinal))
                {
                    return false;
                }
            }
            else
            {
                end = text.IndexOf(next, at, StringComparison.Ordinal);
                if (end < 0)
                {
                    return false;
                }
            }

            parts[i] = text.Substring(at, end - at);
            at = end + next.Length;
        }

        return _placeholders.Length > 0 || text.Length == _literals[0].Length;
    }

    /// <summary>
    /// <paramref name="item"/>, or a copy of it with the members of <paramref name="templates"/> that are missing
    /// filled from the key attributes they are part of (as in an index that projects only keys). The item passed in is
    /// never changed.
    /// </summary>
    /// <param name="item">The item being read.</param>
    /// <param name="templates">The type's key templates.</param>
    /// <returns>The item to read members from.</returns>
    public static Dictionary<string, AttributeValue> Complete(Dictionary<string, AttributeValue> item, KeyTemplate[] templates)
    {
        ArgumentNullException.ThrowIfNull(item);
        Dictionary<string, AttributeValue>? completed = null;
        foreach (var template in templates)
        {
            if (!template.IsMissingParts(item) || !item.TryGetValue(template.Attribute, out var key) || key.S is null || !template.TryParse(key.S, out var parts))
            {
                continue;
            }

            completed ??= new Dictionary<string, AttributeValue>(item);
            for (var i = 0; i < parts.Length; i++)
            {
                var placeholder = template._placeholders[i];
                if (!completed.ContainsKey(placeholder.Attribute))
                {
                    completed[placeholder.Attribute] = placeholder.IsNumber ? new AttributeValue { N = parts[i] } : new AttributeValue { S = parts[i] };
                }
            }
        }

        return completed ?? item;
    }

    private bool IsMissingParts(Dictionary<string, AttributeValue> item)
    {
        foreach (var placeholder in _placeholders)
        {
            if (!item.ContainsKey(placeholder.Attribute))
            {
                return true;
            }
        }

        return false;
    }
}
