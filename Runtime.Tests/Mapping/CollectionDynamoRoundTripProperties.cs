using System.Linq;
using DynamoGen.Tests.Mapping;
using DynamoGen.Testing;
using FsCheck;
using FsCheck.Fluent;
using NUnit.Framework;
using PropertyAttribute = FsCheck.NUnit.PropertyAttribute;

// Under DynamoGen.Tests.Integration so that LocalDynamoSetup (a namespace-scoped SetUpFixture) starts the local DynamoDB.
namespace DynamoGen.Tests.Integration.Mapping;

/// <summary>
/// The collection round trips of <see cref="CollectionRoundTripProperties"/> through the real local DynamoDB (one
/// table for the class, one item per case), with storable values (see <see cref="Gens"/>). Empty sets are omitted by
/// the writer (DynamoDB rejects them) and compare equal to null/empty (see <see cref="Same"/>).
/// </summary>
public sealed class CollectionDynamoRoundTripProperties
{
    private static readonly CollectionGens g = CollectionGens.Storable;
    private Table<CollectionRow> _table = null!;

    [OneTimeSetUp]
    public void CreateTable() => _table = RoundTrip.CreateTable<CollectionRow>("collections");

    private Property Check<T>(Gen<T> gen, System.Action<CollectionRow, T> set)
        => RoundTrip.ThroughDynamo(() => _table, gen, v =>
        {
            var row = new CollectionRow { Id = RoundTrip.NewId() };
            set(row, v);
            return row;
        });

    [Requires(LocalDynamoFeatures.EmptyStrings)]
    [Property(MaxTest = 40)]
    public Property List_of_strings_round_trips() => Check(Gens.OrNull(Gens.SmallList(g.String)), (r, v) => r.Strings = v);

    [Requires(LocalDynamoFeatures.EmptyStrings)]
    [Property(MaxTest = 40)]
    public Property Array_of_strings_round_trips() => Check(Gens.OrNull(Gens.SmallList(g.String).Select(l => l.ToArray())), (r, v) => r.StringArray = v);

    [Requires(LocalDynamoFeatures.EmptyStrings)]
    [Property(MaxTest = 40)]
    public Property List_of_nullable_strings_round_trips() => Check(Gens.OrNull(Gens.SmallList(Gens.OrNull(g.String))), (r, v) => r.NullableStrings = v);

    [Property(MaxTest = 40)]
    public Property Array_of_ints_round_trips() => Check(Gens.OrNull(Gens.SmallList(Gens.Int32).Select(l => l.ToArray())), (r, v) => r.Ints = v);

    [Property(MaxTest = 40)]
    public Property List_of_nullable_ints_round_trips() => Check(Gens.OrNull(Gens.SmallList(Gens.Nullable(Gens.Int32))), (r, v) => r.NullableInts = v);

    [Property(MaxTest = 40)]
    public Property List_of_doubles_round_trips() => Check(Gens.OrNull(Gens.SmallList(g.Double)), (r, v) => r.Doubles = v);

    [Property(MaxTest = 40)]
    public Property List_of_decimals_round_trips() => Check(Gens.OrNull(Gens.SmallList(Gens.Decimal)), (r, v) => r.Decimals = v);

    [Property(MaxTest = 40)]
    public Property List_of_lists_round_trips() => Check(Gens.OrNull(Gens.SmallList(Gens.SmallList(Gens.Int64))), (r, v) => r.Matrix = v);

    [Property(MaxTest = 40)]
    public Property List_of_DateTimes_round_trips() => Check(Gens.OrNull(Gens.SmallList(Gens.DateTime)), (r, v) => r.Dates = v);

    [Property(MaxTest = 40)]
    public Property List_of_Guids_round_trips() => Check(Gens.OrNull(Gens.SmallList(Gens.Guid)), (r, v) => r.Guids = v);

    [Requires(LocalDynamoFeatures.EmptyStrings)]
    [Property(MaxTest = 40)]
    public Property List_of_byte_arrays_round_trips() => Check(Gens.OrNull(Gens.SmallList(Gens.Bytes)), (r, v) => r.Blobs = v);

    [Property(MaxTest = 40)]
    public Property List_of_enums_by_number_round_trips() => Check(Gens.OrNull(Gens.SmallList(Gens.Color)), (r, v) => r.Colors = v);

