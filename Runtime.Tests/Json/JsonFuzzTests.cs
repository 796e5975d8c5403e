using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using DynamoGen.Tests.Mapping;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.NUnit;
using NUnit.Framework;
using PropertyAttribute = FsCheck.NUnit.PropertyAttribute;

namespace DynamoGen.Tests.Json;

/// <summary>
/// Malformed and adversarial DynamoDB JSON: each case is a clear error, a <see cref="DynamoJsonException"/> for text
/// that is not DynamoDB JSON or a <see cref="DynamoMappingException"/> for an item that does not fit, never another
/// exception, a crash or a silent default. Random corruptions of a valid item are held to the same rule.
/// </summary>
public sealed class JsonFuzzTests
{
    private const string Valid = "{\"Id\":{\"S\":\"row-1\"},\"I32\":{\"N\":\"5\"},\"Text\":{\"S\":\"hello\"}}";

    /// <summary>Text that is not DynamoDB JSON, with a word its message must contain.</summary>
    private static readonly (string Name, byte[] Json, string Says)[] s_notDynamoJson =
    [
        ("empty text", [], "invalid JSON"),
        ("not an object", Utf8("[1,2]"), "expected an item object"),
        ("truncated", Utf8(Valid[..25]), "invalid JSON"),
        ("trailing comma", Utf8("{\"Id\":{\"S\":\"a\"},}"), "invalid JSON"),
        ("number as a JSON number", Utf8("{\"Id\":{\"S\":\"a\"},\"I32\":{\"N\":5}}"), "N needs a JSON string"),
        ("string as a JSON number", Utf8("{\"Id\":{\"S\":1}}"), "S needs a JSON string"),
        ("no type descriptor", Utf8("{\"Id\":{\"S\":\"a\"},\"I32\":{}}"), "exactly one type descriptor"),
        ("two type descriptors", Utf8("{\"Id\":{\"S\":\"a\"},\"I32\":{\"N\":\"5\",\"S\":\"5\"}}"), "found a second one"),
        ("unknown type descriptor", Utf8("{\"Id\":{\"S\":\"a\"},\"I32\":{\"X\":\"5\"}}"), "unknown type descriptor"),
        ("value not an object", Utf8("{\"Id\":{\"S\":\"a\"},\"I32\":\"5\"}"), "expected an attribute value object"),
        ("NULL false", Utf8("{\"Id\":{\"S\":\"a\"},\"I32\":{\"NULL\":false}}"), "NULL needs true"),
        ("duplicate attribute", Utf8("{\"Id\":{\"S\":\"a\"},\"I32\":{\"N\":\"5\"},\"I32\":{\"N\":\"6\"}}"), "appears twice"),
        ("duplicate key attribute", Utf8("{\"Id\":{\"S\":\"a\"},\"Id\":{\"S\":\"b\"}}"), "appears twice"),
        ("invalid UTF-8 in a value", [.. Utf8("{\"Id\":{\"S\":\"a"), 0xC3, 0x28, .. Utf8("\"}}")], "not valid text"),
        ("invalid UTF-8 in a name", [.. Utf8("{\"I"), 0xFF, .. Utf8("d\":{\"S\":\"a\"}}")], "not valid text"),
        ("lone high surrogate escape", Utf8("{\"Id\":{\"S\":\"a\\uD800\"}}"), "not valid text"),
        ("lone low surrogate escape", Utf8("{\"Id\":{\"S\":\"\\uDC00b\"}}"), "not valid text"),
        ("lone surrogate in a name", Utf8("{\"Id\":{\"S\":\"a\"},\"\\uD800\":{\"S\":\"b\"}}"), "not valid text"),
        ("bad base64", Utf8("{\"Id\":{\"S\":\"a\"},\"Bytes\":{\"B\":\"***\"}}"), "not base64"),
        ("deep nesting", Utf8("{\"Id\":{\"S\":\"a\"},\"Text\":" + string.Concat(Enumerable.Repeat("{\"L\":[", 80)) + "{\"S\":\"x\"}" + string.Concat(Enumerable.Repeat("]}", 80)) + "}"), "invalid JSON"),
        ("two items", Utf8(Valid + Valid), "invalid JSON"),
        ("BOOL as a string", Utf8("{\"Id\":{\"S\":\"a\"},\"Flag\":{\"BOOL\":\"true\"}}"), "BOOL needs true or false"),
        ("L not an array", Utf8("{\"Id\":{\"S\":\"a\"},\"Text\":{\"L\":{}}}"), "L needs an array"),
        ("SS of numbers", Utf8("{\"Id\":{\"S\":\"a\"},\"Text\":{\"SS\":[1]}}"), "SS needs JSON strings"),
    ];

