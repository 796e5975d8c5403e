using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Amazon.DynamoDBv2.Model;
using DynamoGen.Tests.Mapping;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.NUnit;

namespace DynamoGen.Tests.Json;

/// <summary>
/// Items other programs could have written: valid items with attributes removed, set to <c>NULL</c>, or replaced by
/// values of other types and forms (numbers as <c>5.0</c> or <c>1e400</c>, BOOL as N <c>1</c>, dates with milliseconds or
/// offsets, unknown enum names, sets where lists belong...). The generated JSON reader must give what <c>FromItem</c>
/// gives over the SDK's parse of the same JSON: the same object, or the same <see cref="DynamoMappingException"/>.
/// </summary>
public sealed class JsonReadParityProperties
{
    private static readonly string[] s_strings =
    [
        "", "a", "5", "5.0", "1E2", "true", "null", "[]", "Red", "Green", "red", "Free", "Pro",
        "2024-01-31T13:45:00.123Z", "2024-01-31T13:45:00.1234567Z", "2024-01-31T13:45:00+02:00", "2024-01-31", "2024-02-30",
        "23:59:58.1234567", "25:00", "1.02:03:04.0050000", "0f8fad5b-d9cb-469f-a165-70867728950e", "{0f8fad5b-d9cb-469f-a165-70867728950e}",
        "x\u00e9\U0001F600", "\"quoted\"", "Line\nbreak",
    ];

    private static readonly string[] s_numbers =
    [
        "0", "1", "-1", "-0", "+5", "5.0", "1E2", "1e400", "-1e400", "1.5", "255", "256", "-129", "65536", "4294967296",
        "9223372036854775808", "18446744073709551615", "18446744073709551616", "79228162514264337593543950336", "1E-131", "abc", "",
        " 5", "0x10", "-62135596800", "-62135596801", "253402300799", "253402300800", "3.4028235E+38", "1E+39",
    ];

    private static readonly Gen<AttributeValue> s_value = Gen.Frequency(
        (4, Gen.Elements(s_strings).Select(s => new AttributeValue { S = s })),
        (4, Gen.Elements(s_numbers).Select(n => new AttributeValue { N = n })),
        (1, Gens.Boolean.Select(b => new AttributeValue { BOOL = b })),
        (2, Gen.Constant(0).Select(_ => new AttributeValue { NULL = true })),
        (1, Gens.FixedBytes(3).Select(b => new AttributeValue { B = new MemoryStream(b) })),
        (1, Gen.Elements(s_strings).Select(s => new AttributeValue { L = [new AttributeValue { S = s }, new AttributeValue { NULL = true }] })),
        (1, Gen.Elements(s_numbers).Select(n => new AttributeValue { M = new() { ["Name"] = new AttributeValue { N = n }, ["Count"] = new AttributeValue { S = n } } })),
        (1, Gen.Elements(s_strings).Select(s => new AttributeValue { SS = [s, "b"] })),
        (1, Gen.Elements(s_numbers).Select(n => new AttributeValue { NS = [n, "2"] })));

    private static readonly CollectionGens g = CollectionGens.Any;

    [Property(MaxTest = 400)]
    public Property Scalar_items_with_changed_attributes_read_alike()
        => Prop.ForAll(Mutated(Gen.Constant(0).Select(_ => JsonParityProperties.SampleScalarRow().ToItem())).ToArbitrary(), item => JsonParity.ReadsAlike<ScalarRow>(SdkJson.ItemJson(item)));

    [Property(MaxTest = 200)]
    public Property Collection_items_with_changed_attributes_read_alike()
        => Prop.ForAll(
            Mutated(
                from leaves in Gens.SmallList(g.Leaf)
                from ints in Gens.SmallList(Gens.Nullable(Gens.Int32))
                from set in Gens.SmallSet(Gens.Int32)
                select new CollectionRow { Id = "c", Leaves = leaves, NullableInts = ints, IntSet = set, StringMap = new() { ["a"] = "b" }, Leaf = leaves.FirstOrDefault() }.ToItem()).ToArbitrary(),
            item => JsonParity.ReadsAlike<CollectionRow>(SdkJson.ItemJson(item)));

    /// <summary>Up to four changes to an item: remove an attribute, or set one (mapped or new) to another value.</summary>
    private static Gen<Dictionary<string, AttributeValue>> Mutated(Gen<Dictionary<string, AttributeValue>> items)
        => from item in items
           from changes in Gen.ListOf(
               from pick in Gen.Choose(0, 1000)
               from remove in Gen.Frequency((1, Gen.Constant(true)), (4, Gen.Constant(false)))
               from value in s_value
               select (pick, remove, value)).Select(l => l.Take(4).ToList())
           select Apply(item, changes);

    private static Dictionary<string, AttributeValue> Apply(Dictionary<string, AttributeValue> item, List<(int Pick, bool Remove, AttributeValue Value)> changes)
    {
        var names = item.Keys.Concat(["Unmapped"]).ToList();
        var result = new Dictionary<string, AttributeValue>(item);
        foreach (var (pick, remove, value) in changes)
        {
            var name = names[pick % names.Count];
            if (remove)
            {
                result.Remove(name);
            }
            else
            {
                result[name] = value;
            }
        }

        return result;
    }
}
