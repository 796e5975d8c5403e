using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Amazon.DynamoDBv2.Model;

namespace DynamoGen;

/// <summary>
/// The operations on one table, typed by its item type <typeparamref name="T"/>. Obtain it from
/// <see cref="DynamoContext.Table{T}()"/>. Thread-safe and cheap to create.
/// </summary>
/// <typeparam name="T">A <see cref="DynamoTableAttribute"/> type.</typeparam>
public sealed class Table<T> where T : IDynamoTable<T>
{
    private readonly IDynamoConnection _connection;

    internal Table(IDynamoConnection connection, string name)
        : this(connection, name, null)
    {
    }

    // Minimal form for the schema branch (DynamoContextOptions.UseKeyPrefix<T>): it only stores the prefix. The ops
    // branch (issue 5) owns this constructor and applies the prefix to keys; on merge, take theirs.
    internal Table(IDynamoConnection connection, string name, string? keyPrefix)
    {
        _connection = connection;
        Name = name;
        KeyPrefix = keyPrefix;
    }

    /// <summary>The prefix added to this table's keys (see <see cref="DynamoContextOptions.UseKeyPrefix{T}"/>), or <see langword="null"/>.</summary>
    internal string? KeyPrefix { get; }

    /// <summary>The DynamoDB table name requests are sent to.</summary>
    public string Name { get; }

    /// <summary>Writes <paramref name="item"/>, replacing any item with the same key.</summary>
    /// <param name="item">The item to write.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>A task that completes when DynamoDB has stored the item.</returns>
    public async Task PutAsync(T item, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        var request = new PutItemRequest { TableName = Name, Item = item.ToItem() };
        await _connection.PutItemAsync(request, default, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads the item with <paramref name="key"/> (eventually consistent).</summary>
    /// <param name="key">The primary key, built with the generated <c>T.Key(...)</c> or <c>item.GetKey()</c>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The item, or <see langword="null"/> (<see langword="default"/> for a struct type) when there is none.</returns>
    public async Task<T?> GetAsync(Dictionary<string, AttributeValue> key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        var request = new GetItemRequest { TableName = Name, Key = key };
        var response = await _connection.GetItemAsync(request, default, cancellationToken).ConfigureAwait(false);
        return response.IsItemSet && response.Item.Count > 0 ? T.FromItem(response.Item) : default;
    }

    /// <summary>Deletes the item with <paramref name="key"/>; deleting an absent item is not an error.</summary>
    /// <param name="key">The primary key, built with the generated <c>T.Key(...)</c> or <c>item.GetKey()</c>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>A task that completes when DynamoDB has processed the delete.</returns>
    public async Task DeleteAsync(Dictionary<string, AttributeValue> key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        var request = new DeleteItemRequest { TableName = Name, Key = key };
        await _connection.DeleteItemAsync(request, default, cancellationToken).ConfigureAwait(false);
    }
}
