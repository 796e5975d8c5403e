using System;
using System.Collections.Generic;
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
using Amazon.DynamoDBv2.Model.Internal.MarshallTransformations;
using Amazon.Runtime;

namespace DynamoGen.Tests.Json;

/// <summary>
/// The AWS SDK's own DynamoDB JSON, both ways, as the reference the generated readers and writers are compared with:
/// <see cref="ItemJson"/> is the item exactly as the SDK's request marshaller writes it in a PutItem request, and
/// <see cref="Parse"/> is a real <see cref="AmazonDynamoDBClient"/> parsing a GetItem response whose HTTP body is the
/// given item (an in-memory HTTP handler, no network).
/// </summary>
internal static class SdkJson
{
    private static readonly AsyncLocal<byte[]?> s_body = new();
    private static readonly AmazonDynamoDBClient s_client = new(new BasicAWSCredentials("test", "test"), new AmazonDynamoDBConfig
    {
        ServiceURL = "http://dynamodb.canned.local",
        AuthenticationRegion = "us-east-1",
        HttpClientFactory = new Factory(),
        MaxErrorRetry = 0,
    });

    /// <summary>The item's DynamoDB JSON as the SDK sends it (the <c>Item</c> of a PutItem request body).</summary>
    public static byte[] ItemJson(Dictionary<string, AttributeValue> item)
    {
        var request = PutItemRequestMarshaller.Instance.Marshall(new PutItemRequest { TableName = "t", Item = item });
        var body = request.Content ?? ReadAll(request.ContentStream);
        var reader = new Utf8JsonReader(body);
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1 && reader.ValueTextEquals("Item"u8))
            {
                reader.Read();
                var start = (int)reader.TokenStartIndex;
                reader.Skip();
                return body.AsSpan(start, (int)reader.BytesConsumed - start).ToArray();
            }
        }

        throw new InvalidOperationException("no Item in the SDK's PutItem request");
    }

    /// <summary>The SDK's parse of an item's DynamoDB JSON (a GetItem response holding it).</summary>
    public static Dictionary<string, AttributeValue> Parse(ReadOnlySpan<byte> itemJson)
    {
        var body = new byte[itemJson.Length + 9];
        "{\"Item\":"u8.CopyTo(body);
        itemJson.CopyTo(body.AsSpan(8));
        body[^1] = (byte)'}';
        s_body.Value = body;
        try
        {
            return s_client.GetItemAsync(new GetItemRequest { TableName = "t", Key = new() { ["k"] = new AttributeValue { S = "k" } } }).GetAwaiter().GetResult().Item;
        }
        finally
        {
            s_body.Value = null;
        }
    }

    private static byte[] ReadAll(Stream stream)
    {
        using var copy = new MemoryStream();
        stream.Position = 0;
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private sealed class Factory : HttpClientFactory
    {
        public override HttpClient CreateHttpClient(IClientConfig clientConfig) => new(new Handler(), disposeHandler: false);
    }

    private sealed class Handler : HttpMessageHandler
    {
        private static readonly MediaTypeHeaderValue s_json = new("application/x-amz-json-1.0");

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var body = s_body.Value ?? throw new InvalidOperationException("no canned body");
            var content = new ByteArrayContent(body);
            content.Headers.ContentType = s_json;
            content.Headers.ContentLength = body.Length;
            var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request };
            response.Headers.Add("x-amzn-RequestId", "canned");
            return Task.FromResult(response);
        }
    }
}
