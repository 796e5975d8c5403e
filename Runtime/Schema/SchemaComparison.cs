using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace DynamoGen;

/// <summary>What a <see cref="SchemaDifference"/> is about.</summary>
public enum SchemaDifferenceKind
{
    /// <summary>The table does not exist.</summary>
    TableMissing = 0,

    /// <summary>A partition key differs in name or type (the table's, or an index's: see <see cref="SchemaDifference.IndexName"/>).</summary>
    PartitionKey = 1,

    /// <summary>A sort key differs in name or type, or exists on one side only (the table's, or an index's).</summary>
    SortKey = 2,

    /// <summary>An index the model declares is not in the table.</summary>
    IndexMissing = 3,

    /// <summary>An index is global on one side and local on the other.</summary>
    IndexKind = 4,

    /// <summary>An index copies other attributes (its projection) than the model declares.</summary>
    Projection = 5,

    /// <summary>The table has an index the model does not declare (informational: it costs writes, it breaks nothing).</summary>
    UndeclaredIndex = 6,

    /// <summary>Time to live is off, or on another attribute, than the model declares.</summary>
    TimeToLive = 7,

    /// <summary>Something could not be checked (the endpoint does not support the call); informational.</summary>
    NotChecked = 8,
}

/// <summary>Whether a difference breaks the model or is worth knowing.</summary>
public enum SchemaDifferenceSeverity
{
    /// <summary>The table does not match the model: requests will fail or behave differently than declared.</summary>
    Mismatch = 0,

    /// <summary>Worth knowing, harmless to the model (an extra index, a check that could not run).</summary>
    Info = 1,
}

/// <summary>One difference between a model's <see cref="TableSchema"/> and a real table.</summary>
/// <param name="TableName">The DynamoDB table name.</param>
/// <param name="Kind">What it is about.</param>
/// <param name="Severity">Whether it breaks the model.</param>
/// <param name="IndexName">The index concerned, or <see langword="null"/> for the table itself.</param>
/// <param name="Message">The difference in plain words, starting with the table's name: <c>table 'orders': global index 'ByStatus' is missing</c>.</param>
public sealed record SchemaDifference(
    string TableName,
    SchemaDifferenceKind Kind,
    SchemaDifferenceSeverity Severity,
    string? IndexName,
    string Message)
{
    /// <inheritdoc />
    public override string ToString() => Severity == SchemaDifferenceSeverity.Info ? Message + " (info)" : Message;
}

/// <summary>
/// The differences between a model's <see cref="TableSchema"/> and a real table (keys, indexes, projections, time to
/// live), from <see cref="DynamoContext.CompareSchemaAsync{T}(string?, System.Threading.CancellationToken)"/>.
/// </summary>
/// <example>
/// <code>
/// var comparison = await context.CompareSchemaAsync&lt;Order&gt;();
/// if (comparison.HasDifferences)
/// {
///     logger.LogWarning("{Comparison}", comparison);   // one line per difference, in plain words
/// }
/// </code>
/// </example>
public sealed class SchemaComparison
{
    private SchemaComparison(string tableName, string modelName, IReadOnlyList<SchemaDifference> differences)
    {
        TableName = tableName;
        ModelName = modelName;
        Differences = differences;
    }

    /// <summary>The DynamoDB table name compared.</summary>
    public string TableName { get; }

    /// <summary>The model's name in the messages: the item type's name, or <c>the model</c>.</summary>
    public string ModelName { get; }

    /// <summary>Every difference, mismatches and informational ones, table first, then indexes in the model's order, then time to live.</summary>
    public IReadOnlyList<SchemaDifference> Differences { get; }

    /// <summary>Whether there is nothing to report at all, not even information.</summary>
    public bool IsEmpty => Differences.Count == 0;

    /// <summary>Whether the table does not match the model (a <see cref="SchemaDifferenceSeverity.Mismatch"/>); informational differences do not count.</summary>
    public bool HasDifferences => Differences.Any(static d => d.Severity == SchemaDifferenceSeverity.Mismatch);

    /// <summary>Throws when <see cref="HasDifferences"/>; for a start-up check or a test.</summary>
    /// <exception cref="DynamoSchemaMismatchException">The table does not match the model; the message lists every difference.</exception>
    public void ThrowIfDifferent()
    {
        if (HasDifferences)
        {
            throw new DynamoSchemaMismatchException(this);
        }
    }

    /// <summary>A summary line, then one line per difference.</summary>
    /// <returns>For example <c>table 'orders' differs from Order:</c> followed by <c>- table 'orders': global index 'ByStatus' is missing</c>.</returns>
    public override string ToString()
    {
        if (IsEmpty)
        {
            return $"table '{TableName}' matches {ModelName}";
        }

        var text = new StringBuilder(HasDifferences ? $"table '{TableName}' differs from {ModelName}:" : $"table '{TableName}' matches {ModelName}, with notes:");
        foreach (var difference in Differences)
        {
            text.Append('\n').Append("- ").Append(difference);
        }

        return text.ToString();
    }

