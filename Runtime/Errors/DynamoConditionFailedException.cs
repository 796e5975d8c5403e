using System;
using System.Collections.Generic;
using System.Text;
using Amazon.DynamoDBv2.Model;

namespace DynamoGen;

/// <summary>
/// A put, update or delete of <see cref="Table{T}"/> was refused because its condition did not hold (DynamoDB's
/// <c>ConditionalCheckFailedException</c>, kept as <see cref="Exception.InnerException"/>). Carries the table, the
/// key and, when the operation asked for it, the item as it stands.
/// </summary>
public class DynamoConditionFailedException : DynamoException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="tableName">The table.</param>
    /// <param name="key">The item's key (without a table key prefix).</param>
    /// <param name="item">The item as it stands, when known.</param>
    /// <param name="innerException">DynamoDB's exception.</param>
    public DynamoConditionFailedException(string message, string tableName, Dictionary<string, AttributeValue> key, Dictionary<string, AttributeValue>? item, Exception? innerException)
        : base(message, innerException)
    {
        TableName = tableName;
        Key = key;
        Item = item;
    }

    /// <summary>The table.</summary>
    public string TableName { get; }

    /// <summary>The key of the item the operation was about.</summary>
    public Dictionary<string, AttributeValue> Key { get; }

    /// <summary>
    /// The item as it stands, when the operation asked for it (<c>ReturnItemOnConditionFailure</c>) and it exists;
    /// <see langword="null"/> otherwise. DynamoDB returns it with the failure itself
    /// (<c>ReturnValuesOnConditionCheckFailure = ALL_OLD</c>); engines that do not (dynalite) are asked with a
    /// strongly consistent read right after the failure, see <see cref="ItemReadAfterFailure"/>.
    /// </summary>
    public Dictionary<string, AttributeValue>? Item { get; }

    /// <summary>Whether <see cref="Item"/> came from a read after the failure rather than from the failure itself (so another write may have come between).</summary>
    public bool ItemReadAfterFailure { get; init; }

    /// <summary><see cref="Item"/> as <typeparamref name="TItem"/>.</summary>
    /// <typeparam name="TItem">The item type.</typeparam>
    /// <returns>The item, or <see langword="default"/> when <see cref="Item"/> is <see langword="null"/>.</returns>
    public TItem? GetItem<TItem>() where TItem : IDynamoItem<TItem> => Item is null ? default : TItem.FromItem(Item);

    internal static string Describe(Dictionary<string, AttributeValue> key)
    {
        var text = new StringBuilder();
        foreach (var (name, value) in key)
        {
            text.Append(text.Length == 0 ? string.Empty : ", ").Append(name).Append('=').Append(value.S ?? value.N ?? (value.B is null ? "?" : "<binary>"));
        }

        return text.ToString();
    }
}

/// <summary>
/// A write of a <see cref="VersionAttribute"/> type found another version than the one it expected: someone else
/// wrote the item since it was read. Read it again, apply the change, and retry.
/// </summary>
public sealed class DynamoVersionConflictException : DynamoConditionFailedException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="tableName">The table.</param>
    /// <param name="key">The item's key.</param>
    /// <param name="expectedVersion">The version the write expected (0: no item).</param>
    /// <param name="item">The item as it stands, when known.</param>
    /// <param name="innerException">DynamoDB's exception.</param>
    public DynamoVersionConflictException(string tableName, Dictionary<string, AttributeValue> key, long expectedVersion, Dictionary<string, AttributeValue>? item, Exception? innerException)
        : base(
            $"Version conflict on table '{tableName}', key {Describe(key)}: expected {(expectedVersion == 0 ? "no item (version 0)" : "version " + expectedVersion)}, but the item was written by someone else. Read it again and retry.",
            tableName,
            key,
            item,
            innerException)
    {
        ExpectedVersion = expectedVersion;
    }

    /// <summary>The version the write expected; 0 means "no item yet".</summary>
    public long ExpectedVersion { get; }
}
