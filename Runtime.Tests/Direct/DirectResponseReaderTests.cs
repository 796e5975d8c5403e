using System;
using System.Buffers;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text;
using DynamoGen.Direct;
using DynamoGen.Direct.Protocol;
using DynamoGen.Tests.Models;
using NUnit.Framework;

namespace DynamoGen.Tests.Direct;

/// <summary>The response reader with a sink: typed items, nothing else kept, and far fewer bytes allocated than the AttributeValue path.</summary>
public sealed class DirectResponseReaderTests
{
    private static byte[] QueryPage(int count)
    {
        static string N(long value) => value.ToString(CultureInfo.InvariantCulture);
        var items = Enumerable.Range(1, count).Select(i =>
            "{\"CustomerId\":{\"S\":\"customer-" + N(i % 7) + "\"},\"OrderId\":{\"N\":\"" + N(i) + "\"},\"Quantity\":{\"N\":\"" + N(i * 3)
            + "\"},\"Total\":{\"N\":\"" + N(i) + ".25\"},\"Shipped\":{\"BOOL\":" + (i % 2 == 0 ? "true" : "false") + "},\"status\":{\"S\":\"open\"}}");
        return Encoding.UTF8.GetBytes("{\"Count\":" + N(count) + ",\"Items\":[" + string.Join(",", items) + "],\"LastEvaluatedKey\":{\"CustomerId\":{\"S\":\"c\"},\"OrderId\":{\"N\":\"" + N(count) + "\"}},\"ScannedCount\":" + N(count) + "}");
    }

    private static DirectResponse Response(byte[] body)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(body.Length);
        body.CopyTo(buffer, 0);
        return new DirectResponse(buffer, body.Length, HttpStatusCode.OK, "request-1");
    }

    [Test]
    public void A_query_page_read_into_a_sink_is_typed_and_keeps_counts_and_key()
    {
        using var response = Response(QueryPage(5));
        var sink = new DynamoItemSink<Order>("orders");
        var page = DirectResponseReader.Query(response, sink);
        Assert.Multiple(() =>
        {
            Assert.That(page.Items, Is.Null);
            Assert.That(page.Count, Is.EqualTo(5));
            Assert.That(page.ScannedCount, Is.EqualTo(5));
            Assert.That(page.LastEvaluatedKey["OrderId"].N, Is.EqualTo("5"));
            Assert.That(page.ResponseMetadata.RequestId, Is.EqualTo("request-1"));
            Assert.That(sink.Items.Select(o => o.OrderId), Is.EqualTo(new long[] { 1, 2, 3, 4, 5 }));
            Assert.That(sink.Items[1].Shipped, Is.True);
            Assert.That(sink.Items[1].Total, Is.EqualTo(2.25));
            Assert.That(sink.Items[4].State, Is.EqualTo("open"));
        });
    }

    [Test]
    public void Reading_into_a_sink_allocates_a_fraction_of_the_AttributeValue_path()
    {
        var body = QueryPage(200);
        using var response = Response(body);
        _ = DirectResponseReader.Query(response, new DynamoItemSink<Order>("orders", 200));
        _ = DirectResponseReader.Query(response, null);

        var before = GC.GetAllocatedBytesForCurrentThread();
        _ = DirectResponseReader.Query(response, new DynamoItemSink<Order>("orders", 200));
        var typed = GC.GetAllocatedBytesForCurrentThread() - before;

        before = GC.GetAllocatedBytesForCurrentThread();
        _ = DirectResponseReader.Query(response, null);
        var attributeValues = GC.GetAllocatedBytesForCurrentThread() - before;

        TestContext.Out.WriteLine($"200 items: {typed} bytes into a sink, {attributeValues} bytes as AttributeValues");
        Assert.That(typed, Is.LessThan(attributeValues / 3));
    }
}
