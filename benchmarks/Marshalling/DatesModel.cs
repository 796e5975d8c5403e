using System;
using System.Collections.Generic;
using System.Globalization;
using Amazon.DynamoDBv2.Model;
using BenchmarkDotNet.Attributes;

namespace DynamoGen.Benchmarks.Marshalling;

/// <summary>
/// The dates model: 15 attributes of a scheduled event, with what the reference model lacks: DateTimeOffset (two of
/// them), DateOnly, a string set, a number set, a map of strings and a map of numbers, besides strings, numbers, a
/// bool and a DateTime. (No DynamoDBContext contestant: this suite compares generated with hand-written code only.)
/// </summary>
[DynamoTable("dates")]
public partial record DatesItem
{
    [PartitionKey] public required string TenantId { get; init; }
    [SortKey] public required string EventId { get; init; }
    public required string Title { get; init; }
    public DateTimeOffset StartsAt { get; init; }
    public DateTimeOffset EndsAt { get; init; }
    public DateOnly Day { get; init; }
    public DateTime CreatedAt { get; init; }
    public int Capacity { get; init; }
    public decimal Price { get; init; }
    public bool Public { get; init; }
    public required HashSet<string> Attendees { get; init; }
    public required HashSet<int> Rooms { get; init; }
    public required Dictionary<string, string> Labels { get; init; }
    public required Dictionary<string, int> Counters { get; init; }
    public string? Description { get; init; }

    public static DatesItem Sample(int i) => new()
    {
        TenantId = "tenant-0042",
        EventId = "event-" + i.ToString("D6", CultureInfo.InvariantCulture),
        Title = "Quarterly planning, all hands",
        StartsAt = new DateTimeOffset(2024, 3, 14, 9, 30, 0, TimeSpan.FromHours(2)).AddTicks(1_234_567 + i),
        EndsAt = new DateTimeOffset(2024, 3, 14, 11, 0, 0, TimeSpan.FromHours(2)),
        Day = new DateOnly(2024, 3, 14),
        CreatedAt = new DateTime(2024, 1, 31, 13, 45, 0, DateTimeKind.Utc).AddTicks(7_654_321 + i),
        Capacity = 120 + i,
        Price = 49.90m,
        Public = true,
        Attendees = new HashSet<string> { "alice@example.com", "bob@example.com", "carol@example.com" },
        Rooms = new HashSet<int> { 101, 102 },
        Labels = new Dictionary<string, string> { ["team"] = "platform", ["kind"] = "planning" },
        Counters = new Dictionary<string, int> { ["invited"] = 40, ["accepted"] = 31 },
        Description = "Bring last quarter's numbers",
    };
}

/// <summary>
/// The best hand-written mapping of <see cref="DatesItem"/>, producing exactly DynamoGen's wire format: presized
/// collections, no LINQ, invariant formatting, dates through .NET's "O" format and its exact parse.
/// </summary>
public static class DatesItemHandWritten
{
    public static Dictionary<string, AttributeValue> ToItem(DatesItem x)
    {
        var item = new Dictionary<string, AttributeValue>(15)
        {
            ["TenantId"] = new AttributeValue { S = x.TenantId },
            ["EventId"] = new AttributeValue { S = x.EventId },
            ["Title"] = new AttributeValue { S = x.Title },
            ["StartsAt"] = new AttributeValue { S = x.StartsAt.ToString("O", CultureInfo.InvariantCulture) },
            ["EndsAt"] = new AttributeValue { S = x.EndsAt.ToString("O", CultureInfo.InvariantCulture) },
            ["Day"] = new AttributeValue { S = x.Day.ToString("O", CultureInfo.InvariantCulture) },
            ["CreatedAt"] = new AttributeValue { S = HandWritten.IsoUtc(x.CreatedAt) },
            ["Capacity"] = new AttributeValue { N = x.Capacity.ToString(CultureInfo.InvariantCulture) },
            ["Price"] = new AttributeValue { N = x.Price.ToString(CultureInfo.InvariantCulture) },
            ["Public"] = new AttributeValue { BOOL = x.Public },
        };
        if (x.Attendees.Count > 0)
        {
            var set = new List<string>(x.Attendees.Count);
            foreach (var attendee in x.Attendees)
            {
                set.Add(attendee);
            }

            item["Attendees"] = new AttributeValue { SS = set };
        }

        if (x.Rooms.Count > 0)
        {
            var set = new List<string>(x.Rooms.Count);
            foreach (var room in x.Rooms)
            {
                set.Add(room.ToString(CultureInfo.InvariantCulture));
            }

            item["Rooms"] = new AttributeValue { NS = set };
        }

        var labels = new Dictionary<string, AttributeValue>(x.Labels.Count);
        foreach (var pair in x.Labels)
        {
            labels[pair.Key] = new AttributeValue { S = pair.Value };
        }

        item["Labels"] = new AttributeValue { M = labels };
        var counters = new Dictionary<string, AttributeValue>(x.Counters.Count);
        foreach (var pair in x.Counters)
        {
            counters[pair.Key] = new AttributeValue { N = pair.Value.ToString(CultureInfo.InvariantCulture) };
        }

        item["Counters"] = new AttributeValue { M = counters };
        if (x.Description is not null)
        {
            item["Description"] = new AttributeValue { S = x.Description };
        }

        return item;
    }

