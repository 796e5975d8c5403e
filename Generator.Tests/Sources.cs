namespace DynamoGen.Generator.Tests;

/// <summary>User models shared by several tests.</summary>
internal static class Sources
{
    public const string Order = """
        using DynamoGen;

        namespace Shop;

        [DynamoTable("orders")]
        public partial class Order
        {
            [PartitionKey]
            public required string CustomerId { get; init; }

            [SortKey]
            public long OrderId { get; set; }

            public int Quantity { get; set; }

            public double Total { get; set; }

            public bool Shipped { get; set; }

            [DynamoName("status")]
            public string? State { get; set; }

            public int? Priority { get; set; }

            [DynamoIgnore]
            public string? Scratch { get; set; }

            public string Display => CustomerId + "/" + OrderId;
        }
        """;

    public const string PositionalRecord = """
        using DynamoGen;

        namespace Shop;

        [DynamoTable("customers")]
        public partial record Customer([property: PartitionKey] string Id, string Name, long Visits, bool? Vip = null);
        """;

    public const string FlagWithKeyProperty = """
        using DynamoGen;

        namespace Flags
        {
            public static partial class Store
            {
                [DynamoTable("flags")]
                public partial record struct FlagItem
                {
                    [PartitionKey, DynamoName("namespace")]
                    public string Namespace { get; init; }

                    [SortKey, DynamoName("key")]
                    public string Key { get; init; }

                    public int Version { get; init; }
                }
            }
        }
        """;

    public const string Unrelated = """
        namespace Other;

        public static class Helpers
        {
            public static int Twice(int x) => x * 2;
        }
        """;
}
