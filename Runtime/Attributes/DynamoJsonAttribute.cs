using System;

namespace DynamoGen;

/// <summary>
/// Stores the member as a JSON string (S) written and read by System.Text.Json with source-generated metadata, so it
/// stays AOT-safe: name a <c>JsonSerializerContext</c> that includes the member's type, or set
/// <see cref="DynamoDefaultsAttribute.JsonContext"/> once for the assembly.
/// </summary>
/// <example>
/// <code>
/// [JsonSerializable(typeof(List&lt;Webhook&gt;))]
/// public partial class AppJson : JsonSerializerContext { }
///
/// [DynamoJson(typeof(AppJson))] public List&lt;Webhook&gt; Webhooks { get; init; } = new();
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class DynamoJsonAttribute : Attribute
{
    /// <summary>Uses the assembly's <see cref="DynamoDefaultsAttribute.JsonContext"/>.</summary>
    public DynamoJsonAttribute()
    {
    }

    /// <summary>Uses <paramref name="jsonContext"/>, a <c>JsonSerializerContext</c> that includes the member's type.</summary>
    /// <param name="jsonContext">The source-generated JSON context type.</param>
    public DynamoJsonAttribute(Type jsonContext)
    {
        JsonContext = jsonContext;
    }

    /// <summary>The JSON context type, or <see langword="null"/> for the assembly default.</summary>
    public Type? JsonContext { get; }
}
