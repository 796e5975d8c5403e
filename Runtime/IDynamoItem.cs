using System;
using System.Collections.Generic;
using Amazon.DynamoDBv2.Model;

namespace DynamoGen;

/// <summary>
/// A type that converts itself to and from a DynamoDB item without reflection. The DynamoGen source generator
/// implements it on every <see cref="DynamoTableAttribute"/> type; you do not implement it by hand.
/// </summary>
/// <typeparam name="TSelf">The implementing type.</typeparam>
public interface IDynamoItem<TSelf> where TSelf : IDynamoItem<TSelf>
{
    /// <summary>Converts this instance to a DynamoDB item (attribute name to value).</summary>
    /// <returns>A new dictionary the caller owns.</returns>
    Dictionary<string, AttributeValue> ToItem();

    /// <summary>Creates an instance from a DynamoDB item.</summary>
    /// <param name="item">The item, for example <c>GetItemResponse.Item</c>.</param>
    /// <returns>The instance.</returns>
    /// <exception cref="DynamoMappingException">An attribute is missing, has the wrong type or cannot be parsed.</exception>
    static abstract TSelf FromItem(Dictionary<string, AttributeValue> item);
}

/// <summary>
/// An item type stored in its own DynamoDB table: it knows its key and its table's schema. Generated for every
/// <see cref="DynamoTableAttribute"/> type.
/// </summary>
/// <typeparam name="TSelf">The implementing type.</typeparam>
public interface IDynamoTable<TSelf> : IDynamoJsonItem<TSelf> where TSelf : IDynamoTable<TSelf>
{
    /// <summary>The table's name and key schema as declared on the type.</summary>
    static abstract TableSchema TableSchema { get; }

    /// <summary>The primary key of this instance (partition key and, when the table has one, sort key).</summary>
    /// <returns>The key, typed: only a table of <typeparamref name="TSelf"/> takes it.</returns>
    DynamoKey<TSelf> GetKey();

    /// <summary>
    /// The value of <paramref name="item"/>'s <see cref="VersionAttribute"/> member, which optimistic writes check:
    /// <see langword="null"/> when the member is null (a new item: version 0) or the type has no such member.
    /// Generated for a type with a <c>[Version]</c> member; call it as <c>T.VersionOf(item)</c> on a type parameter.
    /// </summary>
    /// <param name="item">The item.</param>
    /// <returns>The item's version, or <see langword="null"/>.</returns>
    /// <exception cref="NotSupportedException">The schema names a version attribute and the type does not implement this member (a hand-written implementation).</exception>
    static virtual long? VersionOf(TSelf item)
        => TSelf.TableSchema.VersionAttribute is null
            ? null
            : throw new NotSupportedException($"{typeof(TSelf)} declares version attribute '{TSelf.TableSchema.VersionAttribute}' in its TableSchema but does not implement IDynamoTable<T>.VersionOf and WithVersion; the DynamoGen generator writes both for a [Version] member.");

    /// <summary>
    /// A copy of <paramref name="item"/> whose <see cref="VersionAttribute"/> member holds <paramref name="version"/>;
    /// <paramref name="item"/> itself is never changed. <c>PutAsync</c> returns this copy with the version it wrote.
    /// Generated for a type with a <c>[Version]</c> member: a record or struct is copied with <c>with</c>, a class with a
    /// settable version by a shallow copy (<see cref="object.MemberwiseClone"/>) whose version is then set, and any
    /// other type through a generated constructor that copies every mapped member (see docs/operations.md).
    /// </summary>
    /// <param name="item">The item.</param>
    /// <param name="version">The new version.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="OverflowException">The version does not fit an <see cref="int"/> version member.</exception>
    /// <exception cref="NotSupportedException">The type has no generated implementation (it has no <c>[Version]</c> member, or is hand-written).</exception>
    static virtual TSelf WithVersion(TSelf item, long version)
        => throw new NotSupportedException($"{typeof(TSelf)} does not implement IDynamoTable<T>.WithVersion; the DynamoGen generator writes it for a type with a [Version] member.");
}
