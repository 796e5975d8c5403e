using System;
using System.Collections.Generic;
using System.Text;

namespace DynamoGen.Direct;

/// <summary>
/// SigV4's canonical forms of a URI path, a query and a header set, for requests other than the direct engine's own
/// (whose parts are canonical as written: path <c>/</c>, no query, five known headers). Used by the test suite and by
/// anything that signs a general request; allocates freely.
/// </summary>
internal static class SigV4Canonical
{
    /// <summary>
    /// The canonical URI of an unencoded <paramref name="path"/>: every byte of its UTF-8 form except the unreserved
    /// characters and <c>/</c> is percent-encoded (upper-case hex); with <paramref name="normalize"/> (every service but
    /// S3), <c>.</c> and <c>..</c> segments are resolved and empty segments removed first.
    /// </summary>
    /// <param name="path">The path, not percent-encoded.</param>
    /// <param name="normalize">Whether to normalize the path.</param>
    /// <returns>The canonical URI, <c>/</c> for an empty path.</returns>
    public static string Uri(string path, bool normalize = true)
    {
        if (string.IsNullOrEmpty(path))
        {
            return "/";
        }

        if (normalize)
        {
            var segments = new List<string>();
            foreach (var segment in path.Split('/'))
            {
                if (segment.Length == 0 || segment == ".")
                {
                    continue;
                }

                if (segment == "..")
                {
                    if (segments.Count > 0)
                    {
                        segments.RemoveAt(segments.Count - 1);
                    }

                    continue;
                }

                segments.Add(segment);
            }

            var trailing = path.EndsWith('/') || path.EndsWith("/.", StringComparison.Ordinal) || path.EndsWith("/..", StringComparison.Ordinal);
            path = "/" + string.Join('/', segments) + (trailing && segments.Count > 0 ? "/" : string.Empty);
        }

        return Encode(path, keepSlash: true);
    }

    /// <summary>
    /// The canonical query of unencoded parameters: names and values encoded (everything but unreserved characters),
    /// sorted by name, then value (ordinal), joined as <c>name=value</c> with <c>&amp;</c>.
    /// </summary>
    /// <param name="parameters">The parameters, not percent-encoded.</param>
    /// <returns>The canonical query; empty when there are none.</returns>
    public static string Query(IEnumerable<KeyValuePair<string, string>> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var encoded = new List<(string Name, string Value)>();
        foreach (var parameter in parameters)
        {
            encoded.Add((Encode(parameter.Key, keepSlash: false), Encode(parameter.Value, keepSlash: false)));
        }

        encoded.Sort(static (a, b) =>
        {
            var byName = string.CompareOrdinal(a.Name, b.Name);
            return byName != 0 ? byName : string.CompareOrdinal(a.Value, b.Value);
        });

        var builder = new StringBuilder();
        foreach (var (name, value) in encoded)
        {
            if (builder.Length > 0)
            {
                builder.Append('&');
            }

            builder.Append(name).Append('=').Append(value);
        }

        return builder.ToString();
    }

    /// <summary>
    /// The canonical header list: names lower-cased, values trimmed with inner whitespace runs (folded lines included)
    /// collapsed to one space, repeated names joined with <c>,</c> in their order, sorted by name.
    /// </summary>
    /// <param name="headers">The headers to sign, as sent.</param>
    /// <returns>The canonical, sorted headers.</returns>
    public static SigV4Header[] Headers(IEnumerable<KeyValuePair<string, string>> headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        var merged = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var header in headers)
        {
            var name = header.Key.Trim().ToLowerInvariant();
            var value = Value(header.Value);
            merged[name] = merged.TryGetValue(name, out var existing) ? existing + "," + value : value;
        }

        var result = new SigV4Header[merged.Count];
        var i = 0;
        foreach (var pair in merged)
        {
            result[i++] = new SigV4Header(pair.Key, pair.Value);
        }

        return result;
    }

    /// <summary>A header value trimmed, with every run of whitespace inside it collapsed to one space.</summary>
    /// <param name="value">The value as sent.</param>
    /// <returns>The canonical value.</returns>
    public static string Value(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var builder = new StringBuilder(value.Length);
        var pendingSpace = false;
        foreach (var c in value.AsSpan().Trim())
        {
            if (c is ' ' or '\t' or '\r' or '\n')
            {
                pendingSpace = true;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static string Encode(string text, bool keepSlash)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var builder = new StringBuilder(bytes.Length * 3);
        foreach (var b in bytes)
        {
            if (b is (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'a' and <= (byte)'z') or (>= (byte)'0' and <= (byte)'9')
                or (byte)'-' or (byte)'_' or (byte)'.' or (byte)'~' || (keepSlash && b == (byte)'/'))
            {
                builder.Append((char)b);
            }
            else
            {
                builder.Append('%').Append("0123456789ABCDEF"[b >> 4]).Append("0123456789ABCDEF"[b & 0xF]);
            }
        }

        return builder.ToString();
    }
}
