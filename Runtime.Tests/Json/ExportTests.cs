using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using DynamoGen.Tests.Mapping;
using DynamoGen.Tests.Models;
using NUnit.Framework;

namespace DynamoGen.Tests.Json;

/// <summary>Table exports in DynamoDB JSON lines: from a real table to gzipped lines and back into another table.</summary>
public sealed class ExportTests
{
    [Test]
    public async Task A_table_exported_as_DynamoDB_JSON_lines_imports_into_another_table_unchanged()
    {
        var source = RoundTrip.CreateTable<ShopOrder>("export-source");
        var orders = Enumerable.Range(1, 120).Select(i => new ShopOrder
        {
            CustomerId = "c-" + (i % 7).ToString(System.Globalization.CultureInfo.InvariantCulture),
            OrderDate = new DateOnly(2024, 1, 1).AddDays(i),
            OrderNumber = i,
            State = i % 3 == 0 ? OrderState.Shipped : OrderState.Open,
            Total = i * 1.25m,
        }).ToList();
        foreach (var order in orders)
        {
            await source.PutAsync(order);
        }

        using var file = new MemoryStream();
        await using (var gzip = new GZipStream(file, CompressionLevel.Fastest, leaveOpen: true))
        {
            Assert.That(await DynamoExport.WriteAsync(gzip, source.Scan()), Is.EqualTo(120));
        }

        file.Position = 0;
        var target = RoundTrip.CreateTable<ShopOrder>("export-target");
        await using (var gzip = new GZipStream(file, CompressionMode.Decompress))
        {
            await foreach (var order in DynamoExport.ReadAsync<ShopOrder>(gzip))
            {
                await target.PutAsync(order);
            }
        }

        var copied = new List<ShopOrder>();
        await foreach (var order in target.Scan())
        {
            copied.Add(order);
        }

        Assert.That(copied.OrderBy(o => o.OrderNumber), Is.EqualTo(orders));
    }

    [Test]
    public async Task Lines_read_across_any_chunking_and_blank_lines_are_skipped()
    {
        var rows = Enumerable.Range(0, 300).Select(i => new ScalarRow { Id = "r" + i, Text = new string('x', i * 7), I32 = i }).ToList();
        using var file = new MemoryStream();
        await DynamoExport.WriteAsync(file, rows);
        var text = Encoding.UTF8.GetString(file.ToArray());
        Assert.That(text.Split('\n')[0], Is.EqualTo("{\"Item\":{\"Id\":{\"S\":\"r0\"},\"Text\":{\"S\":\"\"},\"Letter\":{\"S\":\"\\u0000\"},\"Flag\":{\"BOOL\":false},\"U8\":{\"N\":\"0\"},\"I8\":{\"N\":\"0\"},\"I16\":{\"N\":\"0\"},\"U16\":{\"N\":\"0\"},\"I32\":{\"N\":\"0\"},\"U32\":{\"N\":\"0\"},\"I64\":{\"N\":\"0\"},\"U64\":{\"N\":\"0\"},\"F32\":{\"N\":\"0\"},\"F64\":{\"N\":\"0\"},\"Dec\":{\"N\":\"0\"},\"Uid\":{\"S\":\"00000000-0000-0000-0000-000000000000\"},\"When\":{\"S\":\"0001-01-01T00:00:00.0000000Z\"},\"WhenOffset\":{\"S\":\"0001-01-01T00:00:00.0000000\\u002B00:00\"},\"Day\":{\"S\":\"0001-01-01\"},\"Time\":{\"S\":\"00:00:00.0000000\"},\"Span\":{\"S\":\"00:00:00\"},\"ColorNumber\":{\"N\":\"0\"},\"ColorName\":{\"S\":\"Red\"},\"Flags\":{\"N\":\"0\"},\"TierName\":{\"S\":\"Free\"}}}"));

        var withBlankLines = Encoding.UTF8.GetBytes("\n" + text.Replace("}}\n{", "}}\r\n\n{") + "\n\n");
        var read = new List<ScalarRow>();
        await foreach (var row in DynamoExport.ReadAsync<ScalarRow>(new TrickleStream(withBlankLines)))
        {
            read.Add(row);
        }

        Assert.That(read.Select(r => (r.Id, r.Text, r.I32)), Is.EqualTo(rows.Select(r => (r.Id, r.Text, r.I32))));
    }

    [Test]
    public void A_bad_line_names_its_line_number()
    {
        var lines = "{\"Item\":{\"Id\":{\"S\":\"a\"}}}\n\n{\"Item\":{\"Id\":{\"S\":\"b\"},\"I32\":{\"N\":\"x\"}}}\n";
        var error = Assert.ThrowsAsync<DynamoExportException>(async () => await ReadAll(lines))!;
        Assert.That(error.LineNumber, Is.EqualTo(3));
        Assert.That(error.InnerException, Is.InstanceOf<DynamoMappingException>());
        Assert.That(error.Message, Does.StartWith("Line 3 of the export: Cannot map DynamoGen.Tests.Mapping.ScalarRow.I32"));

        var notJson = Assert.ThrowsAsync<DynamoExportException>(async () => await ReadAll("{\"Item\":{\"Id\":{\"S\":\"a\"}}}\n{\"Item\":{\"Id\":\n"))!;
        Assert.That(notJson.LineNumber, Is.EqualTo(2));
        Assert.That(notJson.InnerException, Is.InstanceOf<DynamoJsonException>());

        var noItem = Assert.ThrowsAsync<DynamoExportException>(async () => await ReadAll("{\"Keys\":{}}"))!;
        Assert.That(noItem.Message, Is.EqualTo("Line 1 of the export: the line has no \"Item\""));
    }

    private static async Task<List<ScalarRow>> ReadAll(string lines)
    {
        var rows = new List<ScalarRow>();
        await foreach (var row in DynamoExport.ReadAsync<ScalarRow>(new MemoryStream(Encoding.UTF8.GetBytes(lines))))
        {
            rows.Add(row);
        }

        return rows;
    }

    /// <summary>Returns at most a few bytes per read, so lines and even characters straddle reads.</summary>
    private sealed class TrickleStream(byte[] data) : MemoryStream(data)
    {
        private int _reads;

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
            => base.ReadAsync(buffer[..Math.Min(buffer.Length, 1 + (_reads++ % 97))], cancellationToken);
    }
}
