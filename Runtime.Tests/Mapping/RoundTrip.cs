using System;
using DynamoGen.Tests.Integration;
using FsCheck;
using FsCheck.Fluent;

namespace DynamoGen.Tests.Mapping;

/// <summary>The two round trips every property checks.</summary>
internal static class RoundTrip
{
    /// <summary>A fresh item id per case, so cases never overwrite each other in a shared table.</summary>
    public static string NewId() => Guid.NewGuid().ToString("N");

    /// <summary><c>value → make → ToItem() → FromItem()</c> equals the original, exactly.</summary>
    public static Property InMemory<TRow, T>(Gen<T> gen, Func<T, TRow> make) where TRow : IDynamoTable<TRow>
        => Prop.ForAll(gen.ToArbitrary(), value =>
        {
            var row = make(value);
            var back = TRow.FromItem(row.ToItem());
            Same.Assert(row, back, Strictness.Exact, value);
        });

    /// <summary><c>value → make → PutAsync → GetAsync</c> against the local DynamoDB equals the original, as numbers.</summary>
    public static Property ThroughDynamo<TRow, T>(Func<Table<TRow>> table, Gen<T> gen, Func<T, TRow> make) where TRow : IDynamoTable<TRow>
        => Prop.ForAll(gen.ToArbitrary(), value =>
        {
            var row = make(value);
            table().PutAsync(row).GetAwaiter().GetResult();
            var back = table().GetAsync(row.GetKey()).GetAwaiter().GetResult()
                ?? throw new Exception("The item just put was not found: " + Same.Show(value));
            Same.Assert(row, back, Strictness.Stored, value);
        });

    /// <summary>Creates a uniquely named table for <typeparamref name="TRow"/> on the local DynamoDB.</summary>
    public static Table<TRow> CreateTable<TRow>(string prefix) where TRow : IDynamoTable<TRow>
    {
        var context = new DynamoContext(LocalDynamoSetup.Client);
        var name = LocalDynamoSetup.UniqueTableName(prefix);
        context.CreateTableAsync<TRow>(name).GetAwaiter().GetResult();
        return context.Table<TRow>(name);
    }
}
