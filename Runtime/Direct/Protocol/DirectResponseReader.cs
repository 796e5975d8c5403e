using System;
using System.Collections.Generic;
using System.Text.Json;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;
using DynamoGen.Json;

namespace DynamoGen.Direct.Protocol;

/// <summary>
/// Reads DynamoDB's JSON answers into the AWS SDK's response types, every field the SDK's unmarshaller reads (unknown
/// fields are skipped), straight from the pooled response body with one <see cref="Utf8JsonReader"/>: property names
/// are compared as UTF-8 (<see cref="Utf8JsonReader.ValueTextEquals(ReadOnlySpan{byte})"/>), never turned into
/// strings. With a <see cref="DynamoItemSink"/>, the items it takes are read by it (into typed objects) and left out of
/// the response; counts, keys and capacity are still set.
/// </summary>
internal static class DirectResponseReader
{
    /// <summary>Reads a GetItem answer.</summary>
    public static GetItemResponse GetItem(DirectResponse body, DynamoItemSink? sink)
    {
        var response = Metadata(new GetItemResponse(), body);
        var reader = Start(body);
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("Item"u8))
            {
                reader.Read();
                if (sink is not null)
                {
                    Expect(ref reader, JsonTokenType.StartObject);
                    sink.ReadItem(ref reader);
                }
                else
                {
                    response.Item = AttributeValueJson.ReadItem(ref reader);
                }
            }
            else if (reader.ValueTextEquals("ConsumedCapacity"u8))
            {
                reader.Read();
                response.ConsumedCapacity = ConsumedCapacity(ref reader);
            }
            else
            {
                Skip(ref reader);
            }
        }

        return response;
    }

    /// <summary>Reads a PutItem answer.</summary>
    public static PutItemResponse PutItem(DirectResponse body)
    {
        var write = ReadWrite(body);
        var response = Metadata(new PutItemResponse(), body);
        if (write.Attributes is not null)
        {
            response.Attributes = write.Attributes;
        }

        response.ConsumedCapacity = write.ConsumedCapacity;
        response.ItemCollectionMetrics = write.ItemCollectionMetrics;
        return response;
    }

    /// <summary>Reads an UpdateItem answer (the same fields as a PutItem answer).</summary>
    public static UpdateItemResponse UpdateItem(DirectResponse body)
    {
        var write = ReadWrite(body);
        var response = Metadata(new UpdateItemResponse(), body);
        if (write.Attributes is not null)
        {
            response.Attributes = write.Attributes;
        }

        response.ConsumedCapacity = write.ConsumedCapacity;
        response.ItemCollectionMetrics = write.ItemCollectionMetrics;
        return response;
    }

    /// <summary>Reads a DeleteItem answer (the same fields as a PutItem answer).</summary>
    public static DeleteItemResponse DeleteItem(DirectResponse body)
    {
        var write = ReadWrite(body);
        var response = Metadata(new DeleteItemResponse(), body);
        if (write.Attributes is not null)
        {
            response.Attributes = write.Attributes;
        }

        response.ConsumedCapacity = write.ConsumedCapacity;
        response.ItemCollectionMetrics = write.ItemCollectionMetrics;
        return response;
    }

    /// <summary>The fields of a single-item write's answer (PutItem, UpdateItem, DeleteItem).</summary>
    private static WriteFields ReadWrite(DirectResponse body)
    {
        var write = default(WriteFields);
        var reader = Start(body);
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("Attributes"u8))
            {
                reader.Read();
                write.Attributes = AttributeValueJson.ReadItem(ref reader);
            }
            else if (reader.ValueTextEquals("ConsumedCapacity"u8))
            {
                reader.Read();
                write.ConsumedCapacity = ConsumedCapacity(ref reader);
            }
            else if (reader.ValueTextEquals("ItemCollectionMetrics"u8))
            {
                reader.Read();
                write.ItemCollectionMetrics = ItemCollectionMetrics(ref reader);
            }
            else
            {
                Skip(ref reader);
            }
        }

        return write;
    }

    private struct WriteFields
    {
        public Dictionary<string, AttributeValue>? Attributes;
        public ConsumedCapacity? ConsumedCapacity;
        public ItemCollectionMetrics? ItemCollectionMetrics;
    }

    /// <summary>Reads a Query answer.</summary>
    public static QueryResponse Query(DirectResponse body, DynamoItemSink? sink)
    {
        var page = ReadPage(body, sink);
        var response = Metadata(new QueryResponse(), body);
        if (page.Items is not null)
        {
            response.Items = page.Items;
        }

        response.Count = page.Count;
        response.ScannedCount = page.ScannedCount;
        if (page.LastEvaluatedKey is not null)
        {
            response.LastEvaluatedKey = page.LastEvaluatedKey;
        }

        response.ConsumedCapacity = page.ConsumedCapacity;
        return response;
    }

    /// <summary>Reads a Scan answer (the same fields as a Query answer).</summary>
    public static ScanResponse Scan(DirectResponse body, DynamoItemSink? sink)
    {
        var page = ReadPage(body, sink);
        var response = Metadata(new ScanResponse(), body);
        if (page.Items is not null)
        {
            response.Items = page.Items;
        }

        response.Count = page.Count;
        response.ScannedCount = page.ScannedCount;
        if (page.LastEvaluatedKey is not null)
        {
            response.LastEvaluatedKey = page.LastEvaluatedKey;
        }

        response.ConsumedCapacity = page.ConsumedCapacity;
        return response;
    }

    /// <summary>The fields of a Query or Scan answer: one page.</summary>
    private static PageFields ReadPage(DirectResponse body, DynamoItemSink? sink)
    {
        var page = default(PageFields);
        var reader = Start(body);
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("Items"u8))
            {
                reader.Read();
                page.Items = Items(ref reader, sink);
            }
            else if (reader.ValueTextEquals("Count"u8))
            {
                reader.Read();
                page.Count = reader.GetInt32();
            }
            else if (reader.ValueTextEquals("ScannedCount"u8))
            {
                reader.Read();
                page.ScannedCount = reader.GetInt32();
            }
            else if (reader.ValueTextEquals("LastEvaluatedKey"u8))
            {
                reader.Read();
                page.LastEvaluatedKey = AttributeValueJson.ReadItem(ref reader);
            }
            else if (reader.ValueTextEquals("ConsumedCapacity"u8))
            {
                reader.Read();
                page.ConsumedCapacity = ConsumedCapacity(ref reader);
            }
            else
            {
                Skip(ref reader);
            }
        }

        return page;
    }

    private struct PageFields
    {
        public List<Dictionary<string, AttributeValue>>? Items;
        public int? Count;
        public int? ScannedCount;
        public Dictionary<string, AttributeValue>? LastEvaluatedKey;
        public ConsumedCapacity? ConsumedCapacity;
    }

    /// <summary>Reads a BatchGetItem answer; the sink's table's items go to the sink, and that table is absent from <c>Responses</c>.</summary>
    public static BatchGetItemResponse BatchGetItem(DirectResponse body, DynamoItemSink? sink)
    {
        var response = Metadata(new BatchGetItemResponse(), body);
        var reader = Start(body);
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("Responses"u8))
            {
                reader.Read();
                Expect(ref reader, JsonTokenType.StartObject);
                var responses = new Dictionary<string, List<Dictionary<string, AttributeValue>>>(StringComparer.Ordinal);
                while (NextProperty(ref reader))
                {
                    if (sink is not null && reader.ValueTextEquals(sink.TableName))
                    {
                        reader.Read();
                        _ = Items(ref reader, sink);
                        continue;
                    }

                    var table = reader.GetString()!;
                    reader.Read();
                    responses[table] = Items(ref reader, null)!;
                }

                response.Responses = responses;
            }
            else if (reader.ValueTextEquals("UnprocessedKeys"u8))
            {
                reader.Read();
                Expect(ref reader, JsonTokenType.StartObject);
                var unprocessed = new Dictionary<string, KeysAndAttributes>(StringComparer.Ordinal);
                while (NextProperty(ref reader))
                {
                    var table = reader.GetString()!;
                    reader.Read();
                    unprocessed[table] = KeysAndAttributes(ref reader);
                }

                response.UnprocessedKeys = unprocessed;
            }
            else if (reader.ValueTextEquals("ConsumedCapacity"u8))
            {
                reader.Read();
                response.ConsumedCapacity = ConsumedCapacities(ref reader);
            }
            else
            {
                Skip(ref reader);
            }
        }

        return response;
    }

    /// <summary>Reads a BatchWriteItem answer.</summary>
    public static BatchWriteItemResponse BatchWriteItem(DirectResponse body)
    {
        var response = Metadata(new BatchWriteItemResponse(), body);
        var reader = Start(body);
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("UnprocessedItems"u8))
            {
                reader.Read();
                Expect(ref reader, JsonTokenType.StartObject);
                var unprocessed = new Dictionary<string, List<WriteRequest>>(StringComparer.Ordinal);
                while (NextProperty(ref reader))
                {
                    var table = reader.GetString()!;
                    reader.Read();
                    unprocessed[table] = WriteRequests(ref reader);
                }

                response.UnprocessedItems = unprocessed;
            }
            else if (reader.ValueTextEquals("ItemCollectionMetrics"u8))
            {
                reader.Read();
                response.ItemCollectionMetrics = ItemCollectionMetricsPerTable(ref reader);
            }
            else if (reader.ValueTextEquals("ConsumedCapacity"u8))
            {
                reader.Read();
                response.ConsumedCapacity = ConsumedCapacities(ref reader);
            }
            else
            {
                Skip(ref reader);
            }
        }

        return response;
    }

    /// <summary>Reads a TransactGetItems answer.</summary>
    public static TransactGetItemsResponse TransactGetItems(DirectResponse body)
    {
        var response = Metadata(new TransactGetItemsResponse(), body);
        var reader = Start(body);
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("Responses"u8))
            {
                reader.Read();
                Expect(ref reader, JsonTokenType.StartArray);
                var responses = new List<ItemResponse>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    Expect(ref reader, JsonTokenType.StartObject);
                    var itemResponse = new ItemResponse();
                    while (NextProperty(ref reader))
                    {
                        if (reader.ValueTextEquals("Item"u8))
                        {
                            reader.Read();
                            itemResponse.Item = AttributeValueJson.ReadItem(ref reader);
                        }
                        else
                        {
                            Skip(ref reader);
                        }
                    }

                    responses.Add(itemResponse);
                }

                response.Responses = responses;
            }
            else if (reader.ValueTextEquals("ConsumedCapacity"u8))
            {
                reader.Read();
                response.ConsumedCapacity = ConsumedCapacities(ref reader);
            }
            else
            {
                Skip(ref reader);
            }
        }

        return response;
    }

    /// <summary>Reads a TransactWriteItems answer.</summary>
    public static TransactWriteItemsResponse TransactWriteItems(DirectResponse body)
    {
        var response = Metadata(new TransactWriteItemsResponse(), body);
        var reader = Start(body);
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("ItemCollectionMetrics"u8))
            {
                reader.Read();
                response.ItemCollectionMetrics = ItemCollectionMetricsPerTable(ref reader);
            }
            else if (reader.ValueTextEquals("ConsumedCapacity"u8))
            {
                reader.Read();
                response.ConsumedCapacity = ConsumedCapacities(ref reader);
            }
            else
            {
                Skip(ref reader);
            }
        }

        return response;
    }

    private static T Metadata<T>(T response, DirectResponse body) where T : AmazonWebServiceResponse
    {
        response.HttpStatusCode = body.StatusCode;
        response.ContentLength = body.Body.Length;
        response.ResponseMetadata = new ResponseMetadata { RequestId = body.RequestId };
        return response;
    }

    private static Utf8JsonReader Start(DirectResponse body)
    {
        var reader = new Utf8JsonReader(body.Body);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new DynamoJsonException("DynamoDB's answer is not a JSON object", null, reader.TokenStartIndex);
        }

        return reader;
    }

    /// <summary>Moves to the next property name of the current object; false at its end.</summary>
    private static bool NextProperty(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
        {
            throw new DynamoJsonException("DynamoDB's answer ends inside an object", null, reader.BytesConsumed);
        }

        return reader.TokenType == JsonTokenType.PropertyName;
    }

    /// <summary>Skips the value of the property the reader is on.</summary>
    private static void Skip(ref Utf8JsonReader reader)
    {
        reader.Read();
        reader.Skip();
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type)
    {
        if (reader.TokenType != type)
        {
            throw new DynamoJsonException("unexpected " + AttributeValueJson.Describe(reader.TokenType) + " in DynamoDB's answer, expected " + AttributeValueJson.Describe(type), null, reader.TokenStartIndex);
        }
    }

    /// <summary>An array of items (the reader on its <c>[</c>); with a sink, every item goes to it and the result is null.</summary>
    private static List<Dictionary<string, AttributeValue>>? Items(ref Utf8JsonReader reader, DynamoItemSink? sink)
    {
        Expect(ref reader, JsonTokenType.StartArray);
        var items = sink is null ? new List<Dictionary<string, AttributeValue>>() : null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            Expect(ref reader, JsonTokenType.StartObject);
            if (sink is not null)
            {
                sink.ReadItem(ref reader);
            }
            else
            {
                items!.Add(AttributeValueJson.ReadItem(ref reader));
            }
        }

        return items;
    }

    private static KeysAndAttributes KeysAndAttributes(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartObject);
        var keys = new KeysAndAttributes();
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("Keys"u8))
            {
                reader.Read();
                keys.Keys = Items(ref reader, null)!;
            }
            else if (reader.ValueTextEquals("ConsistentRead"u8))
            {
                reader.Read();
                keys.ConsistentRead = reader.GetBoolean();
            }
            else if (reader.ValueTextEquals("ProjectionExpression"u8))
            {
                reader.Read();
                keys.ProjectionExpression = reader.GetString();
            }
            else if (reader.ValueTextEquals("ExpressionAttributeNames"u8))
            {
                reader.Read();
                keys.ExpressionAttributeNames = StringMap(ref reader);
            }
            else if (reader.ValueTextEquals("AttributesToGet"u8))
            {
                reader.Read();
                keys.AttributesToGet = Strings(ref reader);
            }
            else
            {
                Skip(ref reader);
            }
        }

        return keys;
    }

    private static List<WriteRequest> WriteRequests(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartArray);
        var writes = new List<WriteRequest>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            Expect(ref reader, JsonTokenType.StartObject);
            var write = new WriteRequest();
            while (NextProperty(ref reader))
            {
                if (reader.ValueTextEquals("PutRequest"u8))
                {
                    reader.Read();
                    Expect(ref reader, JsonTokenType.StartObject);
                    var put = new PutRequest();
                    while (NextProperty(ref reader))
                    {
                        if (reader.ValueTextEquals("Item"u8))
                        {
                            reader.Read();
                            put.Item = AttributeValueJson.ReadItem(ref reader);
                        }
                        else
                        {
                            Skip(ref reader);
                        }
                    }

                    write.PutRequest = put;
                }
                else if (reader.ValueTextEquals("DeleteRequest"u8))
                {
                    reader.Read();
                    Expect(ref reader, JsonTokenType.StartObject);
                    var delete = new DeleteRequest();
                    while (NextProperty(ref reader))
                    {
                        if (reader.ValueTextEquals("Key"u8))
                        {
                            reader.Read();
                            delete.Key = AttributeValueJson.ReadItem(ref reader);
                        }
                        else
                        {
                            Skip(ref reader);
                        }
                    }

                    write.DeleteRequest = delete;
                }
                else
                {
                    Skip(ref reader);
                }
            }

            writes.Add(write);
        }

        return writes;
    }

    private static List<ConsumedCapacity> ConsumedCapacities(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartArray);
        var list = new List<ConsumedCapacity>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            list.Add(ConsumedCapacity(ref reader));
        }

        return list;
    }

    private static ConsumedCapacity ConsumedCapacity(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartObject);
        var consumed = new ConsumedCapacity();
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("TableName"u8))
            {
                reader.Read();
                consumed.TableName = reader.GetString();
            }
            else if (reader.ValueTextEquals("CapacityUnits"u8))
            {
                reader.Read();
                consumed.CapacityUnits = reader.GetDouble();
            }
            else if (reader.ValueTextEquals("ReadCapacityUnits"u8))
            {
                reader.Read();
                consumed.ReadCapacityUnits = reader.GetDouble();
            }
            else if (reader.ValueTextEquals("WriteCapacityUnits"u8))
            {
                reader.Read();
                consumed.WriteCapacityUnits = reader.GetDouble();
            }
            else if (reader.ValueTextEquals("Table"u8))
            {
                reader.Read();
                consumed.Table = Capacity(ref reader);
            }
            else if (reader.ValueTextEquals("GlobalSecondaryIndexes"u8))
            {
                reader.Read();
                consumed.GlobalSecondaryIndexes = Capacities(ref reader);
            }
            else if (reader.ValueTextEquals("LocalSecondaryIndexes"u8))
            {
                reader.Read();
                consumed.LocalSecondaryIndexes = Capacities(ref reader);
            }
            else if (reader.ValueTextEquals("VectorIndexes"u8))
            {
                reader.Read();
                consumed.VectorIndexes = VectorCapacities(ref reader);
            }
            else
            {
                Skip(ref reader);
            }
        }

        return consumed;
    }

    private static Dictionary<string, Capacity> Capacities(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartObject);
        var map = new Dictionary<string, Capacity>(StringComparer.Ordinal);
        while (NextProperty(ref reader))
        {
            var index = reader.GetString()!;
            reader.Read();
            map[index] = Capacity(ref reader);
        }

        return map;
    }

    private static Capacity Capacity(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartObject);
        var capacity = new Capacity();
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("CapacityUnits"u8))
            {
                reader.Read();
                capacity.CapacityUnits = reader.GetDouble();
            }
            else if (reader.ValueTextEquals("ReadCapacityUnits"u8))
            {
                reader.Read();
                capacity.ReadCapacityUnits = reader.GetDouble();
            }
            else if (reader.ValueTextEquals("WriteCapacityUnits"u8))
            {
                reader.Read();
                capacity.WriteCapacityUnits = reader.GetDouble();
            }
            else
            {
                Skip(ref reader);
            }
        }

        return capacity;
    }

    private static Dictionary<string, VectorCapacity> VectorCapacities(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartObject);
        var map = new Dictionary<string, VectorCapacity>(StringComparer.Ordinal);
        while (NextProperty(ref reader))
        {
            var index = reader.GetString()!;
            reader.Read();
            Expect(ref reader, JsonTokenType.StartObject);
            var capacity = new VectorCapacity();
            while (NextProperty(ref reader))
            {
                if (reader.ValueTextEquals("VectorSearchRequestBytes"u8))
                {
                    reader.Read();
                    capacity.VectorSearchRequestBytes = reader.GetInt64();
                }
                else if (reader.ValueTextEquals("VectorWriteRequestBytes"u8))
                {
                    reader.Read();
                    capacity.VectorWriteRequestBytes = reader.GetInt64();
                }
                else
                {
                    Skip(ref reader);
                }
            }

            map[index] = capacity;
        }

        return map;
    }

    private static Dictionary<string, List<ItemCollectionMetrics>> ItemCollectionMetricsPerTable(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartObject);
        var map = new Dictionary<string, List<ItemCollectionMetrics>>(StringComparer.Ordinal);
        while (NextProperty(ref reader))
        {
            var table = reader.GetString()!;
            reader.Read();
            Expect(ref reader, JsonTokenType.StartArray);
            var list = new List<ItemCollectionMetrics>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                list.Add(ItemCollectionMetrics(ref reader));
            }

            map[table] = list;
        }

        return map;
    }

    private static ItemCollectionMetrics ItemCollectionMetrics(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartObject);
        var metrics = new ItemCollectionMetrics();
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("ItemCollectionKey"u8))
            {
                reader.Read();
                metrics.ItemCollectionKey = AttributeValueJson.ReadItem(ref reader);
            }
            else if (reader.ValueTextEquals("SizeEstimateRangeGB"u8))
            {
                reader.Read();
                Expect(ref reader, JsonTokenType.StartArray);
                var range = new List<double>(2);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    range.Add(reader.GetDouble());
                }

                metrics.SizeEstimateRangeGB = range;
            }
            else
            {
                Skip(ref reader);
            }
        }

        return metrics;
    }

    private static Dictionary<string, string> StringMap(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartObject);
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        while (NextProperty(ref reader))
        {
            var key = reader.GetString()!;
            reader.Read();
            map[key] = reader.GetString()!;
        }

        return map;
    }

    private static List<string> Strings(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartArray);
        var list = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            list.Add(reader.GetString()!);
        }

        return list;
    }
}
