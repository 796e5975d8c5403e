using System;
using System.Collections.Generic;
using System.Linq;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace DynamoGen;

/// <summary>
/// The primary key of an item of <typeparamref name="T"/>: its partition key and, when the table has one, its sort key.
/// Built by the generated <c>T.Key(...)</c> and <c>item.GetKey()</c>, and taken by <see cref="Table{T}"/>, batches and
/// transactions, so a key built for one type cannot be passed to another type's table: that does not compile.
/// Immutable. For interop with code written against the AWS SDK, <see cref="ToAttributeValues"/> gives the SDK's
/// dictionary and <see cref="FromAttributeValues"/> checks one and wraps it.
/// </summary>
/// <typeparam name="T">The item type whose key this is.</typeparam>
/// <example>
/// <code>
/// DynamoKey&lt;Order&gt; key = Order.Key("c-1", 1);
/// Dictionary&lt;string, AttributeValue&gt; forTheSdk = key.ToAttributeValues();
/// DynamoKey&lt;Order&gt; again = DynamoKey&lt;Order&gt;.FromAttributeValues(forTheSdk);
/// </code>
/// </example>
public sealed class DynamoKey<T> : IEquatable<DynamoKey<T>>
    where T : IDynamoTable<T>
{
    private readonly Dictionary<string, AttributeValue> _attributes;

    /// <summary>Wraps key attributes this assembly or generated code built; they are not checked again.</summary>
    internal DynamoKey(Dictionary<string, AttributeValue> attributes)
    {
        _attributes = attributes;
    }

    /// <summary>The key attributes, for the runtime's own requests. Never handed to callers (they get copies).</summary>
    internal Dictionary<string, AttributeValue> Attributes => _attributes;

    /// <summary>
    /// Checks that <paramref name="attributes"/> is a key of <typeparamref name="T"/> (exactly its key attributes, each
    /// of the declared type and not empty) and wraps a copy of it.
    /// </summary>
    /// <param name="attributes">Key attributes as the AWS SDK holds them, for example <c>LastEvaluatedKey</c> or a DynamoDB Streams record's <c>Keys</c>.</param>
    /// <returns>The typed key.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="attributes"/> is null.</exception>
    /// <exception cref="ArgumentException">The dictionary is not a key of <typeparamref name="T"/>; the message names the attribute, what was expected and what was found.</exception>
    public static DynamoKey<T> FromAttributeValues(IReadOnlyDictionary<string, AttributeValue> attributes)
    {
        ArgumentNullException.ThrowIfNull(attributes);
        var schema = T.TableSchema;
        var copy = new Dictionary<string, AttributeValue>(schema.SortKey is null ? 1 : 2, StringComparer.Ordinal);
        Take(schema.PartitionKey);
        if (schema.SortKey is { } sortKey)
        {
            Take(sortKey);
        }

        if (attributes.Count != copy.Count)
        {
            var extra = string.Join(", ", attributes.Keys.Where(k => !copy.ContainsKey(k)).Select(static k => "'" + k + "'"));
            throw new ArgumentException($"A key of {typeof(T).Name} holds only {Names(schema)}; this one also has {extra}.", nameof(attributes));
        }

        return new DynamoKey<T>(copy);

        void Take(KeyAttribute key)
        {
            if (!attributes.TryGetValue(key.Name, out var value) || value is null)
            {
                throw new ArgumentException($"A key of {typeof(T).Name} needs {Names(schema)}; this one lacks '{key.Name}'.", nameof(attributes));
            }

            var text = key.Type == ScalarAttributeType.S ? value.S : key.Type == ScalarAttributeType.N ? value.N : null;
            var ok = key.Type == ScalarAttributeType.B ? value.B is { Length: > 0 } : !string.IsNullOrEmpty(text);
            if (!ok)
            {
                throw new ArgumentException(
                    $"Key attribute '{key.Name}' of {typeof(T).Name} must be a non-empty {key.Type.Value}; found {Marshalling.AttributeValueText.Describe(value)}.", nameof(attributes));
            }

            copy[key.Name] = value;
        }
    }

    /// <summary>The key as the AWS SDK's attribute dictionary, for requests you build yourself. A new dictionary each call.</summary>
    /// <returns>A copy the caller owns (the attribute values are shared; don't change them).</returns>
    public Dictionary<string, AttributeValue> ToAttributeValues() => new(_attributes, StringComparer.Ordinal);

    /// <inheritdoc />
    public bool Equals(DynamoKey<T>? other)
        => other is not null && (ReferenceEquals(this, other) || ItemDiff.SameKey(_attributes, other._attributes));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as DynamoKey<T>);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var name in _attributes.Keys.OrderBy(static k => k, StringComparer.Ordinal))
        {
            var value = _attributes[name];
            hash.Add(name, StringComparer.Ordinal);
            hash.Add(value.S ?? (value.N is { } number ? Marshalling.Numbers.Canonical(number) : null), StringComparer.Ordinal); // numbers by value, as Equals compares them
            if (value.B is { } bytes)
            {
                hash.AddBytes(ItemDiff.Bytes(bytes));
            }
        }

        return hash.ToHashCode();
    }

    /// <summary>The key as text, for logs and messages: <c>CustomerId=c-1, OrderId=1</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => DynamoConditionFailedException.Describe(_attributes);

    /// <summary>Two keys are equal when they hold the same key attributes.</summary>
    /// <param name="left">A key.</param>
    /// <param name="right">Another key.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(DynamoKey<T>? left, DynamoKey<T>? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Two keys differ when their key attributes differ.</summary>
    /// <param name="left">A key.</param>
    /// <param name="right">Another key.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(DynamoKey<T>? left, DynamoKey<T>? right) => !(left == right);

    private static string Names(TableSchema schema)
        => schema.SortKey is null ? "'" + schema.PartitionKey.Name + "'" : "'" + schema.PartitionKey.Name + "' and '" + schema.SortKey.Name + "'";
}
