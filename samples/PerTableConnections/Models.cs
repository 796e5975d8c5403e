using System;
using DynamoGen;

namespace PerTableConnections;

/// <summary>A card, in the application's main table (the default connection).</summary>
[DynamoTable("cards")]
public partial record Card
{
    [PartitionKey]
    public required string Id { get; init; }

    public required string Owner { get; init; }

    public required string Title { get; init; }

    public int Balance { get; init; }
}

/// <summary>What happened to a card, in an audit table that lives elsewhere (another account, region or endpoint).</summary>
[DynamoTable("card-audit")]
public partial record CardEvent
{
    [PartitionKey]
    public required string CardId { get; init; }

    /// <summary>When it happened: the sort key, so a card's history reads in order.</summary>
    [SortKey]
    public required DateTimeOffset At { get; init; }

    public required string What { get; init; }
}
