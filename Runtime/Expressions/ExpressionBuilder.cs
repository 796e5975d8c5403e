using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Amazon.DynamoDBv2.Model;

namespace DynamoGen;

/// <summary>
/// Assigns the placeholders of one request: <c>#n0, #n1, ...</c> for attribute names (the same name always gets the
/// same placeholder) and <c>:v0, :v1, ...</c> for values, and collects them for <c>ExpressionAttributeNames</c> and
/// <c>ExpressionAttributeValues</c>. Every expression of a request (key condition, update, condition, filter,
/// projection) must be rendered with the same builder. No name or value is ever written into expression text, so
/// reserved words (<c>status</c>, <c>name</c>, <c>data</c>) and any value are safe.
/// </summary>
/// <example>
/// <code>
/// var builder = new ExpressionBuilder();
/// var request = new ScanRequest
/// {
///     TableName = "orders",
///     FilterExpression = builder.Condition(Order.Fields.Status.Equal("open")),   // "#n0 = :v0"
///     ExpressionAttributeNames = builder.Names,
///     ExpressionAttributeValues = builder.Values,
/// };
/// </code>
/// </example>
public sealed class ExpressionBuilder
{
    private readonly Dictionary<string, string> _placeholders = new(StringComparer.Ordinal);
    private Dictionary<string, string>? _names;
    private Dictionary<string, AttributeValue>? _values;

    /// <summary>The name placeholders assigned so far (placeholder to attribute name), or <see langword="null"/> when none (DynamoDB rejects an empty map).</summary>
    public Dictionary<string, string>? Names => _names;

    /// <summary>The value placeholders assigned so far (placeholder to value), or <see langword="null"/> when none.</summary>
    public Dictionary<string, AttributeValue>? Values => _values;

    /// <summary>The placeholder of an attribute name or map key, reused when the name is used again.</summary>
    /// <param name="attributeName">The name.</param>
    /// <returns><c>#nN</c>.</returns>
    public string Name(string attributeName)
    {
        ArgumentException.ThrowIfNullOrEmpty(attributeName);
        if (!_placeholders.TryGetValue(attributeName, out var placeholder))
        {
            placeholder = "#n" + _placeholders.Count.ToString(CultureInfo.InvariantCulture);
            _placeholders[attributeName] = placeholder;
            (_names ??= new Dictionary<string, string>(StringComparer.Ordinal))[placeholder] = attributeName;
        }

        return placeholder;
    }

    /// <summary>A document path with a placeholder per name: <c>#n0.#n1[2]</c>.</summary>
    /// <param name="path">The path.</param>
    /// <returns>The path text.</returns>
    public string Path(AttributePath path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path.IsTopLevel)
        {
            return Name(path.AttributeName);
        }

        var text = new StringBuilder();
        foreach (var segment in path.Segments)
        {
            if (segment.IsIndex)
            {
                text.Append('[').Append(segment.Index.ToString(CultureInfo.InvariantCulture)).Append(']');
            }
            else
            {
                if (text.Length > 0)
                {
                    text.Append('.');
                }

                text.Append(Name(segment.Name!));
            }
        }

        return text.ToString();
    }

    /// <summary>A new value placeholder.</summary>
    /// <param name="value">The value.</param>
    /// <returns><c>:vN</c>.</returns>
    public string Value(AttributeValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _values ??= new Dictionary<string, AttributeValue>(StringComparer.Ordinal);
        var placeholder = ":v" + _values.Count.ToString(CultureInfo.InvariantCulture);
        _values[placeholder] = value;
        return placeholder;
    }

    /// <summary>Renders a condition (a condition expression or a filter).</summary>
    /// <param name="condition">The condition.</param>
    /// <returns>The expression text.</returns>
    public string Condition(ConditionExpression condition)
    {
        ArgumentNullException.ThrowIfNull(condition);
        return condition.Render(this, false);
    }

    /// <summary>Renders an update expression.</summary>
    /// <param name="update">The update; must not be empty.</param>
    /// <returns>The expression text.</returns>
    public string Update(UpdateExpression update)
    {
        ArgumentNullException.ThrowIfNull(update);
        return update.Render(this);
    }

    /// <summary>Renders a projection expression.</summary>
    /// <param name="projection">The projection.</param>
    /// <returns>The expression text.</returns>
    public string Projection(ProjectionExpression projection)
    {
        ArgumentNullException.ThrowIfNull(projection);
        return projection.Render(this);
    }

    /// <summary>Renders a key condition expression: <c>#n0 = :v0 AND #n1 &gt; :v1</c>.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="key">The key condition.</param>
    /// <returns>The expression text.</returns>
    public string KeyCondition<T>(KeyCondition<T> key) where T : IDynamoTable<T>
    {
        ArgumentNullException.ThrowIfNull(key);
        return KeyCondition(key.Index, key.PartitionValue, key.SortOperator, key.SortValue, key.SortValueHigh);
    }

    internal string KeyCondition<T>(TableIndex<T> index, AttributeValue partition, SortKeyOperator op, AttributeValue? sort, AttributeValue? high)
        where T : IDynamoTable<T>
    {
        var text = Name(index.PartitionKeyAttribute) + " = " + Value(partition);
        if (op == SortKeyOperator.None)
        {
            return text;
        }

        var sk = Name(index.SortKeyAttribute ?? throw new InvalidOperationException($"Index '{index}' has no sort key."));
        return text + " AND " + op switch
        {
            SortKeyOperator.Equal => sk + " = " + Value(sort!),
            SortKeyOperator.LessThan => sk + " < " + Value(sort!),
            SortKeyOperator.LessThanOrEqual => sk + " <= " + Value(sort!),
            SortKeyOperator.GreaterThan => sk + " > " + Value(sort!),
            SortKeyOperator.GreaterThanOrEqual => sk + " >= " + Value(sort!),
            SortKeyOperator.Between => Between(sk, sort!, high!),
            SortKeyOperator.BeginsWith => "begins_with(" + sk + ", " + Value(sort!) + ")",
            _ => throw new ArgumentOutOfRangeException(nameof(op)),
        };
    }

    private string Between(string sk, AttributeValue low, AttributeValue high)
    {
        var l = Value(low);
        return sk + " BETWEEN " + l + " AND " + Value(high);
    }
}
