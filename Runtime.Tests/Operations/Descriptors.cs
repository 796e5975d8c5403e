using System.Collections.Generic;
using DynamoGen.Marshalling;
using DynamoGen.Tests.Operations;

namespace DynamoGen.Tests.Operations
{
using DynamoGen.Tests.Models;

// The operations tests were written before the generator emitted T.Fields and T.Indexes; these names now forward to
// the generated descriptors. The hand-written ones below are for test models the generator does not map.

public static class OrderFields
{
    public static DynamoField<string> CustomerId => Order.Fields.CustomerId;
    public static DynamoField<long> OrderId => Order.Fields.OrderId;
    public static DynamoField<int> Quantity => Order.Fields.Quantity;
    public static DynamoField<double> Total => Order.Fields.Total;
    public static DynamoField<bool> Shipped => Order.Fields.Shipped;
    public static DynamoField<string?> State => Order.Fields.State;
    public static DynamoField<int?> Priority => Order.Fields.Priority;
}

public static class OrderIndexes
{
    public static TableIndex<Order, string, long> Primary => Order.Indexes.Primary;

    /// <summary>The global index on status that Order declares.</summary>
    public static TableIndex<Order, string, long> ByStatus => Order.Indexes.ByStatus;
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
