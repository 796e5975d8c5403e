using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.DynamoDBv2.Model.Internal.MarshallTransformations;
using Amazon.Runtime;
using Amazon.Runtime.Internal;
using DynamoGen.Direct.Protocol;
using FsCheck;
using FsCheck.Fluent;
using NUnit.Framework;
using PropertyAttribute = FsCheck.NUnit.PropertyAttribute;

namespace DynamoGen.Tests.Direct;

/// <summary>
/// The direct engine's protocol is the AWS SDK's: for random requests of every operation, the JSON body it writes is
/// (as parsed JSON) the body the SDK's own request marshaller writes; for random DynamoDB answers of every operation,
/// the response it reads equals, field for field, what the SDK client reads from the same bytes; and error answers
/// become the same exceptions.
/// </summary>
public sealed class DirectProtocolSdkParityProperties
{
    internal static readonly string[] Operations = ["GetItem", "PutItem", "UpdateItem", "DeleteItem", "Query", "Scan", "BatchGetItem", "BatchWriteItem", "TransactGetItems", "TransactWriteItems"];

    private static Arbitrary<(string Operation, int Seed)> Cases()
        => (from operation in Gen.Elements(Operations)
            from seed in Gen.Choose(0, int.MaxValue)
            select (operation, seed)).ToArbitrary();

    [Property(MaxTest = 1000)]
    public Property The_request_body_is_the_SDK_marshallers() => Prop.ForAll(Cases(), c =>
    {
        var request = new RandomDynamo(c.Seed).Request(c.Operation);
        var ours = JsonNode.Parse(OurBody(request, out var token))!.AsObject();
        var sdk = JsonNode.Parse(SdkBody(request))!.AsObject();
        if (request is TransactWriteItemsRequest { ClientRequestToken: null })
        {
            // Both generate a fresh token when the request has none.
            var generated = Guid.TryParse(sdk["ClientRequestToken"]?.GetValue<string>(), out _) && Guid.TryParse(token, out _);
            sdk.Remove("ClientRequestToken");
            ours.Remove("ClientRequestToken");
            if (!generated)
            {
                return false.Label("a token is generated");
            }
        }

        return JsonNode.DeepEquals(ours, sdk).Label($"{c.Operation} (seed {c.Seed})\nours {ours.ToJsonString()}\nSDK  {sdk.ToJsonString()}");
    });

    [Test]
    public void Every_operation_is_covered_with_every_field_set()
    {
        // The random requests set every field in some cases: check one that has them all for each operation.
        foreach (var operation in Operations)
        {
            var fields = new HashSet<string>();
            for (var seed = 0; seed < 400; seed++)
            {
                var request = new RandomDynamo(seed).Request(operation);
                fields.UnionWith(JsonNode.Parse(SdkBody(request))!.AsObject().Select(p => p.Key));
            }

            var expected = RequestFields(operation);
            Assert.That(fields, Is.SupersetOf(expected), operation);
        }
    }

    [Property(MaxTest = 600)]
    public Property The_response_read_is_the_SDK_clients() => Prop.ForAll(Cases(), c =>
    {
        var body = new RandomDynamo(c.Seed).Answer(c.Operation);
        using var canned = new Canned();
        canned.Answer(HttpStatusCode.OK, body);
        var sdk = Describe(Call(canned.Sdk, c.Operation));
        var ours = Describe(Call(canned.Direct, c.Operation));
        return JsonNode.DeepEquals(ours, sdk).Label($"{c.Operation} (seed {c.Seed})\nbody {Encoding.UTF8.GetString(body)}\nours {ours.ToJsonString()}\nSDK  {sdk.ToJsonString()}");
    });

