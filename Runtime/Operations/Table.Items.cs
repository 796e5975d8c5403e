using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace DynamoGen;

/// <summary>Single-item operations: get, put, create, delete, update, minimal update; optimistic versioning.</summary>
public sealed partial class Table<T>
{
    private static readonly GetOptions s_get = new();
    private static readonly PutOptions s_put = new();
    private static readonly DeleteOptions s_delete = new();
    private static readonly UpdateOptions s_update = new();

    /// <summary>
    /// Reads the item with <paramref name="key"/>: eventually consistent by default; <see cref="GetOptions"/> asks for
    /// a consistent read, a projection, a fresh read (bypassing caches) or expiry handling.
    /// </summary>
    /// <param name="key">The primary key, built with the generated <c>T.Key(...)</c> or <c>item.GetKey()</c>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>
    /// The item, or <see langword="null"/> when there is none (or it has expired and expired items are hidden). For a
    /// struct item type, whose <c>T?</c> is <c>T</c>, use <see cref="TryGetAsync(DynamoKey{T}, GetOptions, CancellationToken)"/> to tell an absent item from a default one.
    /// </returns>
    public Task<T?> GetAsync(DynamoKey<T> key, CancellationToken cancellationToken = default) => GetAsync(key, null, cancellationToken);

    /// <inheritdoc cref="GetAsync(DynamoKey{T}, CancellationToken)"/>
    /// <param name="key">The primary key, built with the generated <c>T.Key(...)</c> or <c>item.GetKey()</c>.</param>
    /// <param name="options">Consistency, projection, freshness, expiry; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public async Task<T?> GetAsync(DynamoKey<T> key, GetOptions? options, CancellationToken cancellationToken = default)
    {
        var (found, item) = await TryGetAsync(key, options, cancellationToken).ConfigureAwait(false);
        return found ? item : default;
    }

    /// <summary>As <see cref="GetAsync(DynamoKey{T}, GetOptions, CancellationToken)"/>, saying whether the item was found: the way to read struct item types.</summary>
    /// <param name="key">The primary key.</param>
    /// <param name="options">Consistency, projection, freshness, expiry; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns><c>(true, item)</c> when the item exists (and is not hidden as expired); otherwise <c>(false, default)</c>.</returns>
    public async Task<(bool Found, T? Item)> TryGetAsync(DynamoKey<T> key, GetOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        options ??= s_get;
        var hideExpired = HideExpired(options.HideExpired);
        var request = new GetItemRequest { TableName = Name, Key = ToStored(key.Attributes) };
        if (options.ConsistentRead)
        {
            request.ConsistentRead = true;
        }

        if (options.Projection is { } projection)
        {
            var builder = new ExpressionBuilder();
            request.ProjectionExpression = builder.Projection(WithKeys(projection, null, null, hideExpired));
            request.ExpressionAttributeNames = builder.Names;
        }

        // Expiry is judged on the stored attributes, so an item that may be hidden is read as attributes.
        var sink = hideExpired ? null : Sink(1);
        var response = await _connection.GetItemAsync(request, Call(options.Fresh) with { ItemSink = sink }, cancellationToken).ConfigureAwait(false);
        if (sink is { Count: > 0 })
        {
            return (true, sink.Items[0]);
        }

        if (response.Item is not { Count: > 0 } item)
        {
            return (false, default);
        }

        FromStored(item);
        return hideExpired && IsExpired(item) ? (false, default) : (true, T.FromItem(item));
    }

