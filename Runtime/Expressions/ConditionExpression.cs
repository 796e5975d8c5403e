using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Amazon.DynamoDBv2.Model;

namespace DynamoGen;

/// <summary>
/// A condition expression (a put, update or delete condition, a transaction's condition check, a query or scan
/// filter), built from generated attribute descriptors: <c>Order.Fields.Status.Equal("open") &amp;
/// Order.Fields.Total.GreaterThan(10)</c>. Immutable. Names and values are sent as <c>#n</c>/<c>:v</c> placeholders
/// assigned by <see cref="ExpressionBuilder"/>, so reserved words and any value are safe.
/// </summary>
/// <remarks>
/// Combine with <c>&amp;</c> (AND), <c>|</c> (OR) and <c>!</c> (NOT). The comparisons are extension methods on
/// <see cref="DynamoField{TValue}"/> in <see cref="FieldConditions"/>.
/// </remarks>
public abstract class ConditionExpression
{
    private protected ConditionExpression()
    {
    }

    /// <summary>Both conditions hold.</summary>
    /// <param name="left">A condition.</param>
    /// <param name="right">Another condition.</param>
    /// <returns><c>left AND right</c>.</returns>
    public static ConditionExpression operator &(ConditionExpression left, ConditionExpression right) => And(left, right);

    /// <summary>Either condition holds.</summary>
    /// <param name="left">A condition.</param>
    /// <param name="right">Another condition.</param>
    /// <returns><c>left OR right</c>.</returns>
    public static ConditionExpression operator |(ConditionExpression left, ConditionExpression right) => Or(left, right);

    /// <summary>The condition does not hold.</summary>
    /// <param name="condition">A condition.</param>
    /// <returns><c>NOT condition</c>.</returns>
    public static ConditionExpression operator !(ConditionExpression condition) => Not(condition);

    /// <summary>All the conditions hold.</summary>
    /// <param name="conditions">One or more conditions.</param>
    /// <returns>Their conjunction.</returns>
    public static ConditionExpression And(params ConditionExpression[] conditions) => Combine(true, conditions);

    /// <summary>At least one of the conditions holds.</summary>
    /// <param name="conditions">One or more conditions.</param>
    /// <returns>Their disjunction.</returns>
    public static ConditionExpression Or(params ConditionExpression[] conditions) => Combine(false, conditions);

    /// <summary>The condition does not hold.</summary>
    /// <param name="condition">A condition.</param>
    /// <returns><c>NOT condition</c>.</returns>
    public static ConditionExpression Not(ConditionExpression condition)
    {
        ArgumentNullException.ThrowIfNull(condition);
        return new NotCondition(condition);
    }

    /// <summary><c>attribute_exists(path)</c>: the item has the attribute (used with a key attribute: the item exists).</summary>
    /// <param name="path">The attribute path.</param>
    /// <returns>The condition.</returns>
    public static ConditionExpression Exists(AttributePath path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return new FunctionCondition("attribute_exists", path, null);
    }

    /// <summary><c>attribute_not_exists(path)</c>: the item lacks the attribute (used with a key attribute: there is no such item).</summary>
    /// <param name="path">The attribute path.</param>
    /// <returns>The condition.</returns>
    public static ConditionExpression NotExists(AttributePath path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return new FunctionCondition("attribute_not_exists", path, null);
    }

    /// <summary>Compares an attribute with a value already converted to its attribute value.</summary>
    /// <param name="path">The attribute path.</param>
    /// <param name="comparison">The comparison.</param>
    /// <param name="value">The value.</param>
    /// <returns>The condition.</returns>
    public static ConditionExpression Compare(AttributePath path, Comparison comparison, AttributeValue value)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(value);
        return new ComparisonCondition(Operand.Of(path), comparison, Operand.Of(value));
    }

    /// <summary>Writes this condition with <paramref name="builder"/>'s placeholders.</summary>
    /// <param name="builder">The request's expression builder.</param>
    /// <param name="nested">Whether the result is an operand of AND, OR or NOT (compound conditions are then parenthesized).</param>
    /// <returns>The expression text.</returns>
    internal abstract string Render(ExpressionBuilder builder, bool nested);

    /// <summary>The expression as it is sent, with its placeholders, for messages and debugging.</summary>
    /// <returns>The expression text.</returns>
    public override string ToString() => Render(new ExpressionBuilder(), false);

    private static ConditionExpression Combine(bool and, ConditionExpression[] conditions)
    {
        ArgumentNullException.ThrowIfNull(conditions);
        if (conditions.Length == 0)
        {
            throw new ArgumentException("At least one condition is needed.", nameof(conditions));
        }

        var parts = ImmutableArray.CreateBuilder<ConditionExpression>();
        foreach (var condition in conditions)
        {
            ArgumentNullException.ThrowIfNull(condition, nameof(conditions));
            if (condition is LogicalCondition logical && logical.IsAnd == and)
            {
                parts.AddRange(logical.Parts);
            }
            else
            {
                parts.Add(condition);
            }
        }

        return parts.Count == 1 ? parts[0] : new LogicalCondition(and, parts.ToImmutable());
    }
}