    [TestCase("GetItem", """{"Item":{"pk":{"S":"a"},"n":{"N":"1.50"},"b":{"B":"AAEC"},"m":{"M":{"l":{"L":[{"NULL":true},{"BOOL":false},{"SS":["x","y"]},{"NS":["1","2"]},{"BS":["AQ==",""]}]}}}},"ConsumedCapacity":{"TableName":"t","CapacityUnits":0.5,"ReadCapacityUnits":0.5,"Table":{"CapacityUnits":0.5,"ReadCapacityUnits":0.5},"GlobalSecondaryIndexes":{"g":{"CapacityUnits":1.0}},"LocalSecondaryIndexes":{"l":{"ReadCapacityUnits":2}}}}""")]
    [TestCase("GetItem", "{}")]
    [TestCase("PutItem", """{"Attributes":{"pk":{"S":"a"}},"ConsumedCapacity":{"TableName":"t","CapacityUnits":1.0,"WriteCapacityUnits":1.0},"ItemCollectionMetrics":{"ItemCollectionKey":{"pk":{"S":"a"}},"SizeEstimateRangeGB":[0.0,1.0]}}""")]
    [TestCase("UpdateItem", """{"Attributes":{"n":{"N":"2"}}}""")]
    [TestCase("DeleteItem", """{"Attributes":{}}""")]
    [TestCase("Query", """{"Count":2,"Items":[{"pk":{"S":"a"}},{"pk":{"S":"b"}}],"LastEvaluatedKey":{"pk":{"S":"b"}},"ScannedCount":5,"ConsumedCapacity":{"TableName":"t","CapacityUnits":0.5}}""")]
    [TestCase("Query", """{"Count":7,"ScannedCount":7}""")]
    [TestCase("Scan", """{"Count":0,"Items":[],"ScannedCount":0}""")]
    [TestCase("BatchGetItem", """{"Responses":{"a":[{"pk":{"S":"1"}}],"b":[]},"UnprocessedKeys":{"a":{"Keys":[{"pk":{"S":"2"}}],"ConsistentRead":true,"ProjectionExpression":"pk, #n","ExpressionAttributeNames":{"#n":"n"}}},"ConsumedCapacity":[{"TableName":"a","CapacityUnits":1.0},{"TableName":"b","CapacityUnits":0.5}]}""")]
    [TestCase("BatchWriteItem", """{"UnprocessedItems":{"a":[{"PutRequest":{"Item":{"pk":{"S":"1"}}}},{"DeleteRequest":{"Key":{"pk":{"S":"2"}}}}]},"ItemCollectionMetrics":{"a":[{"ItemCollectionKey":{"pk":{"S":"1"}},"SizeEstimateRangeGB":[1.0,2.0]}]},"ConsumedCapacity":[{"TableName":"a","CapacityUnits":2.0}]}""")]
    [TestCase("BatchWriteItem", """{"UnprocessedItems":{}}""")]
    [TestCase("TransactGetItems", """{"Responses":[{"Item":{"pk":{"S":"1"}}},{}],"ConsumedCapacity":[{"TableName":"a","CapacityUnits":4.0,"ReadCapacityUnits":4.0}]}""")]
    [TestCase("TransactWriteItems", """{"ConsumedCapacity":[{"TableName":"a","CapacityUnits":4.0,"WriteCapacityUnits":4.0}],"ItemCollectionMetrics":{}}""")]
    public void A_canned_answer_reads_as_the_SDK_reads_it(string operation, string json)
    {
        using var canned = new Canned();
        canned.Answer(HttpStatusCode.OK, Encoding.UTF8.GetBytes(json));
        var sdk = Describe(Call(canned.Sdk, operation));
        var ours = Describe(Call(canned.Direct, operation));
        Assert.That(JsonNode.DeepEquals(ours, sdk), Is.True, $"ours {ours.ToJsonString()}\nSDK  {sdk.ToJsonString()}");
        Assert.That(ours["ResponseMetadata.RequestId"]?.GetValue<string>(), Is.EqualTo("canned-1"));
    }

