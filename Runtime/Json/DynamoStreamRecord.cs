using System;
using System.Collections.Generic;
using Amazon.DynamoDBv2.Model;

namespace DynamoGen;

/// <summary>What happened to the item in a DynamoDB stream record (<c>eventName</c>).</summary>
public enum DynamoStreamEventName
{
    /// <summary><c>INSERT</c>: a new item was added.</summary>
    Insert,

    /// <summary><c>MODIFY</c>: an existing item was changed.</summary>
    Modify,

    /// <summary><c>REMOVE</c>: an item was deleted (by a call, or by time to live: see <see cref="DynamoStreamRecord.IsTimeToLiveDeletion"/>).</summary>
    Remove,
}

/// <summary>
/// One DynamoDB stream record, as a Lambda event or the Streams API delivers it: what happened, to which key, when.
/// A record of a type the reader knows is a <see cref="DynamoStreamRecord{T}"/> with typed images; a record no
/// registered type matched (see <see cref="DynamoStreamReader"/>) is this base type, keys only.
/// </summary>
public class DynamoStreamRecord
{
    /// <summary>INSERT, MODIFY or REMOVE.</summary>
    public required DynamoStreamEventName EventName { get; init; }

    /// <summary>The record's unique id (<c>eventID</c>).</summary>
    public string? EventId { get; init; }

    /// <summary>The primary key of the item (<c>dynamodb.Keys</c>).</summary>
    public required Dictionary<string, AttributeValue> Keys { get; init; }

    /// <summary>The record's position in its shard (<c>dynamodb.SequenceNumber</c>).</summary>
    public string? SequenceNumber { get; init; }

    /// <summary>When the change was made, to the second (<c>dynamodb.ApproximateCreationDateTime</c>).</summary>
    public DateTimeOffset? ApproximateCreationDateTime { get; init; }

    /// <summary>KEYS_ONLY, NEW_IMAGE, OLD_IMAGE or NEW_AND_OLD_IMAGES (<c>dynamodb.StreamViewType</c>).</summary>
    public string? StreamViewType { get; init; }

    /// <summary>The size of the record in bytes (<c>dynamodb.SizeBytes</c>).</summary>
    public long? SizeBytes { get; init; }

    /// <summary>The stream's ARN (<c>eventSourceARN</c>, in Lambda events).</summary>
    public string? EventSourceArn { get; init; }

    /// <summary>The region (<c>awsRegion</c>).</summary>
    public string? AwsRegion { get; init; }

    /// <summary>
    /// A deletion by time to live: the record's <c>userIdentity</c> is the DynamoDB service
    /// (<c>{"type":"Service","principalId":"dynamodb.amazonaws.com"}</c>), as AWS documents for expired items.
    /// </summary>
    public bool IsTimeToLiveDeletion { get; init; }
}

/// <summary>A DynamoDB stream record of items of type <typeparamref name="T"/>, with its images read as <typeparamref name="T"/>.</summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed class DynamoStreamRecord<T> : DynamoStreamRecord
{
    /// <summary>The item after the change (INSERT, MODIFY), when the stream carries new images.</summary>
    public T? NewImage { get; init; }

    /// <summary>The item before the change (MODIFY, REMOVE), when the stream carries old images.</summary>
    public T? OldImage { get; init; }

    /// <summary>Whether <see cref="NewImage"/> was in the record (a struct type's default is not an image).</summary>
    public bool HasNewImage { get; init; }

    /// <summary>Whether <see cref="OldImage"/> was in the record.</summary>
    public bool HasOldImage { get; init; }
}
