using System.Linq;
using DynamoGen.Generator.Tests.Infrastructure;
using NUnit.Framework;

namespace DynamoGen.Generator.Tests;

/// <summary>
/// Keys are bound to their type at compile time: a key built for one type cannot be passed to another type's table,
/// batch or transaction entry, while every positive use compiles (keys, batches, transactions, SDK interop).
/// </summary>
public sealed class TypedKeyTests
{
    private const string Models = """
        using DynamoGen;
        namespace Shop;
        [DynamoTable("orders")]
        public partial record Order
        {
            [PartitionKey] public required string CustomerId { get; init; }
            [SortKey] public required long OrderId { get; init; }
            public string? Note { get; init; }
            public int? Priority { get; init; }
        }
        [DynamoTable("customers")]
        public partial record Customer
        {
            [PartitionKey] public required string CustomerId { get; init; }
        }
        """;

    private const string Positive = """
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Amazon.DynamoDBv2.Model;
        using DynamoGen;
        namespace Shop;
        public static class Uses
        {
            public static async Task Run(Table<Order> orders, Table<Customer> customers)
            {
                DynamoKey<Order> key = Order.Key("c-1", 1);
                Order? order = await orders.GetAsync(key);
                await orders.DeleteAsync(new Order { CustomerId = "c-1", OrderId = 2 }.GetKey());
                await orders.BatchGetAsync(new[] { key, Order.Key("c-1", 3) });
                await new BatchGet().Add(orders, new[] { key }).Add(customers, new[] { Customer.Key("c-1") }).ExecuteAsync();
                await new TransactWrite().Delete(orders, key).ConditionCheck(customers, Customer.Key("c-1"), Customer.Fields.CustomerId.Exists()).ExecuteAsync();
                Dictionary<string, AttributeValue> forTheSdk = key.ToAttributeValues();
                DynamoKey<Order> back = DynamoKey<Order>.FromAttributeValues(forTheSdk);
                _ = order == null && back == key;

                // Descriptors of nullable members take null (a REMOVE) without a nullable warning.
                var update = new UpdateExpression().Set(Order.Fields.Note, null).Set(Order.Fields.Priority, null).Set(Order.Fields.Note, "gift");
                var condition = Order.Fields.Note.Equal("gift") & Order.Fields.Priority.GreaterThan(2);
                _ = (update, condition);
            }
        }
        """;

    [Test]
    public void Keys_batches_transactions_SDK_interop_and_nullable_descriptors_compile_without_warnings()
    {
        var result = GeneratorHarness.Run(Models, Positive);

        Assert.That(result.CompilationProblems.Select(d => d.ToString()), Is.Empty);
    }

    [TestCase("await orders.GetAsync(Customer.Key(\"c-1\"));")]
    [TestCase("await orders.DeleteAsync(Customer.Key(\"c-1\"));")]
    [TestCase("await orders.UpdateAsync(Customer.Key(\"c-1\"), new UpdateExpression());")]
    [TestCase("await orders.BatchGetAsync(new[] { Customer.Key(\"c-1\") });")]
    [TestCase("new BatchGet().Add(orders, new[] { Customer.Key(\"c-1\") });")]
    [TestCase("new BatchWrite().Delete(orders, new[] { Customer.Key(\"c-1\") });")]
    [TestCase("new TransactWrite().Delete(orders, Customer.Key(\"c-1\"));")]
    [TestCase("new TransactGet().Add(orders, Customer.Key(\"c-1\"));")]
    [TestCase("await orders.GetAsync(new Customer { CustomerId = \"c-1\" }.GetKey());")]
    [TestCase("await orders.GetAsync(Order.Key(\"c-1\", 1).ToAttributeValues());")]
    public void Another_types_key_or_an_untyped_dictionary_does_not_compile(string statement)
    {
        var program = """
            using System.Threading.Tasks;
            using DynamoGen;
            namespace Shop;
            public static class Misuse
            {
                public static async Task Run(Table<Order> orders)
                {
                    await Task.Yield();
                    STATEMENT
                }
            }
            """.Replace("STATEMENT", statement, System.StringComparison.Ordinal);

        var errors = GeneratorHarness.Run(Models, program).CompilationProblems.Select(d => d.Id).ToList();

        // CS1503: cannot convert the argument; CS0411: no type argument fits both the table and the key.
        Assert.That(errors, Is.Not.Empty.And.All.AnyOf("CS1503", "CS0411"), string.Join(", ", errors));
    }
}
