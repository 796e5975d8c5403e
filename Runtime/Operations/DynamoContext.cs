using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace DynamoGen;

/// <summary>
/// The entry point of the runtime: hands out typed <see cref="global::DynamoGen.Table{T}"/> objects whose requests go
/// through the connection configured for their table (see <see cref="DynamoContextOptions"/>). Create one per
/// application and share it; it is thread-safe.
/// </summary>
/// <example>
/// <code>
/// var context = new DynamoContext(new AmazonDynamoDBClient());
/// var orders = context.Table&lt;Order&gt;();
/// await orders.PutAsync(new Order { CustomerId = "c-1", OrderId = 1, Total = 9.5 });
/// Order? order = await orders.GetAsync(Order.Key("c-1", 1));
/// </code>
/// </example>
public sealed class DynamoContext
{
    private readonly Route _default;
    private readonly Dictionary<string, Route> _byTable;
    private readonly Dictionary<Type, Route> _byType;

    /// <summary>Creates a context whose tables send requests to <paramref name="client"/>. The context does not dispose the client.</summary>
    /// <param name="client">The DynamoDB client every table of this context uses.</param>
    public DynamoContext(IAmazonDynamoDB client)
        : this(new DynamoDbConnection(client))
    {
    }

    /// <summary>Creates a context whose tables send requests through <paramref name="connection"/>.</summary>
    /// <param name="connection">The connection every table of this context uses.</param>
    public DynamoContext(IDynamoConnection connection)
        : this(new DynamoContextOptions().UseDefaultConnection(connection))
    {
    }

    /// <summary>Creates a context with a default connection and per-table connections.</summary>
    /// <param name="options">The connections; copied, so later changes to <paramref name="options"/> do not affect this context.</param>
    public DynamoContext(DynamoContextOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var routes = new Dictionary<IDynamoConnection, Route>(ReferenceEqualityComparer.Instance);
        Route RouteOf(IDynamoConnection connection)
        {
            if (!routes.TryGetValue(connection, out var route))
            {
                var runtime = options.EnableTelemetry && connection is not InstrumentedConnection ? new InstrumentedConnection(connection) : connection;
                routes[connection] = route = new Route(connection, runtime);
            }

            return route;
        }

        _default = RouteOf(options.DefaultConnection ?? DynamoConnections.FromEnvironment());
        _byTable = new Dictionary<string, Route>(StringComparer.Ordinal);
        foreach (var (table, connection) in options.TableConnections)
        {
            _byTable[table] = RouteOf(connection);
        }

        _byType = new Dictionary<Type, Route>();
        foreach (var (type, connection) in options.TypeConnections)
        {
            _byType[type] = RouteOf(connection);
        }
    }

    /// <summary>The default connection, as configured (tables with a connection of their own use that instead).</summary>
    public IDynamoConnection Connection => _default.Configured;

    /// <summary>The default connection's client for control-plane calls (creating and describing tables).</summary>
    public IAmazonDynamoDB Client => Connection.ControlPlane;

    /// <summary>The connection, as configured, that requests for <typeparamref name="T"/>'s table go through.</summary>
    /// <typeparam name="T">A <see cref="DynamoTableAttribute"/> type.</typeparam>
    /// <param name="tableName">The table name; the type's declared table name when omitted.</param>
    /// <returns>The table's connection: its own by table name, else its own by item type, else the default.</returns>
    public IDynamoConnection ConnectionFor<T>(string? tableName = null) where T : IDynamoTable<T>
        => Resolve(typeof(T), tableName ?? T.TableSchema.TableName).Configured;

    /// <summary>The table of item type <typeparamref name="T"/>, named as its <see cref="DynamoTableAttribute"/> says.</summary>
    /// <typeparam name="T">A <see cref="DynamoTableAttribute"/> type.</typeparam>
    /// <returns>A lightweight object; calling this again is cheap.</returns>
    public Table<T> Table<T>() where T : IDynamoTable<T>
    {
        var name = T.TableSchema.TableName;
        return new(Resolve(typeof(T), name).Runtime, name);
    }

    /// <summary>The table of item type <typeparamref name="T"/> under another name (another stage, a test's own table).</summary>
    /// <typeparam name="T">A <see cref="DynamoTableAttribute"/> type.</typeparam>
    /// <param name="tableName">The DynamoDB table name to send requests to.</param>
    /// <returns>A lightweight object; calling this again is cheap.</returns>
    public Table<T> Table<T>(string tableName) where T : IDynamoTable<T>
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tableName);
        return new(Resolve(typeof(T), tableName).Runtime, tableName);
    }

    /// <summary>
    /// Creates the table of <typeparamref name="T"/> from its schema (on-demand capacity) and waits until it is
    /// active, through the control plane of the table's connection. For development and tests: creating tables is
    /// always this explicit call, never a side effect.
    /// </summary>
    /// <typeparam name="T">A <see cref="DynamoTableAttribute"/> type.</typeparam>
    /// <param name="tableName">The name to create the table under; the type's declared table name when omitted.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>A task that completes when the table is active.</returns>
    public async Task CreateTableAsync<T>(string? tableName = null, CancellationToken cancellationToken = default) where T : IDynamoTable<T>
    {
        var schema = T.TableSchema;
        tableName ??= schema.TableName;
        var client = Resolve(typeof(T), tableName).Configured.ControlPlane;
        var request = new CreateTableRequest
        {
            TableName = tableName,
            BillingMode = BillingMode.PAY_PER_REQUEST,
            KeySchema = new List<KeySchemaElement> { new(schema.PartitionKey.Name, KeyType.HASH) },
            AttributeDefinitions = new List<AttributeDefinition> { new(schema.PartitionKey.Name, schema.PartitionKey.Type) },
        };
        if (schema.SortKey is { } sortKey)
        {
            request.KeySchema.Add(new KeySchemaElement(sortKey.Name, KeyType.RANGE));
            request.AttributeDefinitions.Add(new AttributeDefinition(sortKey.Name, sortKey.Type));
        }

        await client.CreateTableAsync(request, cancellationToken).ConfigureAwait(false);
        await WaitUntilActiveAsync(client, tableName, cancellationToken).ConfigureAwait(false);
    }

    private static async Task WaitUntilActiveAsync(IAmazonDynamoDB client, string tableName, CancellationToken cancellationToken)
    {
        var delay = TimeSpan.FromMilliseconds(50);
        while (true)
        {
            var description = await client.DescribeTableAsync(new DescribeTableRequest { TableName = tableName }, cancellationToken).ConfigureAwait(false);
            if (description.Table.TableStatus == TableStatus.ACTIVE)
            {
                return;
            }

            await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
            delay = TimeSpan.FromMilliseconds(Math.Min(delay.TotalMilliseconds * 2, 2000));
        }
    }

    private Route Resolve(Type type, string tableName)
    {
        if (_byTable.Count > 0 && _byTable.TryGetValue(tableName, out var byName))
        {
            return byName;
        }

        if (_byType.Count > 0 && _byType.TryGetValue(type, out var byType))
        {
            return byType;
        }

        return _default;
    }

    /// <summary>A configured connection and the one tables use (the same, or it wrapped with telemetry).</summary>
    private sealed record Route(IDynamoConnection Configured, IDynamoConnection Runtime);
}
