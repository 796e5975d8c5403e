using System.Collections.Generic;
using Amazon.DynamoDBv2.Model;
using NUnit.Framework;

namespace DynamoGen.Tests.Docs;

/// <summary>What the README promises about its examples.</summary>
public sealed class ReadmeExampleTests
{
    [Test]
    public void The_customer_example_stores_what_the_comments_say()
    {
        var customer = new Customer("c-1", "Ada", 3) { Plan = Plan.Pro, Addresses = { new Address("Main St 1", "Springfield") }, ExpiresAt = new System.DateTime(2030, 1, 1, 0, 0, 0, System.DateTimeKind.Utc) };

        var item = customer.ToItem();

        Assert.Multiple(() =>
        {
            Assert.That(item["Plan"].S, Is.EqualTo("Pro"));
            Assert.That(item["Addresses"].L[0].M["City"].S, Is.EqualTo("Springfield"));
            Assert.That(item.ContainsKey("Tags"), Is.False);
            Assert.That(item["ExpiresAt"].N, Is.EqualTo("1893456000"));
            Assert.That(Customer.FromItem(item) with { Addresses = customer.Addresses, Tags = customer.Tags }, Is.EqualTo(customer));
        });
    }

    [Test]
    public void An_initializer_survives_a_missing_attribute()
    {
        var item = new Dictionary<string, AttributeValue> { ["Sku"] = new() { S = "p-1" }, ["Price"] = new() { S = "2.50 EUR" } };

        var product = Product.FromItem(item);

        Assert.That(product.Retries, Is.EqualTo(3));
        Assert.That(product.Price, Is.EqualTo(new Money(2.50m, "EUR")));
    }

    [Test]
    public void A_property_named_Key_moves_the_builder_to_PrimaryKey()
        => Assert.That(FlagItem.PrimaryKey("features", "dark-mode").ToAttributeValues()["key"].S, Is.EqualTo("dark-mode"));
}