    [TestCase(HttpStatusCode.BadRequest, """{"__type":"com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException","message":"The conditional request failed","Item":{"pk":{"S":"a"},"n":{"N":"5"}}}""")]
    [TestCase(HttpStatusCode.BadRequest, """{"__type":"com.amazonaws.dynamodb.v20120810#TransactionCanceledException","Message":"Transaction cancelled, please refer cancellation reasons for specific reasons [None, ConditionalCheckFailed]","CancellationReasons":[{"Code":"None"},{"Code":"ConditionalCheckFailed","Message":"The conditional request failed","Item":{"pk":{"S":"b"}}}]}""")]
    [TestCase(HttpStatusCode.BadRequest, """{"__type":"com.amazonaws.dynamodb.v20120810#ResourceNotFoundException","message":"Requested resource not found"}""")]
    [TestCase(HttpStatusCode.BadRequest, """{"__type":"com.amazon.coral.validate#ValidationException","message":"One or more parameter values were invalid"}""")]
    [TestCase(HttpStatusCode.BadRequest, """{"__type":"com.amazonaws.dynamodb.v20120810#ItemCollectionSizeLimitExceededException","message":"Item collection too large"}""")]
    [TestCase(HttpStatusCode.BadRequest, """{"__type":"com.amazonaws.dynamodb.v20120810#IdempotentParameterMismatchException","message":"mismatch"}""")]
    public void An_error_answer_is_the_SDKs_exception(HttpStatusCode status, string json)
    {
        // The SDK maps an error code to its type only for the operations its model lists the error under (a
        // ConditionalCheckFailedException of TransactWriteItems stays an AmazonDynamoDBException); the direct engine
        // maps every code the same way, so its exception is the SDK's type or a more specific one, with the same code,
        // message, status and request id.
        foreach (var operation in Operations)
        {
            using var canned = new Canned();
            canned.Answer(status, Encoding.UTF8.GetBytes(json));
            var sdk = Assert.Catch<AmazonServiceException>(() => Call(canned.Sdk, operation))!;
            var ours = Assert.Catch<AmazonServiceException>(() => Call(canned.Direct, operation))!;
            Assert.Multiple(() =>
            {
                Assert.That(ours, Is.InstanceOf(sdk.GetType()), operation);
                Assert.That(ours.ErrorCode, Is.EqualTo(sdk.ErrorCode), operation);
                Assert.That(ours.Message, Is.EqualTo(sdk.Message), operation);
                Assert.That(ours.StatusCode, Is.EqualTo(sdk.StatusCode), operation);
                Assert.That(ours.RequestId, Is.EqualTo(sdk.RequestId), operation);
                Assert.That(ours.ErrorType, Is.EqualTo(sdk.ErrorType), operation);
                if (sdk is ConditionalCheckFailedException sdkFailed)
                {
                    Assert.That(JsonNode.DeepEquals(Describe(((ConditionalCheckFailedException)ours).Item), Describe(sdkFailed.Item)), Is.True, operation);
                }

                if (sdk is TransactionCanceledException sdkCancelled)
                {
                    Assert.That(JsonNode.DeepEquals(Describe(((TransactionCanceledException)ours).CancellationReasons), Describe(sdkCancelled.CancellationReasons)), Is.True, operation);
                }
            });
        }
    }

    [Test]
    public void The_SDK_types_the_errors_each_operation_can_raise_and_the_direct_engine_the_same()
    {
        // Where the SDK does type an error, the types are identical: ConditionalCheckFailed on single-item writes,
        // TransactionCanceled on transactions.
        var cases = new (string Operation, string Code, Type Expected)[]
        {
            ("PutItem", "ConditionalCheckFailedException", typeof(ConditionalCheckFailedException)),
            ("UpdateItem", "ConditionalCheckFailedException", typeof(ConditionalCheckFailedException)),
            ("DeleteItem", "ConditionalCheckFailedException", typeof(ConditionalCheckFailedException)),
            ("TransactWriteItems", "TransactionCanceledException", typeof(TransactionCanceledException)),
            ("TransactGetItems", "TransactionCanceledException", typeof(TransactionCanceledException)),
            ("GetItem", "ResourceNotFoundException", typeof(ResourceNotFoundException)),
            ("Query", "ProvisionedThroughputExceededException", typeof(ProvisionedThroughputExceededException)),
        };
        foreach (var (operation, code, expected) in cases)
        {
            using var canned = new Canned();
            canned.Answer(HttpStatusCode.BadRequest, Encoding.UTF8.GetBytes($$"""{"__type":"com.amazonaws.dynamodb.v20120810#{{code}}","message":"m"}"""));
            Assert.That(Assert.Catch(() => Call(canned.Sdk, operation)), Is.TypeOf(expected), "SDK " + operation);
            Assert.That(Assert.Catch(() => Call(canned.Direct, operation)), Is.TypeOf(expected), "direct " + operation);
        }
    }

    // ---- helpers ----

