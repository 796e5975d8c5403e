using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using DynamoGen.Tests.Models;
using NUnit.Framework;

namespace DynamoGen.Tests.Operations;

/// <summary>Queries, scans, pages and tokens, counts and mixed entities against the local DynamoDB.</summary>
[TestFixture(DynamoEngine.Sdk)]
[TestFixture(DynamoEngine.Direct)]
public sealed class QueryTests(DynamoEngine engine)
{
    private DynamoContext _context = null!;

    [SetUp]
    public void SetUp() => _context = LocalDynamoSetup.Context(engine);

    private static Task<List<T>> ToList<T>(IAsyncEnumerable<T> items) => ItemOperationTests.ToListAsync(items);

    private async Task<(Table<Blob> Table, CountingConnection Connection)> BlobTable(int count, int payloadBytes)
    {
        var name = LocalDynamoSetup.UniqueTableName("blobs");
        await _context.CreateTableAsync<Blob>(name);
        var connection = new CountingConnection(LocalDynamoSetup.Connection(engine));
        var table = new Table<Blob>(connection, name);
        var payload = new string('x', payloadBytes);
        for (var i = 0; i < count; i++)
        {
            await table.PutAsync(new Blob { Owner = "o", Seq = i, Payload = payload, Size = i % 3 });
        }

        return (table, connection);
    }

    [Test]
    public async Task A_query_over_several_1MB_pages_streams_lazily_with_nothing_lost_or_repeated()
    {
        var (table, connection) = await BlobTable(20, 200_000); // 20 x 200 KB = 4 MB: at least four 1 MB pages

        await using (var enumerator = table.Query(BlobIndexes.Primary.Partition("o")).GetAsyncEnumerator())
        {
            Assert.That(connection.Queries, Is.Zero, "nothing is fetched before the first MoveNextAsync");
            Assert.That(await enumerator.MoveNextAsync(), Is.True);
            Assert.That(connection.Queries, Is.EqualTo(1), "one page for the first item");
        }

        var before = connection.Queries;
        var all = await ToList(table.Query(BlobIndexes.Primary.Partition("o")));
        var pages = connection.Queries - before;
        TestContext.Out.WriteLine($"20 items of 200 KB streamed in {pages} query pages");

        Assert.That(all.Select(b => b.Seq), Is.EqualTo(Enumerable.Range(0, 20).Select(i => (long)i)));
        Assert.That(pages, Is.GreaterThanOrEqualTo(4), "DynamoDB's 1 MB page limit splits 4 MB");
    }

    [Test]
    public async Task Pages_with_tokens_cover_the_query_exactly_once()
    {
        var (table, _) = await BlobTable(20, 200_000);
        var seen = new List<long>();
        string? token = null;
        var pages = 0;
        do
        {
            var page = await table.QueryPageAsync(BlobIndexes.Primary.Partition("o"), token);
            seen.AddRange(page.Items.Select(b => b.Seq));
            token = page.ContinuationToken;
            pages++;
            Assert.That(token, Is.Null.Or.Match("^[A-Za-z0-9_-]+$"), "URL-safe");
        }
        while (token is not null);

        TestContext.Out.WriteLine($"{pages} pages");
        Assert.That(seen, Is.EqualTo(Enumerable.Range(0, 20).Select(i => (long)i)));
        Assert.That(pages, Is.GreaterThanOrEqualTo(4));
    }

    [Test]
    public async Task Tokens_are_refused_by_another_partition_table_or_when_changed_and_encrypted_tokens_need_the_key()
    {
        var (table, _) = await BlobTable(6, 10);
        var first = await table.QueryPageAsync(BlobIndexes.Primary.Partition("o"), null, new QueryOptions { Limit = 2 });
        var token = first.ContinuationToken!;
        var tampered = token[..^3] + (token[^3] == 'A' ? 'B' : 'A') + token[^2..];
        var signed = table.WithOptions(new TableOptions { ContinuationTokenKey = new byte[32] });
        var other = table.WithOptions(new TableOptions { ContinuationTokenKey = Enumerable.Repeat((byte)7, 32).ToArray() });
        var signedPage = await signed.QueryPageAsync(BlobIndexes.Primary.Partition("o"), null, new QueryOptions { Limit = 2 });

        Assert.Multiple(async () =>
        {
            Assert.That((await table.QueryPageAsync(BlobIndexes.Primary.Partition("o"), token, new QueryOptions { Limit = 2 })).Items.Select(b => b.Seq), Is.EqualTo(new long[] { 2, 3 }));
            Assert.That(() => table.QueryPageAsync(BlobIndexes.Primary.Partition("other"), token), Throws.InstanceOf<DynamoContinuationTokenException>().With.Message.Contains("another table, index, partition"));
            Assert.That(() => table.ScanPageAsync(token), Throws.InstanceOf<DynamoContinuationTokenException>());
            Assert.That(() => table.QueryPageAsync(BlobIndexes.Primary.Partition("o"), tampered), Throws.InstanceOf<DynamoContinuationTokenException>());
            Assert.That(() => table.QueryPageAsync(BlobIndexes.Primary.Partition("o"), "not a token!"), Throws.InstanceOf<DynamoContinuationTokenException>());
            Assert.That(() => signed.QueryPageAsync(BlobIndexes.Primary.Partition("o"), token), Throws.InstanceOf<DynamoContinuationTokenException>().With.Message.Contains("not encrypted"));
            Assert.That(() => other.QueryPageAsync(BlobIndexes.Primary.Partition("o"), signedPage.ContinuationToken), Throws.InstanceOf<DynamoContinuationTokenException>().With.Message.Contains("another key"));
            Assert.That((await signed.QueryPageAsync(BlobIndexes.Primary.Partition("o"), signedPage.ContinuationToken, new QueryOptions { Limit = 2 })).Items, Has.Count.EqualTo(2));
        });
    }

