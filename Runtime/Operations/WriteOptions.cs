using System;
using System.Collections.Generic;
using Amazon.DynamoDBv2.Model;

namespace DynamoGen;

/// <summary>Which item an update returns.</summary>
public enum ReturnItem
{
    /// <summary>The item as it is after the update (<c>ALL_NEW</c>).</summary>
    New = 0,

    /// <summary>The item as it was before the update, or nothing if there was none (<c>ALL_OLD</c>).</summary>
    Old,

    /// <summary>Nothing.</summary>
    None,
}

/// <summary>Options of <see cref="Table{T}.PutAsync(T, PutOptions, System.Threading.CancellationToken)"/>.</summary>
public sealed record PutOptions
{
    /// <summary>A condition the stored item must meet for the put to happen; failing raises <see cref="DynamoConditionFailedException"/>.</summary>
    public ConditionExpression? Condition { get; init; }

    /// <summary>Return the item the put replaced (<c>ReturnValues = ALL_OLD</c>) in <see cref="PutResult{T}.Old"/>.</summary>
    public bool ReturnOld { get; init; }

    /// <summary>On a condition failure, put the item as it stands in <see cref="DynamoConditionFailedException.Item"/>.</summary>
    public bool ReturnItemOnConditionFailure { get; init; }
}

/// <summary>What a put wrote and what it replaced.</summary>
/// <typeparam name="T">The item type.</typeparam>
/// <param name="Item">The item as written: for a <see cref="VersionAttribute"/> type, a new instance with the new version; otherwise the instance passed in.</param>
/// <param name="Old">The replaced item, when <see cref="PutOptions.ReturnOld"/> asked for it and there was one.</param>
public sealed record PutResult<T>(T Item, T? Old);

/// <summary>Options of <see cref="Table{T}.DeleteAsync(DynamoKey{T}, DeleteOptions, System.Threading.CancellationToken)"/>.</summary>
public sealed record DeleteOptions
{
    /// <summary>A condition the stored item must meet for the delete to happen.</summary>
    public ConditionExpression? Condition { get; init; }

    /// <summary>Return the deleted item (<c>ReturnValues = ALL_OLD</c>).</summary>
    public bool ReturnOld { get; init; }

    /// <summary>On a condition failure, put the item as it stands in <see cref="DynamoConditionFailedException.Item"/>.</summary>
    public bool ReturnItemOnConditionFailure { get; init; }

    /// <summary>For a <see cref="VersionAttribute"/> type: delete only if the stored version is this one (else <see cref="DynamoVersionConflictException"/>). <see langword="null"/>: no version check.</summary>
    public long? ExpectedVersion { get; init; }
}

/// <summary>Options of <see cref="Table{T}.UpdateAsync(DynamoKey{T}, UpdateExpression, UpdateOptions, System.Threading.CancellationToken)"/>.</summary>
public sealed record UpdateOptions
{
    /// <summary>A condition the stored item must meet for the update to happen.</summary>
    public ConditionExpression? Condition { get; init; }

    /// <summary>
    /// Create the item when no item has the key, as DynamoDB's UpdateItem does on its own. Off by default: an update
    /// changes an existing item (<c>attribute_exists</c> on the partition key) and fails with
    /// <see cref="DynamoConditionFailedException"/> when there is none, because an item created from only the update's
    /// attributes may lack what the type requires, and then no read of that key would succeed. When on, the update is
    /// checked before it is sent: it must set every required attribute (<see cref="TableSchema.RequiredAttributes"/>),
    /// and the entity attribute of a single-table type is set for you when absent.
    /// </summary>
    public bool CreateIfMissing { get; init; }

    /// <summary>Update only an existing item. This is now the default; set <see cref="CreateIfMissing"/> to create instead.</summary>
    [Obsolete("Updates require an existing item by default now; set CreateIfMissing = true to create the item instead. This property has no effect.")]
    public bool RequireExists { get; init; }

    /// <summary>Which item to return; <see cref="ReturnItem.New"/> by default.</summary>
    public ReturnItem Return { get; init; } = ReturnItem.New;

    /// <summary>On a condition failure, put the item as it stands in <see cref="DynamoConditionFailedException.Item"/>.</summary>
    public bool ReturnItemOnConditionFailure { get; init; }

    /// <summary>
    /// For a <see cref="VersionAttribute"/> type: update only if the stored version is this one and store it plus
    /// one (else <see cref="DynamoVersionConflictException"/>). <see langword="null"/>: no check, but the version is still
    /// incremented, so concurrent versioned writers notice this update.
    /// </summary>
    public long? ExpectedVersion { get; init; }
}
