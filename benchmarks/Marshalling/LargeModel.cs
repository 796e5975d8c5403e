using System;
using System.Collections.Generic;
using System.Globalization;
using Amazon.DynamoDBv2.DataModel;
using Amazon.DynamoDBv2.DocumentModel;
using Amazon.DynamoDBv2.Model;
using BenchmarkDotNet.Attributes;

namespace DynamoGen.Benchmarks.Marshalling;

/// <summary>
/// The large nested model: 40 attributes, among them maps (<c>Dictionary&lt;string, T&gt;</c>), nested
/// <c>[DynamoItem]</c> types, a list of maps, a map of maps and sets of strings and numbers.
/// </summary>
[DynamoTable("large")]
[DynamoDBTable("large")]
public partial record LargeItem
{
    [PartitionKey, DynamoDBHashKey] public required string Id { get; init; }
    [SortKey, DynamoDBRangeKey] public long Version { get; init; }
    public required string Title { get; init; }
    public string? Subtitle { get; init; }
    public required string Description { get; init; }
    public required string Author { get; init; }
    public required string Publisher { get; init; }
    public required string Language { get; init; }
    public required string Isbn { get; init; }
    public int PageCount { get; init; }
    public int Edition { get; init; }
    public int Rating { get; init; }
    public long ViewCount { get; init; }
    public long Downloads { get; init; }
    public double Score { get; init; }
    public double Weight { get; init; }
    public decimal Price { get; init; }
    public decimal Discount { get; init; }
    public bool Published { get; init; }
    public bool Featured { get; init; }
    public bool Archived { get; init; }
    public DateTime CreatedAt { get; init; }
    public DateTime UpdatedAt { get; init; }
    public DateTime? DeletedAt { get; init; }
    public Guid OwnerId { get; init; }
    public Guid TenantId { get; init; }
    public OrderStatus Status { get; init; }
    public required List<string> Tags { get; init; }
    public required List<int> Scores { get; init; }
    public required HashSet<string> Labels { get; init; }
    public required HashSet<int> LuckyNumbers { get; init; }
    public required Dictionary<string, string> Attributes { get; init; }
    public required Dictionary<string, int> Counters { get; init; }
    public required Address ShippingAddress { get; init; }
    public Address? BillingAddress { get; init; }
    public required List<LineItem> Lines { get; init; }
    public required Dictionary<string, Contact> Contacts { get; init; }
    public required Dimensions Size { get; init; }
    public string? Notes { get; init; }
    public Guid CorrelationId { get; init; }

