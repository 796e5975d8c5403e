using System;
using System.Collections.Generic;
using Amazon.DynamoDBv2.Model;
using DynamoGen.Tests.Models;
using NUnit.Framework;

namespace DynamoGen.Tests.Docs;

/// <summary>soketi's plans, for the app registry example of docs/keys-and-indexes.md.</summary>
public enum AppPlan
{
    Free,
    Pro,
}

/// <summary>soketi's app registry, as docs/keys-and-indexes.md shows it.</summary>
[DynamoTable("apps")]
public partial record App
{
    [PartitionKey] public required string AppId { get; init; }
    [GlobalIndex("AppKeyIndex")] public required string AppKey { get; init; }
    [GlobalIndex("ByPlan", Projection = IndexProjection.Include, Include = new[] { nameof(AppKey) })] public AppPlan Plan { get; init; }
    [GlobalIndex("ByPlan", IsSortKey = true)] public DateTime CreatedAt { get; init; }
    public string? Name { get; init; }
}

/// <summary>The examples of docs/keys-and-indexes.md, compiled and checked.</summary>
public sealed class KeysDocsExamples
{
    [Test]
    public void Every_csharp_block_of_the_page_is_compiled_code()
        => DocPages.AssertEveryCSharpBlockIsCompiled("docs/keys-and-indexes.md", 5, "Runtime.Tests/Docs/KeysDocsExamples.cs", "Runtime.Tests/Models/SingleTable.cs");

    [Test]
    public void Member_keys_and_index_accessors()
    {
        DynamoKey<App> key = App.Key("app-1");                              // typed with AppId's type, bound to App
        KeyCondition<App> byKey = App.Indexes.AppKeyIndex.Partition("key-123");  // what a query on AppKeyIndex takes
        KeyCondition<App> recent = App.Indexes.ByPlan.Partition(AppPlan.Pro).GreaterThan(new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        DynamoField<string> appKey = App.Fields.AppKey;                           // attribute name + conversion

        Assert.Multiple(() =>
        {
            Assert.That(key.ToAttributeValues()["AppId"].S, Is.EqualTo("app-1"));
            Assert.That((byKey.Index.IndexName, byKey.Index.PartitionKeyAttribute, byKey.PartitionValue.S), Is.EqualTo(("AppKeyIndex", "AppKey", "key-123")));
            Assert.That((recent.Index.IndexName, recent.PartitionValue.N, recent.SortOperator, recent.SortValue!.S), Is.EqualTo(("ByPlan", "1", SortKeyOperator.GreaterThan, "2026-01-01T00:00:00.0000000Z")));
            Assert.That(appKey.AttributeName, Is.EqualTo("AppKey"));
            Assert.That(DynamoSchema.Of<App>().Indexes[1].NonKeyAttributes, Is.EqualTo(new[] { "AppKey" }));
        });
    }

    [Test]
    public void Template_keys_and_typed_conditions()
    {
        DynamoKey<ShopOrder> orderKey = ShopOrder.Key("c-42", new DateOnly(2026, 11, 21), 7);
        KeyCondition<ShopOrder> novemberOrders = ShopOrder.Indexes.Primary.Partition("c-42").BeginsWith("ORDER#2026-11-");
        KeyCondition<ShopOrder> shipped = ShopOrder.Indexes.GSI1.Partition(OrderState.Shipped)
            .Between((new DateOnly(2026, 11, 1), "a"), (new DateOnly(2026, 11, 30), "z"));

        Assert.Multiple(() =>
        {
            Assert.That((orderKey.ToAttributeValues()["PK"].S, orderKey.ToAttributeValues()["SK"].S), Is.EqualTo(("CUSTOMER#c-42", "ORDER#2026-11-21#0000000007")));
            Assert.That(novemberOrders.SortValue!.S, Is.EqualTo("ORDER#2026-11-"));
            Assert.That((shipped.PartitionValue.S, shipped.SortValue!.S, shipped.SortValueHigh!.S), Is.EqualTo(("STATE#Shipped", "2026-11-01#a", "2026-11-30#z")));
        });
    }
}
