using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;

namespace DynamoGen.Benchmarks.Client;

/// <summary>
/// A real <see cref="AmazonDynamoDBClient"/> (request marshalling, signing, response parsing) whose HTTP handler
/// answers from memory with canned DynamoDB JSON (with DynamoDB's headers, <c>x-amz-crc32</c> included), so the full
/// client path is measured without a network. The direct engine gets the same handler.
/// </summary>
public static class CannedDynamoDb
{
    /// <summary>A client whose every operation named in <paramref name="responses"/> (e.g. "Query") answers with that JSON.</summary>
    public static AmazonDynamoDBClient Client(IReadOnlyDictionary<string, byte[]> responses)
        => new(Credentials, new AmazonDynamoDBConfig
        {
            ServiceURL = "http://dynamodb.canned.local",
            AuthenticationRegion = "us-east-1",
            HttpClientFactory = new Factory(Handler(responses)),
            MaxErrorRetry = 0,
        });

    /// <summary>The credentials every contestant signs with.</summary>
    public static AWSCredentials Credentials { get; } = new BasicAWSCredentials("benchmark", "benchmark");

    /// <summary>The in-memory handler answering <paramref name="responses"/> by operation (for the direct engine's HTTP client).</summary>
    public static HttpMessageHandler Handler(IReadOnlyDictionary<string, byte[]> responses) => new CannedHandler(responses);

    /// <summary>The DynamoDB JSON of a GetItem response holding <paramref name="item"/>.</summary>
    public static byte[] GetItemResponse(Dictionary<string, AttributeValue> item)
        => Json(w =>
        {
            w.WritePropertyName("Item");
            WriteItem(w, item);
        });

    /// <summary>The DynamoDB JSON of a Query response holding <paramref name="items"/> (one page, no LastEvaluatedKey).</summary>
    public static byte[] QueryResponse(IReadOnlyList<Dictionary<string, AttributeValue>> items)
        => Json(w =>
        {
            w.WriteNumber("Count", items.Count);
            w.WritePropertyName("Items");
            WriteItems(w, items);
            w.WriteNumber("ScannedCount", items.Count);
        });

    /// <summary>The DynamoDB JSON of a BatchGetItem response: every item found, nothing unprocessed.</summary>
    public static byte[] BatchGetItemResponse(string table, IReadOnlyList<Dictionary<string, AttributeValue>> items)
        => Json(w =>
        {
            w.WriteStartObject("Responses");
            w.WritePropertyName(table);
            WriteItems(w, items);
            w.WriteEndObject();
            w.WriteStartObject("UnprocessedKeys");
            w.WriteEndObject();
        });

    private static byte[] Json(Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }

        return stream.ToArray();
    }

    private static void WriteItems(Utf8JsonWriter w, IReadOnlyList<Dictionary<string, AttributeValue>> items)
    {
        w.WriteStartArray();
        foreach (var item in items)
        {
            WriteItem(w, item);
        }

        w.WriteEndArray();
    }

    private static void WriteItem(Utf8JsonWriter w, Dictionary<string, AttributeValue> item)
    {
        w.WriteStartObject();
        foreach (var (name, value) in item)
        {
            w.WritePropertyName(name);
            WriteValue(w, value);
        }

        w.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter w, AttributeValue value)
    {
        w.WriteStartObject();
        if (value.S is not null) w.WriteString("S", value.S);
        else if (value.N is not null) w.WriteString("N", value.N);
        else if (value.BOOL is { } b) w.WriteBoolean("BOOL", b);
        else if (value.NULL == true) w.WriteBoolean("NULL", true);
        else if (value.SS is not null) WriteStrings(w, "SS", value.SS);
        else if (value.NS is not null) WriteStrings(w, "NS", value.NS);
        else if (value.M is not null)
        {
            w.WritePropertyName("M");
            WriteItem(w, value.M);
        }
        else if (value.L is not null)
        {
            w.WriteStartArray("L");
            foreach (var element in value.L)
            {
                WriteValue(w, element);
            }

            w.WriteEndArray();
        }
        else throw new NotSupportedException("the canned responses hold no binary values");

        w.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, List<string> values)
    {
        w.WriteStartArray(name);
        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }

    private sealed class Factory(HttpMessageHandler handler) : HttpClientFactory
    {
        public override HttpClient CreateHttpClient(IClientConfig clientConfig) => new(handler, disposeHandler: false);
    }

    /// <summary>Answers by the X-Amz-Target operation, as DynamoDB would: 200, x-amz-json-1.0, a request id.</summary>
    private sealed class CannedHandler(IReadOnlyDictionary<string, byte[]> responses) : HttpMessageHandler
    {
        private readonly Dictionary<string, string> _crc32 = responses.ToDictionary(r => r.Key, r => System.IO.Hashing.Crc32.HashToUInt32(r.Value).ToString(CultureInfo.InvariantCulture));

        private static readonly MediaTypeHeaderValue s_json = new("application/x-amz-json-1.0");
        private long _requests;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var target = request.Headers.TryGetValues("X-Amz-Target", out var values) ? values.First() : "";
            var operation = target[(target.IndexOf('.', StringComparison.Ordinal) + 1)..];
            if (!responses.TryGetValue(operation, out var body))
            {
                throw new InvalidOperationException($"no canned response for '{target}'");
            }

            var content = new ByteArrayContent(body);
            content.Headers.ContentType = s_json;
            content.Headers.ContentLength = body.Length;
            var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request };
            response.Headers.Add("x-amzn-RequestId", Interlocked.Increment(ref _requests).ToString(CultureInfo.InvariantCulture));
            response.Headers.Add("x-amz-crc32", _crc32[operation]); // DynamoDB always sends it; both engines may check it

            return Task.FromResult(response);
        }
    }
}
