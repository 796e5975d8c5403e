using System;
using System.Collections.Generic;
using Amazon.DynamoDBv2.Model;

namespace DynamoGen;

/// <summary>
/// Conditions on an attribute, as extension methods of the generated descriptors:
/// <c>Order.Fields.Status.Equal("open")</c>, <c>Order.Fields.Tags.Contains("red")</c>,
/// <c>Order.Fields.Lines.Size().GreaterThan(3)</c>. Values are converted exactly as <c>ToItem</c> stores them.
/// </summary>
public static class FieldConditions
{
    /// <summary><c>path = :value</c>.</summary>
    /// <typeparam name="TValue">The member's type.</typeparam>
    /// <param name="field">The attribute.</param>
    /// <param name="value">The value (not null: use <see cref="NotExists{TValue}"/> for an absent attribute).</param>
    /// <returns>The condition.</returns>
    public static ConditionExpression Equal<TValue>(this DynamoField<TValue> field, TValue value) => Compare(field, Comparison.Equal, value);

    /// <summary><c>path &lt;&gt; :value</c> (also true when the attribute is absent).</summary>
    /// <typeparam name="TValue">The member's type.</typeparam>
    /// <param name="field">The attribute.</param>
    /// <param name="value">The value.</param>
    /// <returns>The condition.</returns>
    public static ConditionExpression NotEqual<TValue>(this DynamoField<TValue> field, TValue value) => Compare(field, Comparison.NotEqual, value);

    /// <summary><c>path &lt; :value</c>.</summary>
    /// <typeparam name="TValue">The member's type.</typeparam>
    /// <param name="field">The attribute.</param>
    /// <param name="value">The value.</param>
    /// <returns>The condition.</returns>
    public static ConditionExpression LessThan<TValue>(this DynamoField<TValue> field, TValue value) => Compare(field, Comparison.LessThan, value);

    /// <summary><c>path &lt;= :value</c>.</summary>
    /// <typeparam name="TValue">The member's type.</typeparam>
    /// <param name="field">The attribute.</param>
    /// <param name="value">The value.</param>
    /// <returns>The condition.</returns>
    public static ConditionExpression LessThanOrEqual<TValue>(this DynamoField<TValue> field, TValue value) => Compare(field, Comparison.LessThanOrEqual, value);

    /// <summary><c>path &gt; :value</c>.</summary>
    /// <typeparam name="TValue">The member's type.</typeparam>
    /// <param name="field">The attribute.</param>
    /// <param name="value">The value.</param>
    /// <returns>The condition.</returns>
    public static ConditionExpression GreaterThan<TValue>(this DynamoField<TValue> field, TValue value) => Compare(field, Comparison.GreaterThan, value);

    /// <summary><c>path &gt;= :value</c>.</summary>
    /// <typeparam name="TValue">The member's type.</typeparam>
    /// <param name="field">The attribute.</param>
    /// <param name="value">The value.</param>
    /// <returns>The condition.</returns>
    public static ConditionExpression GreaterThanOrEqual<TValue>(this DynamoField<TValue> field, TValue value) => Compare(field, Comparison.GreaterThanOrEqual, value);