    private static string[] RequestFields(string operation) => operation switch
    {
        "GetItem" => ["ConsistentRead", "ExpressionAttributeNames", "Key", "ProjectionExpression", "ReturnConsumedCapacity", "TableName"],
        "PutItem" => ["ConditionExpression", "ExpressionAttributeNames", "ExpressionAttributeValues", "Item", "ReturnConsumedCapacity", "ReturnItemCollectionMetrics", "ReturnValues", "ReturnValuesOnConditionCheckFailure", "TableName"],
        "UpdateItem" => ["ConditionExpression", "ExpressionAttributeNames", "ExpressionAttributeValues", "Key", "ReturnConsumedCapacity", "ReturnItemCollectionMetrics", "ReturnValues", "ReturnValuesOnConditionCheckFailure", "TableName", "UpdateExpression"],
        "DeleteItem" => ["ConditionExpression", "ExpressionAttributeNames", "ExpressionAttributeValues", "Key", "ReturnConsumedCapacity", "ReturnItemCollectionMetrics", "ReturnValues", "ReturnValuesOnConditionCheckFailure", "TableName"],
        "Query" => ["ConsistentRead", "ExclusiveStartKey", "ExpressionAttributeNames", "ExpressionAttributeValues", "FilterExpression", "IndexName", "KeyConditionExpression", "Limit", "ProjectionExpression", "ReturnConsumedCapacity", "ScanIndexForward", "Select", "TableName"],
        "Scan" => ["ConsistentRead", "ExclusiveStartKey", "ExpressionAttributeNames", "ExpressionAttributeValues", "FilterExpression", "IndexName", "Limit", "ProjectionExpression", "ReturnConsumedCapacity", "Segment", "Select", "TableName", "TotalSegments"],
        "BatchGetItem" => ["RequestItems", "ReturnConsumedCapacity"],
        "BatchWriteItem" => ["RequestItems", "ReturnConsumedCapacity", "ReturnItemCollectionMetrics"],
        "TransactGetItems" => ["ReturnConsumedCapacity", "TransactItems"],
        _ => ["ClientRequestToken", "ReturnConsumedCapacity", "ReturnItemCollectionMetrics", "TransactItems"],
    };

