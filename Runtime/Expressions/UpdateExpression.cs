using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using Amazon.DynamoDBv2.Model;

namespace DynamoGen;

/// <summary>
/// An update expression built from generated attribute descriptors; immutable, each method returns a new update:
/// <code>
/// var update = new UpdateExpression()
///     .Set(Order.Fields.Status, "shipped")
///     .Increment(Order.Fields.Quantity, 1)
///     .Append(Order.Fields.Lines, newLine)
///     .Remove(Order.Fields.Note);
/// </code>
/// Values are converted exactly as <c>ToItem</c> stores them and sent as <c>:v</c> placeholders; names as <c>#n</c>.
/// </summary>
public sealed class UpdateExpression
{
    private readonly ImmutableList<UpdateAction> _actions;

    /// <summary>Creates an empty update.</summary>
    public UpdateExpression()
        : this(ImmutableList<UpdateAction>.Empty)
    {
    }

    private UpdateExpression(ImmutableList<UpdateAction> actions) => _actions = actions;

    /// <summary>Whether this update has no actions.</summary>
    public bool IsEmpty => _actions.IsEmpty;

    internal IReadOnlyList<UpdateAction> Actions => _actions;

    /// <summary>
    /// <c>SET path = :value</c>. A value stored as nothing (null, an empty set) removes the attribute instead, as
    /// <c>ToItem</c> would leave it out.
    /// </summary>
    /// <typeparam name="TValue">The member's type.</typeparam>
    /// <param name="field">The attribute.</param>
    /// <param name="value">The new value.</param>
    /// <returns>A new update.</returns>
    public UpdateExpression Set<TValue>(DynamoField<TValue> field, TValue value)
    {
        ArgumentNullException.ThrowIfNull(field);
        var converted = field.ToAttributeValue(value);
        return converted is null ? Remove(field.Path) : Set(field.Path, converted);
    }