    [Property(MaxTest = 40)]
    public Property List_of_enums_by_name_round_trips() => Check(Gens.OrNull(Gens.SmallList(Gens.Color)), (r, v) => r.ColorNames = v);

    [Requires(LocalDynamoFeatures.EmptyStrings)]
    [Property(MaxTest = 40)]
    public Property String_set_round_trips() => Check(Gens.SmallSet(g.String), (r, v) => r.StringSet = v);

    [Property(MaxTest = 40)]
    public Property Int_set_round_trips() => Check(Gens.SmallSet(Gens.Int32), (r, v) => r.IntSet = v);

    [Property(MaxTest = 40)]
    public Property ULong_set_round_trips() => Check(Gens.OrNull(Gens.SmallSet(Gens.UInt64)), (r, v) => r.ULongSet = v);

    [Property(MaxTest = 40)]
    public Property Decimal_set_round_trips() => Check(Gens.OrNull(Gens.SmallSet(Gens.Decimal)), (r, v) => r.DecimalSet = v);

    [Property(MaxTest = 40)]
    public Property Double_set_round_trips() => Check(Gens.OrNull(Gens.SmallSet(g.Double)), (r, v) => r.DoubleSet = v);

    [Requires(LocalDynamoFeatures.EmptyStrings)]
    [Property(MaxTest = 40)]
    public Property Binary_set_round_trips() => Check(Gens.OrNull(Gens.BinarySet()), (r, v) => r.BinarySet = v);

    [Requires(LocalDynamoFeatures.EmptyStrings)]
    [Property(MaxTest = 40)]
    public Property Map_of_strings_round_trips() => Check(Gens.OrNull(Gens.SmallMap(g.String)), (r, v) => r.StringMap = v);

    [Property(MaxTest = 40)]
    public Property Map_of_nullable_ints_round_trips() => Check(Gens.OrNull(Gens.SmallMap(Gens.Nullable(Gens.Int32))), (r, v) => r.NullableIntMap = v);

    [Property(MaxTest = 40)]
    public Property Map_of_lists_round_trips() => Check(Gens.OrNull(Gens.SmallMap(Gens.SmallList(Gens.Int32))), (r, v) => r.MapOfLists = v);

    [Requires(LocalDynamoFeatures.EmptyStrings)]
    [Property(MaxTest = 40)]
    public Property List_of_maps_of_lists_round_trips() => Check(Gens.OrNull(Gens.SmallList(Gens.SmallMap(Gens.SmallList(g.String)))), (r, v) => r.ListsOfMapsOfLists = v);

    [Requires(LocalDynamoFeatures.EmptyStrings)]
    [Property(MaxTest = 40)]
    public Property List_of_sets_round_trips() => Check(Gens.OrNull(Gens.SmallList(Gens.SmallSet(g.String))), (r, v) => r.ListOfSets = v);

    [Property(MaxTest = 40)]
    public Property Map_of_sets_round_trips() => Check(Gens.OrNull(Gens.SmallMap(Gens.SmallSet(Gens.Int32))), (r, v) => r.MapOfSets = v);

    [Requires(LocalDynamoFeatures.EmptyStrings)]
    [Property(MaxTest = 40)]
    public Property Nested_item_round_trips() => Check(Gens.OrNull(g.Leaf), (r, v) => r.Leaf = v);

    [Requires(LocalDynamoFeatures.EmptyStrings)]
    [Property(MaxTest = 40)]
    public Property List_of_nested_items_round_trips() => Check(Gens.OrNull(Gens.SmallList(g.Leaf)), (r, v) => r.Leaves = v);

    [Requires(LocalDynamoFeatures.EmptyStrings)]
    [Property(MaxTest = 40)]
    public Property Map_of_nested_items_round_trips() => Check(Gens.OrNull(Gens.SmallMap(g.Leaf)), (r, v) => r.LeafMap = v);

    [Requires(LocalDynamoFeatures.EmptyStrings)]
    [Property(MaxTest = 40)]
    public Property Recursive_nested_item_round_trips() => Check(Gens.OrNull(g.Tree), (r, v) => r.Tree = v);
}
