using System;
using System.Text;
using DynamoGen.Tests.Mapping;
using FsCheck;
using FsCheck.Fluent;
using NUnit.Framework;

namespace DynamoGen.Tests.Json;

/// <summary>
/// The two checks every JSON parity property makes: the generated writer writes byte for byte the JSON the SDK sends
/// for <c>ToItem()</c> (or throws the same error), and the generated reader reads that JSON into the same object as
/// <c>FromItem</c> over the SDK's own parse of it (or throws the same error).
/// </summary>
internal static class JsonParity
{
    public static Property Check<TRow, T>(Gen<T> gen, Func<T, TRow> make) where TRow : IDynamoJsonItem<TRow>
        => Prop.ForAll(gen.ToArbitrary(), value => Holds(make(value), value));

    public static void Holds<TRow>(TRow row, object? input = null) where TRow : IDynamoJsonItem<TRow>
    {
        var sdk = Attempt(() => SdkJson.ItemJson(row.ToItem()));
        var ours = Attempt(() => DynamoJson.SerializeToUtf8Bytes(row));
        Assert.That(ours.Error, Is.EqualTo(sdk.Error), "writer error, for " + Same.Show(input));
        if (sdk.Error is not null)
        {
            return;
        }

        Assert.That(Encoding.UTF8.GetString(ours.Value!), Is.EqualTo(Encoding.UTF8.GetString(sdk.Value!)), "writer JSON, for " + Same.Show(input));
        ReadsAlike<TRow>(sdk.Value!, input);
        var exactReads = DynamoGen.Json.JsonItemReader.ExactReads;
        Same.Assert(row, DynamoJson.Deserialize<TRow>(sdk.Value!), Strictness.Exact, input);
        Assert.That(DynamoGen.Json.JsonItemReader.ExactReads, Is.EqualTo(exactReads), "an item the generated writer wrote is read on the fast path, for " + Same.Show(input));
    }

    /// <summary>The generated reader and FromItem over the SDK's parse agree on <paramref name="json"/>: the same object or the same error.</summary>
    public static void ReadsAlike<TRow>(byte[] json, object? input = null) where TRow : IDynamoJsonItem<TRow>
    {
        var expected = Attempt(() => TRow.FromItem(SdkJson.Parse(json)));
        var actual = Attempt(() => DynamoJson.Deserialize<TRow>(json));
        var what = " for " + Encoding.UTF8.GetString(json) + (input is null ? string.Empty : " (" + Same.Show(input) + ")");
        Assert.That(actual.Error, Is.EqualTo(expected.Error), "reader error" + what);
        if (expected.Error is null)
        {
            Same.Assert(expected.Value, actual.Value, Strictness.Identical, what);
        }
    }

    private static (T? Value, string? Error) Attempt<T>(Func<T> f)
    {
        try
        {
            return (f(), null);
        }
        catch (DynamoMappingException ex)
        {
            return (default, ex.GetType().Name + ": " + ex.Message);
        }
    }
}