    /// <summary>
    /// Writes <paramref name="item"/>, replacing any item with the same key, if the options' condition holds (else
    /// <see cref="DynamoConditionFailedException"/>). For a <see cref="VersionAttribute"/> type the write is optimistic: it
    /// succeeds only if the stored version is the item's (or there is no item when the item's version is 0), stores the
    /// version plus one, and the result carries a new instance with it (your instance is not changed); a conflict raises
    /// <see cref="DynamoVersionConflictException"/>.
    /// </summary>
    /// <param name="item">The item to write.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The item as written (<paramref name="item"/> itself, or for a versioned type a copy with the new version), and the replaced item when <see cref="PutOptions.ReturnOld"/> asked for it.</returns>
    public Task<PutResult<T>> PutAsync(T item, CancellationToken cancellationToken = default) => PutAsync(item, null, cancellationToken);

    /// <inheritdoc cref="PutAsync(T, CancellationToken)"/>
    /// <param name="item">The item to write.</param>
    /// <param name="options">Condition and return options; <see langword="null"/> for none.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public async Task<PutResult<T>> PutAsync(T item, PutOptions? options, CancellationToken cancellationToken = default)
    {
        options ??= s_put;
        var put = PreparePut(item, options.Condition, create: false);
        var wantItem = options.ReturnItemOnConditionFailure || Versioning<T>.NeedsStoredItem(put.ExpectedVersion, options.Condition is not null);
        var request = new PutItemRequest
        {
            TableName = Name,
            Item = put.Item,
            ConditionExpression = put.Condition,
            ExpressionAttributeNames = put.Names,
            ExpressionAttributeValues = put.Values,
        };
        if (options.ReturnOld)
        {
            request.ReturnValues = ReturnValue.ALL_OLD;
        }

        if (wantItem && put.Condition is not null)
        {
            request.ReturnValuesOnConditionCheckFailure = ReturnValuesOnConditionCheckFailure.ALL_OLD;
        }

        var response = await SendConditionalAsync(
            request,
            new ConditionalWrite("put", put.Key, put.ExpectedVersion, UserCondition: options.Condition is not null, WantItem: wantItem),
            static (c, r, o, t) => c.PutItemAsync(r, o, t),
            cancellationToken).ConfigureAwait(false);

        var old = options.ReturnOld && response.Attributes is { Count: > 0 } attributes ? Materialize(attributes) : default;
        return new PutResult<T>(put.Result, old);
    }

    /// <summary>
    /// Writes <paramref name="item"/> only if there is no item with its key (<c>attribute_not_exists</c> on the
    /// partition key); otherwise raises <see cref="DynamoConditionFailedException"/>. For a versioned type, stores version
    /// (item's version + 1).
    /// </summary>
    /// <param name="item">The new item.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The item as written.</returns>
    public async Task<T> CreateAsync(T item, CancellationToken cancellationToken = default)
    {
        var put = PreparePut(item, null, create: true);
        var request = new PutItemRequest
        {
            TableName = Name,
            Item = put.Item,
            ConditionExpression = put.Condition,
            ExpressionAttributeNames = put.Names,
            ExpressionAttributeValues = put.Values,
        };
        await SendConditionalAsync(
            request,
            new ConditionalWrite("create", put.Key, null, UserCondition: false, WantItem: false, Meaning: FailureMeaning.ItemExists),
            static (c, r, o, t) => c.PutItemAsync(r, o, t),
            cancellationToken).ConfigureAwait(false);

        return put.Result;
    }

    /// <summary>
    /// Deletes the item with <paramref name="key"/>, if the options' condition holds (else
    /// <see cref="DynamoConditionFailedException"/>); deleting an absent item is not an error.
    /// </summary>
    /// <param name="key">The primary key, built with the generated <c>T.Key(...)</c> or <c>item.GetKey()</c>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The deleted item when <see cref="DeleteOptions.ReturnOld"/> asked for it and there was one; otherwise <see langword="null"/>.</returns>
    public Task<T?> DeleteAsync(DynamoKey<T> key, CancellationToken cancellationToken = default) => DeleteAsync(key, null, cancellationToken);