/// <summary>A comparison operator of a condition.</summary>
public enum Comparison
{
    /// <summary><c>=</c>.</summary>
    Equal = 0,

    /// <summary><c>&lt;&gt;</c>.</summary>
    NotEqual,

    /// <summary><c>&lt;</c>.</summary>
    LessThan,

    /// <summary><c>&lt;=</c>.</summary>
    LessThanOrEqual,

    /// <summary><c>&gt;</c>.</summary>
    GreaterThan,

    /// <summary><c>&gt;=</c>.</summary>
    GreaterThanOrEqual,
}

/// <summary>An operand of a comparison: a path, <c>size(path)</c> or a value.</summary>
internal readonly record struct Operand(AttributePath? Path, AttributeValue? Value, bool Size)
{
    public static Operand Of(AttributePath path) => new(path, null, false);

    public static Operand Of(AttributeValue value) => new(null, value, false);

    public static Operand SizeOf(AttributePath path) => new(path, null, true);

    public string Render(ExpressionBuilder builder)
        => Value is not null ? builder.Value(Value) : Size ? "size(" + builder.Path(Path!) + ")" : builder.Path(Path!);
}

internal sealed class ComparisonCondition(Operand left, Comparison comparison, Operand right) : ConditionExpression
{
    internal override string Render(ExpressionBuilder builder, bool nested)
    {
        var op = comparison switch
        {
            Comparison.Equal => " = ",
            Comparison.NotEqual => " <> ",
            Comparison.LessThan => " < ",
            Comparison.LessThanOrEqual => " <= ",
            Comparison.GreaterThan => " > ",
            Comparison.GreaterThanOrEqual => " >= ",
            _ => throw new InvalidOperationException("Unknown comparison " + comparison + "."),
        };
        var l = left.Render(builder);
        return l + op + right.Render(builder);
    }
}

internal sealed class BetweenCondition(Operand operand, AttributeValue low, AttributeValue high) : ConditionExpression
{
    internal override string Render(ExpressionBuilder builder, bool nested)
    {
        var o = operand.Render(builder);
        var l = builder.Value(low);
        return o + " BETWEEN " + l + " AND " + builder.Value(high);
    }
}

internal sealed class InCondition(Operand operand, IReadOnlyList<AttributeValue> values) : ConditionExpression
{
    internal override string Render(ExpressionBuilder builder, bool nested)
    {
        var text = new System.Text.StringBuilder(operand.Render(builder)).Append(" IN (");
        for (var i = 0; i < values.Count; i++)
        {
            text.Append(i == 0 ? string.Empty : ", ").Append(builder.Value(values[i]));
        }

        return text.Append(')').ToString();
    }
}

/// <summary><c>function(path)</c> or <c>function(path, :value)</c>: attribute_exists, attribute_not_exists, attribute_type, begins_with, contains.</summary>
internal sealed class FunctionCondition(string function, AttributePath path, AttributeValue? argument) : ConditionExpression
{
    internal override string Render(ExpressionBuilder builder, bool nested)
    {
        var p = builder.Path(path);
        return argument is null ? function + "(" + p + ")" : function + "(" + p + ", " + builder.Value(argument) + ")";
    }
}

internal sealed class NotCondition(ConditionExpression inner) : ConditionExpression
{
    internal override string Render(ExpressionBuilder builder, bool nested)
        => inner is LogicalCondition or FunctionCondition or NotCondition
            ? "NOT " + inner.Render(builder, true)
            : "NOT (" + inner.Render(builder, false) + ")";
}

internal sealed class LogicalCondition(bool isAnd, ImmutableArray<ConditionExpression> parts) : ConditionExpression
{
    public bool IsAnd => isAnd;

    public ImmutableArray<ConditionExpression> Parts => parts;

    internal override string Render(ExpressionBuilder builder, bool nested)
    {
        var text = new System.Text.StringBuilder();
        if (nested)
        {
            text.Append('(');
        }

        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0)
            {
                text.Append(isAnd ? " AND " : " OR ");
            }

            text.Append(parts[i].Render(builder, true));
        }

        return (nested ? text.Append(')') : text).ToString();
    }
}
