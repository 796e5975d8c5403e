using System;
using System.Collections.Generic;
using Amazon.DynamoDBv2.DataModel;
using DynamoGen.Tests.Models;

namespace DynamoGen.Tests.Mapping;

/// <summary>
/// The same item twice: <see cref="SdkItem"/> for the AWS SDK's <c>DynamoDBContext</c> (conversion schema V2) and
/// <see cref="GenItem"/> for DynamoGen, with the same attribute names, restricted to the types both support.
/// </summary>
[DynamoDBTable("interop")]
public sealed class SdkItem
{
    [DynamoDBHashKey]
    public string Id { get; set; } = "";

    public string? Text { get; set; }
    public int Count { get; set; }
    public long Big { get; set; }
    public double Ratio { get; set; }
    public decimal Amount { get; set; }
    public bool Active { get; set; }
    public Guid Uid { get; set; }
    public DateTime When { get; set; }
    public Color Color { get; set; }
    public byte[]? Data { get; set; }
    public List<string>? Tags { get; set; }
    public HashSet<string>? Labels { get; set; }
    public HashSet<int>? Numbers { get; set; }
    public Dictionary<string, string>? Attributes { get; set; }
    public SdkAddress? Address { get; set; }
}

public sealed class SdkAddress
{
    public string? Street { get; set; }
    public int Zip { get; set; }
}

[DynamoTable("interop")]
public partial class GenItem
{
    [PartitionKey]
    public required string Id { get; init; }

    public string? Text { get; set; }
    public int Count { get; set; }
    public long Big { get; set; }
    public double Ratio { get; set; }
    public decimal Amount { get; set; }
    public bool Active { get; set; }
    public Guid Uid { get; set; }
    public DateTime When { get; set; }
    public Color Color { get; set; }
    public byte[]? Data { get; set; }
    public List<string>? Tags { get; set; }
    public HashSet<string>? Labels { get; set; }
    public HashSet<int>? Numbers { get; set; }
    public Dictionary<string, string>? Attributes { get; set; }
    public GenAddress? Address { get; set; }

    public SdkItem ToSdk() => new()
    {
        Id = Id, Text = Text, Count = Count, Big = Big, Ratio = Ratio, Amount = Amount, Active = Active, Uid = Uid, When = When,
        Color = Color, Data = Data, Tags = Tags, Labels = Labels, Numbers = Numbers, Attributes = Attributes,
        Address = Address is null ? null : new SdkAddress { Street = Address.Street, Zip = Address.Zip },
    };

    public static GenItem FromSdk(SdkItem s) => new()
    {
        Id = s.Id, Text = s.Text, Count = s.Count, Big = s.Big, Ratio = s.Ratio, Amount = s.Amount, Active = s.Active, Uid = s.Uid, When = s.When,
        Color = s.Color, Data = s.Data, Tags = s.Tags, Labels = s.Labels, Numbers = s.Numbers, Attributes = s.Attributes,
        Address = s.Address is null ? null : new GenAddress { Street = s.Address.Street, Zip = s.Address.Zip },
    };
}

[DynamoItem]
public partial class GenAddress
{
    public string? Street { get; set; }
    public int Zip { get; set; }
}