    /// <inheritdoc cref="DeleteAsync(DynamoKey{T}, CancellationToken)"/>
    /// <param name="key">The primary key, built with the generated <c>T.Key(...)</c> or <c>item.GetKey()</c>.</param>
    /// <param name="options">Condition, expected version and return options; <see langword="null"/> for none.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<T?> DeleteAsync(DynamoKey<T> key, DeleteOptions? options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        return DeleteAsync(key.Attributes, options ?? s_delete, cancellationToken);
    }

    /// <summary>
    /// Deletes <paramref name="item"/> by its key. For a <see cref="VersionAttribute"/> type, only if the stored
    /// version is the item's (else <see cref="DynamoVersionConflictException"/>), unless the options set their own expected version.
    /// </summary>
    /// <param name="item">The item to delete.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The deleted item when <see cref="DeleteOptions.ReturnOld"/> asked for it and there was one; otherwise <see langword="null"/>.</returns>
    public Task<T?> DeleteAsync(T item, CancellationToken cancellationToken = default) => DeleteAsync(item, null, cancellationToken);

    /// <inheritdoc cref="DeleteAsync(T, CancellationToken)"/>
    /// <param name="item">The item to delete.</param>
    /// <param name="options">Condition and return options; <see langword="null"/> for none.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<T?> DeleteAsync(T item, DeleteOptions? options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        var written = item.ToItem();
        options ??= s_delete;
        if (options.ExpectedVersion is null && Versioning<T>.Of(item) is long version)
        {
            options = options with { ExpectedVersion = version };
        }

        return DeleteAsync(KeyOf(written), options, cancellationToken);
    }

    private async Task<T?> DeleteAsync(Dictionary<string, AttributeValue> key, DeleteOptions options, CancellationToken cancellationToken)
    {
        var delete = PrepareDelete(key, options.Condition, options.ExpectedVersion);
        var wantItem = options.ReturnItemOnConditionFailure || Versioning<T>.NeedsStoredItem(delete.ExpectedVersion, options.Condition is not null);
        var request = new DeleteItemRequest
        {
            TableName = Name,
            Key = delete.StoredKey,
            ConditionExpression = delete.Condition,
            ExpressionAttributeNames = delete.Names,
            ExpressionAttributeValues = delete.Values,
        };
        if (options.ReturnOld)
        {
            request.ReturnValues = ReturnValue.ALL_OLD;
        }

        if (wantItem && delete.Condition is not null)
        {
            request.ReturnValuesOnConditionCheckFailure = ReturnValuesOnConditionCheckFailure.ALL_OLD;
        }

        var response = await SendConditionalAsync(
            request,
            new ConditionalWrite("delete", key, delete.ExpectedVersion, UserCondition: options.Condition is not null, WantItem: wantItem),
            static (c, r, o, t) => c.DeleteItemAsync(r, o, t),
            cancellationToken).ConfigureAwait(false);

        return options.ReturnOld && response.Attributes is { Count: > 0 } attributes ? Materialize(attributes) : default;
    }

    /// <summary>
    /// Updates the existing item with <paramref name="key"/> (<see cref="UpdateOptions.CreateIfMissing"/> creates it
    /// when absent): with a condition, an expected version, returning the new item, the old one or nothing. When no
    /// item has the key it throws <see cref="DynamoConditionFailedException"/>. For a <see cref="VersionAttribute"/> type the
    /// version is always incremented (<c>ADD #v :1</c>, or <c>SET #v = :expected + 1</c> with a check when
    /// <see cref="UpdateOptions.ExpectedVersion"/> is set).
    /// </summary>
    /// <param name="key">The primary key.</param>
    /// <param name="update">What to change; it may not touch key attributes or the version attribute.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The item as <see cref="UpdateOptions.Return"/> asks (<see langword="null"/> for none or no old item).</returns>
    public Task<T?> UpdateAsync(DynamoKey<T> key, UpdateExpression update, CancellationToken cancellationToken = default) => UpdateAsync(key, update, null, cancellationToken);

    /// <inheritdoc cref="UpdateAsync(DynamoKey{T}, UpdateExpression, CancellationToken)"/>
    /// <param name="key">The primary key.</param>
    /// <param name="update">What to change; it may not touch key attributes or the version attribute.</param>
    /// <param name="options">Condition, creation, version and return options; <see langword="null"/> for the defaults (return the new item).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<T?> UpdateAsync(DynamoKey<T> key, UpdateExpression update, UpdateOptions? options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        return UpdateAsync(key.Attributes, update, options ?? s_update, cancellationToken);
    }

    private async Task<T?> UpdateAsync(Dictionary<string, AttributeValue> key, UpdateExpression update, UpdateOptions options, CancellationToken cancellationToken)
    {
        var prepared = PrepareUpdate(key, update, options.Condition, options.CreateIfMissing, options.ExpectedVersion);
        var wantItem = options.ReturnItemOnConditionFailure || Versioning<T>.NeedsStoredItem(prepared.ExpectedVersion, options.Condition is not null || !options.CreateIfMissing);
        var request = new UpdateItemRequest
        {
            TableName = Name,
            Key = prepared.StoredKey,
            UpdateExpression = prepared.Update,
            ConditionExpression = prepared.Condition,
            ExpressionAttributeNames = prepared.Names,
            ExpressionAttributeValues = prepared.Values,
        };
        if (options.Return != ReturnItem.None)
        {
            request.ReturnValues = options.Return == ReturnItem.New ? ReturnValue.ALL_NEW : ReturnValue.ALL_OLD;
        }

        if (wantItem && prepared.Condition is not null)
        {
            request.ReturnValuesOnConditionCheckFailure = ReturnValuesOnConditionCheckFailure.ALL_OLD;
        }

        var response = await SendConditionalAsync(
            request,
            new ConditionalWrite(
                "update",
                key,
                prepared.ExpectedVersion,
                UserCondition: options.Condition is not null || !options.CreateIfMissing,
                WantItem: wantItem,
                Meaning: options.CreateIfMissing ? FailureMeaning.Condition : FailureMeaning.ItemMissing,
                OtherCondition: options.Condition is not null),
            static (c, r, o, t) => c.UpdateItemAsync(r, o, t),
            cancellationToken).ConfigureAwait(false);

        return options.Return != ReturnItem.None && response.Attributes is { Count: > 0 } attributes ? Materialize(attributes) : default;
    }

    /// <summary>
    /// Updates only what changed between <paramref name="before"/> (as read) and <paramref name="after"/>: every
    /// attribute of <c>after.ToItem()</c> that differs is SET, every attribute <paramref name="after"/> no longer has is
    /// REMOVEd; key attributes are never touched (they must be equal). The item must exist. For a versioned type, the
    /// update is checked against <paramref name="before"/>'s version and increments it. No change: no request.
    /// </summary>
    /// <param name="before">The item as read.</param>
    /// <param name="after">The item as it should be.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The item after the update (<paramref name="after"/> itself when nothing changed).</returns>
    public Task<T> UpdateChangesAsync(T before, T after, CancellationToken cancellationToken = default)
        => UpdateChangesAsync(before, after, null, cancellationToken);

    /// <summary>As <see cref="UpdateChangesAsync(T, T, CancellationToken)"/>, with a further condition.</summary>
    /// <param name="before">The item as read.</param>
    /// <param name="after">The item as it should be.</param>
    /// <param name="condition">A condition the stored item must meet, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The item after the update.</returns>
    public async Task<T> UpdateChangesAsync(T before, T after, ConditionExpression? condition, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var old = before.ToItem();
        var now = after.ToItem();
        var key = KeyOf(now);
        if (!ItemDiff.SameKey(KeyOf(old), key))
        {
            throw new ArgumentException($"UpdateChangesAsync needs two versions of the same item; their keys differ ({DynamoConditionFailedException.Describe(KeyOf(old))} and {DynamoConditionFailedException.Describe(key)}).", nameof(after));
        }

        var skip = new HashSet<string>(StringComparer.Ordinal) { Schema.PartitionKey.Name };
        if (Schema.SortKey is { } sk)
        {
            skip.Add(sk.Name);
        }

        if (Versioning<T>.Attribute is { } version)
        {
            skip.Add(version);
        }

        var update = ItemDiff.Changes(old, now, skip);
        if (update.IsEmpty)
        {
            return after;
        }

        var options = new UpdateOptions
        {
            Condition = condition,
            ExpectedVersion = Versioning<T>.Of(before),
        };
        return (await UpdateAsync(key, update, options, cancellationToken).ConfigureAwait(false))!;
    }

    /// <summary>A put's item, condition and placeholders; shared by <see cref="PutAsync(T, PutOptions, CancellationToken)"/> and transactions.</summary>
    internal PreparedPut PreparePut(T item, ConditionExpression? condition, bool create)
    {
        ArgumentNullException.ThrowIfNull(item);
        var (result, version) = Versioning<T>.Put(item);
        var written = result.ToItem();
        var conditions = new List<ConditionExpression>(3);
        if (condition is not null)
        {
            conditions.Add(condition);
        }

        long? expected = null;
        if (version is long current && !create)
        {
            conditions.Add(Versioning<T>.Check(current));
            expected = current;
        }

        if (create)
        {
            conditions.Add(ConditionExpression.NotExists(new AttributePath(Schema.PartitionKey.Name)));
        }

        var builder = new ExpressionBuilder();
        var expression = conditions.Count == 0 ? null : builder.Condition(ConditionExpression.And(conditions.ToArray()));
        return new PreparedPut(ToStored(written), result, KeyOf(written), expression, builder.Names, builder.Values, expected);
    }

    /// <summary>A delete's key, condition and placeholders.</summary>
    internal PreparedKeyWrite PrepareDelete(Dictionary<string, AttributeValue> key, ConditionExpression? condition, long? expectedVersion)
    {
        var conditions = new List<ConditionExpression>(2);
        if (condition is not null)
        {
            conditions.Add(condition);
        }

        if (Versioning<T>.CheckFor(expectedVersion, nameof(expectedVersion)) is { } versionCheck)
        {
            conditions.Add(versionCheck);
        }

        var builder = new ExpressionBuilder();
        var expression = conditions.Count == 0 ? null : builder.Condition(ConditionExpression.And(conditions.ToArray()));
        return new PreparedKeyWrite(ToStored(key), null, expression, builder.Names, builder.Values, expectedVersion);
    }

    /// <summary>An update's key, expressions and placeholders, with the version increment and check added.</summary>
    internal PreparedKeyWrite PrepareUpdate(Dictionary<string, AttributeValue> key, UpdateExpression update, ConditionExpression? condition, bool createIfMissing, long? expectedVersion)
    {
        ArgumentNullException.ThrowIfNull(update);
        foreach (var action in update.Actions)
        {
            var name = action.Path.AttributeName;
            if (name == Schema.PartitionKey.Name || name == Schema.SortKey?.Name)
            {
                throw new ArgumentException($"An update cannot change key attribute '{name}' of table '{Name}'; write a new item and delete the old one.", nameof(update));
            }
        }

        var conditions = new List<ConditionExpression>(3);
        if (condition is not null)
        {
            conditions.Add(condition);
        }

        (update, var versionCheck) = Versioning<T>.Update(update, expectedVersion, nameof(expectedVersion));
        if (versionCheck is not null)
        {
            conditions.Add(versionCheck);
        }

        if (update.IsEmpty)
        {
            throw new ArgumentException("The update has no actions.", nameof(update));
        }

        if (createIfMissing)
        {
            update = CreatingUpdate(update);
        }
        else
        {
            conditions.Add(ConditionExpression.Exists(new AttributePath(Schema.PartitionKey.Name)));
        }

        var builder = new ExpressionBuilder();
        var updateExpression = builder.Update(update);
        var expression = conditions.Count == 0 ? null : builder.Condition(ConditionExpression.And(conditions.ToArray()));
        return new PreparedKeyWrite(ToStored(key), updateExpression, expression, builder.Names, builder.Values, expectedVersion);
    }

    /// <summary>
    /// An update that may create the item must leave a readable one: it sets every required attribute (checked here,
    /// before anything is sent), and the entity attribute of a single-table type when the item has none yet.
    /// </summary>
    private static UpdateExpression CreatingUpdate(UpdateExpression update)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var action in update.Actions)
        {
            if (action.Path.IsTopLevel && action.Kind is not (UpdateKind.Remove or UpdateKind.Delete or UpdateKind.Raw))
            {
                set.Add(action.Path.AttributeName);
            }
        }

        var missing = Schema.RequiredAttributes.Where(a => !set.Contains(a)).ToList();
        if (missing.Count > 0)
        {
            throw new ArgumentException(
                $"An update that may create a {typeof(T).Name} (CreateIfMissing) must set every attribute the type requires, or the new item could not be read: "
                + $"it does not set {string.Join(", ", missing.Select(static a => "'" + a + "'"))}. Set them in the update (SetIfNotExists keeps existing values), or leave CreateIfMissing off to update only an existing item.",
                nameof(update));
        }

        return Schema.EntityAttribute is { } entity && !set.Contains(entity)
            ? update.With(new UpdateAction(UpdateKind.SetIfNotExists, new AttributePath(entity), new AttributeValue { S = Schema.EntityName }))
            : update;
    }

    /// <summary>A condition check's key, condition and placeholders (transactions).</summary>
    internal PreparedKeyWrite PrepareCheck(Dictionary<string, AttributeValue> key, ConditionExpression condition)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var builder = new ExpressionBuilder();
        var expression = builder.Condition(condition);
        return new PreparedKeyWrite(ToStored(key), null, expression, builder.Names, builder.Values, null);
    }

    /// <summary>
    /// The one path of every conditional single-item write (put, create, delete, update): send it, and turn DynamoDB's
    /// condition failure into <see cref="DynamoConditionFailedException"/> or <see cref="DynamoVersionConflictException"/>.
    /// </summary>
    private async Task<TResponse> SendConditionalAsync<TRequest, TResponse>(
        TRequest request,
        ConditionalWrite write,
        Func<IDynamoConnection, TRequest, DynamoCallOptions, CancellationToken, Task<TResponse>> send,
        CancellationToken cancellationToken)
    {
        try
        {
            return await send(_connection, request, Call(), cancellationToken).ConfigureAwait(false);
        }
        catch (ConditionalCheckFailedException e)
        {
            throw await ConditionFailureAsync(e, write, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<DynamoConditionFailedException> ConditionFailureAsync(ConditionalCheckFailedException failure, ConditionalWrite write, CancellationToken cancellationToken)
    {
        var key = write.Key;
        var item = failure.Item is { Count: > 0 } stored ? FromStored(stored) : null;
        var readAfter = false;
        if (item is null && write.WantItem && ConditionFailures.ReadItemAfterFailure)
        {
            // DynamoDB returns the item with the failure (ReturnValuesOnConditionCheckFailure); test engines that ignore
            // the flag are asked right after, with a strongly consistent read, when the switch is on (ConditionFailures).
            try
            {
                var response = await _connection.GetItemAsync(
                    new GetItemRequest { TableName = Name, Key = ToStored(key), ConsistentRead = true },
                    Call(fresh: true),
                    cancellationToken).ConfigureAwait(false);
                item = response.Item is { Count: > 0 } current ? FromStored(current) : null;
                readAfter = true;
            }
            catch (AmazonDynamoDBException)
            {
                // The item stays unknown; the failure itself is what matters.
            }
        }

        if (write.ExpectedVersion is long expected && Versioning<T>.IsConflict(expected, write.UserCondition, item))
        {
            return new DynamoVersionConflictException(Name, key, expected, item, failure) { ItemReadAfterFailure = readAfter };
        }

        var described = DynamoConditionFailedException.Describe(key);
        var message = write.Meaning switch
        {
            FailureMeaning.ItemExists => $"An item with key {described} already exists in table '{Name}'.",

            // The item's absence failed the existence check: certain when there is no other condition, or when it was read after.
            FailureMeaning.ItemMissing when item is null && (!write.OtherCondition || readAfter)
                => $"No item with key {described} exists in table '{Name}': an {write.Operation} changes an existing item. Set UpdateOptions.CreateIfMissing to create it.",
            _ => $"The condition of a {write.Operation} on table '{Name}', key {described}, did not hold.",
        };
        return new DynamoConditionFailedException(message, Name, key, item, failure) { ItemReadAfterFailure = readAfter };
    }

    /// <summary><paramref name="projection"/> plus the table's key attributes, an index's, and the TTL attribute when expiry is checked here.</summary>
    private static ProjectionExpression WithKeys(ProjectionExpression projection, string? indexPartitionKey, string? indexSortKey, bool withTtl)
    {
        var extra = new List<AttributePath>(5) { new(Schema.PartitionKey.Name) };
        if (Schema.SortKey is { } sk)
        {
            extra.Add(new AttributePath(sk.Name));
        }

        if (indexPartitionKey is not null)
        {
            extra.Add(new AttributePath(indexPartitionKey));
        }

        if (indexSortKey is not null)
        {
            extra.Add(new AttributePath(indexSortKey));
        }

        if (withTtl && Schema.TimeToLiveAttribute is { } ttl)
        {
            extra.Add(new AttributePath(ttl));
        }

        return projection.And(extra);
    }

    /// <summary>A put as prepared for PutItem or a transaction.</summary>
    internal sealed record PreparedPut(
        Dictionary<string, AttributeValue> Item,
        T Result,
        Dictionary<string, AttributeValue> Key,
        string? Condition,
        Dictionary<string, string>? Names,
        Dictionary<string, AttributeValue>? Values,
        long? ExpectedVersion);
}

/// <summary>A delete, update or condition check as prepared for its request or a transaction.</summary>
/// <summary>What a conditional write's failure can mean, for its message.</summary>
internal enum FailureMeaning
{
    /// <summary>The caller's condition (or the version check) did not hold.</summary>
    Condition,

    /// <summary>A create found an item with the key.</summary>
    ItemExists,

    /// <summary>An update required an existing item (unless another condition failed).</summary>
    ItemMissing,
}

/// <summary>How a conditional single-item write's failure is explained.</summary>
/// <param name="Operation">put, create, delete or update.</param>
/// <param name="Key">The key as the caller gave it.</param>
/// <param name="ExpectedVersion">The version checked, for a versioned type.</param>
/// <param name="UserCondition">The request carries a condition besides the version check.</param>
/// <param name="WantItem">The failure should carry the item (asked for, or needed to tell a version conflict from another failure).</param>
/// <param name="Meaning">What a failure means when no version conflict explains it.</param>
/// <param name="OtherCondition">For <see cref="FailureMeaning.ItemMissing"/>: the caller's own condition is part of the request too.</param>
internal readonly record struct ConditionalWrite(
    string Operation,
    Dictionary<string, AttributeValue> Key,
    long? ExpectedVersion,
    bool UserCondition,
    bool WantItem,
    FailureMeaning Meaning = FailureMeaning.Condition,
    bool OtherCondition = false);

internal sealed record PreparedKeyWrite(
    Dictionary<string, AttributeValue> StoredKey,
    string? Update,
    string? Condition,
    Dictionary<string, string>? Names,
    Dictionary<string, AttributeValue>? Values,
    long? ExpectedVersion);
