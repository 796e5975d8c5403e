using System;
using System.Collections;
using System.Collections.Generic;
using System.Text.Encodings.Web;
using System.Text.Json;
using Amazon;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;
using DynamoGen.Json;

namespace DynamoGen.Direct.Protocol;

/// <summary>
/// Writes the DynamoDB JSON body of each data-plane request, field for field what the AWS SDK's request marshaller
/// writes (same names, same "is set" rules: a string or nullable value when not null, a collection when not null, and
/// not empty when <see cref="AWSConfigs.InitializeCollections"/> is on), in the SDK's (alphabetical) order. The legacy
/// parameters (<c>AttributesToGet</c>, <c>KeyConditions</c>, <c>QueryFilter</c>, <c>ScanFilter</c>,
/// <c>Expected</c>, <c>ConditionalOperator</c>, <c>AttributeUpdates</c>) are refused with
/// <see cref="NotSupportedException"/>. Like the SDK, TransactWriteItems gets a fresh <c>ClientRequestToken</c> when
/// the request has none.
/// </summary>
internal static class DirectRequestWriter
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        // DynamoDB reads any valid JSON; the relaxed encoder keeps non-ASCII text as UTF-8 rather than \uXXXX.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    /// <summary>One writer per thread, reset onto each request's buffer (writing is synchronous, so it is never shared).</summary>
    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    /// <summary>Writes a body into <paramref name="buffer"/> with <paramref name="write"/>.</summary>
    /// <typeparam name="TRequest">The request type.</typeparam>
    /// <param name="buffer">Where the body goes.</param>
    /// <param name="request">The request.</param>
    /// <param name="write">The writer of the request's fields (between the braces).</param>
    public static void Write<TRequest>(PooledBufferWriter buffer, TRequest request, Action<Utf8JsonWriter, TRequest> write)
    {
        var writer = t_writer;
        if (writer is null)
        {
            writer = new Utf8JsonWriter(buffer, WriterOptions);
        }
        else
        {
            writer.Reset(buffer);
        }

        // Taken off the thread while in use, so a nested call (none today) would get its own.
        t_writer = null;
        writer.WriteStartObject();
        write(writer, request);
        writer.WriteEndObject();
        writer.Flush();
        writer.Reset(NoBuffer.Instance);
        t_writer = writer;
    }

    /// <summary>GetItem's fields.</summary>
    public static void GetItem(Utf8JsonWriter w, GetItemRequest r)
    {
        Refuse(r.AttributesToGet, "GetItemRequest.AttributesToGet", "ProjectionExpression");
        Bool(w, "ConsistentRead"u8, r.ConsistentRead);
        Names(w, r.ExpressionAttributeNames);
        Item(w, "Key"u8, r.Key);
        String(w, "ProjectionExpression"u8, r.ProjectionExpression);
        Constant(w, "ReturnConsumedCapacity"u8, r.ReturnConsumedCapacity);
        String(w, "TableName"u8, r.TableName);
    }

    /// <summary>PutItem's fields.</summary>
    public static void PutItem(Utf8JsonWriter w, PutItemRequest r)
    {
        Refuse(r.Expected, "PutItemRequest.Expected", "ConditionExpression");
        Refuse(r.ConditionalOperator, "PutItemRequest.ConditionalOperator", "ConditionExpression");
        String(w, "ConditionExpression"u8, r.ConditionExpression);
        Names(w, r.ExpressionAttributeNames);
        Values(w, r.ExpressionAttributeValues);
        Item(w, "Item"u8, r.Item);
        Constant(w, "ReturnConsumedCapacity"u8, r.ReturnConsumedCapacity);
        Constant(w, "ReturnItemCollectionMetrics"u8, r.ReturnItemCollectionMetrics);
        Constant(w, "ReturnValues"u8, r.ReturnValues);
        Constant(w, "ReturnValuesOnConditionCheckFailure"u8, r.ReturnValuesOnConditionCheckFailure);
        String(w, "TableName"u8, r.TableName);
    }

    /// <summary>UpdateItem's fields.</summary>
    public static void UpdateItem(Utf8JsonWriter w, UpdateItemRequest r)
    {
        Refuse(r.AttributeUpdates, "UpdateItemRequest.AttributeUpdates", "UpdateExpression");
        Refuse(r.Expected, "UpdateItemRequest.Expected", "ConditionExpression");
        Refuse(r.ConditionalOperator, "UpdateItemRequest.ConditionalOperator", "ConditionExpression");
        String(w, "ConditionExpression"u8, r.ConditionExpression);
        Names(w, r.ExpressionAttributeNames);
        Values(w, r.ExpressionAttributeValues);
        Item(w, "Key"u8, r.Key);
        Constant(w, "ReturnConsumedCapacity"u8, r.ReturnConsumedCapacity);
        Constant(w, "ReturnItemCollectionMetrics"u8, r.ReturnItemCollectionMetrics);
        Constant(w, "ReturnValues"u8, r.ReturnValues);
        Constant(w, "ReturnValuesOnConditionCheckFailure"u8, r.ReturnValuesOnConditionCheckFailure);
        String(w, "TableName"u8, r.TableName);
        String(w, "UpdateExpression"u8, r.UpdateExpression);
    }

    /// <summary>DeleteItem's fields.</summary>
    public static void DeleteItem(Utf8JsonWriter w, DeleteItemRequest r)
    {
        Refuse(r.Expected, "DeleteItemRequest.Expected", "ConditionExpression");
        Refuse(r.ConditionalOperator, "DeleteItemRequest.ConditionalOperator", "ConditionExpression");
        String(w, "ConditionExpression"u8, r.ConditionExpression);
        Names(w, r.ExpressionAttributeNames);
        Values(w, r.ExpressionAttributeValues);
        Item(w, "Key"u8, r.Key);
        Constant(w, "ReturnConsumedCapacity"u8, r.ReturnConsumedCapacity);
        Constant(w, "ReturnItemCollectionMetrics"u8, r.ReturnItemCollectionMetrics);
        Constant(w, "ReturnValues"u8, r.ReturnValues);
        Constant(w, "ReturnValuesOnConditionCheckFailure"u8, r.ReturnValuesOnConditionCheckFailure);
        String(w, "TableName"u8, r.TableName);
    }

    /// <summary>Query's fields.</summary>
    public static void Query(Utf8JsonWriter w, QueryRequest r)
    {
        Refuse(r.AttributesToGet, "QueryRequest.AttributesToGet", "ProjectionExpression");
        Refuse(r.ConditionalOperator, "QueryRequest.ConditionalOperator", "FilterExpression");
        Refuse(r.KeyConditions, "QueryRequest.KeyConditions", "KeyConditionExpression");
        Refuse(r.QueryFilter, "QueryRequest.QueryFilter", "FilterExpression");
        Bool(w, "ConsistentRead"u8, r.ConsistentRead);
        Item(w, "ExclusiveStartKey"u8, r.ExclusiveStartKey);
        Names(w, r.ExpressionAttributeNames);
        Values(w, r.ExpressionAttributeValues);
        String(w, "FilterExpression"u8, r.FilterExpression);
        String(w, "IndexName"u8, r.IndexName);
        String(w, "KeyConditionExpression"u8, r.KeyConditionExpression);
        Int(w, "Limit"u8, r.Limit);
        String(w, "ProjectionExpression"u8, r.ProjectionExpression);
        Constant(w, "ReturnConsumedCapacity"u8, r.ReturnConsumedCapacity);
        Bool(w, "ScanIndexForward"u8, r.ScanIndexForward);
        Constant(w, "Select"u8, r.Select);
        String(w, "TableName"u8, r.TableName);
    }

    /// <summary>Scan's fields.</summary>
    public static void Scan(Utf8JsonWriter w, ScanRequest r)
    {
        Refuse(r.AttributesToGet, "ScanRequest.AttributesToGet", "ProjectionExpression");
        Refuse(r.ConditionalOperator, "ScanRequest.ConditionalOperator", "FilterExpression");
        Refuse(r.ScanFilter, "ScanRequest.ScanFilter", "FilterExpression");
        Bool(w, "ConsistentRead"u8, r.ConsistentRead);
        Item(w, "ExclusiveStartKey"u8, r.ExclusiveStartKey);
        Names(w, r.ExpressionAttributeNames);
        Values(w, r.ExpressionAttributeValues);
        String(w, "FilterExpression"u8, r.FilterExpression);
        String(w, "IndexName"u8, r.IndexName);
        Int(w, "Limit"u8, r.Limit);
        String(w, "ProjectionExpression"u8, r.ProjectionExpression);
        Constant(w, "ReturnConsumedCapacity"u8, r.ReturnConsumedCapacity);
        Int(w, "Segment"u8, r.Segment);
        Constant(w, "Select"u8, r.Select);
        String(w, "TableName"u8, r.TableName);
        Int(w, "TotalSegments"u8, r.TotalSegments);
    }

    /// <summary>BatchGetItem's fields.</summary>
    public static void BatchGetItem(Utf8JsonWriter w, BatchGetItemRequest r)
    {
        if (IsSet(r.RequestItems))
        {
            w.WriteStartObject("RequestItems"u8);
            foreach (var (table, keys) in r.RequestItems)
            {
                w.WritePropertyName(table);
                KeysAndAttributes(w, keys, "BatchGetItemRequest.RequestItems[" + table + "]");
            }

            w.WriteEndObject();
        }

        Constant(w, "ReturnConsumedCapacity"u8, r.ReturnConsumedCapacity);
    }

    /// <summary>A <see cref="Amazon.DynamoDBv2.Model.KeysAndAttributes"/> object (BatchGetItem's request, also UnprocessedKeys' shape).</summary>
    public static void KeysAndAttributes(Utf8JsonWriter w, KeysAndAttributes keys, string where)
    {
        w.WriteStartObject();
        if (keys is not null)
        {
            Refuse(keys.AttributesToGet, where + ".AttributesToGet", "ProjectionExpression");
            Bool(w, "ConsistentRead"u8, keys.ConsistentRead);
            Names(w, keys.ExpressionAttributeNames);
            if (IsSet(keys.Keys))
            {
                w.WriteStartArray("Keys"u8);
                foreach (var key in keys.Keys)
                {
                    ItemValue(w, key);
                }

                w.WriteEndArray();
            }

            String(w, "ProjectionExpression"u8, keys.ProjectionExpression);
        }

        w.WriteEndObject();
    }

    /// <summary>BatchWriteItem's fields.</summary>
    public static void BatchWriteItem(Utf8JsonWriter w, BatchWriteItemRequest r)
    {
        if (IsSet(r.RequestItems))
        {
            w.WriteStartObject("RequestItems"u8);
            foreach (var (table, writes) in r.RequestItems)
            {
                w.WritePropertyName(table);
                w.WriteStartArray();
                if (writes is not null)
                {
                    foreach (var write in writes)
                    {
                        w.WriteStartObject();
                        if (write?.DeleteRequest is { } delete)
                        {
                            w.WriteStartObject("DeleteRequest"u8);
                            Item(w, "Key"u8, delete.Key);
                            w.WriteEndObject();
                        }

                        if (write?.PutRequest is { } put)
                        {
                            w.WriteStartObject("PutRequest"u8);
                            Item(w, "Item"u8, put.Item);
                            w.WriteEndObject();
                        }

                        w.WriteEndObject();
                    }
                }

                w.WriteEndArray();
            }

            w.WriteEndObject();
        }

        Constant(w, "ReturnConsumedCapacity"u8, r.ReturnConsumedCapacity);
        Constant(w, "ReturnItemCollectionMetrics"u8, r.ReturnItemCollectionMetrics);
    }

    /// <summary>TransactGetItems' fields.</summary>
    public static void TransactGetItems(Utf8JsonWriter w, TransactGetItemsRequest r)
    {
        Constant(w, "ReturnConsumedCapacity"u8, r.ReturnConsumedCapacity);
        if (IsSet(r.TransactItems))
        {
            w.WriteStartArray("TransactItems"u8);
            foreach (var item in r.TransactItems)
            {
                w.WriteStartObject();
                if (item?.Get is { } get)
                {
                    w.WriteStartObject("Get"u8);
                    Names(w, get.ExpressionAttributeNames);
                    Item(w, "Key"u8, get.Key);
                    String(w, "ProjectionExpression"u8, get.ProjectionExpression);
                    String(w, "TableName"u8, get.TableName);
                    w.WriteEndObject();
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
        }
    }

    /// <summary>TransactWriteItems' fields; <paramref name="token"/> is the ClientRequestToken sent (the request's, or a new one).</summary>
    public static void TransactWriteItems(Utf8JsonWriter w, TransactWriteItemsRequest r, string token)
    {
        w.WriteString("ClientRequestToken"u8, token);
        Constant(w, "ReturnConsumedCapacity"u8, r.ReturnConsumedCapacity);
        Constant(w, "ReturnItemCollectionMetrics"u8, r.ReturnItemCollectionMetrics);
        if (IsSet(r.TransactItems))
        {
            w.WriteStartArray("TransactItems"u8);
            foreach (var item in r.TransactItems)
            {
                w.WriteStartObject();
                if (item?.ConditionCheck is { } check)
                {
                    w.WriteStartObject("ConditionCheck"u8);
                    String(w, "ConditionExpression"u8, check.ConditionExpression);
                    Names(w, check.ExpressionAttributeNames);
                    Values(w, check.ExpressionAttributeValues);
                    Item(w, "Key"u8, check.Key);
                    Constant(w, "ReturnValuesOnConditionCheckFailure"u8, check.ReturnValuesOnConditionCheckFailure);
                    String(w, "TableName"u8, check.TableName);
                    w.WriteEndObject();
                }

                if (item?.Delete is { } delete)
                {
                    w.WriteStartObject("Delete"u8);
                    String(w, "ConditionExpression"u8, delete.ConditionExpression);
                    Names(w, delete.ExpressionAttributeNames);
                    Values(w, delete.ExpressionAttributeValues);
                    Item(w, "Key"u8, delete.Key);
                    Constant(w, "ReturnValuesOnConditionCheckFailure"u8, delete.ReturnValuesOnConditionCheckFailure);
                    String(w, "TableName"u8, delete.TableName);
                    w.WriteEndObject();
                }

                if (item?.Put is { } put)
                {
                    w.WriteStartObject("Put"u8);
                    String(w, "ConditionExpression"u8, put.ConditionExpression);
                    Names(w, put.ExpressionAttributeNames);
                    Values(w, put.ExpressionAttributeValues);
                    Item(w, "Item"u8, put.Item);
                    Constant(w, "ReturnValuesOnConditionCheckFailure"u8, put.ReturnValuesOnConditionCheckFailure);
                    String(w, "TableName"u8, put.TableName);
                    w.WriteEndObject();
                }

                if (item?.Update is { } update)
                {
                    w.WriteStartObject("Update"u8);
                    String(w, "ConditionExpression"u8, update.ConditionExpression);
                    Names(w, update.ExpressionAttributeNames);
                    Values(w, update.ExpressionAttributeValues);
                    Item(w, "Key"u8, update.Key);
                    Constant(w, "ReturnValuesOnConditionCheckFailure"u8, update.ReturnValuesOnConditionCheckFailure);
                    String(w, "TableName"u8, update.TableName);
                    String(w, "UpdateExpression"u8, update.UpdateExpression);
                    w.WriteEndObject();
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
        }
    }

    /// <summary>Where an idle writer points, so it holds no request's buffer.</summary>
    private sealed class NoBuffer : System.Buffers.IBufferWriter<byte>
    {
        public static readonly NoBuffer Instance = new();

        public void Advance(int count) => throw new InvalidOperationException("An idle writer wrote.");

        public Memory<byte> GetMemory(int sizeHint = 0) => throw new InvalidOperationException("An idle writer wrote.");

        public Span<byte> GetSpan(int sizeHint = 0) => throw new InvalidOperationException("An idle writer wrote.");
    }

    /// <summary>The SDK's "is set" rule for a collection: not null, and not empty when <see cref="AWSConfigs.InitializeCollections"/> is on.</summary>
    internal static bool IsSet(ICollection? collection)
        => collection is not null && (collection.Count > 0 || !AWSConfigs.InitializeCollections);

    private static void Refuse(ICollection? legacy, string field, string instead)
    {
        if (IsSet(legacy))
        {
            throw Legacy(field, instead);
        }
    }

    private static void Refuse(ConstantClass? legacy, string field, string instead)
    {
        if (legacy is not null)
        {
            throw Legacy(field, instead);
        }
    }

    private static NotSupportedException Legacy(string field, string instead)
        => new($"The direct engine does not send the legacy parameter {field}: use {instead} (an expression), or send this request through a DynamoDbConnection (the AWS SDK).");

    private static void String(Utf8JsonWriter w, ReadOnlySpan<byte> name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    private static void Bool(Utf8JsonWriter w, ReadOnlySpan<byte> name, bool? value)
    {
        if (value is { } flag)
        {
            w.WriteBoolean(name, flag);
        }
    }

    private static void Int(Utf8JsonWriter w, ReadOnlySpan<byte> name, int? value)
    {
        if (value is { } number)
        {
            w.WriteNumber(name, number);
        }
    }

    private static void Constant(Utf8JsonWriter w, ReadOnlySpan<byte> name, ConstantClass? value)
    {
        if (value?.Value is { } text)
        {
            w.WriteString(name, text);
        }
    }

    private static void Names(Utf8JsonWriter w, Dictionary<string, string>? names)
    {
        if (IsSet(names))
        {
            w.WriteStartObject("ExpressionAttributeNames"u8);
            foreach (var (placeholder, name) in names!)
            {
                w.WriteString(placeholder, name);
            }

            w.WriteEndObject();
        }
    }

    private static void Values(Utf8JsonWriter w, Dictionary<string, AttributeValue>? values) => Item(w, "ExpressionAttributeValues"u8, values);

    private static void Item(Utf8JsonWriter w, ReadOnlySpan<byte> name, Dictionary<string, AttributeValue>? item)
    {
        if (IsSet(item))
        {
            w.WritePropertyName(name);
            ItemValue(w, item!);
        }
    }

    private static void ItemValue(Utf8JsonWriter w, Dictionary<string, AttributeValue> item)
    {
        if (item is null)
        {
            w.WriteStartObject();
            w.WriteEndObject();
            return;
        }

        AttributeValueJson.WriteItem(w, item);
    }
}
