using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace DynamoGen.Tests.Operations;

/// <summary>
/// A decorator around the real connection that counts requests and can withhold part of each batch: the withheld
/// keys or writes are not sent to the server and are reported back as unprocessed, exactly as DynamoDB does under
/// throttling. Every answer comes from the real server.
/// </summary>
public sealed class CountingConnection(IDynamoConnection inner) : IDynamoConnection
{
    private int _queries;
    private int _scans;
    private int _batchGets;
    private int _batchWrites;
    private int _gets;

    public int Queries => _queries;

    public int Scans => _scans;

    public int BatchGets => _batchGets;

    public int BatchWrites => _batchWrites;

    public int Gets => _gets;

    public List<int> BatchSizes { get; } = new();

    /// <summary>Given the keys or writes of one table in a request, how many to send (the rest are withheld).</summary>
    public Func<int, int>? Send { get; set; }

    /// <summary>
    /// Withheld keys and writes are returned with their numbers as DynamoDB writes them (<c>10.50</c> as <c>10.5</c>),
    /// not as the request held them.
    /// </summary>
    public bool NormalizeWithheldNumbers { get; set; }

    /// <summary>Keys (by their partition key value) that are always withheld.</summary>
    public HashSet<string> AlwaysWithhold { get; } = new(StringComparer.Ordinal);

    public string Name => inner.Name;

    public IAmazonDynamoDB ControlPlane => inner.ControlPlane;

