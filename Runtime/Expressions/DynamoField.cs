using System;
using System.Collections.Generic;
using Amazon.DynamoDBv2.Model;

namespace DynamoGen;

/// <summary>
/// A typed attribute descriptor, generated for every mapped member as <c>T.Fields.Member</c>: the attribute's path and
/// how a C# value of the member's type is stored (the same conversion as <c>ToItem</c>: enum names, epoch seconds,
/// converters). Conditions, updates, projections and key conditions are built from these, never from strings.
/// </summary>
/// <typeparam name="TValue">The member's C# type.</typeparam>
public class DynamoField<TValue>
{
    private readonly Func<TValue, AttributeValue?> _write;

    /// <summary>Creates a descriptor of a top-level attribute; generated code does this.</summary>
    /// <param name="attributeName">The attribute name.</param>
    /// <param name="write">Converts a non-null value as <c>ToItem</c> does (<see langword="null"/> for a value stored as nothing, such as an empty set).</param>
    public DynamoField(string attributeName, Func<TValue, AttributeValue?> write)
        : this(new AttributePath(attributeName), write)
    {
    }

    /// <summary>Creates a descriptor of any path.</summary>
    /// <param name="path">The attribute path.</param>
    /// <param name="write">Converts a non-null value as <c>ToItem</c> does.</param>
    public DynamoField(AttributePath path, Func<TValue, AttributeValue?> write)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(write);
        Path = path;
        _write = write;
    }

    /// <summary>The attribute path.</summary>
    public AttributePath Path { get; }

    /// <summary>The top-level attribute name.</summary>
    public string AttributeName => Path.AttributeName;

    /// <summary>Converts <paramref name="value"/> as <c>ToItem</c> stores it.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The attribute value, or <see langword="null"/> when the value is stored as no attribute (null, an empty set).</returns>
    public AttributeValue? ToAttributeValue(TValue value) => value is null ? null : _write(value);

    /// <summary>
    /// The descriptor of a member of this value, a nested <see cref="DynamoItemAttribute"/> type:
    /// <c>Order.Fields.ShipTo.Then(Address.Fields.City)</c> is <c>ShipTo.City</c>.
    /// </summary>
    /// <typeparam name="TChild">The nested member's type.</typeparam>
    /// <param name="child">The nested type's descriptor.</param>
    /// <returns>A descriptor of the nested path.</returns>
    public DynamoField<TChild> Then<TChild>(DynamoField<TChild> child)
    {
        ArgumentNullException.ThrowIfNull(child);
        return child.At(Path.Concat(child.Path));
    }

    /// <summary>This descriptor's conversion at another path.</summary>
    /// <param name="path">The path.</param>
    /// <returns>A descriptor of the same type.</returns>
    private protected virtual DynamoField<TValue> At(AttributePath path) => new(path, _write);

    /// <inheritdoc />
    public override string ToString() => Path.ToString();

    /// <summary>The descriptor's path, so a descriptor can be passed where a path is expected (<see cref="ProjectionExpression.Of"/>).</summary>
    /// <param name="field">The descriptor.</param>
    public static implicit operator AttributePath(DynamoField<TValue> field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field.Path;
    }
}

/// <summary>A list member's descriptor (L): its elements are addressable (<c>Fields.Tags[0]</c>) and appendable.</summary>
/// <typeparam name="TValue">The member's C# type.</typeparam>
/// <typeparam name="TElement">The element type.</typeparam>
public sealed class ListField<TValue, TElement> : DynamoField<TValue>
{
    private readonly Func<TValue, AttributeValue?> _write;
    private readonly Func<TElement, AttributeValue> _element;

    /// <summary>Creates the descriptor; generated code does this.</summary>
    /// <param name="path">The attribute path.</param>
    /// <param name="write">Converts the whole list.</param>
    /// <param name="element">Converts one non-null element.</param>
    public ListField(AttributePath path, Func<TValue, AttributeValue?> write, Func<TElement, AttributeValue> element)
        : base(path, write)
    {
        _write = write;
        _element = element ?? throw new ArgumentNullException(nameof(element));
    }

    /// <summary>The element at <paramref name="index"/>.</summary>
    /// <param name="index">The element's index.</param>
    public DynamoField<TElement> this[int index] => new(Path.Element(index), _element);

    /// <summary>Converts elements to an L value (for <c>list_append</c>); a null element is stored as NULL.</summary>
    /// <param name="elements">The elements.</param>
    /// <returns>The L value.</returns>
    public AttributeValue ToListValue(IEnumerable<TElement> elements)
    {
        ArgumentNullException.ThrowIfNull(elements);
        var list = new List<AttributeValue>();
        foreach (var element in elements)
        {
            list.Add(element is null ? new AttributeValue { NULL = true } : _element(element));
        }

        return new AttributeValue { L = list };
    }

    private protected override DynamoField<TValue> At(AttributePath path) => new ListField<TValue, TElement>(path, _write, _element);
}

/// <summary>A set member's descriptor (SS, NS or BS): elements can be added and deleted.</summary>
/// <typeparam name="TValue">The member's C# type.</typeparam>
/// <typeparam name="TElement">The element type.</typeparam>
public sealed class SetField<TValue, TElement> : DynamoField<TValue>
{
    private readonly Func<TValue, AttributeValue?> _write;
    private readonly Func<IEnumerable<TElement>, AttributeValue?> _set;

    /// <summary>Creates the descriptor; generated code does this.</summary>
    /// <param name="path">The attribute path.</param>
    /// <param name="write">Converts the whole set.</param>
    /// <param name="set">Converts some elements to a set value (<see langword="null"/> when there are none).</param>
    public SetField(AttributePath path, Func<TValue, AttributeValue?> write, Func<IEnumerable<TElement>, AttributeValue?> set)
        : base(path, write)
    {
        _write = write;
        _set = set ?? throw new ArgumentNullException(nameof(set));
    }

    /// <summary>Converts elements to a set value of this member's set type (for ADD and DELETE).</summary>
    /// <param name="elements">The elements.</param>
    /// <returns>The set value, or <see langword="null"/> when there are no elements.</returns>
    public AttributeValue? ToSetValue(IEnumerable<TElement> elements)
    {
        ArgumentNullException.ThrowIfNull(elements);
        return _set(elements);
    }

    private protected override DynamoField<TValue> At(AttributePath path) => new SetField<TValue, TElement>(path, _write, _set);
}

/// <summary>A <c>Dictionary&lt;string, T&gt;</c> member's descriptor (M): its entries are addressable by key.</summary>
/// <typeparam name="TValue">The member's C# type.</typeparam>
/// <typeparam name="TElement">The dictionary's value type.</typeparam>
public sealed class MapField<TValue, TElement> : DynamoField<TValue>
{
    private readonly Func<TValue, AttributeValue?> _write;
    private readonly Func<TElement, AttributeValue> _element;

    /// <summary>Creates the descriptor; generated code does this.</summary>
    /// <param name="path">The attribute path.</param>
    /// <param name="write">Converts the whole map.</param>
    /// <param name="element">Converts one non-null entry value.</param>
    public MapField(AttributePath path, Func<TValue, AttributeValue?> write, Func<TElement, AttributeValue> element)
        : base(path, write)
    {
        _write = write;
        _element = element ?? throw new ArgumentNullException(nameof(element));
    }

    /// <summary>The entry with key <paramref name="key"/>.</summary>
    /// <param name="key">The map key.</param>
    public DynamoField<TElement> this[string key] => new(Path.Child(key), _element);

    private protected override DynamoField<TValue> At(AttributePath path) => new MapField<TValue, TElement>(path, _write, _element);
}