    public static LargeItem Sample(int i) => new()
    {
        Id = "book-" + i.ToString("D6", CultureInfo.InvariantCulture),
        Version = 7,
        Title = "Designing Data-Intensive Applications",
        Subtitle = "The Big Ideas Behind Reliable, Scalable, and Maintainable Systems",
        Description = "A book about the principles and practicalities of data systems and how to build them.",
        Author = "Martin Kleppmann",
        Publisher = "O'Reilly Media",
        Language = "en",
        Isbn = "978-1449373320",
        PageCount = 616,
        Edition = 1,
        Rating = 5,
        ViewCount = 9_876_543_210L,
        Downloads = 123_456L,
        Score = 4.75,
        Weight = 0.3,
        Price = 39.99m,
        Discount = 0.15m,
        Published = true,
        Featured = false,
        Archived = false,
        CreatedAt = new DateTime(2017, 3, 16, 8, 0, 0, DateTimeKind.Utc).AddTicks(1_234_567),
        UpdatedAt = new DateTime(2024, 1, 31, 13, 45, 0, DateTimeKind.Utc).AddTicks(7_654_321),
        DeletedAt = null,
        OwnerId = new Guid("0f8fad5b-d9cb-469f-a165-70867728950e"),
        TenantId = new Guid("7c9e6679-7425-40de-944b-e07fc1f90ae7"),
        Status = OrderStatus.Delivered,
        Tags = new List<string> { "databases", "distributed-systems", "architecture", "bestseller" },
        Scores = new List<int> { 5, 4, 5, 5, 3 },
        Labels = new HashSet<string> { "staff-pick", "new-edition" },
        LuckyNumbers = new HashSet<int> { 7, 13, 42 },
        Attributes = new Dictionary<string, string> { ["format"] = "paperback", ["binding"] = "perfect", ["color"] = "black" },
        Counters = new Dictionary<string, int> { ["likes"] = 1024, ["shares"] = 77 },
        ShippingAddress = new Address { Street = "1 Main Street", City = "Seattle", Zip = "98101", Country = "US" },
        BillingAddress = new Address { Street = "500 Market Street", City = "San Francisco", Zip = "94105", Country = "US" },
        Lines = new List<LineItem>
        {
            new() { Sku = "SKU-0001", Quantity = 1, UnitPrice = 39.99m, Options = new Dictionary<string, string> { ["gift-wrap"] = "yes" } },
            new() { Sku = "SKU-0002", Quantity = 2, UnitPrice = 12.50m, Options = new Dictionary<string, string> { ["color"] = "blue", ["size"] = "M" } },
            new() { Sku = "SKU-0003", Quantity = 3, UnitPrice = 4.99m, Options = new Dictionary<string, string>() },
        },
        Contacts = new Dictionary<string, Contact>
        {
            ["author"] = new() { Name = "Martin", Email = "martin@example.com", Phone = "+44 20 7946 0000" },
            ["editor"] = new() { Name = "Ann", Email = "ann@example.com", Phone = null },
        },
        Size = new Dimensions { Width = 17.8, Height = 23.3, Depth = 3.2 },
        Notes = null,
        CorrelationId = new Guid("a8098c1a-f86e-11da-bd1a-00112444be1e"),
    };
}

[DynamoItem]
public partial record Address
{
    public required string Street { get; init; }
    public required string City { get; init; }
    public required string Zip { get; init; }
    public required string Country { get; init; }
}

[DynamoItem]
public partial record LineItem
{
    public required string Sku { get; init; }
    public int Quantity { get; init; }
    public decimal UnitPrice { get; init; }
    public required Dictionary<string, string> Options { get; init; }
}

[DynamoItem]
public partial record Contact
{
    public required string Name { get; init; }
    public required string Email { get; init; }
    public string? Phone { get; init; }
}

[DynamoItem]
public partial record Dimensions
{
    public double Width { get; init; }
    public double Height { get; init; }
    public double Depth { get; init; }
}

