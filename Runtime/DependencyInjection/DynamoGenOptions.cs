using System;
using System.Collections.Generic;
using Amazon.DynamoDBv2;

namespace DynamoGen;

/// <summary>
/// Options of <c>services.AddDynamoGen(...)</c>: the default connection, per-table connections, table naming and key
/// prefixes of the <see cref="DynamoContext"/> registered in the container (the same settings as
/// <see cref="DynamoContextOptions"/>). Connections can be given as instances or built from the
/// container (for example over an <see cref="IAmazonDynamoDB"/> registered by <c>AWSSDK.Extensions.NETCore.Setup</c>).
/// </summary>
/// <remarks>
/// Without a default connection, the context uses the <see cref="IAmazonDynamoDB"/> registered in the container if
/// there is one, and otherwise a client from the environment (<see cref="DynamoConnections.FromEnvironment"/>).
/// </remarks>
public sealed class DynamoGenOptions
{
    private readonly List<(string? Table, Type? Type, Func<IServiceProvider, IDynamoConnection> Factory)> _connections = new();
    private readonly List<Action<DynamoContextOptions>> _naming = new();
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

    /// <summary>Put before declared table names without an override (see <see cref="DynamoContextOptions.TableNamePrefix"/>), for example <c>"dev-"</c>.</summary>
    public string? TableNamePrefix { get; set; }

    /// <summary>Put after declared table names without an override (see <see cref="DynamoContextOptions.TableNameSuffix"/>).</summary>
    public string? TableNameSuffix { get; set; }

    /// <summary>The key prefix of every table without one of its own (see <see cref="DynamoContextOptions.DefaultKeyPrefix"/>).</summary>
    public string? DefaultKeyPrefix { get; set; }

    /// <summary>Names item type <typeparamref name="T"/>'s table exactly (see <see cref="DynamoContextOptions.UseTableName{T}"/>).</summary>
    /// <typeparam name="T">A <see cref="DynamoTableAttribute"/> type.</typeparam>
    /// <param name="tableName">The DynamoDB table name.</param>
    /// <returns>These options.</returns>
    public DynamoGenOptions UseTableName<T>(string tableName) where T : IDynamoTable<T>
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tableName);
        _naming.Add(options => options.UseTableName<T>(tableName));
        return this;
    }

    /// <summary>Sends every type declared with table name <paramref name="declaredName"/> to <paramref name="tableName"/> (see <see cref="DynamoContextOptions.MapTableName"/>).</summary>
    /// <param name="declaredName">The name given by <see cref="DynamoTableAttribute"/>.</param>
    /// <param name="tableName">The DynamoDB table name.</param>
    /// <returns>These options.</returns>
    public DynamoGenOptions MapTableName(string declaredName, string tableName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(declaredName);
        ArgumentException.ThrowIfNullOrWhiteSpace(tableName);
        _naming.Add(options => options.MapTableName(declaredName, tableName));
        return this;
    }

    /// <summary>Prefixes item type <typeparamref name="T"/>'s keys (see <see cref="DynamoContextOptions.UseKeyPrefix{T}"/>).</summary>
    /// <typeparam name="T">A <see cref="DynamoTableAttribute"/> type.</typeparam>
    /// <param name="keyPrefix">The prefix; <see langword="null"/> to turn <see cref="DefaultKeyPrefix"/> off for this type.</param>
    /// <returns>These options.</returns>
    public DynamoGenOptions UseKeyPrefix<T>(string? keyPrefix) where T : IDynamoTable<T>
    {
        if (keyPrefix is not null)
        {
            ArgumentException.ThrowIfNullOrEmpty(keyPrefix);
        }

        _naming.Add(options => options.UseKeyPrefix<T>(keyPrefix));
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
                built[factory] = connection = factory(services) ?? throw new DynamoConfigurationException("A DynamoGen connection factory returned null.");
            }

            return connection;
        }

        var options = new DynamoContextOptions
        {
            EnableTelemetry = EnableTelemetry,
            TableNamePrefix = TableNamePrefix,
            TableNameSuffix = TableNameSuffix,
            DefaultKeyPrefix = DefaultKeyPrefix,
        };
        foreach (var apply in _naming)
        {
            apply(options);
        }

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
