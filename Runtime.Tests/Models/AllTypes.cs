using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Amazon.DynamoDBv2.Model;
using DynamoGen.Marshalling;

namespace DynamoGen.Tests.Models;

public enum Color
{
    Red,
    Green,
    Blue = 7,
}

[Flags]
public enum Permissions : byte
{
    None = 0,
    Read = 1,
    Write = 2,
    Admin = 4,
}

[DynamoEnumAsString]
public enum Tier : long
{
    Free = -1,
    Pro = 5_000_000_000,
}

/// <summary>A nested map type, recursive through a list of itself.</summary>
[DynamoItem]
public partial record Node
{
    public required string Name { get; init; }

    public List<Node> Children { get; init; } = new();

    public Dictionary<string, int>? Weights { get; init; }
}

[DynamoItem]
public partial record struct Point(double X, double Y);

public sealed record Webhook(string Url, List<string> Events);

[JsonSerializable(typeof(List<Webhook>))]
[JsonSerializable(typeof(Webhook))]
public sealed partial class TestJsonContext : JsonSerializerContext
{
}

/// <summary>Money stored as a single string "amount currency".</summary>
public readonly record struct Money(decimal Amount, string Currency);

public sealed class MoneyConverter : IDynamoConverter<Money>
{
    public AttributeValue ToAttribute(Money value) => new() { S = value.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + value.Currency };

    public Money FromAttribute(AttributeValue value)
    {
        var parts = value.S?.Split(' ');
        if (parts is not { Length: 2 } || !decimal.TryParse(parts[0], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var amount))
        {
            throw new AttributeFormatException("S \"<amount> <currency>\"", value);
        }

        return new Money(amount, parts[1]);
    }
}

/// <summary>Every supported member type, for round-trip tests.</summary>
[DynamoTable("all-types")]
public partial class AllTypes
{
    [PartitionKey]
    public required string Id { get; init; }

    public string? Text { get; set; }
    public char Letter { get; set; }
    public bool Flag { get; set; }
    public byte U8 { get; set; }
    public sbyte I8 { get; set; }
    public short I16 { get; set; }
    public ushort U16 { get; set; }
    public int I32 { get; set; }
    public uint U32 { get; set; }
    public long I64 { get; set; }
    public ulong U64 { get; set; }
    public float F32 { get; set; }
    public double F64 { get; set; }
    public decimal Money { get; set; }
    public Guid Uid { get; set; }
    public DateTime When { get; set; }
    public DateTimeOffset WhenOffset { get; set; }
    public DateOnly Day { get; set; }
    public TimeOnly Time { get; set; }
    public TimeSpan Span { get; set; }
    [Epoch] public DateTime EpochWhen { get; set; }
    [Epoch] public DateTimeOffset? EpochOffset { get; set; }
    public byte[]? Bytes { get; set; }
    public ReadOnlyMemory<byte> Memory { get; set; }
    public Color Color { get; set; }
    public Color? MaybeColor { get; set; }
    [DynamoEnumAsString] public Color ColorName { get; set; }
    public Permissions Permissions { get; set; }
    public Tier Tier { get; set; }

    public int? MaybeInt { get; set; }
    public decimal? MaybeDecimal { get; set; }
    public Guid? MaybeGuid { get; set; }

    public List<string> Tags { get; set; } = new();
    public string[]? Array { get; set; }
    public IList<int>? IList { get; set; }
    public IReadOnlyList<long>? ReadOnlyList { get; set; }
    public IEnumerable<string?>? Enumerable { get; set; }
    public ICollection<double>? Collection { get; set; }
    public ImmutableArray<Guid> Immutable { get; set; } = ImmutableArray<Guid>.Empty;
    public List<int?>? NullableInts { get; set; }
    public HashSet<string> StringSet { get; set; } = new();
    public ISet<int> IntSet { get; set; } = new HashSet<int>();
    public IReadOnlySet<decimal>? DecimalSet { get; set; }
    public HashSet<byte[]>? BinarySet { get; set; }
    public Dictionary<string, string>? Map { get; set; }
    public IDictionary<string, List<int>>? MapOfLists { get; set; }
    public IReadOnlyDictionary<string, Point>? Points { get; set; }
    public List<Dictionary<string, List<Color>>>? Deep { get; set; }
    public Node? Tree { get; set; }
    public Point Origin { get; set; }
    public Point? MaybePoint { get; set; }
    [DynamoJson(typeof(TestJsonContext))] public List<Webhook>? Webhooks { get; set; }
    [DynamoConverter(typeof(MoneyConverter))] public Money Price { get; set; }
    [DynamoConverter(typeof(MoneyConverter))] public Money? MaybePrice { get; set; }
}
