using System;
using System.Collections.Generic;
using System.Text.Json;

namespace DynamoGen;

/// <summary>
/// Receives the items of one table from a response as a connection reads its DynamoDB JSON (see
/// <see cref="DynamoCallOptions.ItemSink"/>): each item is read straight from the JSON into its type by the generated
/// reader, so no <c>AttributeValue</c> is built. One sink serves one call (one page).
/// </summary>
public abstract class DynamoItemSink
{
    /// <summary>Creates a sink for the items of <paramref name="tableName"/>.</summary>
    /// <param name="tableName">The table name as the request carries it.</param>
    protected DynamoItemSink(string tableName)
    {
        ArgumentException.ThrowIfNullOrEmpty(tableName);
        TableName = tableName;
    }

    /// <summary>The table whose items go here (a BatchGetItem response holds several tables; the others stay in the response).</summary>
    public string TableName { get; }

    /// <summary>How many items were read into the sink.</summary>
    public abstract int Count { get; }

    /// <summary>Reads one item: <paramref name="reader"/> is on the item's <c>{</c> and holds the whole item; it is left on the item's <c>}</c>.</summary>
    /// <param name="reader">The reader.</param>
    /// <exception cref="DynamoMappingException">The item does not fit the sink's type.</exception>
    /// <exception cref="DynamoJsonException">The text is not DynamoDB JSON.</exception>
    public abstract void ReadItem(ref Utf8JsonReader reader);
}

/// <summary>A sink collecting items of type <typeparamref name="T"/> in arrival order.</summary>
/// <typeparam name="T">The item type (every generated type reads itself from DynamoDB JSON).</typeparam>
public sealed class DynamoItemSink<T> : DynamoItemSink where T : IDynamoJsonItem<T>
{
    private readonly List<T> _items;

    /// <summary>Creates a sink for the items of <paramref name="tableName"/>.</summary>
    /// <param name="tableName">The table name as the request carries it.</param>
    /// <param name="capacity">The number of items expected (a page's limit), to size the list once.</param>
    public DynamoItemSink(string tableName, int capacity = 0)
        : base(tableName)
    {
        _items = new List<T>(capacity);
    }

    /// <summary>The items read, in the response's order.</summary>
    public List<T> Items => _items;

    /// <inheritdoc />
    public override int Count => _items.Count;

    /// <inheritdoc />
    public override void ReadItem(ref Utf8JsonReader reader) => _items.Add(T.ReadJson(ref reader));
}