    /// <summary><c>SET path = :value</c> with a value already converted.</summary>
    /// <param name="path">The attribute path.</param>
    /// <param name="value">The attribute value.</param>
    /// <returns>A new update.</returns>
    public UpdateExpression Set(AttributePath path, AttributeValue value)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(value);
        return With(new UpdateAction(UpdateKind.Set, path, value));
    }

    /// <summary><c>SET path = if_not_exists(path, :value)</c>: sets the attribute only when it is absent (a default, a creation date).</summary>
    /// <typeparam name="TValue">The member's type.</typeparam>
    /// <param name="field">The attribute.</param>
    /// <param name="value">The value to set when absent.</param>
    /// <returns>A new update.</returns>
    public UpdateExpression SetIfNotExists<TValue>(DynamoField<TValue> field, TValue value)
    {
        ArgumentNullException.ThrowIfNull(field);
        return With(new UpdateAction(UpdateKind.SetIfNotExists, field.Path, FieldConditions.Convert(field, value, nameof(value))));
    }

    /// <summary><c>REMOVE path</c>.</summary>
    /// <typeparam name="TValue">The member's type.</typeparam>
    /// <param name="field">The attribute.</param>
    /// <returns>A new update.</returns>
    public UpdateExpression Remove<TValue>(DynamoField<TValue> field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return Remove(field.Path);
    }

    /// <summary><c>REMOVE path</c>.</summary>
    /// <param name="path">The attribute path.</param>
    /// <returns>A new update.</returns>
    public UpdateExpression Remove(AttributePath path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return With(new UpdateAction(UpdateKind.Remove, path, null));
    }

    /// <summary>
    /// Adds <paramref name="by"/> (negative to subtract) to a number attribute, counting an absent attribute as 0:
    /// <c>ADD path :by</c> on a top-level attribute, <c>SET path = if_not_exists(path, :zero) + :by</c> on a nested one.
    /// </summary>
    /// <typeparam name="TValue">The member's numeric type.</typeparam>
    /// <param name="field">The number attribute.</param>
    /// <param name="by">The amount.</param>
    /// <returns>A new update.</returns>
    public UpdateExpression Increment<TValue>(DynamoField<TValue> field, TValue by)
    {
        ArgumentNullException.ThrowIfNull(field);
        var value = FieldConditions.Convert(field, by, nameof(by));
        if (value.N is null)
        {
            throw new ArgumentException($"Increment needs a number attribute; '{field.Path}' is not stored as a number.", nameof(field));
        }

        return With(new UpdateAction(UpdateKind.Increment, field.Path, value));
    }

    /// <summary><c>SET path = list_append(if_not_exists(path, :empty), :elements)</c>: appends to a list, creating it when absent.</summary>
    /// <typeparam name="TValue">The member's type.</typeparam>
    /// <typeparam name="TElement">The element type.</typeparam>
    /// <param name="field">The list attribute.</param>
    /// <param name="elements">The elements to append.</param>
    /// <returns>A new update.</returns>
    public UpdateExpression Append<TValue, TElement>(ListField<TValue, TElement> field, params IEnumerable<TElement> elements)
    {
        ArgumentNullException.ThrowIfNull(field);
        return With(new UpdateAction(UpdateKind.Append, field.Path, field.ToListValue(elements)));
    }

    /// <summary><c>SET path = list_append(:elements, if_not_exists(path, :empty))</c>: inserts at the front of a list.</summary>
    /// <typeparam name="TValue">The member's type.</typeparam>
    /// <typeparam name="TElement">The element type.</typeparam>
    /// <param name="field">The list attribute.</param>
    /// <param name="elements">The elements to insert.</param>
    /// <returns>A new update.</returns>
    public UpdateExpression Prepend<TValue, TElement>(ListField<TValue, TElement> field, params IEnumerable<TElement> elements)
    {
        ArgumentNullException.ThrowIfNull(field);
        return With(new UpdateAction(UpdateKind.Prepend, field.Path, field.ToListValue(elements)));
    }

    /// <summary><c>ADD path :elements</c>: adds elements to a set (top-level attributes only), creating it when absent. No elements: no action.</summary>
    /// <typeparam name="TValue">The member's type.</typeparam>
    /// <typeparam name="TElement">The element type.</typeparam>
    /// <param name="field">The set attribute.</param>
    /// <param name="elements">The elements to add.</param>
    /// <returns>A new update.</returns>
    public UpdateExpression AddToSet<TValue, TElement>(SetField<TValue, TElement> field, params IEnumerable<TElement> elements)
    {
        ArgumentNullException.ThrowIfNull(field);
        var set = field.ToSetValue(elements);
        return set is null ? this : With(new UpdateAction(UpdateKind.Add, field.Path, set));
    }

    /// <summary><c>DELETE path :elements</c>: removes elements from a set (top-level attributes only). No elements: no action.</summary>
    /// <typeparam name="TValue">The member's type.</typeparam>
    /// <typeparam name="TElement">The element type.</typeparam>
    /// <param name="field">The set attribute.</param>
    /// <param name="elements">The elements to remove.</param>
    /// <returns>A new update.</returns>
    public UpdateExpression DeleteFromSet<TValue, TElement>(SetField<TValue, TElement> field, params IEnumerable<TElement> elements)
    {
        ArgumentNullException.ThrowIfNull(field);
        var set = field.ToSetValue(elements);
        return set is null ? this : With(new UpdateAction(UpdateKind.Delete, field.Path, set));
    }

    /// <summary>The expression as it is sent, with its placeholders, for messages and debugging.</summary>
    /// <returns>The expression text.</returns>
    public override string ToString() => Render(new ExpressionBuilder());

    internal UpdateExpression With(UpdateAction action) => new(_actions.Add(action));

    /// <summary>Writes the clauses in the order SET, REMOVE, ADD, DELETE, each action in the order it was added.</summary>
    internal string Render(ExpressionBuilder builder)
    {
        if (_actions.IsEmpty)
        {
            throw new InvalidOperationException("The update has no actions.");
        }

        var set = new List<string>();
        var remove = new List<string>();
        var add = new List<string>();
        var delete = new List<string>();
        foreach (var action in _actions)
        {
            switch (action.Kind)
            {
                case UpdateKind.Set:
                    set.Add(Assign(builder, action.Path, a => builder.Value(action.Value!)));
                    break;
                case UpdateKind.SetIfNotExists:
                    set.Add(Assign(builder, action.Path, p => "if_not_exists(" + p + ", " + builder.Value(action.Value!) + ")"));
                    break;
                case UpdateKind.Increment when action.Path.IsTopLevel:
                    add.Add(builder.Path(action.Path) + " " + builder.Value(action.Value!));
                    break;
                case UpdateKind.Increment:
                    set.Add(Assign(builder, action.Path, p => "if_not_exists(" + p + ", " + builder.Value(new AttributeValue { N = "0" }) + ") + " + builder.Value(action.Value!)));
                    break;
                case UpdateKind.Append:
                    set.Add(Assign(builder, action.Path, p => "list_append(if_not_exists(" + p + ", " + builder.Value(EmptyList()) + "), " + builder.Value(action.Value!) + ")"));
                    break;
                case UpdateKind.Prepend:
                    set.Add(Assign(builder, action.Path, p => "list_append(" + builder.Value(action.Value!) + ", if_not_exists(" + p + ", " + builder.Value(EmptyList()) + "))"));
                    break;
                case UpdateKind.Remove:
                    remove.Add(builder.Path(action.Path));
                    break;
                case UpdateKind.Add:
                    add.Add(builder.Path(action.Path) + " " + builder.Value(action.Value!));
                    break;
                case UpdateKind.Delete:
                    delete.Add(builder.Path(action.Path) + " " + builder.Value(action.Value!));
                    break;
                case UpdateKind.Raw:
                    set.Add(action.Raw!(builder));
                    break;
            }
        }

        var text = new StringBuilder();
        Clause(text, "SET", set);
        Clause(text, "REMOVE", remove);
        Clause(text, "ADD", add);
        Clause(text, "DELETE", delete);
        return text.ToString();
    }

    private static string Assign(ExpressionBuilder builder, AttributePath path, Func<string, string> value)
    {
        var p = builder.Path(path);
        return p + " = " + value(p);
    }

    private static AttributeValue EmptyList() => new() { L = new List<AttributeValue>(), IsLSet = true };

    private static void Clause(StringBuilder text, string keyword, List<string> parts)
    {
        if (parts.Count == 0)
        {
            return;
        }

        if (text.Length > 0)
        {
            text.Append(' ');
        }

        text.Append(keyword).Append(' ').AppendJoin(", ", parts);
    }
}

internal enum UpdateKind
{
    Set,
    SetIfNotExists,
    Remove,
    Increment,
    Append,
    Prepend,
    Add,
    Delete,
    Raw,
}

/// <summary>One action of an <see cref="UpdateExpression"/>; <see cref="Raw"/> renders a SET assignment itself (the version increment).</summary>
internal sealed record UpdateAction(UpdateKind Kind, AttributePath Path, AttributeValue? Value, Func<ExpressionBuilder, string>? Raw = null);
