namespace DynamoGen.Generator.Model;

/// <summary>The C# value kinds the generator knows how to store, each with one wire format.</summary>
internal enum ScalarKind
{
    String,
    Boolean,
    Int32,
    Int64,
    Double,
}