    /// <summary>Valid DynamoDB JSON whose item does not fit <see cref="ScalarRow"/>, with the member the error must name.</summary>
    private static readonly (string Name, string Json, string Member)[] s_doesNotFit =
    [
        ("huge number for an int", "{\"Id\":{\"S\":\"a\"},\"I32\":{\"N\":\"1" + new string('0', 5000) + "\"}}", "I32"),
        ("number beyond double", "{\"Id\":{\"S\":\"a\"},\"F64\":{\"N\":\"1e400\"}}", "F64"),
        ("fraction for a long", "{\"Id\":{\"S\":\"a\"},\"I64\":{\"N\":\"1.5\"}}", "I64"),
        ("string for a number", "{\"Id\":{\"S\":\"a\"},\"I32\":{\"S\":\"5\"}}", "I32"),
        ("missing key", "{\"I32\":{\"N\":\"5\"}}", "Id"),
        ("NULL key", "{\"Id\":{\"NULL\":true}}", "Id"),
        ("unknown enum name", "{\"Id\":{\"S\":\"a\"},\"ColorName\":{\"S\":\"Purple\"}}", "ColorName"),
        ("undeclared enum number", "{\"Id\":{\"S\":\"a\"},\"ColorNumber\":{\"N\":\"99\"}}", "ColorNumber"),
        ("two characters for a char", "{\"Id\":{\"S\":\"a\"},\"Letter\":{\"S\":\"ab\"}}", "Letter"),
        ("not a date", "{\"Id\":{\"S\":\"a\"},\"When\":{\"S\":\"yesterday\"}}", "When"),
        ("escaped huge number", "{\"Id\":{\"S\":\"a\"},\"U8\":{\"N\":\"\\u0032\\u0035\\u0036\"}}", "U8"),
    ];

    private static IEnumerable<TestCaseData> NotDynamoJson => s_notDynamoJson.Select(c => new TestCaseData(c.Json, c.Says).SetName("Not DynamoDB JSON: " + c.Name));

    private static IEnumerable<TestCaseData> DoesNotFit => s_doesNotFit.Select(c => new TestCaseData(c.Json, c.Member).SetName("Does not fit: " + c.Name));

    [TestCaseSource(nameof(NotDynamoJson))]
    public void Text_that_is_not_DynamoDB_JSON_is_a_clear_error(byte[] json, string says)
    {
        var error = Assert.Throws<DynamoJsonException>(() => DynamoJson.Deserialize<ScalarRow>(json))!;
        Assert.That(error.Message, Does.Contain(says));
    }

    [TestCaseSource(nameof(DoesNotFit))]
    public void An_item_that_does_not_fit_is_the_mapping_error_of_FromItem(string json, string member)
    {
        var bytes = Utf8(json);
        var error = Assert.Throws<DynamoMappingException>(() => DynamoJson.Deserialize<ScalarRow>(bytes))!;
        Assert.That(error.MemberName, Is.EqualTo(member));
        JsonParity.ReadsAlike<ScalarRow>(bytes);
    }

    [Test]
    public void Escaped_names_and_values_read_on_the_fast_path()
    {
        var json = Utf8("{\"\\u0049d\":{\"S\":\"row\\u002D1\"},\"I32\":{\"N\":\"\\u002B5\"},\"Te\\u0078t\":{\"S\":\"\\u00e9\\uD83D\\uDE00\"}}");
        var exactReads = DynamoGen.Json.JsonItemReader.ExactReads;
        var row = DynamoJson.Deserialize<ScalarRow>(json);
        Assert.That((row.Id, row.I32, row.Text), Is.EqualTo(("row-1", 5, "\u00e9\U0001F600")));
        Assert.That(DynamoGen.Json.JsonItemReader.ExactReads, Is.EqualTo(exactReads));
    }

    [Property(MaxTest = 500)]
    public Property Corrupted_items_are_read_or_rejected_clearly()
        => Prop.ForAll(Corruptions.ToArbitrary(), json =>
        {
            try
            {
                DynamoJson.Deserialize<ScalarRow>(json);
            }
            catch (Exception ex) when (ex is DynamoJsonException or DynamoMappingException)
            {
            }
        });

    /// <summary>A valid item with bytes overwritten, inserted or removed, or cut short.</summary>
    private static Gen<byte[]> Corruptions
    {
        get
        {
            var valid = DynamoJson.SerializeToUtf8Bytes(JsonParityProperties.SampleScalarRow());
            var interesting = Gen.Elements<byte>((byte)'{', (byte)'}', (byte)'[', (byte)']', (byte)'"', (byte)':', (byte)',', (byte)'\\', (byte)'u', (byte)'N', (byte)'S', (byte)'0', (byte)'-', 0x00, 0x80, 0xC3, 0xED, 0xFF);
            var edit = from at in Gen.Choose(0, valid.Length - 1)
                       from kind in Gen.Choose(0, 3)
                       from b in Gen.Frequency((3, interesting), (1, Gen.Choose(0, 255).Select(i => (byte)i)))
                       select (at, kind, b);
            return Gen.ListOf(edit).Select(edits =>
            {
                var bytes = valid.ToList();
                foreach (var (at, kind, b) in edits.Take(3))
                {
                    var i = Math.Min(at, bytes.Count - 1);
                    if (i < 0)
                    {
                        break;
                    }

                    switch (kind)
                    {
                        case 0: bytes[i] = b; break;
                        case 1: bytes.Insert(i, b); break;
                        case 2: bytes.RemoveAt(i); break;
                        default: bytes.RemoveRange(i, bytes.Count - i); break;
                    }
                }

                return bytes.ToArray();
            });
        }
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
