using System;
using System.Collections.Generic;
using System.Globalization;
using Amazon.DynamoDBv2.Model;

namespace DynamoGen;

/// <summary>
/// The one optimistic-versioning policy of a <see cref="VersionAttribute"/> type: the check a write carries
/// (<c>attribute_not_exists(#v)</c> for a new item, <c>#v = :expected</c> otherwise), the version it stores (expected
/// plus one), how the version of an item in memory (<see cref="IDynamoTable{TSelf}.VersionOf"/>) or in storage is read,
/// and which requests may carry an expected version. Puts, creates, deletes, updates, minimal updates, transactions and
/// batches ask this class and hold no version logic of their own.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
internal static class Versioning<T> where T : IDynamoTable<T>
{
    private const string StoredForm = "N holding a whole number of 0 or more (the [Version] attribute)";

    /// <summary>The version attribute, or <see langword="null"/> when <typeparamref name="T"/> has no <c>[Version]</c> member.</summary>
    public static string? Attribute => T.TableSchema.VersionAttribute;

    /// <summary>
    /// A put of <paramref name="item"/>: the instance the put returns (for a versioned type, the generated
    /// <see cref="IDynamoTable{TSelf}.WithVersion"/> copy carrying the next version; the caller's instance is not
    /// changed) and the version the stored item must have (<see langword="null"/>: no check).
    /// </summary>
    public static (T Written, long? Expected) Put(T item)
    {
        if (Attribute is not { } attribute)
        {
            return (item, null);
        }

        var current = Of(item, attribute);
        try
        {
            return (T.WithVersion(item, checked(current + 1)), current);
        }
        catch (OverflowException e)
        {
            throw new DynamoMappingException(typeof(T).ToString(), "(version)", attribute, "a version the [Version] member can hold", "version " + current.ToString(CultureInfo.InvariantCulture) + " + 1", innerException: e);
        }
    }

    /// <summary>The version of <paramref name="item"/> (0 when its member is null), or <see langword="null"/> for a type without versions.</summary>
    public static long? Of(T item) => Attribute is { } attribute ? Of(item, attribute) : null;

    /// <summary>The condition a write expecting <paramref name="expected"/> carries: no item for version 0, else that version.</summary>
    public static ConditionExpression Check(long expected)
    {
        var path = new AttributePath(Attribute!);
        return expected == 0 ? ConditionExpression.NotExists(path) : ConditionExpression.Compare(path, Comparison.Equal, Number(expected));
    }

    /// <summary>
    /// The version check of a delete with <paramref name="expectedVersion"/> (<see langword="null"/>: none); an expected
    /// version on a type without versions is refused.
    /// </summary>
    public static ConditionExpression? CheckFor(long? expectedVersion, string parameterName)
    {
        if (expectedVersion is not long expected)
        {
            return null;
        }

        RequireVersioned(parameterName);
        return Check(expected);
    }

    /// <summary>
    /// The version part of an update: an update may not change the version itself; a versioned item always gets version
    /// plus one (<c>ADD #v :1</c>, or <c>SET #v = :expected + 1</c> with the check when <paramref name="expectedVersion"/>
    /// is set). Returns the update with its version action, and the check to add (or <see langword="null"/>).
    /// </summary>
    public static (UpdateExpression Update, ConditionExpression? Check) Update(UpdateExpression update, long? expectedVersion, string parameterName)
    {
        if (Attribute is not { } attribute)
        {
            if (expectedVersion is not null)
            {
                RequireVersioned(parameterName);
            }

            return (update, null);
        }

        foreach (var action in update.Actions)
        {
            if (action.Path.AttributeName == attribute)
            {
                throw new ArgumentException($"An update cannot change the version attribute '{attribute}'; it is incremented for you.", nameof(update));
            }
        }

        var path = new AttributePath(attribute);
        return expectedVersion is long expected
            ? (update.Set(path, Number(expected + 1)), Check(expected))
            : (update.With(new UpdateAction(UpdateKind.Increment, path, Number(1))), null);
    }

    /// <summary>
    /// Whether a failed write that expected <paramref name="expected"/> is a version conflict: always when the version
    /// check was its only condition; otherwise when the item as it stands (<paramref name="stored"/>, null when absent)
    /// has another version than expected.
    /// </summary>
    public static bool IsConflict(long expected, bool otherCondition, Dictionary<string, AttributeValue>? stored)
        => !otherCondition || (stored is null ? expected != 0 : Read(stored) != expected);

    /// <summary>Whether <see cref="IsConflict"/> will need the item as it stands after a failure (the write then asks for it).</summary>
    public static bool NeedsStoredItem(long? expected, bool otherCondition) => expected is not null && otherCondition;

    /// <summary>A batch write cannot check versions: a versioned type is refused.</summary>
    public static void RefuseBatch(string parameterName)
    {
        if (Attribute is not null)
        {
            throw new ArgumentException($"{typeof(T).Name} has a [Version] member; a batch write cannot check versions. Use PutAsync or TransactWrite.", parameterName);
        }
    }

    /// <summary>The version stored in <paramref name="item"/>: 0 when absent or NULL.</summary>
    public static long Read(Dictionary<string, AttributeValue> item)
    {
        var attribute = Attribute!;
        if (!item.TryGetValue(attribute, out var value) || value.NULL == true)
        {
            return 0;
        }

        if (value.N is null || !long.TryParse(value.N, NumberStyles.Integer, CultureInfo.InvariantCulture, out var version) || version < 0)
        {
            throw new DynamoMappingException(typeof(T).ToString(), "(version)", attribute, StoredForm, Marshalling.AttributeValueText.Describe(value));
        }

        return version;
    }

    /// <summary>The version of an item in memory, through the generated <see cref="IDynamoTable{TSelf}.VersionOf"/>: 0 when null; a negative one is refused as reading refuses it.</summary>
    private static long Of(T item, string attribute)
    {
        var version = T.VersionOf(item) ?? 0;
        if (version < 0)
        {
            throw new DynamoMappingException(typeof(T).ToString(), "(version)", attribute, StoredForm, Marshalling.AttributeValueText.Describe(Number(version)));
        }

        return version;
    }

    private static void RequireVersioned(string parameterName)
    {
        if (Attribute is null)
        {
            throw new ArgumentException($"{typeof(T).Name} has no [Version] member; ExpectedVersion does not apply.", parameterName);
        }
    }

    private static AttributeValue Number(long value) => new() { N = value.ToString(CultureInfo.InvariantCulture) };
}