    /// <summary>
    /// Compares <paramref name="schema"/> with a table description (from <c>DescribeTable</c>), without a request:
    /// what <see cref="DynamoContext.CompareSchemaAsync(TableSchema, string?, CompareSchemaOptions?, System.Threading.CancellationToken)"/> does once it has the descriptions.
    /// </summary>
    /// <param name="schema">The model's schema.</param>
    /// <param name="tableName">The DynamoDB table name, for the messages.</param>
    /// <param name="table">The table's description, or <see langword="null"/> when the table does not exist.</param>
    /// <param name="timeToLive">The table's time to live (<c>DescribeTimeToLive</c>), or <see langword="null"/> to skip that check.</param>
    /// <param name="modelName">The model's name in the messages; <c>the model</c> when omitted.</param>
    /// <returns>The comparison.</returns>
    public static SchemaComparison Compare(TableSchema schema, string tableName, TableDescription? table, TimeToLiveDescription? timeToLive = null, string? modelName = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentException.ThrowIfNullOrWhiteSpace(tableName);
        var model = string.IsNullOrWhiteSpace(modelName) ? "the model" : modelName;
        var differences = new List<SchemaDifference>();
        var prefix = $"table '{tableName}': ";
        void Add(SchemaDifferenceKind kind, string? index, string message, SchemaDifferenceSeverity severity = SchemaDifferenceSeverity.Mismatch)
            => differences.Add(new SchemaDifference(tableName, kind, severity, index, prefix + message));

        if (table is null)
        {
            differences.Add(new SchemaDifference(tableName, SchemaDifferenceKind.TableMissing, SchemaDifferenceSeverity.Mismatch, null, $"table '{tableName}' does not exist"));
            return new SchemaComparison(tableName, model, differences);
        }

        var types = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var definition in table.AttributeDefinitions ?? [])
        {
            types[definition.AttributeName] = definition.AttributeType?.Value ?? "?";
        }

        CompareKeys(null, table.KeySchema, schema.PartitionKey, schema.SortKey, types, model, Add);

        var tableIndexes = new Dictionary<string, (IndexKind Kind, List<KeySchemaElement>? Keys, Projection? Projection)>(StringComparer.Ordinal);
        var tableIndexOrder = new List<string>();
        foreach (var index in table.GlobalSecondaryIndexes ?? [])
        {
            tableIndexes[index.IndexName] = (IndexKind.Global, index.KeySchema, index.Projection);
            tableIndexOrder.Add(index.IndexName);
        }

        foreach (var index in table.LocalSecondaryIndexes ?? [])
        {
            tableIndexes[index.IndexName] = (IndexKind.Local, index.KeySchema, index.Projection);
            tableIndexOrder.Add(index.IndexName);
        }

        var declared = new HashSet<string>(StringComparer.Ordinal);
        foreach (var index in schema.Indexes)
        {
            declared.Add(index.Name);
            if (!tableIndexes.TryGetValue(index.Name, out var actual))
            {
                Add(SchemaDifferenceKind.IndexMissing, index.Name, $"{KindName(index.Kind)} index '{index.Name}' is missing");
                continue;
            }

            if (actual.Kind != index.Kind)
            {
                Add(SchemaDifferenceKind.IndexKind, index.Name, $"index '{index.Name}' is a {KindName(actual.Kind)} index in the table but a {KindName(index.Kind)} index in {model}");
            }

            CompareKeys(index.Name, actual.Keys, index.PartitionKey, index.SortKey, types, model, Add);
            CompareProjection(index, actual.Projection, model, Add);
        }

        foreach (var name in tableIndexOrder)
        {
            if (!declared.Contains(name))
            {
                Add(SchemaDifferenceKind.UndeclaredIndex, name, $"{KindName(tableIndexes[name].Kind)} index '{name}' is in the table but {model} does not declare it", SchemaDifferenceSeverity.Info);
            }
        }

        if (timeToLive is not null)
        {
            var status = timeToLive.TimeToLiveStatus;
            var actual = status == TimeToLiveStatus.ENABLED || status == TimeToLiveStatus.ENABLING ? timeToLive.AttributeName : null;
            var expected = schema.TimeToLiveAttribute;
            if (expected is not null && actual is null)
            {
                Add(SchemaDifferenceKind.TimeToLive, null, $"time to live is off in the table but {model} declares it on '{expected}'");
            }
            else if (expected is not null && !string.Equals(expected, actual, StringComparison.Ordinal))
            {
                Add(SchemaDifferenceKind.TimeToLive, null, $"time to live is on '{actual}' in the table but on '{expected}' in {model}");
            }
            else if (expected is null && actual is not null)
            {
                Add(SchemaDifferenceKind.TimeToLive, null, $"time to live is on '{actual}' in the table but {model} declares none", SchemaDifferenceSeverity.Info);
            }
        }

