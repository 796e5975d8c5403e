using System;
using System.Globalization;
using Amazon.DynamoDBv2.Model;

namespace DynamoGen;

/// <summary>
/// <c>size(path)</c> in a condition, created by <see cref="FieldConditions.Size{TValue}"/>: the length of a string or
/// binary attribute, or the number of elements of a set, list or map.
/// </summary>
public sealed class AttributeSize
{
    private readonly AttributePath _path;

    internal AttributeSize(AttributePath path) => _path = path;

    /// <summary><c>size(path) = :n</c>.</summary>
    /// <param name="size">The size.</param>
    /// <returns>The condition.</returns>
    public ConditionExpression Equal(long size) => Compare(Comparison.Equal, size);

    /// <summary><c>size(path) &lt;&gt; :n</c>.</summary>
    /// <param name="size">The size.</param>
    /// <returns>The condition.</returns>
    public ConditionExpression NotEqual(long size) => Compare(Comparison.NotEqual, size);

    /// <summary><c>size(path) &lt; :n</c>.</summary>
    /// <param name="size">The size.</param>
    /// <returns>The condition.</returns>
    public ConditionExpression LessThan(long size) => Compare(Comparison.LessThan, size);

    /// <summary><c>size(path) &lt;= :n</c>.</summary>
    /// <param name="size">The size.</param>
    /// <returns>The condition.</returns>
    public ConditionExpression LessThanOrEqual(long size) => Compare(Comparison.LessThanOrEqual, size);

    /// <summary><c>size(path) &gt; :n</c>.</summary>
    /// <param name="size">The size.</param>
    /// <returns>The condition.</returns>
    public ConditionExpression GreaterThan(long size) => Compare(Comparison.GreaterThan, size);

    /// <summary><c>size(path) &gt;= :n</c>.</summary>
    /// <param name="size">The size.</param>
    /// <returns>The condition.</returns>
    public ConditionExpression GreaterThanOrEqual(long size) => Compare(Comparison.GreaterThanOrEqual, size);

    /// <summary><c>size(path) BETWEEN :low AND :high</c>.</summary>
    /// <param name="low">The low bound, inclusive.</param>
    /// <param name="high">The high bound, inclusive.</param>
    /// <returns>The condition.</returns>
    public ConditionExpression Between(long low, long high) => new BetweenCondition(Operand.SizeOf(_path), Number(low), Number(high));

    /// <inheritdoc />
    public override string ToString() => "size(" + _path + ")";

    private ComparisonCondition Compare(Comparison comparison, long size)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(size);
        return new ComparisonCondition(Operand.SizeOf(_path), comparison, Operand.Of(Number(size)));
    }

    private static AttributeValue Number(long value) => new() { N = value.ToString(CultureInfo.InvariantCulture) };
}
