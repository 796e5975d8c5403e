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
    private readonly TableNaming _naming;

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

    /// <summary>Creates a context with a default connection, per-table connections, table naming and key prefixes.</summary>
    /// <param name="options">The settings; copied, so later changes to <paramref name="options"/> do not affect this context.</param>
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

        _naming = new TableNaming(options);
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
    /// <param name="tableName">The table name, used as given; the resolved name (<see cref="TableNameFor{T}"/>) when omitted.</param>
    /// <returns>The table's connection: its own by (resolved) table name, else its own by item type, else the default.</returns>
    public IDynamoConnection ConnectionFor<T>(string? tableName = null) where T : IDynamoTable<T>
        => Resolve(typeof(T), ResolveName<T>(tableName)).Configured;

    /// <summary>
    /// The DynamoDB table name of item type <typeparamref name="T"/>: its own name (<see cref="DynamoContextOptions.UseTableName{T}"/>), else
    /// its declared name's mapping, else the declared name with the prefix and suffix of
    /// <see cref="DynamoContextOptions"/> (resolution order in its remarks).
    /// </summary>
    /// <typeparam name="T">A <see cref="DynamoTableAttribute"/> type.</typeparam>
    /// <returns>The name <see cref="Table{T}()"/> sends requests to.</returns>
    public string TableNameFor<T>() where T : IDynamoTable<T> => _naming.Resolve(T.TableSchema, typeof(T), null);

    /// <summary>
    /// The DynamoDB table name of <paramref name="schema"/>: its declared name's mapping
    /// (<see cref="DynamoContextOptions.MapTableName"/>), else the declared name with the prefix and suffix of
    /// <see cref="DynamoContextOptions"/>. Per-type names do not apply: a bare schema has no type.
    /// </summary>
    /// <param name="schema">A table schema.</param>
    /// <returns>The resolved name.</returns>
    public string TableNameFor(TableSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return _naming.Resolve(schema, null, null);
    }

    /// <summary>The key prefix of item type <typeparamref name="T"/>'s tables (<see cref="DynamoContextOptions.UseKeyPrefix{T}"/>), or <see langword="null"/>.</summary>
    /// <typeparam name="T">A <see cref="DynamoTableAttribute"/> type.</typeparam>
    /// <returns>The prefix <see cref="Table{T}()"/> applies to keys, or <see langword="null"/> for none.</returns>
    public string? KeyPrefixFor<T>() where T : IDynamoTable<T> => _naming.KeyPrefix(typeof(T));

    /// <summary>
    /// The table of item type <typeparamref name="T"/>, under its resolved name (<see cref="TableNameFor{T}"/>: the
    /// declared name with the options' override, prefix and suffix) and with its key prefix, if any.
    /// </summary>
    /// <typeparam name="T">A <see cref="DynamoTableAttribute"/> type.</typeparam>
    /// <returns>A lightweight object; calling this again is cheap.</returns>
    public Table<T> Table<T>() where T : IDynamoTable<T>
    {
        var name = TableNameFor<T>();
        return new(Resolve(typeof(T), name).Runtime, name, _naming.KeyPrefix(typeof(T)));
    }

    /// <summary>
    /// The table of item type <typeparamref name="T"/> under another name (another stage, a test's own table), used
    /// exactly as given: no prefix, suffix or override. The type's key prefix still applies.
    /// </summary>
    /// <typeparam name="T">A <see cref="DynamoTableAttribute"/> type.</typeparam>
    /// <param name="tableName">The DynamoDB table name to send requests to.</param>
    /// <returns>A lightweight object; calling this again is cheap.</returns>
    public Table<T> Table<T>(string tableName) where T : IDynamoTable<T>
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tableName);
        return new(Resolve(typeof(T), tableName).Runtime, tableName, _naming.KeyPrefix(typeof(T)));
    }

    /// <summary>
    /// Creates the table of <typeparamref name="T"/> from its schema (<c>T.TableSchema</c>): on-demand capacity,
    /// every global and local secondary index with its projection; waits until the table and its indexes are
    /// active; then turns on time to live when the schema declares it. Goes through the control plane of the
    /// table's connection. For development and tests: creating tables is always this explicit call, never a side
    /// effect. Fails (<see cref="ResourceInUseException"/>) when the table exists; see
    /// <see cref="CreateTableIfNotExistsAsync{T}(string?, CancellationToken)"/>.
    /// </summary>
    /// <typeparam name="T">A <see cref="DynamoTableAttribute"/> type.</typeparam>
    /// <param name="tableName">The name to create the table under, as given; the resolved name (<see cref="TableNameFor{T}"/>) when omitted.</param>
    /// <param name="cancellationToken">Cancels the requests and the wait.</param>
    /// <returns>What was done, with a warning for anything asked but not done (time to live on an engine without it).</returns>
    /// <exception cref="ArgumentException">The schema cannot be a table (an attribute used as a key with two types, for example); nothing was sent.</exception>
    public Task<CreateTableResult> CreateTableAsync<T>(string? tableName = null, CancellationToken cancellationToken = default) where T : IDynamoTable<T>
        => CreateTableAsync<T>(tableName, null, cancellationToken);

    /// <inheritdoc cref="CreateTableAsync{T}(string?, CancellationToken)"/>
    /// <param name="tableName">The name to create the table under, as given; the resolved name (<see cref="TableNameFor{T}"/>) when omitted.</param>
    /// <param name="options">Time to live and the wait; defaults when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the requests and the wait.</param>
    public Task<CreateTableResult> CreateTableAsync<T>(string? tableName, CreateTableOptions? options, CancellationToken cancellationToken = default) where T : IDynamoTable<T>
    {
        var name = ResolveName<T>(tableName);
        return SchemaOperations.CreateAsync(Resolve(typeof(T), name).Configured.ControlPlane, T.TableSchema, name, options, ifNotExists: false, cancellationToken);
    }

    /// <summary>
    /// Creates a table from <paramref name="schema"/>, as <see cref="CreateTableAsync{T}(string?, CreateTableOptions?, CancellationToken)"/>
    /// does for a type; through the connection of the table's name, else the default.
    /// </summary>
    /// <param name="schema">The table schema.</param>
    /// <param name="tableName">The name to create the table under, as given; the resolved name (<see cref="TableNameFor(TableSchema)"/>) when omitted.</param>
    /// <param name="options">Time to live and the wait; defaults when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the requests and the wait.</param>
    /// <returns>What was done, with a warning for anything asked but not done.</returns>
    /// <exception cref="ArgumentException">The schema cannot be a table; nothing was sent.</exception>
    public Task<CreateTableResult> CreateTableAsync(TableSchema schema, string? tableName = null, CreateTableOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var name = _naming.Resolve(schema, null, tableName);
        return SchemaOperations.CreateAsync(Resolve(null, name).Configured.ControlPlane, schema, name, options, ifNotExists: false, cancellationToken);
    }

    /// <summary>
    /// Creates the table of <typeparamref name="T"/> as <see cref="CreateTableAsync{T}(string?, CancellationToken)"/>
    /// does, unless a table of that name exists: then waits until it is active and leaves it as it is (it is not
    /// compared or changed: see <see cref="CompareSchemaAsync{T}(string?, CancellationToken)"/>). For tests and
    /// development set-up.
    /// </summary>
    /// <typeparam name="T">A <see cref="DynamoTableAttribute"/> type.</typeparam>
    /// <param name="tableName">The table name, as given; the resolved name (<see cref="TableNameFor{T}"/>) when omitted.</param>
    /// <param name="cancellationToken">Cancels the requests and the wait.</param>
    /// <returns>What was done; <see cref="CreateTableResult.Created"/> is <see langword="false"/> when the table existed.</returns>
    /// <exception cref="ArgumentException">The schema cannot be a table; nothing was sent.</exception>
    public Task<CreateTableResult> CreateTableIfNotExistsAsync<T>(string? tableName = null, CancellationToken cancellationToken = default) where T : IDynamoTable<T>
        => CreateTableIfNotExistsAsync<T>(tableName, null, cancellationToken);

    /// <inheritdoc cref="CreateTableIfNotExistsAsync{T}(string?, CancellationToken)"/>
    /// <param name="tableName">The table name, as given; the resolved name (<see cref="TableNameFor{T}"/>) when omitted.</param>
    /// <param name="options">Time to live and the wait; defaults when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the requests and the wait.</param>
    public Task<CreateTableResult> CreateTableIfNotExistsAsync<T>(string? tableName, CreateTableOptions? options, CancellationToken cancellationToken = default) where T : IDynamoTable<T>
    {
        var name = ResolveName<T>(tableName);
        return SchemaOperations.CreateAsync(Resolve(typeof(T), name).Configured.ControlPlane, T.TableSchema, name, options, ifNotExists: true, cancellationToken);
    }

    /// <summary>Creates a table from <paramref name="schema"/> unless a table of that name exists (see <see cref="CreateTableIfNotExistsAsync{T}(string?, CancellationToken)"/>).</summary>
    /// <param name="schema">The table schema.</param>
    /// <param name="tableName">The table name, as given; the resolved name (<see cref="TableNameFor(TableSchema)"/>) when omitted.</param>
    /// <param name="options">Time to live and the wait; defaults when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the requests and the wait.</param>
    /// <returns>What was done; <see cref="CreateTableResult.Created"/> is <see langword="false"/> when the table existed.</returns>
    /// <exception cref="ArgumentException">The schema cannot be a table; nothing was sent.</exception>
    public Task<CreateTableResult> CreateTableIfNotExistsAsync(TableSchema schema, string? tableName = null, CreateTableOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var name = _naming.Resolve(schema, null, tableName);
        return SchemaOperations.CreateAsync(Resolve(null, name).Configured.ControlPlane, schema, name, options, ifNotExists: true, cancellationToken);
    }

    /// <summary>
    /// Compares <typeparamref name="T"/>'s schema with the real table (<c>DescribeTable</c>, and
    /// <c>DescribeTimeToLive</c>): missing table, key names and types, missing or extra indexes, index kinds, keys
    /// and projections, time to live. Each difference is reported in plain words; nothing is changed.
    /// </summary>
    /// <typeparam name="T">A <see cref="DynamoTableAttribute"/> type.</typeparam>
    /// <param name="tableName">The table name, as given; the resolved name (<see cref="TableNameFor{T}"/>) when omitted.</param>
    /// <param name="cancellationToken">Cancels the requests.</param>
    /// <returns>The comparison; <see cref="SchemaComparison.HasDifferences"/> tells whether the table matches.</returns>
    public Task<SchemaComparison> CompareSchemaAsync<T>(string? tableName = null, CancellationToken cancellationToken = default) where T : IDynamoTable<T>
        => CompareSchemaAsync<T>(tableName, null, cancellationToken);

    /// <inheritdoc cref="CompareSchemaAsync{T}(string?, CancellationToken)"/>
    /// <param name="tableName">The table name, as given; the resolved name (<see cref="TableNameFor{T}"/>) when omitted.</param>
    /// <param name="options">What to check; defaults when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the requests.</param>
    public Task<SchemaComparison> CompareSchemaAsync<T>(string? tableName, CompareSchemaOptions? options, CancellationToken cancellationToken = default) where T : IDynamoTable<T>
    {
        var name = ResolveName<T>(tableName);
        return SchemaOperations.CompareAsync(Resolve(typeof(T), name).Configured.ControlPlane, T.TableSchema, name, typeof(T).Name, options, cancellationToken);
    }

    /// <summary>Compares <paramref name="schema"/> with the real table (see <see cref="CompareSchemaAsync{T}(string?, CancellationToken)"/>).</summary>
    /// <param name="schema">The table schema.</param>
    /// <param name="tableName">The table name, as given; the resolved name (<see cref="TableNameFor(TableSchema)"/>) when omitted.</param>
    /// <param name="options">What to check, and the model's name in the messages (<c>the model</c> by default).</param>
    /// <param name="cancellationToken">Cancels the requests.</param>
    /// <returns>The comparison.</returns>
    public Task<SchemaComparison> CompareSchemaAsync(TableSchema schema, string? tableName = null, CompareSchemaOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var name = _naming.Resolve(schema, null, tableName);
        return SchemaOperations.CompareAsync(Resolve(null, name).Configured.ControlPlane, schema, name, "the model", options, cancellationToken);
    }

    private string ResolveName<T>(string? explicitName) where T : IDynamoTable<T>
        => _naming.Resolve(T.TableSchema, typeof(T), explicitName);

    private Route Resolve(Type? type, string tableName)
    {
        if (_byTable.Count > 0 && _byTable.TryGetValue(tableName, out var byName))
        {
            return byName;
        }

        if (type is not null && _byType.Count > 0 && _byType.TryGetValue(type, out var byType))
        {
            return byType;
        }

        return _default;
    }

    /// <summary>A configured connection and the one tables use (the same, or it wrapped with telemetry).</summary>
    private sealed record Route(IDynamoConnection Configured, IDynamoConnection Runtime);
}
