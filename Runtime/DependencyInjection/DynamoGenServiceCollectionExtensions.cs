using System;
using DynamoGen;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers DynamoGen in a <see cref="IServiceCollection"/>.</summary>
public static class DynamoGenServiceCollectionExtensions
{
    /// <summary>
    /// Registers a singleton <see cref="DynamoContext"/> configured by <see cref="DynamoGenOptions"/>. Configure it
    /// here, or later with <c>services.Configure&lt;DynamoGenOptions&gt;(...)</c>; the context is built on first use.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Configures the connections; optional.</param>
    /// <returns><paramref name="services"/>.</returns>
    /// <example>
    /// <code>
    /// services.AddSingleton&lt;IAmazonDynamoDB&gt;(new AmazonDynamoDBClient());
    /// services.AddDynamoGen(options => options
    ///     .UseConnectionFor&lt;Product&gt;(sp => new DaxConnection(daxClient, sp.GetRequiredService&lt;IAmazonDynamoDB&gt;())));
    /// </code>
    /// </example>
    public static IServiceCollection AddDynamoGen(this IServiceCollection services, Action<DynamoGenOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var builder = services.AddOptions<DynamoGenOptions>();
        if (configure is not null)
        {
            builder.Configure(configure);
        }

        services.TryAddSingleton(static provider => new DynamoContext(provider.GetRequiredService<IOptions<DynamoGenOptions>>().Value.Build(provider)));
        return services;
    }
}
