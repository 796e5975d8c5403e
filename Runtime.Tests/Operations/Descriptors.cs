using System.Collections.Generic;
using DynamoGen.Marshalling;
using DynamoGen.Tests.Operations;

namespace DynamoGen.Tests.Models
{
    /// <summary>The generated accessors' shape (<c>Order.Fields</c>, <c>Order.Indexes</c>), so docs examples read as users write them.</summary>
    public partial class Order
    {
        public static class Fields
        {
            public static DynamoField<string> CustomerId => OrderFields.CustomerId;

            public static DynamoField<int> Quantity => OrderFields.Quantity;

            public static DynamoField<double> Total => OrderFields.Total;

            public static DynamoField<string?> State => OrderFields.State;

            public static DynamoField<int?> Priority => OrderFields.Priority;
        }

        public static class Indexes
        {
            public static TableIndex<Order, string, long> Primary => OrderIndexes.Primary;

            public static TableIndex<Order, string, long> ByStatus => OrderIndexes.ByStatus;
        }
    }
}

namespace DynamoGen.Tests.Operations
{
using DynamoGen.Tests.Models;

// Hand-written attribute descriptors and index accessors, standing in for the generated T.Fields and T.Indexes
// until the generator emits them: switching to the generated ones is a change to this file only.

public static class OrderFields
{
    public static readonly DynamoField<string> CustomerId = new("CustomerId", static v => Write.String(v));
    public static readonly DynamoField<long> OrderId = new("OrderId", static v => Write.Int64(v));
    public static readonly DynamoField<int> Quantity = new("Quantity", static v => Write.Int32(v));
    public static readonly DynamoField<double> Total = new("Total", static v => Write.Double(v));
    public static readonly DynamoField<bool> Shipped = new("Shipped", static v => Write.Boolean(v));
    public static readonly DynamoField<string?> State = new("status", static v => Write.String(v!));
    public static readonly DynamoField<int?> Priority = new("Priority", static v => Write.Int32(v!.Value));
}

public static class OrderIndexes
{
    public static readonly TableIndex<Order, string, long> Primary = new(null, "CustomerId", static v => Write.String(v), "OrderId", static v => Write.Int64(v));

    /// <summary>A global index on status (created by hand in the tests that use it).</summary>
    public static readonly TableIndex<Order, string, long> ByStatus = new("ByStatus", "status", static v => Write.String(v), "OrderId", static v => Write.Int64(v));
}

public static class ReservedFields
{
    public static readonly DynamoField<string> Id = new("Id", static v => Write.String(v));
    public static readonly DynamoField<string?> Status = new("status", static v => Write.String(v!));
    public static readonly DynamoField<string?> Name = new("name", static v => Write.String(v!));
    public static readonly DynamoField<string?> Data = new("data", static v => Write.String(v!));
    public static readonly DynamoField<int> Count = new("Count", static v => Write.Int32(v));
    public static readonly ListField<List<string>?, string> Tags = new(new AttributePath("Tags"), static v => Write.List(v!, Write.String), static e => Write.String(e));
    public static readonly SetField<HashSet<string>?, string> Labels = new(new AttributePath("Labels"), static v => Write.StringSet(v!), static e => Write.StringSet(e));
    public static readonly MapField<Dictionary<string, int>?, int> Scores = new(new AttributePath("Scores"), static v => Write.Map(v!, Write.Int32), static e => Write.Int32(e));
    public static readonly DynamoField<Inner?> Nested = new("Nested", static v => Write.Item(v!));
}

public static class InnerFields
{
    public static readonly DynamoField<int> Hits = new("Hits", static v => Write.Int32(v));
    public static readonly DynamoField<string?> Label = new("Label", static v => Write.String(v!));
}

public static class ReservedIndexes
{
    public static readonly TableIndex<Reserved, string> Primary = new(null, "Id", static v => Write.String(v));
}

public static class BlobIndexes
{
    public static readonly TableIndex<Blob, string, long> Primary = new(null, "Owner", static v => Write.String(v), "Seq", static v => Write.Int64(v));
}

public static class BlobFields
{
    public static readonly DynamoField<int> Size = new("Size", static v => Write.Int32(v));
    public static readonly DynamoField<long> Seq = new("Seq", static v => Write.Int64(v));
}

public static class CounterFields
{
    public static readonly DynamoField<long> Count = new("Count", static v => Write.Int64(v));
}

public static class AppIndexes
{
    public static readonly TableIndex<AppUser, string, string> Primary = new(null, "pk", static v => Write.String(v), "sk", static v => Write.String(v));
}
}
