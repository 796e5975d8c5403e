using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using DynamoGen.Testing;
using NUnit.Framework;

namespace DynamoGen.Tests.Json;

/// <summary>
/// A real DynamoDB stream: a table with a stream on the local server (DynamoDB Local has Streams; dynalite has not, so
/// this is skipped there), items put, changed and deleted through <see cref="Table{T}"/>, and the records read back with
/// the Streams API (ListStreams, DescribeStream, GetShardIterator, GetRecords over HTTP: AWS SDK v4 moved the Streams
/// client into AWSSDK.DynamoDBStreams, which our package registry does not have) into typed records.
/// </summary>
public sealed class StreamIntegrationTests
{
    [Test]
    public async Task Records_of_a_real_stream_read_into_typed_records()
    {
        LocalDynamoSetup.Require(LocalDynamoFeatures.Streams);
        var tableName = LocalDynamoSetup.UniqueTableName("stream");
        var client = LocalDynamoSetup.Client;
        await client.CreateTableAsync(new CreateTableRequest
        {
            TableName = tableName,
            KeySchema = [new KeySchemaElement("Id", KeyType.HASH)],
            AttributeDefinitions = [new AttributeDefinition("Id", ScalarAttributeType.N)],
            BillingMode = BillingMode.PAY_PER_REQUEST,
            StreamSpecification = new StreamSpecification { StreamEnabled = true, StreamViewType = StreamViewType.NEW_AND_OLD_IMAGES },
        });
        var table = new DynamoContext(client).Table<ExampleItem>(tableName);
        await table.PutAsync(new ExampleItem { Id = 101, Message = "New item!" });
        await table.PutAsync(new ExampleItem { Id = 101, Message = "This item has changed" });
        await table.DeleteAsync(ExampleItem.Key(101));

        using var streams = new StreamsApi(LocalDynamoSetup.Server.Endpoint);
        var records = await streams.ReadAllAsync(tableName);

        Assert.That(records.Select(r => r.EventName), Is.EqualTo(new[] { DynamoStreamEventName.Insert, DynamoStreamEventName.Modify, DynamoStreamEventName.Remove }));
        Assert.Multiple(() =>
        {
            Assert.That(records[0].NewImage, Is.EqualTo(new ExampleItem { Id = 101, Message = "New item!" }));
            Assert.That(records[0].HasOldImage, Is.False);
            Assert.That(records[1].OldImage, Is.EqualTo(new ExampleItem { Id = 101, Message = "New item!" }));
            Assert.That(records[1].NewImage, Is.EqualTo(new ExampleItem { Id = 101, Message = "This item has changed" }));
            Assert.That(records[2].OldImage!.Message, Is.EqualTo("This item has changed"));
            Assert.That(records[2].HasNewImage, Is.False);
            Assert.That(records.Select(r => r.Keys["Id"].N), Is.All.EqualTo("101"));
            Assert.That(records.Select(r => r.SequenceNumber), Is.All.Not.Null);
            Assert.That(records[0].StreamViewType, Is.EqualTo("NEW_AND_OLD_IMAGES"));
            Assert.That(records[0].ApproximateCreationDateTime, Is.Not.Null);
        });
    }

    /// <summary>The DynamoDB Streams API as plain JSON over HTTP (the local server does not check signatures).</summary>
    private sealed class StreamsApi(Uri endpoint) : IDisposable
    {
        private readonly HttpClient _http = new() { BaseAddress = endpoint };

        public async Task<IReadOnlyList<DynamoStreamRecord<ExampleItem>>> ReadAllAsync(string tableName)
        {
            var streams = await CallAsync("ListStreams", new Dictionary<string, object> { ["TableName"] = tableName });
            var streamArn = streams.GetProperty("Streams")[0].GetProperty("StreamArn").GetString()!;
            var description = await CallAsync("DescribeStream", new Dictionary<string, object> { ["StreamArn"] = streamArn });
            var records = new List<DynamoStreamRecord<ExampleItem>>();
            foreach (var shard in description.GetProperty("StreamDescription").GetProperty("Shards").EnumerateArray())
            {
                var iterator = (await CallAsync("GetShardIterator", new Dictionary<string, object>
                {
                    ["StreamArn"] = streamArn,
                    ["ShardId"] = shard.GetProperty("ShardId").GetString()!,
                    ["ShardIteratorType"] = "TRIM_HORIZON",
                })).GetProperty("ShardIterator").GetString();
                for (var page = 0; iterator is not null && page < 10; page++)
                {
                    var body = await CallRawAsync("GetRecords", new Dictionary<string, object> { ["ShardIterator"] = iterator });
                    var read = DynamoStreamReader.ReadAll<ExampleItem>(body);
                    records.AddRange(read);
                    using var json = JsonDocument.Parse(body);
                    iterator = read.Count == 0 ? null : json.RootElement.TryGetProperty("NextShardIterator", out var next) ? next.GetString() : null;
                }
            }

            return records;
        }

        public void Dispose() => _http.Dispose();

        private async Task<JsonElement> CallAsync(string operation, Dictionary<string, object> request)
            => JsonDocument.Parse(await CallRawAsync(operation, request)).RootElement;

        private async Task<byte[]> CallRawAsync(string operation, Dictionary<string, object> request)
        {
            using var message = new HttpRequestMessage(HttpMethod.Post, "/")
            {
                Content = new StringContent(JsonSerializer.Serialize(request.ToDictionary(p => p.Key, p => p.Value.ToString())), Encoding.UTF8),
            };
            message.Content.Headers.ContentType = new MediaTypeHeaderValue("application/x-amz-json-1.0");
            message.Headers.Add("X-Amz-Target", "DynamoDBStreams_20120810." + operation);
            message.Headers.TryAddWithoutValidation("Authorization", "AWS4-HMAC-SHA256 Credential=local/20240101/us-east-1/dynamodb/aws4_request, SignedHeaders=host;x-amz-date, Signature=0");
            message.Headers.Add("X-Amz-Date", "20240101T000000Z");
            using var response = await _http.SendAsync(message);
            var body = await response.Content.ReadAsByteArrayAsync();
            return response.IsSuccessStatusCode ? body : throw new InvalidOperationException(operation + " failed: " + (int)response.StatusCode + " " + Encoding.UTF8.GetString(body));
        }
    }
}
