using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Amazon.DynamoDBv2.Model;

namespace DynamoGen;

/// <summary>
/// Reads the items of a table holding several entity types (single-table design) each as its own C# type, by the
/// entity attribute the generator writes (<see cref="TableSchema.EntityAttribute"/> /
/// <see cref="TableSchema.EntityName"/>, from <c>[DynamoTable(Entity = ...)]</c>):
/// <code>
/// var reader = new EntityReader().Add&lt;User&gt;().Add&lt;Order&gt;();
/// await foreach (var entity in reader.ReadAll(users.QueryItems(User.Indexes.Primary.Partition("u-1"))))
/// {
///     switch (entity) { case User u: ...; case Order o: ...; }
/// }
/// </code>
/// Register the types before reading; reading is thread-safe.
/// </summary>
public sealed class EntityReader
{
    private readonly Dictionary<string, Dictionary<string, Func<Dictionary<string, AttributeValue>, object>>> _byAttribute = new(StringComparer.Ordinal);

    /// <summary>Reads items whose entity attribute names <typeparamref name="TEntity"/>'s entity as <typeparamref name="TEntity"/>.</summary>
    /// <typeparam name="TEntity">A <see cref="DynamoTableAttribute"/> type with an entity name.</typeparam>
    /// <returns>This reader.</returns>
    public EntityReader Add<TEntity>() where TEntity : IDynamoTable<TEntity>
    {
        var schema = TEntity.TableSchema;
        if (schema.EntityAttribute is not { } attribute || schema.EntityName is not { } name)
        {
            throw new ArgumentException($"{typeof(TEntity).Name} has no entity name; declare it with [DynamoTable(Entity = \"...\")].", nameof(TEntity));
        }

        if (!_byAttribute.TryGetValue(attribute, out var byName))
        {
            _byAttribute[attribute] = byName = new Dictionary<string, Func<Dictionary<string, AttributeValue>, object>>(StringComparer.Ordinal);
        }

        if (!byName.TryAdd(name, static item => TEntity.FromItem(item)!))
        {
            throw new ArgumentException($"Entity '{name}' is already registered.", nameof(TEntity));
        }

        return this;
    }

    /// <summary>Reads one item as the type its entity attribute names.</summary>
    /// <param name="item">The item (from <c>QueryItems</c>, <c>ScanItems</c> or a raw response).</param>
    /// <returns>The instance, of one of the registered types.</returns>
    /// <exception cref="DynamoInvalidRequestException">The item has no entity attribute, or names an entity no registered type has.</exception>
    public object Read(Dictionary<string, AttributeValue> item)
    {
        ArgumentNullException.ThrowIfNull(item);
        foreach (var (attribute, byName) in _byAttribute)
        {
            if (item.TryGetValue(attribute, out var value) && value.S is { } name)
            {
                if (byName.TryGetValue(name, out var read))
                {
                    return read(item);
                }

                throw new DynamoInvalidRequestException($"The item names entity '{name}' in '{attribute}', which is not registered with this EntityReader (known: {string.Join(", ", byName.Keys)}).");
            }
        }

        throw new DynamoInvalidRequestException($"The item has no entity attribute ({string.Join(", ", _byAttribute.Keys)}), so its type is unknown.");
    }

    /// <summary>Reads a stream of items, each as its own type.</summary>
    /// <param name="items">The items.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The instances.</returns>
    public async IAsyncEnumerable<object> ReadAll(IAsyncEnumerable<Dictionary<string, AttributeValue>> items, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        await foreach (var item in items.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return Read(item);
        }
    }
}
