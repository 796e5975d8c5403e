using System.Collections.Generic;

namespace DynamoGen;

/// <summary>One page of a query or scan, for APIs that page through results with a token.</summary>
/// <typeparam name="T">The item type.</typeparam>
/// <param name="Items">The page's items (possibly none when a filter removed them, while more pages follow).</param>
/// <param name="ContinuationToken">
/// Pass it to the next page call to continue; <see langword="null"/> when there are no more items. URL-safe
/// (base64url), opaque, and accepted only by the same table, index, partition and segment.
/// </param>
public sealed record Page<T>(IReadOnlyList<T> Items, string? ContinuationToken)
{
    /// <summary>Whether more pages may follow.</summary>
    public bool HasMore => ContinuationToken is not null;
}
