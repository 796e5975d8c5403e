using System;
using System.Linq;
using Amazon.DynamoDBv2;
using DynamoGen;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers DynamoGen in a <see cref="IServiceCollection"/>.</summary>
public static class DynamoGenServiceCollectionExtensions
{
    /// <summary>
    /// Registers a singleton <see cref="DynamoContext"/> built from <see cref="DynamoContextOptions"/> (the options type
    /// of <c>new DynamoContext(options)</c>, here through <see cref="IOptions{TOptions}"/>). Configure them here, or
    /// later with <c>services.Configure&lt;DynamoContextOptions&gt;(...)</c>; the context is built on first use.
    /// </summary>
    /// <remarks>
    /// Without a default connection (<see cref="DynamoContextOptions.UseDefaultConnection(IDynamoConnection)"/>), the
    /// context uses the <see cref="IAmazonDynamoDB"/> registered in the container (for example by
    /// <c>AWSSDK.Extensions.NETCore.Setup</c>'s <c>AddAWSService&lt;IAmazonDynamoDB&gt;()</c>), and otherwise a client
    /// from the environment (<see cref="DynamoConnections.FromEnvironment"/>).
    /// </remarks>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Configures the context; optional.</param>
    /// <returns><paramref name="services"/>.</returns>
    /// <example>
    /// <code>
    /// services.AddSingleton&lt;IAmazonDynamoDB&gt;(new AmazonDynamoDBClient());
    /// services.AddDynamoGen(options => options.TableNamePrefix = "dev-");
    /// </code>
    /// </example>
    public static IServiceCollection AddDynamoGen(this IServiceCollection services, Action<DynamoContextOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var builder = Register(services);
        if (configure is not null)
        {
            builder.Configure(configure);
        }

        return services;
    }

    /// <summary>
    /// As <see cref="AddDynamoGen(IServiceCollection, Action{DynamoContextOptions}?)"/>, with the container at hand to
    /// build connections from registered services. The configuration runs once, when the context is first resolved,
    /// so each connection is built once.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Configures the context from the container.</param>
    /// <returns><paramref name="services"/>.</returns>
    /// <example>
    /// <code>
    /// services.AddDynamoGen((options, sp) => options
    ///     .UseConnectionFor&lt;Product&gt;(new DaxConnection(daxClient, sp.GetRequiredService&lt;IAmazonDynamoDB&gt;())));
    /// </code>
    /// </example>
    public static IServiceCollection AddDynamoGen(this IServiceCollection services, Action<DynamoContextOptions, IServiceProvider> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        Register(services).Configure<IServiceProvider>(configure);
        return services;
    }

    private static OptionsBuilder<DynamoContextOptions> Register(IServiceCollection services)
    {
        var builder = services.AddOptions<DynamoContextOptions>();
        if (!services.Any(static d => d.ServiceType == typeof(DynamoContext)))
        {
            // Once: the container's client is the default connection when none was configured.
            builder.PostConfigure<IServiceProvider>(static (options, provider) =>
            {
                if (options.DefaultConnection is null && provider.GetService(typeof(IAmazonDynamoDB)) is IAmazonDynamoDB client)
                {
                    options.UseDefaultConnection(client);
                }
            });
        }

        services.TryAddSingleton(static provider => new DynamoContext(provider.GetRequiredService<IOptions<DynamoContextOptions>>().Value));
        return builder;
    }
}
