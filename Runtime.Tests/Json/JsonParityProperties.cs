using System;
using DynamoGen.Tests.Mapping;
using DynamoGen.Tests.Models;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.NUnit;

namespace DynamoGen.Tests.Json;

/// <summary>
/// Parity of the DynamoDB JSON path with the SDK path, for random instances of every scalar type (plain and nullable)
/// and every collection shape: see <see cref="JsonParity"/>.
/// </summary>
public sealed class JsonParityProperties
{
    private static readonly CollectionGens g = CollectionGens.Any;

    [Property(MaxTest = 200)]
    public Property Strings() => JsonParity.Check(Gens.OrNull(Gens.String), v => new ScalarRow { Id = RoundTrip.NewId(), Text = v });

    [Property(MaxTest = 200)]
    public Property Every_scalar_at_once() => JsonParity.Check(ScalarRows, r => r);

    [Property(MaxTest = 100)]
    public Property Lists_arrays_and_nested_lists() => JsonParity.Check(
        Zip(Gens.OrNull(Gens.SmallList(g.String)), Gens.OrNull(Gens.SmallList(Gens.OrNull(g.String))), Gens.OrNull(Gens.SmallList(Gens.Nullable(Gens.Int32))), Gens.OrNull(Gens.SmallList(Gens.SmallList(Gens.Int64)))),
        v => new CollectionRow { Id = RoundTrip.NewId(), Strings = v.Item1, StringArray = v.Item1?.ToArray(), NullableStrings = v.Item2, NullableInts = v.Item3, Matrix = v.Item4 });

    [Property(MaxTest = 100)]
    public Property Lists_of_scalars() => JsonParity.Check(
        Zip(Gens.OrNull(Gens.SmallList(g.Double)), Gens.OrNull(Gens.SmallList(Gens.Decimal)), Gens.OrNull(Gens.SmallList(Gens.DateTime)), Gens.OrNull(Gens.SmallList(Gens.Bytes))),
        v => new CollectionRow { Id = RoundTrip.NewId(), Doubles = v.Item1, Decimals = v.Item2, Dates = v.Item3, Blobs = v.Item4 });

    [Property(MaxTest = 100)]
    public Property Enums_in_lists() => JsonParity.Check(
        Gen.Zip(Gens.OrNull(Gens.SmallList(Gens.Color)), Gens.OrNull(Gens.SmallList(Gens.Guid))),
        v => new CollectionRow { Id = RoundTrip.NewId(), Colors = v.Item1, ColorNames = v.Item1, Guids = v.Item2 });

    [Property(MaxTest = 100)]
    public Property Sets() => JsonParity.Check(
        Zip(Gens.SmallSet(g.String), Gens.SmallSet(Gens.Int32), Gens.OrNull(Gens.SmallSet(Gens.UInt64)), Gens.OrNull(Gens.SmallSet(Gens.Decimal))),
        v => new CollectionRow { Id = RoundTrip.NewId(), StringSet = v.Item1, IntSet = v.Item2, ULongSet = v.Item3, DecimalSet = v.Item4 });

    [Property(MaxTest = 100)]
    public Property Double_and_binary_sets() => JsonParity.Check(
        Gen.Zip(Gens.OrNull(Gens.SmallSet(g.Double)), Gens.OrNull(Gens.BinarySet())),
        v => new CollectionRow { Id = RoundTrip.NewId(), DoubleSet = v.Item1, BinarySet = v.Item2 });

    [Property(MaxTest = 100)]
    public Property Maps_and_their_nestings() => JsonParity.Check(
        Zip(Gens.OrNull(Gens.SmallMap(g.String)), Gens.OrNull(Gens.SmallMap(Gens.Nullable(Gens.Int32))), Gens.OrNull(Gens.SmallMap(Gens.SmallList(Gens.Int32))), Gens.OrNull(Gens.SmallList(Gens.SmallMap(Gens.SmallList(g.String))))),
        v => new CollectionRow { Id = RoundTrip.NewId(), StringMap = v.Item1, NullableIntMap = v.Item2, MapOfLists = v.Item3, ListsOfMapsOfLists = v.Item4 });

    [Property(MaxTest = 100)]
    public Property Sets_inside_lists_and_maps() => JsonParity.Check(
        Gen.Zip(Gens.OrNull(Gens.SmallList(Gens.SmallSet(g.String))), Gens.OrNull(Gens.SmallMap(Gens.SmallSet(Gens.Int32)))),
        v => new CollectionRow { Id = RoundTrip.NewId(), ListOfSets = v.Item1, MapOfSets = v.Item2 });

