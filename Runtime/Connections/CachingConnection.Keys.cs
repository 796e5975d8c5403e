using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;
using Amazon.DynamoDBv2.Model;

namespace DynamoGen;

/// <summary>Cache keys of a <see cref="CachingConnection"/>: items by table and primary key, pages by the whole request.</summary>
public sealed partial class CachingConnection
{
    private static string ItemKey(string tableName, Dictionary<string, AttributeValue> key)
    {
        var text = new StringBuilder(64);
        AttributeValues.Field(text, tableName);
        AttributeValues.Map(text, key);
        return text.ToString();
    }

    private static string QueryKey(QueryRequest request)
    {
        var text = new StringBuilder(256).Append('Q');
        AttributeValues.Field(text, request.TableName);
        AttributeValues.Field(text, request.IndexName);
        AttributeValues.Field(text, request.KeyConditionExpression);
        AttributeValues.Field(text, request.FilterExpression);
        AttributeValues.Field(text, request.ProjectionExpression);
        AttributeValues.Field(text, request.Select?.Value);
        AttributeValues.Field(text, request.ConditionalOperator?.Value);
        AttributeValues.Field(text, request.ReturnConsumedCapacity?.Value);
        AttributeValues.Field(text, request.Limit?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        AttributeValues.Field(text, request.ScanIndexForward is { } forward ? (forward ? "1" : "0") : null);
        AttributeValues.Field(text, request.ConsistentRead == true ? "C" : null);
        AttributeValues.Names(text, request.ExpressionAttributeNames);
        AttributeValues.Map(text, request.ExpressionAttributeValues);
        AttributeValues.Map(text, request.ExclusiveStartKey);
        return text.ToString();
    }

    private static string ScanKey(ScanRequest request)
    {
        var text = new StringBuilder(256).Append('S');
        AttributeValues.Field(text, request.TableName);
        AttributeValues.Field(text, request.IndexName);
        AttributeValues.Field(text, request.FilterExpression);
        AttributeValues.Field(text, request.ProjectionExpression);
        AttributeValues.Field(text, request.Select?.Value);
        AttributeValues.Field(text, request.ConditionalOperator?.Value);
        AttributeValues.Field(text, request.ReturnConsumedCapacity?.Value);
        AttributeValues.Field(text, request.Limit?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        AttributeValues.Field(text, request.Segment?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        AttributeValues.Field(text, request.TotalSegments?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        AttributeValues.Field(text, request.ConsistentRead == true ? "C" : null);
        AttributeValues.Names(text, request.ExpressionAttributeNames);
        AttributeValues.Map(text, request.ExpressionAttributeValues);
        AttributeValues.Map(text, request.ExclusiveStartKey);
        return text.ToString();
    }

    /// <summary>
    /// The state of a table, with its key attributes from the schema the caller passed
    /// (<see cref="DynamoCallOptions.Tables"/>) when it did.
    /// </summary>
    private CachedTable Table(string? tableName, DynamoCallOptions options)
    {
        var table = _tables.GetOrAdd(tableName ?? string.Empty, static _ => new CachedTable());
        if (Volatile.Read(ref table.KeyNames) is null && options.SchemaOf(tableName) is { } schema)
        {
            Volatile.Write(ref table.KeyNames, schema.SortKey is { } sortKey ? [schema.PartitionKey.Name, sortKey.Name] : [schema.PartitionKey.Name]);
        }

        return table;
    }

    /// <summary>
    /// For a request built by hand (no <see cref="DynamoCallOptions.Tables"/>): the key attributes of a table not known
    /// yet are those of a key read from it. Until then, its writes are not cached (they only drop entries).
    /// </summary>
    private static void Learn(CachedTable table, Dictionary<string, AttributeValue> key)
    {
        if (Volatile.Read(ref table.KeyNames) is null && key.Count is 1 or 2)
        {
            var names = new string[key.Count];
            key.Keys.CopyTo(names, 0);
            Volatile.Write(ref table.KeyNames, names);
        }
    }

    private static string? KeyOfItem(string tableName, CachedTable table, Dictionary<string, AttributeValue>? item)
    {
        if (item is null || Volatile.Read(ref table.KeyNames) is not { } names)
        {
            return null;
        }

        var key = new Dictionary<string, AttributeValue>(names.Length, StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (!item.TryGetValue(name, out var value))
            {
                return null;
            }

            key[name] = value;
        }

        return ItemKey(tableName, key);
    }

    private static string? KeyOfWrite(string tableName, CachedTable table, WriteRequest? write)
    {
        if (write?.DeleteRequest?.Key is { } key)
        {
            return ItemKey(tableName, key);
        }

        return KeyOfItem(tableName, table, write?.PutRequest?.Item);
    }
}
