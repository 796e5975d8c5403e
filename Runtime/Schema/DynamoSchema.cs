namespace DynamoGen;

/// <summary>Reads the schema a <see cref="DynamoTableAttribute"/> type declares.</summary>
public static class DynamoSchema
{
    /// <summary>
    /// The schema of <typeparamref name="T"/>: table name, keys, indexes, TTL, version and entity attributes. (The
    /// generated member is an explicit interface implementation so that it never clashes with a member of the
    /// model named <c>Schema</c> or <c>TableSchema</c>.)
    /// </summary>
    /// <typeparam name="T">A <see cref="DynamoTableAttribute"/> type.</typeparam>
    /// <returns>The schema.</returns>
    public static TableSchema Of<T>() where T : IDynamoTable<T> => T.TableSchema;
}