    public Task<GetItemResponse> GetItemAsync(GetItemRequest request, DynamoCallOptions options, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _gets);
        return inner.GetItemAsync(request, options, cancellationToken);
    }

    public Task<PutItemResponse> PutItemAsync(PutItemRequest request, DynamoCallOptions options, CancellationToken cancellationToken) => inner.PutItemAsync(request, options, cancellationToken);

    public Task<UpdateItemResponse> UpdateItemAsync(UpdateItemRequest request, DynamoCallOptions options, CancellationToken cancellationToken) => inner.UpdateItemAsync(request, options, cancellationToken);

    public Task<DeleteItemResponse> DeleteItemAsync(DeleteItemRequest request, DynamoCallOptions options, CancellationToken cancellationToken) => inner.DeleteItemAsync(request, options, cancellationToken);

    public Task<QueryResponse> QueryAsync(QueryRequest request, DynamoCallOptions options, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _queries);
        return inner.QueryAsync(request, options, cancellationToken);
    }

    public Task<ScanResponse> ScanAsync(ScanRequest request, DynamoCallOptions options, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _scans);
        return inner.ScanAsync(request, options, cancellationToken);
    }

    public async Task<BatchGetItemResponse> BatchGetItemAsync(BatchGetItemRequest request, DynamoCallOptions options, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _batchGets);
        lock (BatchSizes)
        {
            BatchSizes.Add(request.RequestItems.Sum(t => t.Value.Keys.Count));
        }

        var withheld = new Dictionary<string, KeysAndAttributes>();
        var sent = new BatchGetItemRequest { RequestItems = new Dictionary<string, KeysAndAttributes>() };
        foreach (var (table, keys) in request.RequestItems)
        {
            var send = keys.Keys.Where(k => !AlwaysWithhold.Contains(PartitionValue(k))).ToList();
            var held = keys.Keys.Where(k => AlwaysWithhold.Contains(PartitionValue(k))).ToList();
            var count = Send?.Invoke(send.Count) ?? send.Count;
            held.AddRange(send.Skip(count));
            send = send.Take(count).ToList();
            if (send.Count > 0)
            {
                sent.RequestItems[table] = new KeysAndAttributes { Keys = send, ConsistentRead = keys.ConsistentRead };
            }

            if (held.Count > 0)
            {
                withheld[table] = new KeysAndAttributes { Keys = held.Select(Normalized).ToList(), ConsistentRead = keys.ConsistentRead };
            }
        }

        var response = sent.RequestItems.Count > 0
            ? await inner.BatchGetItemAsync(sent, options, cancellationToken).ConfigureAwait(false)
            : new BatchGetItemResponse { Responses = new Dictionary<string, List<Dictionary<string, AttributeValue>>>() };
        response.UnprocessedKeys ??= new Dictionary<string, KeysAndAttributes>();
        foreach (var (table, keys) in withheld)
        {
            if (response.UnprocessedKeys.TryGetValue(table, out var existing))
            {
                existing.Keys.AddRange(keys.Keys);
            }
            else
            {
                response.UnprocessedKeys[table] = keys;
            }
        }

        return response;
    }

    public async Task<BatchWriteItemResponse> BatchWriteItemAsync(BatchWriteItemRequest request, DynamoCallOptions options, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _batchWrites);
        lock (BatchSizes)
        {
            BatchSizes.Add(request.RequestItems.Sum(t => t.Value.Count));
        }

        var withheld = new Dictionary<string, List<WriteRequest>>();
        var sent = new BatchWriteItemRequest { RequestItems = new Dictionary<string, List<WriteRequest>>() };
        foreach (var (table, writes) in request.RequestItems)
        {
            var count = Send?.Invoke(writes.Count) ?? writes.Count;
            if (count > 0)
            {
                sent.RequestItems[table] = writes.Take(count).ToList();
            }

            if (count < writes.Count)
            {
                withheld[table] = writes.Skip(count).Select(w => w.PutRequest is { } put
                    ? new WriteRequest { PutRequest = new PutRequest { Item = Normalized(put.Item) } }
                    : new WriteRequest { DeleteRequest = new DeleteRequest { Key = Normalized(w.DeleteRequest.Key) } }).ToList();
            }
        }

        var response = sent.RequestItems.Count > 0
            ? await inner.BatchWriteItemAsync(sent, options, cancellationToken).ConfigureAwait(false)
            : new BatchWriteItemResponse();
        response.UnprocessedItems ??= new Dictionary<string, List<WriteRequest>>();
        foreach (var (table, writes) in withheld)
        {
            if (response.UnprocessedItems.TryGetValue(table, out var existing))
            {
                existing.AddRange(writes);
            }
            else
            {
                response.UnprocessedItems[table] = writes;
            }
        }

        return response;
    }

    public Task<TransactGetItemsResponse> TransactGetItemsAsync(TransactGetItemsRequest request, DynamoCallOptions options, CancellationToken cancellationToken) => inner.TransactGetItemsAsync(request, options, cancellationToken);

    public Task<TransactWriteItemsResponse> TransactWriteItemsAsync(TransactWriteItemsRequest request, DynamoCallOptions options, CancellationToken cancellationToken) => inner.TransactWriteItemsAsync(request, options, cancellationToken);

    /// <summary>A copy with each top-level number as DynamoDB returns it (value-equal, shortest text), when <see cref="NormalizeWithheldNumbers"/> is on.</summary>
    private Dictionary<string, AttributeValue> Normalized(Dictionary<string, AttributeValue> item)
        => !NormalizeWithheldNumbers ? item : item.ToDictionary(
            e => e.Key,
            e => e.Value.N is { } n ? new AttributeValue { N = (decimal.Parse(n, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture) / 1.000000000000000000000000000000m).ToString(System.Globalization.CultureInfo.InvariantCulture) } : e.Value);

    private static string PartitionValue(Dictionary<string, AttributeValue> key) => key.Values.First(v => v.S is not null || v.N is not null).S ?? key.Values.First().N;
}

