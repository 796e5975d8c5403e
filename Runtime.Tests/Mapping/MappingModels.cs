using System;
using System.Collections.Generic;
using DynamoGen.Tests.Models;

namespace DynamoGen.Tests.Mapping;

/// <summary>
/// One member of every supported scalar type, plain and nullable. The property tests set one member at a time and
/// check that it survives <c>ToItem</c> → <c>FromItem</c> (and put → get through a real DynamoDB).
/// </summary>
[DynamoTable("scalar-rows")]
public partial class ScalarRow
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
    public decimal Dec { get; set; }
    public Guid Uid { get; set; }
    public DateTime When { get; set; }
    public DateTimeOffset WhenOffset { get; set; }
    public DateOnly Day { get; set; }
    public TimeOnly Time { get; set; }
    public TimeSpan Span { get; set; }
    public byte[]? Bytes { get; set; }
    public Color ColorNumber { get; set; }
    [DynamoEnumAsString] public Color ColorName { get; set; }
    public Permissions Flags { get; set; }
    public Tier TierName { get; set; } = Tier.Free; // Tier has no member 0, and by name only named values can be written

    public char? MaybeLetter { get; set; }
    public bool? MaybeFlag { get; set; }
    public byte? MaybeU8 { get; set; }
    public sbyte? MaybeI8 { get; set; }
    public short? MaybeI16 { get; set; }
    public ushort? MaybeU16 { get; set; }
    public int? MaybeI32 { get; set; }
    public uint? MaybeU32 { get; set; }
    public long? MaybeI64 { get; set; }
    public ulong? MaybeU64 { get; set; }
    public float? MaybeF32 { get; set; }
    public double? MaybeF64 { get; set; }
    public decimal? MaybeDec { get; set; }
    public Guid? MaybeUid { get; set; }
    public DateTime? MaybeWhen { get; set; }
    public DateTimeOffset? MaybeWhenOffset { get; set; }
    public DateOnly? MaybeDay { get; set; }
    public TimeOnly? MaybeTime { get; set; }
    public TimeSpan? MaybeSpan { get; set; }
    public Color? MaybeColorNumber { get; set; }
    [DynamoEnumAsString] public Color? MaybeColorName { get; set; }
}

/// <summary>A nested map type with a few scalars and collections of its own.</summary>
[DynamoItem]
public partial class Leaf
{
    public string? Name { get; set; }
    public int Count { get; set; }
    public decimal Amount { get; set; }
    public DateTimeOffset At { get; set; }
    public List<string>? Tags { get; set; }
    public byte[]? Data { get; set; }
}

/// <summary>A recursive nested type: through a list, a map and a direct reference to itself.</summary>
[DynamoItem]
public partial class Tree
{
    public required string Label { get; set; }
    public List<Tree> Children { get; set; } = new();
    public Dictionary<string, Tree>? Named { get; set; }
    public Tree? Next { get; set; }
}

/// <summary>Lists, arrays, sets, maps, their nestings, and nested [DynamoItem] types.</summary>
[DynamoTable("collection-rows")]
public partial class CollectionRow
{
    [PartitionKey]
    public required string Id { get; init; }

    public List<string>? Strings { get; set; }
    public string[]? StringArray { get; set; }
    public List<string?>? NullableStrings { get; set; }
    public int[]? Ints { get; set; }
    public List<int?>? NullableInts { get; set; }
    public List<double>? Doubles { get; set; }
    public List<decimal>? Decimals { get; set; }
    public List<List<long>>? Matrix { get; set; }
    public List<DateTime>? Dates { get; set; }
    public List<Guid>? Guids { get; set; }
    public List<byte[]>? Blobs { get; set; }
    public List<Color>? Colors { get; set; }
    [DynamoEnumAsString] public List<Color>? ColorNames { get; set; }

    public HashSet<string> StringSet { get; set; } = new();
    public HashSet<int> IntSet { get; set; } = new();
    public HashSet<ulong>? ULongSet { get; set; }
    public HashSet<decimal>? DecimalSet { get; set; }
    public HashSet<double>? DoubleSet { get; set; }
    public HashSet<byte[]>? BinarySet { get; set; }

    public Dictionary<string, string>? StringMap { get; set; }
    public Dictionary<string, int?>? NullableIntMap { get; set; }
    public Dictionary<string, List<int>>? MapOfLists { get; set; }
    public List<Dictionary<string, List<string>>>? ListsOfMapsOfLists { get; set; }
    public List<HashSet<string>>? ListOfSets { get; set; }
    public Dictionary<string, HashSet<int>>? MapOfSets { get; set; }

    public Leaf? Leaf { get; set; }
    public List<Leaf>? Leaves { get; set; }
    public Dictionary<string, Leaf>? LeafMap { get; set; }
    public Tree? Tree { get; set; }
}
