using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Text.Json;
using System.Threading.Tasks;
using DynamoGen.Tests.Json;
using DynamoGen.Tests.Models;
using NUnit.Framework;

namespace DynamoGen.Tests.Docs;

/// <summary>The examples of docs/dynamodb-json.md, compiled and run.</summary>
public sealed class JsonDocsExamples
{
    [Test]
    public void The_page_shows_only_compiled_code()
        => DocPages.AssertEveryCSharpBlockIsCompiled("docs/dynamodb-json.md", 5, "Runtime.Tests/Docs/JsonDocsExamples.cs", "Runtime.Tests/Models/SingleTable.cs");

    [Test]
    public void One_item()
    {
        var order = new ShopOrder { CustomerId = "c-1", OrderDate = new DateOnly(2024, 5, 1), OrderNumber = 7, Total = 12.5m };

        byte[] json = DynamoJson.SerializeToUtf8Bytes(order);   // {"_type":{"S":"Order"},"CustomerId":{"S":"c-1"},...}
        ShopOrder again = DynamoJson.Deserialize<ShopOrder>(json);

        Assert.That(again, Is.EqualTo(order));
    }

    [Test]
    public void A_query_page()
    {
        var page = """{"Count":1,"Items":[{"Id":{"N":"101"},"Message":{"S":"hi"}}],"ScannedCount":1}"""u8.ToArray();

        var items = new List<ExampleItem>();
        var reader = new Utf8JsonReader(page);
        reader.Read();                                             // the response object
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("Items"u8))
            {
                reader.Read();                                     // [
                while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
                {
                    items.Add(DynamoJson.Read<ExampleItem>(ref reader));   // leaves the reader on the item's }
                }
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        Assert.That(items, Is.EqualTo(new[] { new ExampleItem { Id = 101, Message = "hi" } }));
    }

    [Test]
    public void A_Lambda_stream_handler()
    {
        var lambdaEvent = System.Text.Encoding.UTF8.GetBytes(StreamEventTests.AwsExampleEvent);

        foreach (var record in DynamoStreamReader.ReadAll<ExampleItem>(lambdaEvent))
        {
            Console.WriteLine($"{record.EventName} {record.Keys["Id"].N}: {record.OldImage?.Message} -> {record.NewImage?.Message}");
        }

        Assert.That(DynamoStreamReader.ReadAll<ExampleItem>(lambdaEvent), Has.Count.EqualTo(4));
    }

    [Test]
    public void A_single_table_stream()
    {
        var order = new ShopOrder { CustomerId = "c-1", OrderDate = new DateOnly(2024, 5, 1), OrderNumber = 7 };
        var lambdaEvent = System.Text.Encoding.UTF8.GetBytes(StreamEventTests.Event(StreamEventTests.Record("INSERT", order.ToItem(), newImage: DynamoJson.Serialize(order))));
        var handled = new List<string>();

        var streams = new DynamoStreamReader().Add<ShopOrder>().Add<ShopCustomer>();
        foreach (var record in streams.Read(lambdaEvent))
        {
            switch (record)
            {
                case DynamoStreamRecord<ShopOrder> { EventName: DynamoStreamEventName.Insert, NewImage: { } placed }:
                    handled.Add($"order {placed.OrderNumber} placed by {placed.CustomerId}");
                    break;
                case DynamoStreamRecord<ShopCustomer> { IsTimeToLiveDeletion: true, OldImage: { } expired }:
                    handled.Add($"customer {expired.CustomerId} expired");
                    break;
                case DynamoStreamRecord<ShopCustomer> customer:
                    handled.Add($"customer {customer.EventName}");
                    break;
                default:
                    handled.Add($"another kind of item: {record.Keys["PK"].S}");
                    break;
            }
        }

        Assert.That(handled, Is.EqualTo(new[] { "order 7 placed by c-1" }));
    }

    [Test]
    public async Task Exports()
    {
        var orders = Mapping.RoundTrip.CreateTable<ShopOrder>("docs-export");
        await orders.PutAsync(new ShopOrder { CustomerId = "c-1", OrderDate = new DateOnly(2024, 5, 1), OrderNumber = 7 });
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".json.gz");

        // Write: one {"Item":{...}} per line, gzipped, as DynamoDB's export to S3 writes them (and its import reads them).
        await using (var output = new GZipStream(File.Create(path), CompressionLevel.Optimal))
        {
            await DynamoExport.WriteAsync(output, orders.Scan());
        }

        // Read: one line in memory at a time, however large the export.
        await using var file = File.OpenRead(path);
        await using var gzip = new GZipStream(file, CompressionMode.Decompress);
        await foreach (var order in DynamoExport.ReadAsync<ShopOrder>(gzip))
        {
            Console.WriteLine($"{order.CustomerId} {order.OrderNumber} {order.Total}");
        }

        File.Delete(path);
    }
}