/// <summary>A stable JSON form of requests (keys sorted), to compare built requests with expected JSON.</summary>
public static class RequestJson
{
    public static string Of(TransactWriteItemsRequest request)
    {
        var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            if (request.ClientRequestToken is not null)
            {
                w.WriteString("ClientRequestToken", request.ClientRequestToken);
            }

            w.WriteStartArray("TransactItems");
            foreach (var item in request.TransactItems)
            {
                w.WriteStartObject();
                if (item.Put is { } put)
                {
                    Part(w, "Put", put.TableName, "Item", put.Item, null, put.ConditionExpression, put.ExpressionAttributeNames, put.ExpressionAttributeValues, put.ReturnValuesOnConditionCheckFailure?.Value);
                }

                if (item.Update is { } update)
                {
                    Part(w, "Update", update.TableName, "Key", update.Key, update.UpdateExpression, update.ConditionExpression, update.ExpressionAttributeNames, update.ExpressionAttributeValues, update.ReturnValuesOnConditionCheckFailure?.Value);
                }

                if (item.Delete is { } delete)
                {
                    Part(w, "Delete", delete.TableName, "Key", delete.Key, null, delete.ConditionExpression, delete.ExpressionAttributeNames, delete.ExpressionAttributeValues, delete.ReturnValuesOnConditionCheckFailure?.Value);
                }

                if (item.ConditionCheck is { } check)
                {
                    Part(w, "ConditionCheck", check.TableName, "Key", check.Key, null, check.ConditionExpression, check.ExpressionAttributeNames, check.ExpressionAttributeValues, check.ReturnValuesOnConditionCheckFailure?.Value);
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Part(Utf8JsonWriter w, string kind, string table, string itemName, Dictionary<string, AttributeValue> item, string? update, string? condition, Dictionary<string, string>? names, Dictionary<string, AttributeValue>? values, string? returnOnFailure)
    {
        w.WriteStartObject(kind);
        w.WriteString("TableName", table);
        w.WritePropertyName(itemName);
        Map(w, item);
        if (update is not null)
        {
            w.WriteString("UpdateExpression", update);
        }

        if (condition is not null)
        {
            w.WriteString("ConditionExpression", condition);
        }

        if (names is not null)
        {
            w.WriteStartObject("ExpressionAttributeNames");
            foreach (var (k, v) in names.OrderBy(n => n.Key, StringComparer.Ordinal))
            {
                w.WriteString(k, v);
            }

            w.WriteEndObject();
        }

        if (values is not null)
        {
            w.WritePropertyName("ExpressionAttributeValues");
            Map(w, values);
        }

        if (returnOnFailure is not null)
        {
            w.WriteString("ReturnValuesOnConditionCheckFailure", returnOnFailure);
        }

        w.WriteEndObject();
    }

    public static void Map(Utf8JsonWriter w, Dictionary<string, AttributeValue> map)
    {
        w.WriteStartObject();
        foreach (var (k, v) in map.OrderBy(n => n.Key, StringComparer.Ordinal))
        {
            w.WritePropertyName(k);
            Value(w, v);
        }

        w.WriteEndObject();
    }

    private static void Value(Utf8JsonWriter w, AttributeValue v)
    {
        w.WriteStartObject();
        if (v.S is not null)
        {
            w.WriteString("S", v.S);
        }
        else if (v.N is not null)
        {
            w.WriteString("N", v.N);
        }
        else if (v.B is not null)
        {
            w.WriteBase64String("B", v.B.ToArray());
        }
        else if (v.BOOL is { } b)
        {
            w.WriteBoolean("BOOL", b);
        }
        else if (v.NULL == true)
        {
            w.WriteBoolean("NULL", true);
        }
        else if (v.SS is not null)
        {
            w.WriteStartArray("SS");
            v.SS.ForEach(w.WriteStringValue);
            w.WriteEndArray();
        }
        else if (v.NS is not null)
        {
            w.WriteStartArray("NS");
            v.NS.ForEach(w.WriteStringValue);
            w.WriteEndArray();
        }
        else if (v.M is not null)
        {
            w.WritePropertyName("M");
            Map(w, v.M);
        }
        else if (v.L is not null)
        {
            w.WriteStartArray("L");
            foreach (var e in v.L)
            {
                Value(w, e);
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
    }
}