    public static DatesItem FromItem(Dictionary<string, AttributeValue> item)
    {
        var attendees = item.TryGetValue("Attendees", out var a) ? new HashSet<string>(a.SS) : new HashSet<string>();
        HashSet<int> rooms;
        if (item.TryGetValue("Rooms", out var r))
        {
            rooms = new HashSet<int>(r.NS.Count);
            foreach (var n in r.NS)
            {
                rooms.Add(int.Parse(n, NumberStyles.Integer, CultureInfo.InvariantCulture));
            }
        }
        else
        {
            rooms = new HashSet<int>();
        }

        var labelValues = item["Labels"].M;
        var labels = new Dictionary<string, string>(labelValues.Count);
        foreach (var pair in labelValues)
        {
            labels[pair.Key] = pair.Value.S;
        }

        var counterValues = item["Counters"].M;
        var counters = new Dictionary<string, int>(counterValues.Count);
        foreach (var pair in counterValues)
        {
            counters[pair.Key] = int.Parse(pair.Value.N, NumberStyles.Integer, CultureInfo.InvariantCulture);
        }

        return new DatesItem
        {
            TenantId = item["TenantId"].S,
            EventId = item["EventId"].S,
            Title = item["Title"].S,
            StartsAt = DateTimeOffset.ParseExact(item["StartsAt"].S, "O", CultureInfo.InvariantCulture, DateTimeStyles.None),
            EndsAt = DateTimeOffset.ParseExact(item["EndsAt"].S, "O", CultureInfo.InvariantCulture, DateTimeStyles.None),
            Day = DateOnly.ParseExact(item["Day"].S, "O", CultureInfo.InvariantCulture, DateTimeStyles.None),
            CreatedAt = HandWritten.ParseIsoUtc(item["CreatedAt"].S),
            Capacity = int.Parse(item["Capacity"].N, NumberStyles.Integer, CultureInfo.InvariantCulture),
            Price = decimal.Parse(item["Price"].N, NumberStyles.Float, CultureInfo.InvariantCulture),
            Public = item["Public"].BOOL ?? false,
            Attendees = attendees,
            Rooms = rooms,
            Labels = labels,
            Counters = counters,
            Description = item.TryGetValue("Description", out var d) ? d.S : null,
        };
    }
}

[Config(typeof(MarshallingConfig))]
public class DatesModelBenchmarks
{
    private readonly DatesItem _value = DatesItem.Sample(1);
    private Dictionary<string, AttributeValue> _item = null!;

    [GlobalSetup]
    public void Setup()
    {
        _item = _value.ToItem();
        SameItems.Assert(DatesItemHandWritten.ToItem(_value), _item, "DatesItem.ToItem");
        SameItems.Assert(DatesItemHandWritten.ToItem(DatesItemHandWritten.FromItem(_item)), DatesItem.FromItem(_item).ToItem(), "DatesItem.FromItem");
    }

    [Benchmark(Baseline = true), BenchmarkCategory("ToItem")]
    public Dictionary<string, AttributeValue> HandWritten_ToItem() => DatesItemHandWritten.ToItem(_value);

    [Benchmark, BenchmarkCategory("ToItem")]
    public Dictionary<string, AttributeValue> DynamoGen_ToItem() => _value.ToItem();

    [Benchmark(Baseline = true), BenchmarkCategory("FromItem")]
    public DatesItem HandWritten_FromItem() => DatesItemHandWritten.FromItem(_item);

    [Benchmark, BenchmarkCategory("FromItem")]
    public DatesItem DynamoGen_FromItem() => DatesItem.FromItem(_item);
}