/// <summary>The best hand-written mapping of <see cref="LargeItem"/> and its nested types, in DynamoGen's wire format.</summary>
public static class LargeItemHandWritten
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static Dictionary<string, AttributeValue> ToItem(LargeItem x)
    {
        var item = new Dictionary<string, AttributeValue>(40)
        {
            ["Id"] = new AttributeValue { S = x.Id },
            ["Version"] = new AttributeValue { N = x.Version.ToString(Invariant) },
            ["Title"] = new AttributeValue { S = x.Title },
        };
        if (x.Subtitle is not null) item["Subtitle"] = new AttributeValue { S = x.Subtitle };
        item["Description"] = new AttributeValue { S = x.Description };
        item["Author"] = new AttributeValue { S = x.Author };
        item["Publisher"] = new AttributeValue { S = x.Publisher };
        item["Language"] = new AttributeValue { S = x.Language };
        item["Isbn"] = new AttributeValue { S = x.Isbn };
        item["PageCount"] = new AttributeValue { N = x.PageCount.ToString(Invariant) };
        item["Edition"] = new AttributeValue { N = x.Edition.ToString(Invariant) };
        item["Rating"] = new AttributeValue { N = x.Rating.ToString(Invariant) };
        item["ViewCount"] = new AttributeValue { N = x.ViewCount.ToString(Invariant) };
        item["Downloads"] = new AttributeValue { N = x.Downloads.ToString(Invariant) };
        item["Score"] = new AttributeValue { N = x.Score.ToString("R", Invariant) };
        item["Weight"] = new AttributeValue { N = x.Weight.ToString("R", Invariant) };
        item["Price"] = new AttributeValue { N = x.Price.ToString(Invariant) };
        item["Discount"] = new AttributeValue { N = x.Discount.ToString(Invariant) };
        item["Published"] = new AttributeValue { BOOL = x.Published };
        item["Featured"] = new AttributeValue { BOOL = x.Featured };
        item["Archived"] = new AttributeValue { BOOL = x.Archived };
        item["CreatedAt"] = new AttributeValue { S = HandWritten.IsoUtc(x.CreatedAt) };
        item["UpdatedAt"] = new AttributeValue { S = HandWritten.IsoUtc(x.UpdatedAt) };
        if (x.DeletedAt is { } deletedAt) item["DeletedAt"] = new AttributeValue { S = HandWritten.IsoUtc(deletedAt) };
        item["OwnerId"] = new AttributeValue { S = x.OwnerId.ToString("D", Invariant) };
        item["TenantId"] = new AttributeValue { S = x.TenantId.ToString("D", Invariant) };
        item["Status"] = new AttributeValue { N = ((int)x.Status).ToString(Invariant) };
        item["Tags"] = new AttributeValue { L = HandWritten.StringList(x.Tags) };
        item["Scores"] = new AttributeValue { L = HandWritten.IntList(x.Scores) };
        if (x.Labels.Count > 0) item["Labels"] = new AttributeValue { SS = new List<string>(x.Labels) };
        if (x.LuckyNumbers.Count > 0)
        {
            var numbers = new List<string>(x.LuckyNumbers.Count);
            foreach (var number in x.LuckyNumbers) numbers.Add(number.ToString(Invariant));
            item["LuckyNumbers"] = new AttributeValue { NS = numbers };
        }

        item["Attributes"] = new AttributeValue { M = StringMap(x.Attributes) };
        var counters = new Dictionary<string, AttributeValue>(x.Counters.Count);
        foreach (var (key, value) in x.Counters) counters[key] = new AttributeValue { N = value.ToString(Invariant) };
        item["Counters"] = new AttributeValue { M = counters };
        item["ShippingAddress"] = new AttributeValue { M = AddressToMap(x.ShippingAddress) };
        if (x.BillingAddress is not null) item["BillingAddress"] = new AttributeValue { M = AddressToMap(x.BillingAddress) };
        var lines = new List<AttributeValue>(x.Lines.Count);
        foreach (var line in x.Lines) lines.Add(new AttributeValue { M = LineToMap(line) });
        item["Lines"] = new AttributeValue { L = lines };
        var contacts = new Dictionary<string, AttributeValue>(x.Contacts.Count);
        foreach (var (key, contact) in x.Contacts) contacts[key] = new AttributeValue { M = ContactToMap(contact) };
        item["Contacts"] = new AttributeValue { M = contacts };
        item["Size"] = new AttributeValue
        {
            M = new Dictionary<string, AttributeValue>(3)
            {
                ["Width"] = new AttributeValue { N = x.Size.Width.ToString("R", Invariant) },
                ["Height"] = new AttributeValue { N = x.Size.Height.ToString("R", Invariant) },
                ["Depth"] = new AttributeValue { N = x.Size.Depth.ToString("R", Invariant) },
            },
        };
        if (x.Notes is not null) item["Notes"] = new AttributeValue { S = x.Notes };
        item["CorrelationId"] = new AttributeValue { S = x.CorrelationId.ToString("D", Invariant) };
        return item;
    }

    public static LargeItem FromItem(Dictionary<string, AttributeValue> item)
    {
        var counters = item["Counters"].M;
        var counterValues = new Dictionary<string, int>(counters.Count);
        foreach (var (key, value) in counters) counterValues[key] = int.Parse(value.N, NumberStyles.Integer, Invariant);
        var lines = item["Lines"].L;
        var lineValues = new List<LineItem>(lines.Count);
        foreach (var line in lines) lineValues.Add(LineFromMap(line.M));
        var contacts = item["Contacts"].M;
        var contactValues = new Dictionary<string, Contact>(contacts.Count);
        foreach (var (key, value) in contacts) contactValues[key] = ContactFromMap(value.M);
        var size = item["Size"].M;

        return new LargeItem
        {
            Id = item["Id"].S,
            Version = long.Parse(item["Version"].N, NumberStyles.Integer, Invariant),
            Title = item["Title"].S,
            Subtitle = item.TryGetValue("Subtitle", out var subtitle) ? subtitle.S : null,
            Description = item["Description"].S,
            Author = item["Author"].S,
            Publisher = item["Publisher"].S,
            Language = item["Language"].S,
            Isbn = item["Isbn"].S,
            PageCount = int.Parse(item["PageCount"].N, NumberStyles.Integer, Invariant),
            Edition = int.Parse(item["Edition"].N, NumberStyles.Integer, Invariant),
            Rating = int.Parse(item["Rating"].N, NumberStyles.Integer, Invariant),
            ViewCount = long.Parse(item["ViewCount"].N, NumberStyles.Integer, Invariant),
            Downloads = long.Parse(item["Downloads"].N, NumberStyles.Integer, Invariant),
            Score = double.Parse(item["Score"].N, NumberStyles.Float, Invariant),
            Weight = double.Parse(item["Weight"].N, NumberStyles.Float, Invariant),
            Price = decimal.Parse(item["Price"].N, NumberStyles.Float, Invariant),
            Discount = decimal.Parse(item["Discount"].N, NumberStyles.Float, Invariant),
            Published = item["Published"].BOOL ?? false,
            Featured = item["Featured"].BOOL ?? false,
            Archived = item["Archived"].BOOL ?? false,
            CreatedAt = HandWritten.ParseIsoUtc(item["CreatedAt"].S),
            UpdatedAt = HandWritten.ParseIsoUtc(item["UpdatedAt"].S),
            DeletedAt = item.TryGetValue("DeletedAt", out var deletedAt) ? HandWritten.ParseIsoUtc(deletedAt.S) : null,
            OwnerId = Guid.Parse(item["OwnerId"].S),
            TenantId = Guid.Parse(item["TenantId"].S),
            Status = (OrderStatus)int.Parse(item["Status"].N, NumberStyles.Integer, Invariant),
            Tags = HandWritten.ParseStringList(item["Tags"].L),
            Scores = HandWritten.ParseIntList(item["Scores"].L),
            Labels = item.TryGetValue("Labels", out var labels) ? new HashSet<string>(labels.SS) : new HashSet<string>(),
            LuckyNumbers = item.TryGetValue("LuckyNumbers", out var lucky) ? ParseIntSet(lucky.NS) : new HashSet<int>(),
            Attributes = ParseStringMap(item["Attributes"].M),
            Counters = counterValues,
            ShippingAddress = AddressFromMap(item["ShippingAddress"].M),
            BillingAddress = item.TryGetValue("BillingAddress", out var billing) ? AddressFromMap(billing.M) : null,
            Lines = lineValues,
            Contacts = contactValues,
            Size = new Dimensions
            {
                Width = double.Parse(size["Width"].N, NumberStyles.Float, Invariant),
                Height = double.Parse(size["Height"].N, NumberStyles.Float, Invariant),
                Depth = double.Parse(size["Depth"].N, NumberStyles.Float, Invariant),
            },
            Notes = item.TryGetValue("Notes", out var notes) ? notes.S : null,
            CorrelationId = Guid.Parse(item["CorrelationId"].S),
        };
    }

    private static Dictionary<string, AttributeValue> AddressToMap(Address a) => new(4)
    {
        ["Street"] = new AttributeValue { S = a.Street },
        ["City"] = new AttributeValue { S = a.City },
        ["Zip"] = new AttributeValue { S = a.Zip },
        ["Country"] = new AttributeValue { S = a.Country },
    };

    private static Address AddressFromMap(Dictionary<string, AttributeValue> m) => new()
    {
        Street = m["Street"].S,
        City = m["City"].S,
        Zip = m["Zip"].S,
        Country = m["Country"].S,
    };

    private static Dictionary<string, AttributeValue> LineToMap(LineItem line) => new(4)
    {
        ["Sku"] = new AttributeValue { S = line.Sku },
        ["Quantity"] = new AttributeValue { N = line.Quantity.ToString(Invariant) },
        ["UnitPrice"] = new AttributeValue { N = line.UnitPrice.ToString(Invariant) },
        ["Options"] = new AttributeValue { M = StringMap(line.Options) },
    };

    private static LineItem LineFromMap(Dictionary<string, AttributeValue> m) => new()
    {
        Sku = m["Sku"].S,
        Quantity = int.Parse(m["Quantity"].N, NumberStyles.Integer, Invariant),
        UnitPrice = decimal.Parse(m["UnitPrice"].N, NumberStyles.Float, Invariant),
        Options = ParseStringMap(m["Options"].M),
    };

    private static Dictionary<string, AttributeValue> ContactToMap(Contact c)
    {
        var map = new Dictionary<string, AttributeValue>(3)
        {
            ["Name"] = new AttributeValue { S = c.Name },
            ["Email"] = new AttributeValue { S = c.Email },
        };
        if (c.Phone is not null) map["Phone"] = new AttributeValue { S = c.Phone };
        return map;
    }

    private static Contact ContactFromMap(Dictionary<string, AttributeValue> m) => new()
    {
        Name = m["Name"].S,
        Email = m["Email"].S,
        Phone = m.TryGetValue("Phone", out var phone) ? phone.S : null,
    };

    private static Dictionary<string, AttributeValue> StringMap(Dictionary<string, string> values)
    {
        var map = new Dictionary<string, AttributeValue>(values.Count);
        foreach (var (key, value) in values) map[key] = new AttributeValue { S = value };
        return map;
    }

    private static Dictionary<string, string> ParseStringMap(Dictionary<string, AttributeValue> map)
    {
        var values = new Dictionary<string, string>(map.Count);
        foreach (var (key, value) in map) values[key] = value.S;
        return values;
    }

    private static HashSet<int> ParseIntSet(List<string> numbers)
    {
        var set = new HashSet<int>(numbers.Count);
        foreach (var number in numbers) set.Add(int.Parse(number, NumberStyles.Integer, Invariant));
        return set;
    }
}

