using System;

namespace DynamoGen;

/// <summary>
/// Converts the member with your own <see cref="IDynamoConverter{T}"/>. The converter type needs a public
/// parameterless constructor; the generated code creates one instance, once, with <c>new</c> (no reflection).
/// </summary>
/// <example><code>[DynamoConverter(typeof(MoneyConverter))] public Money Price { get; init; }</code></example>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class DynamoConverterAttribute : Attribute
{
    /// <summary>Converts the member with <paramref name="converterType"/>.</summary>
    /// <param name="converterType">A type implementing <see cref="IDynamoConverter{T}"/> for the member's type.</param>
    public DynamoConverterAttribute(Type converterType)
    {
        ConverterType = converterType;
    }

    /// <summary>The converter type.</summary>
    public Type ConverterType { get; }
}
