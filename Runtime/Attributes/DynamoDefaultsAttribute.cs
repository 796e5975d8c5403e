using System;

namespace DynamoGen;

/// <summary>
/// Assembly-wide defaults for every mapped type in the assembly. A type's own <see cref="DynamoTableAttribute"/> or
/// <see cref="DynamoItemAttribute"/> settings win where it sets them.
/// </summary>
/// <example><code>[assembly: DynamoDefaults(NamingPolicy = DynamoNamingPolicy.SnakeCase, EnumsAsStrings = true)]</code></example>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
public sealed class DynamoDefaultsAttribute : Attribute
{
    /// <summary>How attribute names are derived from member names.</summary>
    public DynamoNamingPolicy NamingPolicy { get; set; }

    /// <summary>Store enums by name (S) instead of by number (N).</summary>
    public bool EnumsAsStrings { get; set; }

    /// <summary>Write null members as <c>NULL: true</c> instead of leaving them out.</summary>
    public bool WriteNulls { get; set; }

    /// <summary>
    /// Which members must have an attribute when an item is read: <see cref="MissingAttributePolicy.FollowCSharp"/> (the
    /// default) or <see cref="MissingAttributePolicy.Strict"/>.
    /// </summary>
    public MissingAttributePolicy MissingAttributes { get; set; }

    /// <summary>
    /// The <c>System.Text.Json.Serialization.JsonSerializerContext</c> used by <see cref="DynamoJsonAttribute"/> members
    /// that name none.
    /// </summary>
    public Type? JsonContext { get; set; }

    /// <summary>The attribute that holds a type's <see cref="DynamoTableAttribute.Entity"/> name; <c>_type</c> when not set.</summary>
    public string? EntityAttribute { get; set; }
}

/// <summary>How DynamoGen derives attribute names from member names (a <see cref="DynamoNameAttribute"/> always wins).</summary>
public enum DynamoNamingPolicy
{
    /// <summary>The member's name as declared: <c>OrderId</c>.</summary>
    AsDeclared = 0,

    /// <summary>camelCase: <c>orderId</c>.</summary>
    CamelCase = 1,

    /// <summary>snake_case: <c>order_id</c>.</summary>
    SnakeCase = 2,

    /// <summary>kebab-case: <c>order-id</c>.</summary>
    KebabCase = 3,
}
