using System;
using System.Collections.Generic;
using Amazon.DynamoDBv2;

namespace DynamoGen;

/// <summary>
/// Options of <c>services.AddDynamoGen(...)</c>: the default connection and per-table connections of the
/// <see cref="DynamoContext"/> registered in the container. Connections can be given as instances or built from the
/// container (for example over an <see cref="IAmazonDynamoDB"/> registered by <c>AWSSDK.Extensions.NETCore.Setup</c>).
/// </summary>
/// <remarks>
/// Without a default connection, the context uses the <see cref="IAmazonDynamoDB"/> registered in the container if
/// there is one, and otherwise a client from the environment (<see cref="DynamoConnections.FromEnvironment"/>).
/// </remarks>
public sealed class DynamoGenOptions
{
    private readonly List<(string? Table, Type? Type, Func<IServiceProvider, IDynamoConnection> Factory)> _connections = new();
    private Func<IServiceProvider, IDynamoConnection>? _default;

    /// <summary>Whether the context records spans and metrics (see <see cref="DynamoContextOptions.EnableTelemetry"/>). Default <see langword="true"/>.</summary>
    public bool EnableTelemetry { get; set; } = true;

    /// <summary>Uses <paramref name="connection"/> for every table without a connection of its own.</summary>
    /// <param name="connection">The default connection.</param>
    /// <returns>These options.</returns>
    public DynamoGenOptions UseDefaultConnection(IDynamoConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        _default = _ => connection;
        return this;
    }

    /// <summary>Uses the connection <paramref name="factory"/> builds (once) from the container for every table without a connection of its own.</summary>
    /// <param name="factory">Builds the default connection.</param>
    /// <returns>These options.</returns>
    public DynamoGenOptions UseDefaultConnection(Func<IServiceProvider, IDynamoConnection> factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        _default = factory;
        return this;
    }

    /// <summary>Uses a connection configured from <c>DYNAMO_*</c> environment variables, then the AWS default chain, as the default.</summary>
    /// <param name="getVariable">Reads a variable; the process environment when omitted.</param>
    /// <returns>These options.</returns>
    public DynamoGenOptions UseEnvironment(Func<string, string?>? getVariable = null)
    {
        _default = _ => DynamoConnections.FromEnvironment(getVariable);
        return this;
    }

    /// <summary>Sends requests for the table named <paramref name="tableName"/> through <paramref name="connection"/>.</summary>
    /// <param name="tableName">The DynamoDB table name.</param>
    /// <param name="connection">The connection.</param>
    /// <returns>These options.</returns>
    public DynamoGenOptions UseConnectionForTable(string tableName, IDynamoConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return UseConnectionForTable(tableName, _ => connection);
    }

    /// <summary>Sends requests for the table named <paramref name="tableName"/> through the connection <paramref name="factory"/> builds (once).</summary>
    /// <param name="tableName">The DynamoDB table name.</param>
    /// <param name="factory">Builds the connection from the container.</param>
    /// <returns>These options.</returns>
    public DynamoGenOptions UseConnectionForTable(string tableName, Func<IServiceProvider, IDynamoConnection> factory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tableName);
        ArgumentNullException.ThrowIfNull(factory);
        _connections.Add((tableName, null, factory));
        return this;
    }

    /// <summary>Sends requests for item type <typeparamref name="T"/>'s tables through <paramref name="connection"/>.</summary>
    /// <typeparam name="T">A <see cref="DynamoTableAttribute"/> type.</typeparam>
    /// <param name="connection">The connection.</param>
    /// <returns>These options.</returns>
    public DynamoGenOptions UseConnectionFor<T>(IDynamoConnection connection) where T : IDynamoTable<T>
    {
        ArgumentNullException.ThrowIfNull(connection);
        return UseConnectionFor<T>(_ => connection);
    }

    /// <summary>Sends requests for item type <typeparamref name="T"/>'s tables through the connection <paramref name="factory"/> builds (once).</summary>
    /// <typeparam name="T">A <see cref="DynamoTableAttribute"/> type.</typeparam>
    /// <param name="factory">Builds the connection from the container.</param>
    /// <returns>These options.</returns>
    public DynamoGenOptions UseConnectionFor<T>(Func<IServiceProvider, IDynamoConnection> factory) where T : IDynamoTable<T>
    {
        ArgumentNullException.ThrowIfNull(factory);
        _connections.Add((null, typeof(T), factory));
        return this;
    }

    /// <summary>Builds the context's options, calling each factory once.</summary>
    internal DynamoContextOptions Build(IServiceProvider services)
    {
        var built = new Dictionary<Func<IServiceProvider, IDynamoConnection>, IDynamoConnection>(ReferenceEqualityComparer.Instance);
        IDynamoConnection Build(Func<IServiceProvider, IDynamoConnection> factory)
        {
            if (!built.TryGetValue(factory, out var connection))
            {
                built[factory] = connection = factory(services) ?? throw new InvalidOperationException("A DynamoGen connection factory returned null.");
            }

            return connection;
        }

        var options = new DynamoContextOptions { EnableTelemetry = EnableTelemetry };
        if (_default is not null)
        {
            options.UseDefaultConnection(Build(_default));
        }
        else if (services.GetService(typeof(IAmazonDynamoDB)) is IAmazonDynamoDB client)
        {
            options.UseDefaultConnection(client);
        }
        else
        {
            options.UseDefaultConnection(DynamoConnections.FromEnvironment());
        }

        foreach (var (table, type, factory) in _connections)
        {
            var connection = Build(factory);
            if (table is not null)
            {
                options.UseConnectionForTable(table, connection);
            }
            else
            {
                options.AddTypeConnection(type!, connection);
            }
        }

        return options;
    }
}
