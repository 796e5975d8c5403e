using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text.Json;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.DynamoDBv2.Model.Internal.MarshallTransformations;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using DynamoGen.Benchmarks.Client;
using DynamoGen.Benchmarks.Marshalling;

namespace DynamoGen.Benchmarks.Json;

/// <summary>
/// The DynamoDB JSON path on one 1,000-item Query page of the reference (12 attributes) and large (40, nested) models,
/// side by side in one run. Read: the generated JSON reader over the response bytes, against the SDK's parse of the
/// same bytes plus the generated <c>FromItem</c> (a real <see cref="AmazonDynamoDBClient"/> answering from memory, as in
/// the client suite) and against a bare <see cref="Utf8JsonReader"/> walk of the bytes, the physical limit (baseline).
/// Write: the generated JSON writer producing the 40 BatchWriteItem request bodies (25 puts each) for the 1,000 items,
/// against <c>ToItem()</c> plus the SDK's own BatchWriteItem request marshaller (baseline).
/// </summary>
[GenericTypeArguments(typeof(ReferenceItem))]
[GenericTypeArguments(typeof(LargeItem))]
[Config(typeof(JsonConfig))]
public class JsonQueryBenchmarks<T> : IDisposable where T : IDynamoTable<T>, IDynamoJsonItem<T>
{
    private const int Items = 1000;
    private const string TableName = "reference";
    private readonly ArrayBufferWriter<byte> _buffer = new(1 << 20);
    private byte[] _response = null!;
    private List<T> _items = null!;
    private AmazonDynamoDBClient _client = null!;
    private Utf8JsonWriter _writer = null!;

    [GlobalSetup]
    public void Setup()
    {
        _items = new List<T>(Items);
        for (var i = 0; i < Items; i++)
        {
            _items.Add(typeof(T) == typeof(ReferenceItem) ? (T)(object)ReferenceItem.Sample(i) : (T)(object)LargeItem.Sample(i));
        }

        _response = QueryResponse(_items);
        _client = CannedDynamoDb.Client(new Dictionary<string, byte[]> { ["Query"] = _response });
        _writer = new Utf8JsonWriter(_buffer);

        // The contestants must agree: every item read the same way by both readers, and the same request bodies written.
        var sdk = Sdk_parse_and_FromItem();
        var json = DynamoGen_JsonReader();
        for (var i = 0; i < Items; i++)
        {
            if (!EqualityComparer<string>.Default.Equals(DynamoJson.Serialize(sdk[i]), DynamoJson.Serialize(json[i])))
            {
                throw new InvalidOperationException($"the JSON reader read item {i} differently from the SDK path");
            }
        }

        var sdkBodies = ToItem_and_SDK_request_marshaller();
        _buffer.ResetWrittenCount();
        for (var batch = 0; batch < Items / 25; batch++)
        {
            _writer.Reset(_buffer);
            WriteBatch(_writer, batch);
            _writer.Flush();
            if (!_buffer.WrittenSpan.SequenceEqual(sdkBodies[batch]))
            {
                throw new InvalidOperationException($"the JSON writer wrote batch {batch} differently from the SDK's marshaller");
            }

            _buffer.ResetWrittenCount();
        }

        if (Utf8JsonReader_walk() == 0)
        {
            throw new InvalidOperationException("the walk read nothing");
        }
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _client?.Dispose();
        _writer?.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark(Baseline = true), BenchmarkCategory("Read")]
    public int Utf8JsonReader_walk()
    {
        var reader = new Utf8JsonReader(_response);
        var tokens = 0;
        while (reader.Read())
        {
            tokens++;
        }

        return tokens;
    }

    [Benchmark, BenchmarkCategory("Read")]
    public List<T> DynamoGen_JsonReader()
    {
        var reader = new Utf8JsonReader(_response);
        reader.Read();
        List<T>? result = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("Items"u8))
            {
                reader.Read();
                result = new List<T>(Items);
                while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
                {
                    result.Add(DynamoJson.Read<T>(ref reader));
                }
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return result!;
    }

    [Benchmark, BenchmarkCategory("Read")]
    public List<T> Sdk_parse_and_FromItem()
    {
        var response = _client.QueryAsync(new QueryRequest { TableName = TableName }).GetAwaiter().GetResult();
        var result = new List<T>(response.Items.Count);
        foreach (var item in response.Items)
        {
            result.Add(T.FromItem(item));
        }

        return result;
    }

    [Benchmark(Baseline = true), BenchmarkCategory("Write")]
    public List<byte[]> ToItem_and_SDK_request_marshaller()
    {
        var bodies = new List<byte[]>(Items / 25);
        for (var batch = 0; batch < Items / 25; batch++)
        {
            var writes = new List<WriteRequest>(25);
            for (var i = batch * 25; i < (batch + 1) * 25; i++)
            {
                writes.Add(new WriteRequest { PutRequest = new PutRequest { Item = _items[i].ToItem() } });
            }

            var request = BatchWriteItemRequestMarshaller.Instance.Marshall(new BatchWriteItemRequest { RequestItems = new() { [TableName] = writes } });
            bodies.Add(request.Content ?? Body(request.ContentStream));
        }

        return bodies;
    }

    [Benchmark, BenchmarkCategory("Write")]
    public long DynamoGen_JsonWriter()
    {
        var written = 0L;
        for (var batch = 0; batch < Items / 25; batch++)
        {
            _buffer.ResetWrittenCount();
            _writer.Reset(_buffer);
            WriteBatch(_writer, batch);
            _writer.Flush();
            written += _buffer.WrittenCount;
        }

        return written;
    }

    /// <summary>The body the SDK's marshaller wrote into its (pooled) content stream; disposing returns the pooled buffer, as sending does.</summary>
    private static byte[] Body(System.IO.Stream content)
    {
        using (content)
        {
            var bytes = new byte[content.Length];
            content.Position = 0;
            content.ReadExactly(bytes);
            return bytes;
        }
    }

    /// <summary>A BatchWriteItem request body, as the SDK's marshaller writes it.</summary>
    private void WriteBatch(Utf8JsonWriter writer, int batch)
    {
        writer.WriteStartObject();
        writer.WriteStartObject("RequestItems"u8);
        writer.WriteStartArray(TableName);
        for (var i = batch * 25; i < (batch + 1) * 25; i++)
        {
            writer.WriteStartObject();
            writer.WriteStartObject("PutRequest"u8);
            writer.WritePropertyName("Item"u8);
            DynamoJson.Write(writer, _items[i]);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary>A Query response page, as DynamoDB sends it: Count, Items, ScannedCount.</summary>
    private static byte[] QueryResponse(List<T> items)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("Count"u8, items.Count);
            writer.WriteStartArray("Items"u8);
            foreach (var item in items)
            {
                DynamoJson.WriteAttributes(writer, item.ToItem());
            }

            writer.WriteEndArray();
            writer.WriteNumber("ScannedCount"u8, items.Count);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}

/// <summary>Allocations, and ratios within each category (Read, Write) to its baseline.</summary>
public sealed class JsonConfig : ManualConfig
{
    public JsonConfig()
    {
        AddDiagnoser(BenchmarkDotNet.Diagnosers.MemoryDiagnoser.Default);
        AddLogicalGroupRules(BenchmarkLogicalGroupRule.ByCategory);
        HideColumns(BenchmarkDotNet.Columns.Column.Gen0, BenchmarkDotNet.Columns.Column.Gen1, BenchmarkDotNet.Columns.Column.Gen2);
        AddColumn(BenchmarkDotNet.Columns.CategoriesColumn.Default);
    }
}
