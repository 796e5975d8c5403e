using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace DynamoGen;

/// <summary>
/// Writes through a <see cref="CachingConnection"/>: the item cache is kept fresh with what was written (write-through),
/// an uncertain outcome (an error) drops the item's entry, and with <see cref="CacheOptions.InvalidateQueriesOnWrite"/>
/// every completed or failed write drops the cached pages of its table.
/// </summary>
public sealed partial class CachingConnection
{
    /// <summary>Whether writes change anything here (an item cache to keep fresh or query pages to drop).</summary>
    private bool TracksWrites => _items is not null || _invalidateQueries;

    /// <inheritdoc />
    public async Task<PutItemResponse> PutItemAsync(PutItemRequest request, DynamoCallOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!TracksWrites)
        {
            return await _inner.PutItemAsync(request, options, cancellationToken).ConfigureAwait(false);
        }

        var table = Table(request.TableName, options);
        try
        {
            var response = await _inner.PutItemAsync(request, options, cancellationToken).ConfigureAwait(false);
            var key = KeyOfItem(request.TableName, table, request.Item);
            _items?.WriteThrough(table, key, key is null ? null : new CachedItem(AttributeValues.Copy(request.Item)), Now + _itemTtl);
            return response;
        }
        catch
        {
            _items?.WriteThrough(table, KeyOfItem(request.TableName, table, request.Item), null, 0);
            throw;
        }
        finally
        {
            Wrote(table);
        }
    }

    /// <inheritdoc />
    public async Task<UpdateItemResponse> UpdateItemAsync(UpdateItemRequest request, DynamoCallOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!TracksWrites)
        {
            return await _inner.UpdateItemAsync(request, options, cancellationToken).ConfigureAwait(false);
        }

        var table = Table(request.TableName, options);
        var key = request.Key is null ? null : ItemKey(request.TableName, request.Key);
        try
        {
            var response = await _inner.UpdateItemAsync(request, options, cancellationToken).ConfigureAwait(false);
            var updated = request.ReturnValues == ReturnValue.ALL_NEW && response.Attributes is { Count: > 0 } attributes
                ? new CachedItem(AttributeValues.Copy(attributes))
                : null;
            _items?.WriteThrough(table, key, updated, Now + _itemTtl);
            return response;
        }
        catch
        {
            _items?.WriteThrough(table, key, null, 0);
            throw;
        }
        finally
        {
            Wrote(table);
        }
    }

    /// <inheritdoc />
    public async Task<DeleteItemResponse> DeleteItemAsync(DeleteItemRequest request, DynamoCallOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!TracksWrites)
        {
            return await _inner.DeleteItemAsync(request, options, cancellationToken).ConfigureAwait(false);
        }

        var table = Table(request.TableName, options);
        var key = request.Key is null ? null : ItemKey(request.TableName, request.Key);
        try
        {
            var response = await _inner.DeleteItemAsync(request, options, cancellationToken).ConfigureAwait(false);
            _items?.WriteThrough(table, key, CachedItem.Absent, Now + _itemTtl);
            return response;
        }
        catch
        {
            _items?.WriteThrough(table, key, null, 0);
            throw;
        }
        finally
        {
            Wrote(table);
        }
    }

    /// <inheritdoc />
    public async Task<BatchWriteItemResponse> BatchWriteItemAsync(BatchWriteItemRequest request, DynamoCallOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!TracksWrites || request.RequestItems is null)
        {
            return await _inner.BatchWriteItemAsync(request, options, cancellationToken).ConfigureAwait(false);
        }

        BatchWriteItemResponse response;
        try
        {
            response = await _inner.BatchWriteItemAsync(request, options, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            foreach (var (tableName, writes) in request.RequestItems)
            {
                var table = Table(tableName, options);
                foreach (var write in writes ?? [])
                {
                    _items?.WriteThrough(table, KeyOfWrite(tableName, table, write), null, 0);
                }

                Wrote(table);
            }

            throw;
        }

        var expires = Now + _itemTtl;
        foreach (var (tableName, writes) in request.RequestItems)
        {
            var table = Table(tableName, options);
            Wrote(table);
            if (_items is null)
            {
                continue;
            }

            HashSet<string>? unprocessed = null;
            if (response.UnprocessedItems is not null && response.UnprocessedItems.TryGetValue(tableName, out var left) && left is { Count: > 0 })
            {
                unprocessed = new HashSet<string>(StringComparer.Ordinal);
                foreach (var write in left)
                {
                    if (KeyOfWrite(tableName, table, write) is { } unprocessedKey)
                    {
                        unprocessed.Add(unprocessedKey);
                    }
                }
            }

            foreach (var write in writes ?? [])
            {
                var key = KeyOfWrite(tableName, table, write);
                CachedItem? value = null;
                if (key is not null && unprocessed?.Contains(key) != true)
                {
                    value = write.PutRequest?.Item is { } item ? new CachedItem(AttributeValues.Copy(item)) : CachedItem.Absent;
                }

                _items.WriteThrough(table, key, value, expires);
            }
        }

        return response;
    }

    /// <inheritdoc />
    public async Task<TransactWriteItemsResponse> TransactWriteItemsAsync(TransactWriteItemsRequest request, DynamoCallOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!TracksWrites || request.TransactItems is null)
        {
            return await _inner.TransactWriteItemsAsync(request, options, cancellationToken).ConfigureAwait(false);
        }

        var succeeded = false;
        try
        {
            var response = await _inner.TransactWriteItemsAsync(request, options, cancellationToken).ConfigureAwait(false);
            succeeded = true;
            return response;
        }
        finally
        {
            var expires = Now + _itemTtl;
            foreach (var write in request.TransactItems)
            {
                if (write?.Put is { } put)
                {
                    var table = Table(put.TableName, options);
                    var key = KeyOfItem(put.TableName, table, put.Item);
                    _items?.WriteThrough(table, key, succeeded && key is not null ? new CachedItem(AttributeValues.Copy(put.Item)) : null, expires);
                    Wrote(table);
                }
                else if (write?.Delete is { } delete)
                {
                    var table = Table(delete.TableName, options);
                    _items?.WriteThrough(table, delete.Key is null ? null : ItemKey(delete.TableName, delete.Key), succeeded ? CachedItem.Absent : null, expires);
                    Wrote(table);
                }
                else if (write?.Update is { } update)
                {
                    var table = Table(update.TableName, options);
                    _items?.WriteThrough(table, update.Key is null ? null : ItemKey(update.TableName, update.Key), null, expires);
                    Wrote(table);
                }
            }
        }
    }

    /// <summary>A write to <paramref name="table"/> completed or failed: with query invalidation on, its cached pages are stale from now on.</summary>
    private void Wrote(CachedTable table)
    {
        if (_invalidateQueries)
        {
            Interlocked.Increment(ref table.Writes);
        }
    }
}