[Config(typeof(MarshallingConfig))]
public class LargeModelBenchmarks
{
    private readonly LargeItem _value = LargeItem.Sample(1);
    private Dictionary<string, AttributeValue> _item = null!;
    private DynamoDBContext _sdk = null!;

    [GlobalSetup]
    public void Setup()
    {
        _item = _value.ToItem();
        _sdk = Sdk.Context(Sdk.OfflineClient());
        SameItems.Assert(LargeItemHandWritten.ToItem(_value), _item, "LargeItem.ToItem");
        SameItems.Assert(LargeItemHandWritten.ToItem(LargeItemHandWritten.FromItem(_item)), LargeItem.FromItem(_item).ToItem(), "LargeItem.FromItem");
        SameItems.Assert(_item, DynamoDBContext_FromItem().ToItem(), "DynamoDBContext reading a DynamoGen item");
    }

    [GlobalCleanup]
    public void Cleanup() => _sdk.Dispose();

    [Benchmark(Baseline = true), BenchmarkCategory("ToItem")]
    public Dictionary<string, AttributeValue> HandWritten_ToItem() => LargeItemHandWritten.ToItem(_value);

    [Benchmark, BenchmarkCategory("ToItem")]
    public Dictionary<string, AttributeValue> DynamoGen_ToItem() => _value.ToItem();

    [Benchmark, BenchmarkCategory("ToItem")]
    public Dictionary<string, AttributeValue> DynamoDBContext_ToItem() => _sdk.ToDocument(_value).ToAttributeMap();

    [Benchmark(Baseline = true), BenchmarkCategory("FromItem")]
    public LargeItem HandWritten_FromItem() => LargeItemHandWritten.FromItem(_item);

    [Benchmark, BenchmarkCategory("FromItem")]
    public LargeItem DynamoGen_FromItem() => LargeItem.FromItem(_item);

    [Benchmark, BenchmarkCategory("FromItem")]
    public LargeItem DynamoDBContext_FromItem() => _sdk.FromDocument<LargeItem>(Document.FromAttributeMap(_item));
}
