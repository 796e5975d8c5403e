using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;

namespace DynamoGen.Tests.Direct;

/// <summary>
/// Random DynamoDB requests (every non-legacy field, each present or absent, collections null, empty or full) and
/// random DynamoDB JSON answers (every field DynamoDB sends, plus unknown ones), from one seed, for the direct
/// engine's parity properties. Text covers escapes, control characters, non-ASCII and surrogate pairs.
/// </summary>
internal sealed class RandomDynamo(int seed)
{
    private const string Escapes = "\"\\/\b\f\n\r\t<>&'+";
    private readonly Random _r = new(seed);

    public bool Chance(int percent) => _r.Next(100) < percent;

    public int Next(int max) => _r.Next(max);

    public string Text(int min, int max)
    {
        var length = _r.Next(min, max + 1);
        var text = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            switch (_r.Next(10))
            {
                case 0:
                    text.Append(Escapes[_r.Next(Escapes.Length)]);
                    break;
                case 1:
                    text.Append((char)_r.Next(0, 0x20));
                    break;
                case 2:
                    text.Append((char)_r.Next(0xA0, 0xD800));
                    break;
                case 3:
                    text.Append(char.ConvertFromUtf32(_r.Next(0x1F600, 0x1F650)));
                    break;
                default:
                    text.Append((char)_r.Next(0x20, 0x7F));
                    break;
            }
        }

