using System;
using System.Collections.Generic;
using System.Globalization;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace DynamoGen;

/// <summary>Requests built from a <see cref="TableSchema"/>, without sending them.</summary>
public static class TableSchemaExtensions
{
    /// <summary>
    /// The <c>CreateTable</c> request of <paramref name="schema"/>: on-demand capacity (<c>PAY_PER_REQUEST</c>), the
    /// key schema, every global and local secondary index with its projection, and one attribute definition per key
    /// attribute. <see cref="DynamoContext.CreateTableAsync(TableSchema, string?, CreateTableOptions?, System.Threading.CancellationToken)"/>
    /// sends it; use this to inspect or adjust it (tags, streams, provisioned capacity) and send it yourself.
    /// </summary>
    /// <param name="schema">The schema.</param>
    /// <param name="tableName">The table name; <see cref="TableSchema.TableName"/> when omitted.</param>
    /// <returns>A new request.</returns>
    /// <exception cref="ArgumentException">
    /// The schema cannot be a DynamoDB table: one attribute is a key with two different types, two indexes share a
    /// name, a local index does not share the table's partition key or lacks a sort key, or a projection's
    /// attribute list does not fit its kind. Nothing is sent.
    /// </exception>
    public static CreateTableRequest ToCreateTableRequest(this TableSchema schema, string? tableName = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        if (tableName is not null)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(tableName);
        }

        var request = new CreateTableRequest
        {
            TableName = tableName ?? schema.TableName,
            BillingMode = BillingMode.PAY_PER_REQUEST,
            KeySchema = KeySchemaOf(schema.PartitionKey, schema.SortKey),
            AttributeDefinitions = schema.GetAttributeDefinitions(),
        };

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var index in schema.Indexes)
        {
            ArgumentNullException.ThrowIfNull(index, nameof(schema));
            if (!names.Add(index.Name))
            {
                throw new ArgumentException($"Table '{schema.TableName}' declares index '{index.Name}' twice; index names are unique within a table.", nameof(schema));
            }

            var keySchema = KeySchemaOf(index.PartitionKey, index.SortKey);
            var projection = ProjectionOf(schema, index);
            if (index.Kind == IndexKind.Local)
            {
                CheckLocalIndex(schema, index);
                request.LocalSecondaryIndexes ??= new List<LocalSecondaryIndex>();
                request.LocalSecondaryIndexes.Add(new LocalSecondaryIndex { IndexName = index.Name, KeySchema = keySchema, Projection = projection });
            }
            else
            {
                request.GlobalSecondaryIndexes ??= new List<GlobalSecondaryIndex>();
                request.GlobalSecondaryIndexes.Add(new GlobalSecondaryIndex { IndexName = index.Name, KeySchema = keySchema, Projection = projection });
            }
        }

        return request;
    }

    /// <summary>
    /// The attribute definitions of <paramref name="schema"/>: each key attribute of the table and of its indexes
    /// once, with its type, in order of first use.
    /// </summary>
    /// <param name="schema">The schema.</param>
    /// <returns>A new list.</returns>
    /// <exception cref="ArgumentException">One attribute is a key with two different types (names which keys, and how to fix it).</exception>
    public static List<AttributeDefinition> GetAttributeDefinitions(this TableSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var definitions = new List<AttributeDefinition>();
        var roles = new Dictionary<string, (ScalarAttributeType Type, string Role)>(StringComparer.Ordinal);
        void Add(KeyAttribute? key, string role)
        {
            if (key is null)
            {
                return;
            }

            ArgumentException.ThrowIfNullOrEmpty(key.Name, nameof(schema));
            if (roles.TryGetValue(key.Name, out var first))
            {
                if (first.Type != key.Type)
                {
                    throw new ArgumentException(
                        string.Create(CultureInfo.InvariantCulture, $"Table '{schema.TableName}': attribute '{key.Name}' is {first.Type.Value} as {first.Role} but {key.Type.Value} as {role}. An attribute has one type in a table: give the keys the same type, or store them under different attribute names."),
                        nameof(schema));
                }

                return;
            }

            roles[key.Name] = (key.Type, role);
            definitions.Add(new AttributeDefinition(key.Name, key.Type));
        }

        Add(schema.PartitionKey, "the table's partition key");
        Add(schema.SortKey, "the table's sort key");
        foreach (var index in schema.Indexes)
        {
            if (index is null)
            {
                continue;
            }

            Add(index.PartitionKey, $"the partition key of index '{index.Name}'");
            Add(index.SortKey, $"the sort key of index '{index.Name}'");
        }

        return definitions;
    }

    private static List<KeySchemaElement> KeySchemaOf(KeyAttribute partitionKey, KeyAttribute? sortKey)
    {
        var keySchema = new List<KeySchemaElement>(2) { new(partitionKey.Name, KeyType.HASH) };
        if (sortKey is not null)
        {
            keySchema.Add(new KeySchemaElement(sortKey.Name, KeyType.RANGE));
        }

        return keySchema;
    }

    private static void CheckLocalIndex(TableSchema schema, IndexSchema index)
    {
        if (index.PartitionKey != schema.PartitionKey)
        {
            throw new ArgumentException(
                $"Table '{schema.TableName}': local index '{index.Name}' has partition key '{index.PartitionKey.Name}' ({index.PartitionKey.Type.Value}) but the table's is '{schema.PartitionKey.Name}' ({schema.PartitionKey.Type.Value}). A local index shares the table's partition key; use a global index for another one.",
                nameof(schema));
        }

        if (schema.SortKey is null)
        {
            throw new ArgumentException($"Table '{schema.TableName}': local index '{index.Name}' needs a table with a sort key; DynamoDB allows local indexes only on tables with a composite primary key.", nameof(schema));
        }

        if (index.SortKey is null)
        {
            throw new ArgumentException($"Table '{schema.TableName}': local index '{index.Name}' has no sort key; a local index is the table's partition key with another sort key.", nameof(schema));
        }
    }

    private static Projection ProjectionOf(TableSchema schema, IndexSchema index)
    {
        var nonKey = index.NonKeyAttributes ?? [];
        switch (index.Projection)
        {
            case IndexProjection.All:
            case IndexProjection.KeysOnly:
                if (nonKey.Count > 0)
                {
                    throw new ArgumentException($"Table '{schema.TableName}': index '{index.Name}' lists attributes to include but projects {ProjectionTypeOf(index.Projection).Value}; only an Include projection lists attributes.", nameof(schema));
                }

                return new Projection { ProjectionType = ProjectionTypeOf(index.Projection) };
            case IndexProjection.Include:
                if (nonKey.Count == 0)
                {
                    throw new ArgumentException($"Table '{schema.TableName}': index '{index.Name}' has an Include projection without attributes to include; name at least one, or project KeysOnly.", nameof(schema));
                }

                return new Projection { ProjectionType = ProjectionType.INCLUDE, NonKeyAttributes = new List<string>(nonKey) };
            default:
                throw new ArgumentException($"Table '{schema.TableName}': index '{index.Name}' has an unknown projection {index.Projection}.", nameof(schema));
        }
    }

    /// <summary>DynamoDB's name of a projection.</summary>
    internal static ProjectionType ProjectionTypeOf(IndexProjection projection) => projection switch
    {
        IndexProjection.KeysOnly => ProjectionType.KEYS_ONLY,
        IndexProjection.Include => ProjectionType.INCLUDE,
        _ => ProjectionType.ALL,
    };
}
