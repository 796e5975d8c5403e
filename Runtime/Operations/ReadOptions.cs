namespace DynamoGen;

/// <summary>Options of <see cref="Table{T}.GetAsync(DynamoKey{T}, GetOptions, System.Threading.CancellationToken)"/>.</summary>
public sealed record GetOptions
{
    /// <summary>A strongly consistent read (it sees every write acknowledged before it; twice the read cost).</summary>
    public bool ConsistentRead { get; init; }

    /// <summary>The attributes to read (the key attributes are always added); <see langword="null"/> reads the whole item.</summary>
    public ProjectionExpression? Projection { get; init; }

    /// <summary>Read from DynamoDB itself, bypassing DAX or an in-process cache (<see cref="DynamoCallOptions.Fresh"/>).</summary>
    public bool Fresh { get; init; }

    /// <summary>Whether an expired item (see <see cref="TimeToLiveAttribute"/>) reads as absent; <see langword="null"/>: as <see cref="TableOptions.HideExpiredItems"/> says.</summary>
    public bool? HideExpired { get; init; }
}

/// <summary>Options of a query (<see cref="Table{T}.Query"/>, <see cref="Table{T}.QueryPageAsync"/>, <see cref="Table{T}.CountAsync(KeyCondition{T}, QueryOptions, System.Threading.CancellationToken)"/>).</summary>
public sealed record QueryOptions
{
    /// <summary>A filter applied by DynamoDB after reading each page (it does not reduce the read cost).</summary>
    public ConditionExpression? Filter { get; init; }

    /// <summary>The attributes to read (the table's and the index's key attributes are always added).</summary>
    public ProjectionExpression? Projection { get; init; }

    /// <summary>
    /// The most items to return, counted after the filter, in every call: in total for a stream, per page
    /// for the page calls (a filtered page is filled from further requests until it holds <c>Limit</c> items or the
    /// data ends, so a page is short only at the end). <see langword="null"/>: no limit (streams) or one DynamoDB page
    /// of up to 1 MB (page calls).
    /// </summary>
    public int? Limit { get; init; }

    /// <summary>
    /// How many items each request asks DynamoDB to read (DynamoDB's own <c>Limit</c>, counted before the filter);
    /// <see langword="null"/>: as many as fit in 1 MB. It tunes round trips and read cost, never what is returned.
    /// </summary>
    public int? PageSize { get; init; }

    /// <summary>Newest (highest sort key) first: <c>ScanIndexForward = false</c>.</summary>
    public bool Descending { get; init; }

    /// <summary>A strongly consistent read (tables and local indexes only; global indexes refuse it).</summary>
    public bool ConsistentRead { get; init; }

    /// <summary>Read from DynamoDB itself, bypassing DAX or an in-process cache.</summary>
    public bool Fresh { get; init; }

    /// <summary>Whether expired items are left out (a filter on the TTL attribute); <see langword="null"/>: as <see cref="TableOptions.HideExpiredItems"/> says.</summary>
    public bool? HideExpired { get; init; }
}

/// <summary>Options of a scan (<see cref="Table{T}.Scan"/>, <see cref="Table{T}.ScanPageAsync"/>).</summary>
public sealed record ScanOptions
{
    /// <summary>A filter applied by DynamoDB after reading each page.</summary>
    public ConditionExpression? Filter { get; init; }

    /// <summary>The attributes to read (the key attributes are always added).</summary>
    public ProjectionExpression? Projection { get; init; }

    /// <summary>The index to scan, by name; <see langword="null"/> scans the table.</summary>
    public string? IndexName { get; init; }

    /// <summary>As <see cref="QueryOptions.Limit"/>.</summary>
    public int? Limit { get; init; }

    /// <summary>As <see cref="QueryOptions.PageSize"/>.</summary>
    public int? PageSize { get; init; }

    /// <summary>A strongly consistent read.</summary>
    public bool ConsistentRead { get; init; }

    /// <summary>Read from DynamoDB itself, bypassing DAX or an in-process cache.</summary>
    public bool Fresh { get; init; }

    /// <summary>Whether expired items are left out; <see langword="null"/>: as <see cref="TableOptions.HideExpiredItems"/> says.</summary>
    public bool? HideExpired { get; init; }

    /// <summary>
    /// A parallel scan of the stream calls: this many segments are scanned at once and their items merged (in no
    /// particular order). 1 (the default) scans sequentially. Not used by the page calls, which take
    /// <see cref="Segment"/>.
    /// </summary>
    public int ParallelSegments { get; init; } = 1;

    /// <summary>
    /// Scan only one segment of <see cref="TotalSegments"/> (to spread a scan over workers, each with its own
    /// continuation tokens); <see langword="null"/>: the whole table.
    /// </summary>
    public int? Segment { get; init; }

    /// <summary>The number of segments <see cref="Segment"/> is one of.</summary>
    public int? TotalSegments { get; init; }
}
