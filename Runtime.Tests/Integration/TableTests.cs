using System.Threading.Tasks;
using DynamoGen.Tests.Models;
using NUnit.Framework;

namespace DynamoGen.Tests.Integration;

/// <summary>Put, get and delete of generated types against a real DynamoDB-compatible server.</summary>
[TestFixture(DynamoEngine.Sdk)]
[TestFixture(DynamoEngine.Direct)]
public sealed class TableTests(DynamoEngine engine)
{
    private DynamoContext _context = null!;

    [SetUp]
    public void SetUp() => _context = LocalDynamoSetup.Context(engine);

    [Test]
    public async Task Put_then_get_returns_an_equal_item_and_delete_removes_it()
    {
        var name = LocalDynamoSetup.UniqueTableName("orders");
        await _context.CreateTableAsync<Order>(name);
        var orders = _context.Table<Order>(name);
        var order = new Order { CustomerId = "c-1", OrderId = 42, Quantity = 3, Total = 19.99, Shipped = true, State = "open", Priority = 2 };

        await orders.PutAsync(order);
        var read = await orders.GetAsync(Order.Key("c-1", 42));

        Assert.That(read, Is.Not.Null);
        Assert.Multiple(() =>
        {
            Assert.That(read!.CustomerId, Is.EqualTo("c-1"));
            Assert.That(read.OrderId, Is.EqualTo(42));
            Assert.That(read.Quantity, Is.EqualTo(3));
            Assert.That(read.Total, Is.EqualTo(19.99));
            Assert.That(read.Shipped, Is.True);
            Assert.That(read.State, Is.EqualTo("open"));
            Assert.That(read.Priority, Is.EqualTo(2));
        });

        await orders.DeleteAsync(order.GetKey());
        Assert.That(await orders.GetAsync(Order.Key("c-1", 42)), Is.Null);
    }

    [Test]
    public async Task Get_of_an_absent_key_returns_null()
    {
        var name = LocalDynamoSetup.UniqueTableName("orders");
        await _context.CreateTableAsync<Order>(name);

        Assert.That(await _context.Table<Order>(name).GetAsync(Order.Key("nobody", 1)), Is.Null);
    }

    [Test]
    public async Task Optional_members_that_are_null_are_left_out_and_read_back_as_null()
    {
        var name = LocalDynamoSetup.UniqueTableName("orders");
        await _context.CreateTableAsync<Order>(name);
        var orders = _context.Table<Order>(name);

        await orders.PutAsync(new Order { CustomerId = "c-2", OrderId = 1 });
        var raw = await LocalDynamoSetup.Client.GetItemAsync(name, Order.Key("c-2", 1).ToAttributeValues());
        var read = await orders.GetAsync(Order.Key("c-2", 1));

        Assert.That(raw.Item.Keys, Is.EquivalentTo(new[] { "CustomerId", "OrderId", "Quantity", "Total", "Shipped" }));
        Assert.That(read!.State, Is.Null);
        Assert.That(read.Priority, Is.Null);
    }

    [Test]
    public async Task Positional_record_round_trips_through_its_constructor()
    {
        var name = LocalDynamoSetup.UniqueTableName("customers");
        await _context.CreateTableAsync<Customer>(name);
        var customers = _context.Table<Customer>(name);
        var customer = new Customer("u-1", "Ada", 7, Vip: true);

        await customers.PutAsync(customer);

        Assert.That(await customers.GetAsync(Customer.Key("u-1")), Is.EqualTo(customer));
    }

    [Test]
    public async Task A_sort_key_named_Key_works_and_the_builder_is_PrimaryKey()
    {
        var name = LocalDynamoSetup.UniqueTableName("flags");
        await _context.CreateTableAsync<FlagItem>(name);
        var flags = _context.Table<FlagItem>(name);
        var flag = new FlagItem { Namespace = "features", Key = "dark-mode", Version = 3 };

        await flags.PutAsync(flag);
        var raw = await LocalDynamoSetup.Client.GetItemAsync(name, FlagItem.PrimaryKey("features", "dark-mode").ToAttributeValues());

        Assert.That(await flags.GetAsync(flag.GetKey()), Is.EqualTo(flag));
        Assert.That(raw.Item["key"].S, Is.EqualTo("dark-mode"));
        Assert.That(raw.Item["namespace"].S, Is.EqualTo("features"));
    }

    [Test]
    public async Task Every_supported_type_survives_a_real_DynamoDB_round_trip()
    {
        var name = LocalDynamoSetup.UniqueTableName("all-types");
        await _context.CreateTableAsync<AllTypes>(name);
        var table = _context.Table<AllTypes>(name);
        var original = new AllTypes
        {
            Id = "all-1",
            U64 = ulong.MaxValue,
            Money = 1234567890.1234567890123456789m,
            F64 = 0.1 + 0.2,
            When = new System.DateTime(2030, 12, 31, 23, 59, 59, System.DateTimeKind.Utc).AddTicks(9999999),
            Memory = new byte[] { 0, 255 },
            Tier = Tier.Pro,
            Permissions = Permissions.Write,
            Tags = { "x", "y" },
            StringSet = { "s1", "s2" },
            IntSet = new System.Collections.Generic.HashSet<int> { 3, 1, 2 },
            BinarySet = new System.Collections.Generic.HashSet<byte[]> { new byte[] { 1 } },
            MapOfLists = new System.Collections.Generic.Dictionary<string, System.Collections.Generic.List<int>> { ["a"] = new() { 1, 2 }, ["empty"] = new() },
            Deep = new() { new() { ["reds"] = new() { Color.Red, Color.Blue } } },
            Tree = new Node { Name = "n", Children = { new Node { Name = "c", Weights = new() { ["w"] = 1 } } } },
            Origin = new Point(3, 4),
            Webhooks = new() { new Webhook("https://h", new() { "e" }) },
            Price = new Money(9.99m, "USD"),
        };

        await table.PutAsync(original);
        var read = (await table.GetAsync(AllTypes.Key("all-1")))!;

        Assert.Multiple(() =>
        {
            Assert.That(read.U64, Is.EqualTo(ulong.MaxValue));
            Assert.That(read.Money, Is.EqualTo(original.Money));
            Assert.That(read.F64, Is.EqualTo(original.F64));
            Assert.That(read.When, Is.EqualTo(original.When));
            Assert.That(read.Memory.ToArray(), Is.EqualTo(new byte[] { 0, 255 }));
            Assert.That(read.Tier, Is.EqualTo(Tier.Pro));
            Assert.That(read.Permissions, Is.EqualTo(Permissions.Write));
            Assert.That(read.Tags, Is.EqualTo(original.Tags));
            Assert.That(read.StringSet, Is.EquivalentTo(original.StringSet));
            Assert.That(read.IntSet, Is.EquivalentTo(new[] { 1, 2, 3 }));
            Assert.That(read.BinarySet!, Has.Count.EqualTo(1));
            Assert.That(read.MapOfLists!["a"], Is.EqualTo(new[] { 1, 2 }));
            Assert.That(read.MapOfLists["empty"], Is.Empty);
            Assert.That(read.Deep![0]["reds"], Is.EqualTo(new[] { Color.Red, Color.Blue }));
            Assert.That(read.Tree!.Children[0].Weights!["w"], Is.EqualTo(1));
            Assert.That(read.Origin, Is.EqualTo(new Point(3, 4)));
            Assert.That(read.Webhooks![0].Events, Is.EqualTo(new[] { "e" }));
            Assert.That(read.Price, Is.EqualTo(original.Price));
        });
    }
}