    [Test]
    public async Task Sort_key_conditions_descending_limit_filter_projection_and_count()
    {
        var (table, connection) = await BlobTable(10, 10);
        var p = BlobIndexes.Primary.Partition("o");

        Assert.Multiple(async () =>
        {
            Assert.That((await ToList(table.Query(p.Between(2, 4)))).Select(b => b.Seq), Is.EqualTo(new long[] { 2, 3, 4 }));
            Assert.That((await ToList(table.Query(p.GreaterThan(7)))).Select(b => b.Seq), Is.EqualTo(new long[] { 8, 9 }));
            Assert.That((await ToList(table.Query(p.LessThanOrEqual(1), new QueryOptions { ConsistentRead = true }))).Select(b => b.Seq), Is.EqualTo(new long[] { 0, 1 }));
            Assert.That((await ToList(table.Query(p, new QueryOptions { Descending = true, Limit = 3 }))).Select(b => b.Seq), Is.EqualTo(new long[] { 9, 8, 7 }));
            Assert.That((await ToList(table.Query(p, new QueryOptions { Filter = BlobFields.Size.Equal(0) }))).Select(b => b.Seq), Is.EqualTo(new long[] { 0, 3, 6, 9 }));
            Assert.That((await ToList(table.Query(p, new QueryOptions { Projection = ProjectionExpression.Of(BlobFields.Size) }))).All(b => b.Payload.Length == 0), Is.True);
            Assert.That(await table.CountAsync(p), Is.EqualTo(10));
            Assert.That(await table.CountAsync(p, new QueryOptions { Filter = BlobFields.Size.Equal(0) }), Is.EqualTo(4));
        });

        var before = connection.Queries;
        var firstThree = await ToList(table.Query(p, new QueryOptions { Limit = 3 }));
        Assert.That(firstThree, Has.Count.EqualTo(3));
        Assert.That(connection.Queries - before, Is.EqualTo(1), "Limit is sent, so no page beyond it is read");
    }

    [Test]
    public async Task Limit_counts_items_that_pass_the_filter_in_pages_as_in_streams_and_PageSize_only_tunes_requests()
    {
        var (table, connection) = await BlobTable(10, 10);   // sizes 0,1,2,0,1,2,...: Size = 0 keeps 0, 3, 6, 9
        var p = BlobIndexes.Primary.Partition("o");
        var filtered = new QueryOptions { Filter = BlobFields.Size.Equal(0), Limit = 3, PageSize = 2 };

        var before = connection.Queries;
        var first = await table.QueryPageAsync(p, null, filtered);
        var requests = connection.Queries - before;
        var second = await table.QueryPageAsync(p, first.ContinuationToken, filtered);
        var streamed = await ToList(table.Query(p, filtered));

        Assert.Multiple(() =>
        {
            Assert.That(first.Items.Select(b => b.Seq), Is.EqualTo(new long[] { 0, 3, 6 }), "a full page of matches, though each request read only 2 items");
            // Each request asks for at most the matches still missing (so a page never exceeds Limit): items 0-1, 2-3,
            // then 4, 5 and 6 one by one.
            Assert.That(requests, Is.EqualTo(5));
            Assert.That(first.ContinuationToken, Is.Not.Null);
            Assert.That(second.Items.Select(b => b.Seq), Is.EqualTo(new long[] { 9 }), "the last page is the only short one");
            Assert.That(second.ContinuationToken, Is.Null);
            Assert.That(streamed.Select(b => b.Seq), Is.EqualTo(new long[] { 0, 3, 6 }), "the same Limit in a stream");
        });
    }

    [Test]
    public async Task Count_sums_across_pages()
    {
        var (table, connection) = await BlobTable(12, 200_000);
        var before = connection.Queries;

        Assert.That(await table.CountAsync(BlobIndexes.Primary.Partition("o")), Is.EqualTo(12));
        Assert.That(connection.Queries - before, Is.GreaterThan(1));
    }