    private static string OurBody(AmazonDynamoDBRequest request, out string? token)
    {
        using var buffer = new PooledBufferWriter(16);
        token = null;
        switch (request)
        {
            case GetItemRequest r: DirectRequestWriter.Write(buffer, r, DirectRequestWriter.GetItem); break;
            case PutItemRequest r: DirectRequestWriter.Write(buffer, r, DirectRequestWriter.PutItem); break;
            case UpdateItemRequest r: DirectRequestWriter.Write(buffer, r, DirectRequestWriter.UpdateItem); break;
            case DeleteItemRequest r: DirectRequestWriter.Write(buffer, r, DirectRequestWriter.DeleteItem); break;
            case QueryRequest r: DirectRequestWriter.Write(buffer, r, DirectRequestWriter.Query); break;
            case ScanRequest r: DirectRequestWriter.Write(buffer, r, DirectRequestWriter.Scan); break;
            case BatchGetItemRequest r: DirectRequestWriter.Write(buffer, r, DirectRequestWriter.BatchGetItem); break;
            case BatchWriteItemRequest r: DirectRequestWriter.Write(buffer, r, DirectRequestWriter.BatchWriteItem); break;
            case TransactGetItemsRequest r: DirectRequestWriter.Write(buffer, r, DirectRequestWriter.TransactGetItems); break;
            case TransactWriteItemsRequest r:
                token = r.ClientRequestToken ?? Guid.NewGuid().ToString();
                DirectRequestWriter.Write(buffer, (r, token), static (w, x) => DirectRequestWriter.TransactWriteItems(w, x.r, x.token));
                break;
            default: throw new ArgumentOutOfRangeException(nameof(request));
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static string SdkBody(AmazonDynamoDBRequest request)
    {
        IRequest marshalled = request switch
        {
            GetItemRequest r => GetItemRequestMarshaller.Instance.Marshall(r),
            PutItemRequest r => PutItemRequestMarshaller.Instance.Marshall(r),
            UpdateItemRequest r => UpdateItemRequestMarshaller.Instance.Marshall(r),
            DeleteItemRequest r => DeleteItemRequestMarshaller.Instance.Marshall(r),
            QueryRequest r => QueryRequestMarshaller.Instance.Marshall(r),
            ScanRequest r => ScanRequestMarshaller.Instance.Marshall(r),
            BatchGetItemRequest r => BatchGetItemRequestMarshaller.Instance.Marshall(r),
            BatchWriteItemRequest r => BatchWriteItemRequestMarshaller.Instance.Marshall(r),
            TransactGetItemsRequest r => TransactGetItemsRequestMarshaller.Instance.Marshall(r),
            TransactWriteItemsRequest r => TransactWriteItemsRequestMarshaller.Instance.Marshall(r),
            _ => throw new ArgumentOutOfRangeException(nameof(request)),
        };
        if (marshalled.Content is { } content)
        {
            return Encoding.UTF8.GetString(content);
        }

        using var reader = new StreamReader(marshalled.ContentStream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static AmazonWebServiceResponse Call(object connection, string operation)
    {
        var key = new Dictionary<string, AttributeValue> { ["pk"] = new AttributeValue("a") };
        var item = new Dictionary<string, AttributeValue> { ["pk"] = new AttributeValue("a") };
        var none = new DynamoCallOptions(Fresh: false);
        var ct = CancellationToken.None;
        Task<AmazonWebServiceResponse> task = (connection, operation) switch
        {
            (IAmazonDynamoDB sdk, "GetItem") => Up(sdk.GetItemAsync(new GetItemRequest { TableName = "t", Key = key }, ct)),
            (IAmazonDynamoDB sdk, "PutItem") => Up(sdk.PutItemAsync(new PutItemRequest { TableName = "t", Item = item }, ct)),
            (IAmazonDynamoDB sdk, "UpdateItem") => Up(sdk.UpdateItemAsync(new UpdateItemRequest { TableName = "t", Key = key, UpdateExpression = "SET n = :n", ExpressionAttributeValues = new() { [":n"] = new AttributeValue { N = "1" } } }, ct)),
            (IAmazonDynamoDB sdk, "DeleteItem") => Up(sdk.DeleteItemAsync(new DeleteItemRequest { TableName = "t", Key = key }, ct)),
            (IAmazonDynamoDB sdk, "Query") => Up(sdk.QueryAsync(new QueryRequest { TableName = "t", KeyConditionExpression = "pk = :p", ExpressionAttributeValues = new() { [":p"] = new AttributeValue("a") } }, ct)),
            (IAmazonDynamoDB sdk, "Scan") => Up(sdk.ScanAsync(new ScanRequest { TableName = "t" }, ct)),
            (IAmazonDynamoDB sdk, "BatchGetItem") => Up(sdk.BatchGetItemAsync(new BatchGetItemRequest { RequestItems = new() { ["t"] = new KeysAndAttributes { Keys = [key] } } }, ct)),
            (IAmazonDynamoDB sdk, "BatchWriteItem") => Up(sdk.BatchWriteItemAsync(new BatchWriteItemRequest { RequestItems = new() { ["t"] = [new WriteRequest { PutRequest = new PutRequest { Item = item } }] } }, ct)),
            (IAmazonDynamoDB sdk, "TransactGetItems") => Up(sdk.TransactGetItemsAsync(new TransactGetItemsRequest { TransactItems = [new TransactGetItem { Get = new Get { TableName = "t", Key = key } }] }, ct)),
            (IAmazonDynamoDB sdk, "TransactWriteItems") => Up(sdk.TransactWriteItemsAsync(new TransactWriteItemsRequest { TransactItems = [new TransactWriteItem { Put = new Put { TableName = "t", Item = item } }] }, ct)),
            (IDynamoConnection direct, "GetItem") => Up(direct.GetItemAsync(new GetItemRequest { TableName = "t", Key = key }, none, ct)),
            (IDynamoConnection direct, "PutItem") => Up(direct.PutItemAsync(new PutItemRequest { TableName = "t", Item = item }, none, ct)),
            (IDynamoConnection direct, "UpdateItem") => Up(direct.UpdateItemAsync(new UpdateItemRequest { TableName = "t", Key = key, UpdateExpression = "SET n = :n", ExpressionAttributeValues = new() { [":n"] = new AttributeValue { N = "1" } } }, none, ct)),
            (IDynamoConnection direct, "DeleteItem") => Up(direct.DeleteItemAsync(new DeleteItemRequest { TableName = "t", Key = key }, none, ct)),
            (IDynamoConnection direct, "Query") => Up(direct.QueryAsync(new QueryRequest { TableName = "t", KeyConditionExpression = "pk = :p", ExpressionAttributeValues = new() { [":p"] = new AttributeValue("a") } }, none, ct)),
            (IDynamoConnection direct, "Scan") => Up(direct.ScanAsync(new ScanRequest { TableName = "t" }, none, ct)),
            (IDynamoConnection direct, "BatchGetItem") => Up(direct.BatchGetItemAsync(new BatchGetItemRequest { RequestItems = new() { ["t"] = new KeysAndAttributes { Keys = [key] } } }, none, ct)),
            (IDynamoConnection direct, "BatchWriteItem") => Up(direct.BatchWriteItemAsync(new BatchWriteItemRequest { RequestItems = new() { ["t"] = [new WriteRequest { PutRequest = new PutRequest { Item = item } }] } }, none, ct)),
            (IDynamoConnection direct, "TransactGetItems") => Up(direct.TransactGetItemsAsync(new TransactGetItemsRequest { TransactItems = [new TransactGetItem { Get = new Get { TableName = "t", Key = key } }] }, none, ct)),
            (IDynamoConnection direct, "TransactWriteItems") => Up(direct.TransactWriteItemsAsync(new TransactWriteItemsRequest { TransactItems = [new TransactWriteItem { Put = new Put { TableName = "t", Item = item } }] }, none, ct)),
            _ => throw new ArgumentOutOfRangeException(nameof(operation)),
        };
        return task.GetAwaiter().GetResult();

        static async Task<AmazonWebServiceResponse> Up<T>(Task<T> task) where T : AmazonWebServiceResponse => await task.ConfigureAwait(false);
    }

    /// <summary>Every public property of an SDK object, recursively, as JSON (streams as base64, constants by value); the response's metadata by its request id.</summary>
    internal static JsonNode Describe(object? value)
    {
        switch (value)
        {
            case null:
                return JsonValue.Create("<null>");
            case string or bool or int or long or double or HttpStatusCode:
                return JsonValue.Create(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) + ":" + value.GetType().Name)!;
            case MemoryStream stream:
                return JsonValue.Create("bytes:" + Convert.ToBase64String(stream.ToArray()));
            case ConstantClass constant:
                return JsonValue.Create("constant:" + constant.Value);
            case IDictionary dictionary:
                var map = new JsonObject();
                foreach (DictionaryEntry entry in dictionary)
                {
                    map[(string)entry.Key] = Describe(entry.Value);
                }

                return map;
            case IEnumerable list:
                var array = new JsonArray();
                foreach (var element in list)
                {
                    array.Add(Describe(element));
                }

                return array;
        }

        var type = value.GetType();
        if (type.IsEnum)
        {
            return JsonValue.Create(value.ToString()!);
        }

        var described = new JsonObject { ["$type"] = type.Name };
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            if (property.GetIndexParameters().Length > 0)
            {
                continue;
            }

            if (property.PropertyType == typeof(ResponseMetadata))
            {
                described["ResponseMetadata.RequestId"] = ((ResponseMetadata?)property.GetValue(value))?.RequestId;
                continue;
            }

            described[property.Name] = Describe(property.GetValue(value));
        }

        return described;
    }

    /// <summary>An SDK client and a direct connection answered by the same canned HTTP handler.</summary>
    internal sealed class Canned : IDisposable
    {
        private readonly Handler _handler = new();

        public Canned()
        {
            Sdk = new AmazonDynamoDBClient(new BasicAWSCredentials("canned", "canned"), new AmazonDynamoDBConfig
            {
                ServiceURL = "http://dynamodb.canned.local",
                AuthenticationRegion = "us-east-1",
                HttpClientFactory = new Factory(_handler),
                MaxErrorRetry = 0,
            });
            Direct = new DirectConnection(Sdk, new BasicAWSCredentials("canned", "canned"), new DirectConnectionOptions { HttpHandler = _handler, MaxAttempts = 1 });
        }

        public AmazonDynamoDBClient Sdk { get; }

        public DirectConnection Direct { get; }

        public List<(string Target, string Body)> Requests => _handler.Requests;

        public void Answer(HttpStatusCode status, byte[] body) => _handler.Next = (status, body);

        public void Dispose()
        {
            Direct.Dispose();
            Sdk.Dispose();
            _handler.Dispose();
        }

        private sealed class Factory(HttpMessageHandler handler) : HttpClientFactory
        {
            public override HttpClient CreateHttpClient(IClientConfig clientConfig) => new(handler, disposeHandler: false);
        }

        private sealed class Handler : HttpMessageHandler
        {
            private static readonly MediaTypeHeaderValue s_json = new("application/x-amz-json-1.0");

            public (HttpStatusCode Status, byte[] Body) Next { get; set; } = (HttpStatusCode.OK, "{}"u8.ToArray());

            public List<(string Target, string Body)> Requests { get; } = [];

            protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            {
                var target = request.Headers.TryGetValues("X-Amz-Target", out var values) ? values.First() : "";
                var sent = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
                lock (Requests)
                {
                    Requests.Add((target, sent));
                }

                var (status, body) = Next;
                var content = new ByteArrayContent(body);
                content.Headers.ContentType = s_json;
                content.Headers.ContentLength = body.Length;
                var response = new HttpResponseMessage(status) { Content = content, RequestMessage = request };
                response.Headers.Add("x-amzn-RequestId", "canned-1");
                return response;
            }
        }
    }
}
