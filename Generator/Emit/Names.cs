namespace DynamoGen.Generator.Emit;

/// <summary>Fully qualified names the emitter writes, so no generated line depends on the user's usings.</summary>
internal static class Names
{
    public const string AttributeValue = "global::Amazon.DynamoDBv2.Model.AttributeValue";
    public const string ItemDictionary = "global::System.Collections.Generic.Dictionary<string, " + AttributeValue + ">";
    public const string Write = "global::DynamoGen.Marshalling.Write";
    public const string Parse = "global::DynamoGen.Marshalling.Parse";
    public const string Numbers = "global::DynamoGen.Marshalling.Numbers";
    public const string As = "global::DynamoGen.Marshalling.As";
    public const string IAttributeConverter = "global::DynamoGen.Marshalling.IAttributeConverter";
    public const string ItemWriter = "global::DynamoGen.Marshalling.ItemWriter";
    public const string ItemReader = "global::DynamoGen.Marshalling.ItemReader";
    public const string ItemMapping = "global::DynamoGen.Marshalling.ItemMapping";
    public const string FormatException = "global::DynamoGen.Marshalling.AttributeFormatException";
    public const string TableSchema = "global::DynamoGen.TableSchema";
    public const string KeyAttribute = "global::DynamoGen.KeyAttribute";
    public const string ScalarAttributeType = "global::Amazon.DynamoDBv2.ScalarAttributeType";
    public const string IDynamoTable = "global::DynamoGen.IDynamoTable";
    public const string DynamoKey = "global::DynamoGen.DynamoKey";
    public const string IndexSchema = "global::DynamoGen.IndexSchema";
    public const string IndexKind = "global::DynamoGen.IndexKind";
    public const string IndexProjection = "global::DynamoGen.IndexProjection";
    public const string TableIndex = "global::DynamoGen.TableIndex";
    public const string DynamoField = "global::DynamoGen.DynamoField";
    public const string ListField = "global::DynamoGen.ListField";
    public const string SetField = "global::DynamoGen.SetField";
    public const string MapField = "global::DynamoGen.MapField";
    public const string AttributePath = "global::DynamoGen.AttributePath";
    public const string KeyTemplate = "global::DynamoGen.Marshalling.KeyTemplate";
    public const string KeyPlaceholder = "global::DynamoGen.Marshalling.KeyPlaceholder";
    public const string KeyText = "global::DynamoGen.Marshalling.KeyText";
    public const string IDynamoItem = "global::DynamoGen.IDynamoItem";
    public const string HashSet = "global::System.Collections.Generic.HashSet";
    public const string SetsRequiredMembers = "[global::System.Diagnostics.CodeAnalysis.SetsRequiredMembers]";
    public const string GeneratedCode = "[global::System.CodeDom.Compiler.GeneratedCode(\"DynamoGen\", \"" + ThisAssembly.Version + "\")]";

    /// <summary>The private static field holding the type's <c>ItemMapping</c> (names for error messages).</summary>
    public const string MappingField = "s_dynamoGenMapping";

    /// <summary>The private static field holding the type's <c>TableSchema</c>.</summary>
    public const string SchemaField = "s_dynamoGenSchema";

    /// <summary>The private static array of every key template, which reading uses to fill members from keys.</summary>
    public const string TemplatesField = "s_dynamoGenTemplates";

    /// <summary>The private static field holding the key template of computed attribute <paramref name="attribute"/>.</summary>
    public static string TemplateField(string attribute)
    {
        var name = new System.Text.StringBuilder("s_dynamoGenTemplate_");
        foreach (var c in attribute)
        {
            name.Append(char.IsLetterOrDigit(c) ? c : '_');
        }

        return name.ToString();
    }

    /// <summary>The private nested class holding enum, JSON and converter helpers.</summary>
    public const string Helpers = "DynamoGenHelpers";

    /// <summary>The private nested struct holding the item's attributes that <c>FromItem</c> found, one field per member.</summary>
    public const string Attributes = "DynamoGenAttributes";
}
