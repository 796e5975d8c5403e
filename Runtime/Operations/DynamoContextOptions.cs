using System;
using System.Collections.Generic;
using Amazon.DynamoDBv2;

namespace DynamoGen;

/// <summary>
/// How a <see cref="DynamoContext"/> connects: a default connection plus per-table connections (one table through
/// DAX, another in another account or region, another on a local endpoint), chosen here, at configuration time, not
/// per call. The context copies these settings when it is created.
/// </summary>
/// <example>
/// <code>
/// var options = new DynamoContextOptions()
///     .UseDefaultConnection(new DynamoDbConnection(dynamoClient))
///     .UseConnectionFor&lt;Product&gt;(new DaxConnection(daxClient, dynamoClient));
/// var context = new DynamoContext(options);
/// </code>
/// </example>
public sealed class DynamoContextOptions
{
    private readonly Dictionary<string, IDynamoConnection> _byTable = new(StringComparer.Ordinal);
    private readonly Dictionary<Type, IDynamoConnection> _byType = new();

    /// <summary>
    /// The connection of every table without a connection of its own. When <see langword="null"/>, the context
    /// creates one from the environment (<see cref="DynamoConnections.FromEnvironment"/>).
    /// </summary>
    public IDynamoConnection? DefaultConnection { get; set; }

    /// <summary>
    /// Whether the context wraps its connections with <see cref="InstrumentedConnection"/> (a span and metrics per
    /// operation under the <c>DynamoGen</c> source and meter). Default <see langword="true"/>; nearly free while
    /// nothing listens.
    /// </summary>
    public bool EnableTelemetry { get; set; } = true;

    /// <summary>Per-table connections by DynamoDB table name.</summary>
    public IReadOnlyDictionary<string, IDynamoConnection> TableConnections => _byTable;

    /// <summary>Per-table connections by item type.</summary>
    public IReadOnlyDictionary<Type, IDynamoConnection> TypeConnections => _byType;

    /// <summary>Sets <see cref="DefaultConnection"/>.</summary>
    /// <param name="connection">The default connection.</param>
    /// <returns>These options.</returns>
    public DynamoContextOptions UseDefaultConnection(IDynamoConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        DefaultConnection = connection;
        return this;
    }

    /// <summary>Sets <see cref="DefaultConnection"/> to a plain DynamoDB connection over <paramref name="client"/>.</summary>
    /// <param name="client">The DynamoDB client; not disposed by the context.</param>
    /// <returns>These options.</returns>
    public DynamoContextOptions UseDefaultConnection(IAmazonDynamoDB client) => UseDefaultConnection(new DynamoDbConnection(client));

    /// <summary>
    /// Sends every request for the table named <paramref name="tableName"/> through <paramref name="connection"/>,
    /// whatever item type reads it. Takes precedence over <see cref="UseConnectionFor{T}"/>.
    /// </summary>
    /// <param name="tableName">The DynamoDB table name (as passed to <see cref="DynamoContext.Table{T}(string)"/> or declared by <see cref="DynamoTableAttribute"/>).</param>
    /// <param name="connection">The table's connection.</param>
    /// <returns>These options.</returns>
    public DynamoContextOptions UseConnectionForTable(string tableName, IDynamoConnection connection)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tableName);
        ArgumentNullException.ThrowIfNull(connection);
        _byTable[tableName] = connection;
        return this;
    }

    /// <summary>Sends every request for item type <typeparamref name="T"/>'s tables (under any name) through <paramref name="connection"/>.</summary>
    /// <typeparam name="T">A <see cref="DynamoTableAttribute"/> type.</typeparam>
    /// <param name="connection">The connection.</param>
    /// <returns>These options.</returns>
    public DynamoContextOptions UseConnectionFor<T>(IDynamoConnection connection) where T : IDynamoTable<T>
    {
        ArgumentNullException.ThrowIfNull(connection);
        _byType[typeof(T)] = connection;
        return this;
    }

    internal void AddTypeConnection(Type type, IDynamoConnection connection) => _byType[type] = connection;
}