    [Property(MaxTest = 100)]
    public Property Nested_and_recursive_items() => JsonParity.Check(
        Zip(Gens.OrNull(g.Leaf), Gens.OrNull(Gens.SmallList(g.Leaf)), Gens.OrNull(Gens.SmallMap(g.Leaf)), Gens.OrNull(g.Tree)),
        v => new CollectionRow { Id = RoundTrip.NewId(), Leaf = v.Item1, Leaves = v.Item2, LeafMap = v.Item3, Tree = v.Item4 });

    private static Gen<(T1, T2, T3, T4)> Zip<T1, T2, T3, T4>(Gen<T1> a, Gen<T2> b, Gen<T3> c, Gen<T4> d)
        => from x in a from y in b from z in c from w in d select (x, y, z, w);

    /// <summary>A row with every scalar member set to an ordinary value.</summary>
    internal static ScalarRow SampleScalarRow() => new()
    {
        Id = "row-1", Text = "text", Letter = 'x', Flag = true, U8 = 200, I8 = -5, I16 = -300, U16 = 60000, I32 = -70000, U32 = 4000000000, I64 = -5000000000,
        U64 = 18000000000000000000, F32 = 1.5f, F64 = 0.1, Dec = 79.90m, Uid = new Guid("0f8fad5b-d9cb-469f-a165-70867728950e"),
        When = new DateTime(2024, 1, 31, 13, 45, 0, DateTimeKind.Utc), WhenOffset = new DateTimeOffset(2024, 1, 31, 13, 45, 0, TimeSpan.FromHours(2)),
        Day = new DateOnly(2024, 2, 29), Time = new TimeOnly(23, 59, 58), Span = TimeSpan.FromMinutes(90), Bytes = [1, 2, 3],
        ColorNumber = Color.Green, ColorName = Color.Blue, Flags = Permissions.Read, TierName = Tier.Pro, MaybeI32 = 7, MaybeWhen = DateTime.UnixEpoch,
    };

    private static Gen<ScalarRow> ScalarRows =>
        from text in Gens.OrNull(Gens.String)
        from letter in Gens.Char
        from flag in Gens.Boolean
        from u8 in Gens.Byte
        from i8 in Gens.SByte
        from i16 in Gens.Int16
        from u16 in Gens.UInt16
        from i32 in Gens.Int32
        from u32 in Gens.UInt32
        from i64 in Gens.Int64
        from u64 in Gens.UInt64
        from f32 in Gens.Single
        from f64 in Gens.Double
        from dec in Gens.Decimal
        from uid in Gens.Guid
        from when in Gens.DateTime
        from whenOffset in Gens.DateTimeOffset
        from day in Gens.DateOnly
        from time in Gens.TimeOnly
        from span in Gens.TimeSpan
        from bytes in Gens.OrNull(Gens.Bytes)
        from color in Gens.Color
        from flags in Gens.Permissions
        from tier in Gens.Tier
        from maybeLetter in Gens.Nullable(Gens.Char)
        from maybeFlag in Gens.Nullable(Gens.Boolean)
        from maybeI32 in Gens.Nullable(Gens.Int32)
        from maybeU64 in Gens.Nullable(Gens.UInt64)
        from maybeF64 in Gens.Nullable(Gens.Double)
        from maybeWhen in Gens.Nullable(Gens.DateTime)
        from maybeSpan in Gens.Nullable(Gens.TimeSpan)
        from maybeColor in Gens.Nullable(Gens.Color)
        select new ScalarRow
        {
            Id = RoundTrip.NewId(),
            Text = text, Letter = letter, Flag = flag, U8 = u8, I8 = i8, I16 = i16, U16 = u16, I32 = i32, U32 = u32, I64 = i64, U64 = u64,
            F32 = f32, F64 = f64, Dec = dec, Uid = uid, When = when, WhenOffset = whenOffset, Day = day, Time = time, Span = span, Bytes = bytes,
            ColorNumber = color, ColorName = color, Flags = flags, TierName = tier,
            MaybeLetter = maybeLetter, MaybeFlag = maybeFlag, MaybeI32 = maybeI32, MaybeU64 = maybeU64, MaybeF64 = maybeF64, MaybeWhen = maybeWhen,
            MaybeSpan = maybeSpan, MaybeColorName = maybeColor, MaybeColorNumber = maybeColor,
        };
}
