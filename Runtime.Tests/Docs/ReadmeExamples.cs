// The README's examples, compiled (and exercised by ReadmeExampleTests) so they cannot rot.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json.Serialization;
using Amazon.DynamoDBv2.Model;
using DynamoGen.Marshalling;

namespace DynamoGen.Tests.Docs;

public enum Plan { Free, Pro }

[DynamoItem]
public partial record Address(string Street, string City);

[JsonSerializable(typeof(List<Webhook>))]
public partial class AppJson : JsonSerializerContext { }

public sealed record Webhook(string Url);

[DynamoTable("customers")]
public partial record Customer([property: PartitionKey] string Id, string Name, long Visits, bool? Vip = null)
{
    [DynamoEnumAsString] public Plan Plan { get; init; } = Plan.Free;   // S "Free"
    public List<Address> Addresses { get; init; } = new();              // L of M
    public HashSet<string> Tags { get; init; } = new();                 // SS (left out when empty)
    [Epoch] public DateTime? ExpiresAt { get; init; }                   // N epoch seconds
    [DynamoJson(typeof(AppJson))] public List<Webhook>? Hooks { get; init; }
}

public readonly record struct Money(decimal Amount, string Currency);

public sealed class MoneyConverter : IDynamoConverter<Money>
{
    public AttributeValue ToAttribute(Money value) => new() { S = $"{value.Amount.ToString(CultureInfo.InvariantCulture)} {value.Currency}" };

    public Money FromAttribute(AttributeValue value)
        => value.S?.Split(' ') is [var amount, var currency] && decimal.TryParse(amount, NumberStyles.Float, CultureInfo.InvariantCulture, out var a)
            ? new Money(a, currency)
            : throw new AttributeFormatException("S \"<amount> <currency>\"", value);
}

[DynamoTable("flags")]
public partial record FlagItem
{
    [PartitionKey, DynamoName("namespace")] public required string Namespace { get; init; }
    [SortKey, DynamoName("key")] public required string Key { get; init; }
}

[DynamoTable("products")]
public partial record Product
{
    [PartitionKey] public required string Sku { get; init; }
    [DynamoConverter(typeof(MoneyConverter))] public Money Price { get; init; }
    public int Retries { get; init; } = 3;
}