    /// <summary><c>path = other</c>: two attributes of the same item are equal.</summary>
    /// <typeparam name="TValue">The members' type.</typeparam>
    /// <param name="field">The attribute.</param>
    /// <param name="other">The other attribute.</param>
    /// <returns>The condition.</returns>
    public static ConditionExpression EqualTo<TValue>(this DynamoField<TValue> field, DynamoField<TValue> other)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(other);
        return new ComparisonCondition(Operand.Of(field.Path), Comparison.Equal, Operand.Of(other.Path));
    }

    /// <summary><c>path BETWEEN :low AND :high</c> (both inclusive).</summary>
    /// <typeparam name="TValue">The member's type.</typeparam>
    /// <param name="field">The attribute.</param>
    /// <param name="low">The low bound.</param>
    /// <param name="high">The high bound.</param>
    /// <returns>The condition.</returns>
    public static ConditionExpression Between<TValue>(this DynamoField<TValue> field, TValue low, TValue high)
    {
        ArgumentNullException.ThrowIfNull(field);
        return new BetweenCondition(Operand.Of(field.Path), Convert(field, low, nameof(low)), Convert(field, high, nameof(high)));
    }

    /// <summary><c>path IN (:v0, :v1, ...)</c>: the attribute equals one of 1 to 100 values.</summary>
    /// <typeparam name="TValue">The member's type.</typeparam>
    /// <param name="field">The attribute.</param>
    /// <param name="values">The candidate values.</param>
    /// <returns>The condition.</returns>
    public static ConditionExpression In<TValue>(this DynamoField<TValue> field, params IEnumerable<TValue> values)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(values);
        var converted = new List<AttributeValue>();
        foreach (var value in values)
        {
            converted.Add(Convert(field, value, nameof(values)));
        }

        if (converted.Count is 0 or > 100)
        {
            throw new ArgumentException($"IN takes 1 to 100 values; {converted.Count} were given for '{field.Path}'.", nameof(values));
        }

        return new InCondition(Operand.Of(field.Path), converted);
    }

    /// <summary><c>begins_with(path, :prefix)</c>: a string (or binary) attribute begins with <paramref name="prefix"/>.</summary>
    /// <typeparam name="TValue">The member's type.</typeparam>
    /// <param name="field">The attribute.</param>
    /// <param name="prefix">The prefix.</param>
    /// <returns>The condition.</returns>
    public static ConditionExpression BeginsWith<TValue>(this DynamoField<TValue> field, string prefix)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(prefix);
        return new FunctionCondition("begins_with", field.Path, new AttributeValue { S = prefix });
    }

    /// <summary><c>contains(path, :substring)</c>: a string attribute contains <paramref name="substring"/>.</summary>
    /// <typeparam name="TValue">The member's type.</typeparam>
    /// <param name="field">The attribute.</param>
    /// <param name="substring">The text to look for.</param>
    /// <returns>The condition.</returns>
    public static ConditionExpression Contains<TValue>(this DynamoField<TValue> field, string substring)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(substring);
        return new FunctionCondition("contains", field.Path, new AttributeValue { S = substring });
    }

    /// <summary><c>contains(path, :element)</c>: a set attribute contains <paramref name="element"/>.</summary>
    /// <typeparam name="TValue">The member's type.</typeparam>
    /// <typeparam name="TElement">The set's element type.</typeparam>
    /// <param name="field">The set attribute.</param>
    /// <param name="element">The element.</param>
    /// <returns>The condition.</returns>
    public static ConditionExpression Contains<TValue, TElement>(this SetField<TValue, TElement> field, TElement element)
    {
        ArgumentNullException.ThrowIfNull(field);
        var set = field.ToSetValue([element]) ?? throw new ArgumentException($"The element for '{field.Path}' is stored as nothing.", nameof(element));
        var scalar = set.SS is { Count: > 0 } ss ? new AttributeValue { S = ss[0] }
            : set.NS is { Count: > 0 } ns ? new AttributeValue { N = ns[0] }
            : set.BS is { Count: > 0 } bs ? new AttributeValue { B = bs[0] }
            : throw new ArgumentException($"The element for '{field.Path}' did not convert to a set element.", nameof(element));
        return new FunctionCondition("contains", field.Path, scalar);
    }

    /// <summary><c>contains(path, :element)</c>: a list attribute contains <paramref name="element"/>.</summary>
    /// <typeparam name="TValue">The member's type.</typeparam>
    /// <typeparam name="TElement">The list's element type.</typeparam>
    /// <param name="field">The list attribute.</param>
    /// <param name="element">The element.</param>
    /// <returns>The condition.</returns>
    public static ConditionExpression Contains<TValue, TElement>(this ListField<TValue, TElement> field, TElement element)
    {
        ArgumentNullException.ThrowIfNull(field);
        return new FunctionCondition("contains", field.Path, field.ToListValue([element]).L[0]);
    }

    /// <summary><c>attribute_exists(path)</c>.</summary>
    /// <typeparam name="TValue">The member's type.</typeparam>
    /// <param name="field">The attribute.</param>
    /// <returns>The condition.</returns>
    public static ConditionExpression Exists<TValue>(this DynamoField<TValue> field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return ConditionExpression.Exists(field.Path);
    }

    /// <summary><c>attribute_not_exists(path)</c>.</summary>
    /// <typeparam name="TValue">The member's type.</typeparam>
    /// <param name="field">The attribute.</param>
    /// <returns>The condition.</returns>
    public static ConditionExpression NotExists<TValue>(this DynamoField<TValue> field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return ConditionExpression.NotExists(field.Path);
    }

    /// <summary><c>attribute_type(path, :type)</c>.</summary>
    /// <typeparam name="TValue">The member's type.</typeparam>
    /// <param name="field">The attribute.</param>
    /// <param name="type">The DynamoDB type.</param>
    /// <returns>The condition.</returns>
    public static ConditionExpression HasType<TValue>(this DynamoField<TValue> field, DynamoAttributeType type)
    {
        ArgumentNullException.ThrowIfNull(field);
        var code = type switch
        {
            DynamoAttributeType.String => "S",
            DynamoAttributeType.StringSet => "SS",
            DynamoAttributeType.Number => "N",
            DynamoAttributeType.NumberSet => "NS",
            DynamoAttributeType.Binary => "B",
            DynamoAttributeType.BinarySet => "BS",
            DynamoAttributeType.Boolean => "BOOL",
            DynamoAttributeType.Null => "NULL",
            DynamoAttributeType.List => "L",
            DynamoAttributeType.Map => "M",
            _ => throw new ArgumentOutOfRangeException(nameof(type)),
        };
        return new FunctionCondition("attribute_type", field.Path, new AttributeValue { S = code });
    }

    /// <summary><c>size(path)</c>, to compare: the length of a string or binary, the number of elements of a set, list or map.</summary>
    /// <typeparam name="TValue">The member's type.</typeparam>
    /// <param name="field">The attribute.</param>
    /// <returns>The size operand; call its comparison methods.</returns>
    public static AttributeSize Size<TValue>(this DynamoField<TValue> field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return new AttributeSize(field.Path);
    }

    private static ComparisonCondition Compare<TValue>(DynamoField<TValue> field, Comparison comparison, TValue value)
    {
        ArgumentNullException.ThrowIfNull(field);
        return new ComparisonCondition(Operand.Of(field.Path), comparison, Operand.Of(Convert(field, value, nameof(value))));
    }

    internal static AttributeValue Convert<TValue>(DynamoField<TValue> field, TValue value, string parameter)
        => field.ToAttributeValue(value)
           ?? throw new ArgumentException(
               $"A condition on '{field.Path}' needs a value that is stored (not null, not an empty set); use Exists() or NotExists() to test for presence.",
               parameter);
}