        return new SchemaComparison(tableName, model, differences);
    }

    /// <summary>The comparison of a table that exists, with a note that something could not be checked.</summary>
    internal SchemaComparison WithNote(string message)
    {
        var differences = new List<SchemaDifference>(Differences)
        {
            new(TableName, SchemaDifferenceKind.NotChecked, SchemaDifferenceSeverity.Info, null, $"table '{TableName}': {message}"),
        };
        return new SchemaComparison(TableName, ModelName, differences);
    }

    private static void CompareKeys(
        string? indexName,
        List<KeySchemaElement>? keySchema,
        KeyAttribute partitionKey,
        KeyAttribute? sortKey,
        Dictionary<string, string> types,
        string model,
        Action<SchemaDifferenceKind, string?, string, SchemaDifferenceSeverity> add)
    {
        string? hash = null;
        string? range = null;
        foreach (var element in keySchema ?? [])
        {
            if (element.KeyType == KeyType.HASH)
            {
                hash = element.AttributeName;
            }
            else if (element.KeyType == KeyType.RANGE)
            {
                range = element.AttributeName;
            }
        }

        string TypeOf(string name) => types.TryGetValue(name, out var type) ? type : "?";
        var of = indexName is null ? string.Empty : $" of index '{indexName}'";
        var owner = indexName is null ? "the table has" : $"index '{indexName}' has";
        var inTable = indexName is null ? string.Empty : " in the table";

        if (hash is null)
        {
            add(SchemaDifferenceKind.PartitionKey, indexName, $"{owner} no partition key{inTable} but {model} declares '{partitionKey.Name}' ({partitionKey.Type.Value})", SchemaDifferenceSeverity.Mismatch);
        }
        else
        {
            CompareKey(SchemaDifferenceKind.PartitionKey, "partition key", of, indexName, hash, TypeOf(hash), partitionKey, model, add);
        }

        if (range is null && sortKey is not null)
        {
            add(SchemaDifferenceKind.SortKey, indexName, $"{owner} no sort key{inTable} but {model} declares '{sortKey.Name}' ({sortKey.Type.Value})", SchemaDifferenceSeverity.Mismatch);
        }
        else if (range is not null && sortKey is null)
        {
            add(SchemaDifferenceKind.SortKey, indexName, $"{owner} sort key '{range}' ({TypeOf(range)}){inTable} but {model} declares none", SchemaDifferenceSeverity.Mismatch);
        }
        else if (range is not null && sortKey is not null)
        {
            CompareKey(SchemaDifferenceKind.SortKey, "sort key", of, indexName, range, TypeOf(range), sortKey, model, add);
        }
    }

    private static void CompareKey(
        SchemaDifferenceKind kind,
        string keyword,
        string of,
        string? indexName,
        string name,
        string type,
        KeyAttribute declared,
        string model,
        Action<SchemaDifferenceKind, string?, string, SchemaDifferenceSeverity> add)
    {
        if (!string.Equals(name, declared.Name, StringComparison.Ordinal))
        {
            add(kind, indexName, $"{keyword}{of} is '{name}' ({type}) in the table but '{declared.Name}' ({declared.Type.Value}) in {model}", SchemaDifferenceSeverity.Mismatch);
        }
        else if (!string.Equals(type, declared.Type.Value, StringComparison.Ordinal))
        {
            add(kind, indexName, $"{keyword} '{name}'{of} is {type} in the table but {declared.Type.Value} in {model}", SchemaDifferenceSeverity.Mismatch);
        }
    }

    private static void CompareProjection(
        IndexSchema index,
        Projection? projection,
        string model,
        Action<SchemaDifferenceKind, string?, string, SchemaDifferenceSeverity> add)
    {
        var actualType = projection?.ProjectionType?.Value ?? ProjectionType.ALL.Value;
        var actualAttributes = projection?.NonKeyAttributes ?? [];
        var declaredType = TableSchemaExtensions.ProjectionTypeOf(index.Projection).Value;
        var declaredAttributes = index.NonKeyAttributes ?? [];
        var same = string.Equals(actualType, declaredType, StringComparison.Ordinal)
            && (index.Projection != IndexProjection.Include || new HashSet<string>(actualAttributes, StringComparer.Ordinal).SetEquals(declaredAttributes));
        if (!same)
        {
            add(
                SchemaDifferenceKind.Projection,
                index.Name,
                $"index '{index.Name}' projects {Describe(actualType, actualAttributes)} in the table but {Describe(declaredType, declaredAttributes)} in {model}",
                SchemaDifferenceSeverity.Mismatch);
        }

        static string Describe(string type, IReadOnlyList<string> attributes)
            => type == ProjectionType.INCLUDE.Value ? $"{type} ({string.Join(", ", attributes)})" : type;
    }

    private static string KindName(IndexKind kind) => kind == IndexKind.Local ? "local" : "global";
}