        return text.ToString();
    }

    public string Name() => Text(1, 10);

    public string Number() => (_r.Next(4) switch
    {
        0 => _r.Next().ToString(CultureInfo.InvariantCulture),
        1 => "-" + _r.Next(1000).ToString(CultureInfo.InvariantCulture) + "." + _r.Next(1000).ToString(CultureInfo.InvariantCulture),
        2 => "1E+" + _r.Next(100).ToString(CultureInfo.InvariantCulture),
        _ => "0",
    });

    public MemoryStream Bytes()
    {
        var bytes = new byte[_r.Next(0, 20)];
        _r.NextBytes(bytes);
        return new MemoryStream(bytes);
    }

    public AttributeValue Value(int depth)
    {
        switch (_r.Next(depth > 0 ? 10 : 8))
        {
            case 0: return new AttributeValue { S = Text(0, 20) };
            case 1: return new AttributeValue { N = Number() };
            case 2: return new AttributeValue { B = Bytes() };
            case 3: return new AttributeValue { BOOL = Chance(50) };
            case 4: return new AttributeValue { NULL = true };
            case 5: return new AttributeValue { SS = Enumerable.Range(0, _r.Next(1, 4)).Select(_ => Text(0, 8)).Distinct().ToList() };
            case 6: return new AttributeValue { NS = Enumerable.Range(0, _r.Next(1, 4)).Select(_ => Number()).Distinct().ToList() };
            case 7: return new AttributeValue { BS = Enumerable.Range(0, _r.Next(1, 3)).Select(_ => Bytes()).ToList() };
            case 8: return new AttributeValue { M = Item(4, depth - 1) };
            default: return new AttributeValue { L = Enumerable.Range(0, _r.Next(0, 4)).Select(_ => Value(depth - 1)).ToList() };
        }
    }

    public Dictionary<string, AttributeValue> Item(int max, int depth = 2)
    {
        var item = new Dictionary<string, AttributeValue>();
        var count = _r.Next(0, max + 1);
        for (var i = 0; i < count; i++)
        {
            item.TryAdd(Name(), Value(depth));
        }

        return item;
    }

    /// <summary>Null (40 %), empty (10 %) or an item.</summary>
    public Dictionary<string, AttributeValue>? MaybeItem(int max = 4)
        => _r.Next(10) switch { < 4 => null, 4 => [], _ => Item(max) };

    public Dictionary<string, string>? MaybeNames()
    {
        if (Chance(40))
        {
            return null;
        }

        var names = new Dictionary<string, string>();
        var count = _r.Next(0, 4);
        for (var i = 0; i < count; i++)
        {
            names.TryAdd("#" + Name(), Text(0, 10));
        }

        return names;
    }

    public string? MaybeText() => Chance(50) ? null : Text(0, 30);

    public bool? MaybeBool() => _r.Next(3) switch { 0 => null, 1 => true, _ => false };

    public int? MaybeInt() => Chance(50) ? null : _r.Next(0, 2000);

    public T? Maybe<T>(params T[] choices) where T : ConstantClass => Chance(40) ? null : choices[_r.Next(choices.Length)];

    public List<T>? MaybeList<T>(int max, Func<T> make) => _r.Next(10) switch
    {
        < 2 => null,
        2 => [],
        _ => Enumerable.Range(0, _r.Next(1, max + 1)).Select(_ => make()).ToList(),
    };

    private ReturnConsumedCapacity? Capacity() => Maybe(ReturnConsumedCapacity.INDEXES, ReturnConsumedCapacity.TOTAL, ReturnConsumedCapacity.NONE);

    private ReturnItemCollectionMetrics? Metrics() => Maybe(ReturnItemCollectionMetrics.SIZE, ReturnItemCollectionMetrics.NONE);

    private ReturnValue? Values() => Maybe(ReturnValue.ALL_NEW, ReturnValue.ALL_OLD, ReturnValue.NONE, ReturnValue.UPDATED_NEW, ReturnValue.UPDATED_OLD);

    private ReturnValuesOnConditionCheckFailure? OnFailure() => Maybe(ReturnValuesOnConditionCheckFailure.ALL_OLD, ReturnValuesOnConditionCheckFailure.NONE);

    public string? Table() => Chance(90) ? Text(1, 20) : null;

    public AmazonDynamoDBRequest Request(string operation) => operation switch
    {
        "GetItem" => new GetItemRequest { ConsistentRead = MaybeBool(), ExpressionAttributeNames = MaybeNames(), Key = MaybeItem(), ProjectionExpression = MaybeText(), ReturnConsumedCapacity = Capacity(), TableName = Table() },
        "PutItem" => new PutItemRequest { ConditionExpression = MaybeText(), ExpressionAttributeNames = MaybeNames(), ExpressionAttributeValues = MaybeItem(), Item = MaybeItem(6), ReturnConsumedCapacity = Capacity(), ReturnItemCollectionMetrics = Metrics(), ReturnValues = Values(), ReturnValuesOnConditionCheckFailure = OnFailure(), TableName = Table() },
        "UpdateItem" => new UpdateItemRequest { ConditionExpression = MaybeText(), ExpressionAttributeNames = MaybeNames(), ExpressionAttributeValues = MaybeItem(), Key = MaybeItem(), ReturnConsumedCapacity = Capacity(), ReturnItemCollectionMetrics = Metrics(), ReturnValues = Values(), ReturnValuesOnConditionCheckFailure = OnFailure(), TableName = Table(), UpdateExpression = MaybeText() },
        "DeleteItem" => new DeleteItemRequest { ConditionExpression = MaybeText(), ExpressionAttributeNames = MaybeNames(), ExpressionAttributeValues = MaybeItem(), Key = MaybeItem(), ReturnConsumedCapacity = Capacity(), ReturnItemCollectionMetrics = Metrics(), ReturnValues = Values(), ReturnValuesOnConditionCheckFailure = OnFailure(), TableName = Table() },
        "Query" => new QueryRequest { ConsistentRead = MaybeBool(), ExclusiveStartKey = MaybeItem(), ExpressionAttributeNames = MaybeNames(), ExpressionAttributeValues = MaybeItem(), FilterExpression = MaybeText(), IndexName = MaybeText(), KeyConditionExpression = MaybeText(), Limit = MaybeInt(), ProjectionExpression = MaybeText(), ReturnConsumedCapacity = Capacity(), ScanIndexForward = MaybeBool(), Select = Maybe(Select.ALL_ATTRIBUTES, Select.ALL_PROJECTED_ATTRIBUTES, Select.COUNT, Select.SPECIFIC_ATTRIBUTES), TableName = Table() },
        "Scan" => new ScanRequest { ConsistentRead = MaybeBool(), ExclusiveStartKey = MaybeItem(), ExpressionAttributeNames = MaybeNames(), ExpressionAttributeValues = MaybeItem(), FilterExpression = MaybeText(), IndexName = MaybeText(), Limit = MaybeInt(), ProjectionExpression = MaybeText(), ReturnConsumedCapacity = Capacity(), Segment = MaybeInt(), Select = Maybe(Select.ALL_ATTRIBUTES, Select.COUNT), TableName = Table(), TotalSegments = MaybeInt() },
        "BatchGetItem" => new BatchGetItemRequest
        {
            RequestItems = Chance(10) ? null : Enumerable.Range(0, Next(4)).Select(_ => Text(1, 12)).Distinct().ToDictionary(t => t, _ => new KeysAndAttributes { ConsistentRead = MaybeBool(), ExpressionAttributeNames = MaybeNames(), Keys = MaybeList(4, () => Item(3)), ProjectionExpression = MaybeText() }),
            ReturnConsumedCapacity = Capacity(),
        },
        "BatchWriteItem" => new BatchWriteItemRequest
        {
            RequestItems = Chance(10) ? null : Enumerable.Range(0, Next(4)).Select(_ => Text(1, 12)).Distinct().ToDictionary(t => t, _ => MaybeList(5, () => Chance(50) ? new WriteRequest { PutRequest = new PutRequest { Item = MaybeItem(5) } } : new WriteRequest { DeleteRequest = new DeleteRequest { Key = MaybeItem(2) } }) ?? []),
            ReturnConsumedCapacity = Capacity(),
            ReturnItemCollectionMetrics = Metrics(),
        },
        "TransactGetItems" => new TransactGetItemsRequest
        {
            ReturnConsumedCapacity = Capacity(),
            TransactItems = MaybeList(5, () => new TransactGetItem { Get = Chance(90) ? new Get { ExpressionAttributeNames = MaybeNames(), Key = MaybeItem(), ProjectionExpression = MaybeText(), TableName = Table() } : null }),
        },
        "TransactWriteItems" => new TransactWriteItemsRequest
        {
            ClientRequestToken = Chance(50) ? null : Guid.NewGuid().ToString(),
            ReturnConsumedCapacity = Capacity(),
            ReturnItemCollectionMetrics = Metrics(),
            TransactItems = MaybeList(5, () => Next(4) switch
            {
                0 => new TransactWriteItem { ConditionCheck = new ConditionCheck { ConditionExpression = MaybeText(), ExpressionAttributeNames = MaybeNames(), ExpressionAttributeValues = MaybeItem(), Key = MaybeItem(), ReturnValuesOnConditionCheckFailure = OnFailure(), TableName = Table() } },
                1 => new TransactWriteItem { Delete = new Delete { ConditionExpression = MaybeText(), ExpressionAttributeNames = MaybeNames(), ExpressionAttributeValues = MaybeItem(), Key = MaybeItem(), ReturnValuesOnConditionCheckFailure = OnFailure(), TableName = Table() } },
                2 => new TransactWriteItem { Put = new Put { ConditionExpression = MaybeText(), ExpressionAttributeNames = MaybeNames(), ExpressionAttributeValues = MaybeItem(), Item = MaybeItem(), ReturnValuesOnConditionCheckFailure = OnFailure(), TableName = Table() } },
                _ => new TransactWriteItem { Update = new Update { ConditionExpression = MaybeText(), ExpressionAttributeNames = MaybeNames(), ExpressionAttributeValues = MaybeItem(), Key = MaybeItem(), ReturnValuesOnConditionCheckFailure = OnFailure(), TableName = Table(), UpdateExpression = MaybeText() } },
            }),
        },
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, null),
    };

    // ---- answers ----

    /// <summary>A random answer of <paramref name="operation"/> as DynamoDB JSON.</summary>
    public byte[] Answer(string operation)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream))
        {
            w.WriteStartObject();
            Unknown(w);
            switch (operation)
            {
                case "GetItem":
                    MaybeItemProperty(w, "Item");
                    MaybeConsumed(w);
                    break;
                case "PutItem" or "UpdateItem" or "DeleteItem":
                    MaybeItemProperty(w, "Attributes");
                    MaybeConsumed(w);
                    if (Chance(50))
                    {
                        w.WritePropertyName("ItemCollectionMetrics");
                        CollectionMetrics(w);
                    }

                    break;
                case "Query" or "Scan":
                    if (Chance(70))
                    {
                        w.WriteStartArray("Items");
                        for (var i = Next(5); i > 0; i--)
                        {
                            AttributeItem(w, Item(5));
                        }

                        w.WriteEndArray();
                    }

                    if (Chance(80))
                    {
                        w.WriteNumber("Count", Next(1000));
                    }

                    if (Chance(80))
                    {
                        w.WriteNumber("ScannedCount", Next(1000));
                    }

                    MaybeItemProperty(w, "LastEvaluatedKey");
                    MaybeConsumed(w);
                    break;
                case "BatchGetItem":
                    if (Chance(80))
                    {
                        w.WriteStartObject("Responses");
                        foreach (var table in Tables())
                        {
                            w.WriteStartArray(table);
                            for (var i = Next(4); i > 0; i--)
                            {
                                AttributeItem(w, Item(4));
                            }

                            w.WriteEndArray();
                        }

                        w.WriteEndObject();
                    }

                    if (Chance(70))
                    {
                        w.WriteStartObject("UnprocessedKeys");
                        foreach (var table in Tables())
                        {
                            w.WriteStartObject(table);
                            Unknown(w);
                            w.WriteStartArray("Keys");
                            for (var i = Next(3) + 1; i > 0; i--)
                            {
                                AttributeItem(w, Item(2));
                            }

                            w.WriteEndArray();
                            if (Chance(50))
                            {
                                w.WriteBoolean("ConsistentRead", Chance(50));
                            }

                            if (Chance(50))
                            {
                                w.WriteString("ProjectionExpression", Text(1, 10));
                            }

                            if (Chance(50))
                            {
                                w.WriteStartObject("ExpressionAttributeNames");
                                w.WriteString("#" + Name(), Text(1, 5));
                                w.WriteEndObject();
                            }

                            w.WriteEndObject();
                        }

                        w.WriteEndObject();
                    }

                    MaybeConsumedList(w);
                    break;
                case "BatchWriteItem":
                    if (Chance(70))
                    {
                        w.WriteStartObject("UnprocessedItems");
                        foreach (var table in Tables())
                        {
                            w.WriteStartArray(table);
                            for (var i = Next(3) + 1; i > 0; i--)
                            {
                                w.WriteStartObject();
                                if (Chance(50))
                                {
                                    w.WriteStartObject("PutRequest");
                                    w.WritePropertyName("Item");
                                    AttributeItem(w, Item(4));
                                    w.WriteEndObject();
                                }
                                else
                                {
                                    w.WriteStartObject("DeleteRequest");
                                    w.WritePropertyName("Key");
                                    AttributeItem(w, Item(2));
                                    w.WriteEndObject();
                                }

                                w.WriteEndObject();
                            }

                            w.WriteEndArray();
                        }

                        w.WriteEndObject();
                    }

                    MaybeMetricsPerTable(w);
                    MaybeConsumedList(w);
                    break;
                case "TransactGetItems":
                    if (Chance(80))
                    {
                        w.WriteStartArray("Responses");
                        for (var i = Next(4); i > 0; i--)
                        {
                            w.WriteStartObject();
                            MaybeItemProperty(w, "Item");
                            w.WriteEndObject();
                        }

                        w.WriteEndArray();
                    }

                    MaybeConsumedList(w);
                    break;
                case "TransactWriteItems":
                    MaybeMetricsPerTable(w);
                    MaybeConsumedList(w);
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(operation), operation, null);
            }

            Unknown(w);
            w.WriteEndObject();
        }

        return stream.ToArray();
    }

    private List<string> Tables() => Enumerable.Range(0, Next(3) + 1).Select(_ => Text(1, 12)).Distinct().ToList();

    private void Unknown(Utf8JsonWriter w)
    {
        if (!Chance(20))
        {
            return;
        }

        w.WriteStartObject("Unknown" + Next(100).ToString(CultureInfo.InvariantCulture));
        w.WriteStartArray("nested");
        w.WriteNumberValue(1.5);
        w.WriteStringValue("x");
        w.WriteStartObject();
        w.WriteBoolean("Item", true);
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private void MaybeItemProperty(Utf8JsonWriter w, string name)
    {
        if (Chance(70))
        {
            w.WritePropertyName(name);
            AttributeItem(w, Item(5));
        }
    }

    private static void AttributeItem(Utf8JsonWriter w, Dictionary<string, AttributeValue> item) => DynamoGen.Json.AttributeValueJson.WriteItem(w, item);

    private double Units() => Next(4) switch { 0 => 0.5, 1 => Next(100), 2 => Next(10000) / 8.0, _ => 1.0 };

    private void MaybeConsumed(Utf8JsonWriter w)
    {
        if (Chance(60))
        {
            w.WritePropertyName("ConsumedCapacity");
            Consumed(w);
        }
    }

    private void MaybeConsumedList(Utf8JsonWriter w)
    {
        if (Chance(60))
        {
            w.WriteStartArray("ConsumedCapacity");
            for (var i = Next(3); i > 0; i--)
            {
                Consumed(w);
            }

            w.WriteEndArray();
        }
    }

    private void Consumed(Utf8JsonWriter w)
    {
        w.WriteStartObject();
        if (Chance(80))
        {
            w.WriteString("TableName", Text(1, 12));
        }

        if (Chance(80))
        {
            w.WriteNumber("CapacityUnits", Units());
        }

        if (Chance(40))
        {
            w.WriteNumber("ReadCapacityUnits", Units());
        }

        if (Chance(40))
        {
            w.WriteNumber("WriteCapacityUnits", Units());
        }

        if (Chance(50))
        {
            w.WritePropertyName("Table");
            CapacityObject(w);
        }

        foreach (var indexes in new[] { "GlobalSecondaryIndexes", "LocalSecondaryIndexes" })
        {
            if (Chance(40))
            {
                w.WriteStartObject(indexes);
                for (var i = Next(3); i > 0; i--)
                {
                    w.WritePropertyName(Text(1, 8) + i.ToString(CultureInfo.InvariantCulture));
                    CapacityObject(w);
                }

                w.WriteEndObject();
            }
        }

        if (Chance(20))
        {
            w.WriteStartObject("VectorIndexes");
            w.WriteStartObject(Text(1, 8));
            w.WriteNumber("VectorSearchRequestBytes", Next(100000));
            w.WriteNumber("VectorWriteRequestBytes", Next(100000));
            w.WriteEndObject();
            w.WriteEndObject();
        }

        Unknown(w);
        w.WriteEndObject();
    }

    private void CapacityObject(Utf8JsonWriter w)
    {
        w.WriteStartObject();
        if (Chance(80))
        {
            w.WriteNumber("CapacityUnits", Units());
        }

        if (Chance(40))
        {
            w.WriteNumber("ReadCapacityUnits", Units());
        }

        if (Chance(40))
        {
            w.WriteNumber("WriteCapacityUnits", Units());
        }

        w.WriteEndObject();
    }

    private void CollectionMetrics(Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WritePropertyName("ItemCollectionKey");
        AttributeItem(w, Item(1));
        w.WriteStartArray("SizeEstimateRangeGB");
        w.WriteNumberValue(Units());
        w.WriteNumberValue(Units() + 1);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private void MaybeMetricsPerTable(Utf8JsonWriter w)
    {
        if (Chance(50))
        {
            w.WriteStartObject("ItemCollectionMetrics");
            foreach (var table in Tables())
            {
                w.WriteStartArray(table);
                for (var i = Next(3); i > 0; i--)
                {
                    CollectionMetrics(w);
                }

                w.WriteEndArray();
            }

            w.WriteEndObject();
        }
    }
}
