using System.Threading;
using Amazon.DynamoDBv2.Model;

namespace DynamoGen.Tests.Operations;

/// <summary>Reads a string as is and counts every read: <c>FromItem</c> of <see cref="CountedNote"/> calls it once per item.</summary>
public sealed class CountingLabelConverter : IDynamoConverter<string>
{
    private static int s_reads;

    public static int Reads => Volatile.Read(ref s_reads);

    public AttributeValue ToAttribute(string value) => new() { S = value };

    public string FromAttribute(AttributeValue value)
    {
        Interlocked.Increment(ref s_reads);
        return value.S;
    }
}

/// <summary>A versioned record whose label is read through <see cref="CountingLabelConverter"/>, so a test sees every <c>FromItem</c>.</summary>
[DynamoTable("counted-notes")]
public partial record CountedNote(
    [property: PartitionKey] string Id,
    [property: DynamoConverter(typeof(CountingLabelConverter))] string Label,
    [property: Version] long Version);
