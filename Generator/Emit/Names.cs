namespace DynamoGen.Generator.Emit;

/// <summary>Fully qualified names the emitter writes, so no generated line depends on the user's usings.</summary>
internal static class Names
{
    public const string AttributeValue = "global::Amazon.DynamoDBv2.Model.AttributeValue";
    public const string ItemDictionary = "global::System.Collections.Generic.Dictionary<string, " + AttributeValue + ">";
    public const string Write = "global::DynamoGen.Marshalling.Write";
    public const string Parse = "global::DynamoGen.Marshalling.Parse";
    public const string Numbers = "global::DynamoGen.Marshalling.Numbers";
    public const string ItemWriter = "global::DynamoGen.Marshalling.ItemWriter";
    public const string ItemReader = "global::DynamoGen.Marshalling.ItemReader";
    public const string ItemMapping = "global::DynamoGen.Marshalling.ItemMapping";
    public const string FormatException = "global::DynamoGen.Marshalling.AttributeFormatException";
    public const string TableSchema = "global::DynamoGen.TableSchema";
    public const string KeyAttribute = "global::DynamoGen.KeyAttribute";
    public const string ScalarAttributeType = "global::Amazon.DynamoDBv2.ScalarAttributeType";
    public const string IDynamoTable = "global::DynamoGen.IDynamoTable";
    public const string IDynamoItem = "global::DynamoGen.IDynamoItem";
    public const string HashSet = "global::System.Collections.Generic.HashSet";
    public const string SetsRequiredMembers = "[global::System.Diagnostics.CodeAnalysis.SetsRequiredMembers]";
    public const string GeneratedCode = "[global::System.CodeDom.Compiler.GeneratedCode(\"DynamoGen\", \"" + ThisAssembly.Version + "\")]";

    /// <summary>The private static field holding the type's <c>ItemMapping</c> (names for error messages).</summary>
    public const string MappingField = "s_dynamoGenMapping";

    /// <summary>The private static field holding the type's <c>TableSchema</c>.</summary>
    public const string SchemaField = "s_dynamoGenSchema";

    /// <summary>The private nested class holding enum, JSON and converter helpers.</summary>
    public const string Helpers = "DynamoGenHelpers";
}