    [Test]
    public async Task A_query_on_a_global_index()
    {
        var name = LocalDynamoSetup.UniqueTableName("orders-gsi");
        await _context.CreateTableAsync<Order>(name);   // the generated schema declares the ByStatus index
        var table = _context.Table<Order>(name);
        for (var i = 0; i < 6; i++)
        {
            await table.PutAsync(new Order { CustomerId = "c" + (i % 2), OrderId = i, State = i < 4 ? "open" : "closed" });
        }

        var open = await ToList(table.Query(OrderIndexes.ByStatus.Partition("open").GreaterThan(0)));
        var page = await table.QueryPageAsync(OrderIndexes.ByStatus.Partition("open"), null, new QueryOptions { Limit = 2 });
        var next = await table.QueryPageAsync(OrderIndexes.ByStatus.Partition("open"), page.ContinuationToken, new QueryOptions { Limit = 2 });
        var scanned = await ToList(table.Scan(new ScanOptions { IndexName = "ByStatus" }));

        Assert.That(open.Select(o => o.OrderId), Is.EqualTo(new long[] { 1, 2, 3 }));
        Assert.That(page.Items.Concat(next.Items).Select(o => o.OrderId), Is.EqualTo(new long[] { 0, 1, 2, 3 }));
        Assert.That(scanned, Has.Count.EqualTo(6));
    }

    [Test]
    public async Task Scan_sequential_parallel_paged_and_segmented_sees_every_item_once()
    {
        var (table, connection) = await BlobTable(40, 60_000); // 2.4 MB: several pages
        var expected = Enumerable.Range(0, 40).Select(i => (long)i).ToList();

        var sequential = (await ToList(table.Scan())).Select(b => b.Seq).Order().ToList();
        var before = connection.Scans;
        var parallel = (await ToList(table.Scan(new ScanOptions { ParallelSegments = 4 }))).Select(b => b.Seq).Order().ToList();
        var parallelRequests = connection.Scans - before;
        var filtered = await ToList(table.Scan(new ScanOptions { Filter = BlobFields.Size.Equal(1), ParallelSegments = 3 }));
        var limited = await ToList(table.Scan(new ScanOptions { ParallelSegments = 4, Limit = 5 }));

        var paged = new List<long>();
        for (var segment = 0; segment < 3; segment++)
        {
            string? token = null;
            do
            {
                var page = await table.ScanPageAsync(token, new ScanOptions { Segment = segment, TotalSegments = 3, Limit = 7 });
                paged.AddRange(page.Items.Select(b => b.Seq));
                token = page.ContinuationToken;
            }
            while (token is not null);
        }

        TestContext.Out.WriteLine($"parallel scan over 4 segments: {parallelRequests} requests");
        Assert.Multiple(async () =>
        {
            Assert.That(sequential, Is.EqualTo(expected));
            Assert.That(parallel, Is.EqualTo(expected));
            Assert.That(parallelRequests, Is.GreaterThanOrEqualTo(4));
            Assert.That(filtered.Select(b => b.Seq).Order(), Is.EqualTo(expected.Where(i => i % 3 == 1)));
            Assert.That(limited, Has.Count.EqualTo(5));
            Assert.That(paged.Order(), Is.EqualTo(expected));
            Assert.That(await table.CountAllAsync(), Is.EqualTo(40));
            Assert.That(() => table.ScanPageAsync(null, new ScanOptions { Segment = 3, TotalSegments = 3 }), Throws.ArgumentException);
        });
    }

    [Test]
    public async Task A_shared_partition_reads_each_item_as_its_own_entity_type()
    {
        var name = LocalDynamoSetup.UniqueTableName("app");
        await _context.CreateTableAsync<AppUser>(name);
        var users = _context.Table<AppUser>(name);
        var purchases = _context.Table<AppPurchase>(name);
        await users.PutAsync(new AppUser("u-1", "ada@example.com"));
        await purchases.PutAsync(new AppPurchase("u-1", "p-1", 9.5m));
        await purchases.PutAsync(new AppPurchase("u-1", "p-2", 3m));
        var reader = new EntityReader().Add<AppUser>().Add<AppPurchase>();

        var entities = await ToList(reader.ReadAll(users.QueryItems(AppIndexes.Primary.Partition("u-1"))));

        Assert.That(entities, Has.Count.EqualTo(3));
        Assert.That(entities.OfType<AppUser>().Single().Email, Is.EqualTo("ada@example.com"));
        Assert.That(entities.OfType<AppPurchase>().Sum(p => p.Amount), Is.EqualTo(12.5m));
        Assert.That(
            () => new EntityReader().Add<AppUser>().Read(new AppPurchase("u", "p", 1).ToItem()),
            Throws.InstanceOf<DynamoInvalidRequestException>().With.Message.Contains("'purchase'"));
        Assert.That(() => new EntityReader().Add<AppUser>().Read(new() { ["pk"] = new AttributeValue { S = "x" } }), Throws.InstanceOf<DynamoInvalidRequestException>().With.Message.Contains("no entity attribute"));
    }
}
