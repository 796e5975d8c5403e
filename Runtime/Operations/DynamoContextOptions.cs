using System;
using System.Collections.Generic;
using System.Threading;
using Amazon.DynamoDBv2;

namespace DynamoGen;

/// <summary>
/// How a <see cref="DynamoContext"/> connects: a default connection plus per-table connections (one table through
/// DAX, another in another account or region, another on a local endpoint), chosen here, at configuration time, not
/// per call; and how it names tables (<see cref="TableNamePrefix"/>, <see cref="UseTableName{T}"/>,
/// <see cref="MapTableName"/>) and prefixes keys (<see cref="UseKeyPrefix{T}"/>), so one model serves several
/// deployments. The context copies these settings when it is created. Dependency injection configures the same type
/// (<c>services.AddDynamoGen(options =&gt; ...)</c>, <c>IOptions&lt;DynamoContextOptions&gt;</c>).
/// </summary>
/// <remarks>
/// <para>The table name of an item type <c>T</c> resolves, first match wins:</para>
/// <list type="number">
/// <item><description>a name passed explicitly (<see cref="DynamoContext.Table{T}(string)"/>, the <c>tableName</c>
/// argument of <see cref="DynamoContext.CreateTableAsync{T}(string?, CancellationToken)"/> and the other
/// context methods) is used exactly as given: no prefix, no suffix, no override;</description></item>
/// <item><description>the type's own name (<see cref="UseTableName{T}"/>), as given;</description></item>
/// <item><description>the declared name's mapping (<see cref="MapTableName"/>), as given;</description></item>
/// <item><description>otherwise <see cref="TableNamePrefix"/> + the declared name
/// (<see cref="TableSchema.TableName"/>, from <see cref="DynamoTableAttribute"/>) + <see cref="TableNameSuffix"/>.</description></item>
/// </list>
/// <para>Overrides are complete names, so a table outside the deployment's naming convention (a shared or legacy
/// table) can be reached. Per-table connections (<see cref="UseConnectionForTable"/>) match the resolved name.</para>
/// <para>Each setting has one way to set it: a single value is a property (<see cref="TableNamePrefix"/>,
/// <see cref="TableNameSuffix"/>, <see cref="DefaultKeyPrefix"/>, <see cref="EnableTelemetry"/>); a connection or a
/// per-table, per-type entry is a method (<see cref="UseDefaultConnection(IDynamoConnection)"/>,
/// <see cref="UseConnectionFor{T}"/>, <see cref="UseTableName{T}"/>, ...), readable back through a property.</para>
/// </remarks>
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
    private readonly Dictionary<Type, string> _tableNamesByType = new();
    private readonly Dictionary<string, string> _tableNameMap = new(StringComparer.Ordinal);
    private readonly Dictionary<Type, string?> _keyPrefixesByType = new();

    /// <summary>
    /// The connection of every table without a connection of its own (set with <see cref="UseDefaultConnection(IDynamoConnection)"/>).
    /// When <see langword="null"/>, the context creates one from the environment
    /// (<see cref="DynamoConnections.FromEnvironment"/>); with dependency injection, the container's
    /// <see cref="IAmazonDynamoDB"/> is used first, when one is registered.
    /// </summary>
    public IDynamoConnection? DefaultConnection { get; private set; }

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
    /// Runs every table without a connection of its own on the direct engine (<see cref="DirectConnection"/>):
    /// DynamoGen sends the requests over its own pooled HTTP client, written and read as DynamoDB JSON by the generated
    /// code, signed with SigV4 and retried as the SDK's standard mode does. Credentials, region and endpoint come from
    /// <paramref name="client"/>'s configuration and the SDK's own resolution; <paramref name="client"/> still serves
    /// control-plane calls. For one table only, pass a <see cref="DirectConnection"/> to <see cref="UseConnectionFor{T}"/>.
    /// </summary>
    /// <param name="client">An <c>AmazonDynamoDBClient</c> (its <c>AmazonDynamoDBConfig</c> is read); not disposed by the context.</param>
    /// <param name="credentials">The credentials to sign with; <see langword="null"/> for the SDK's default resolution (environment, profiles, SSO, web identity, container and instance metadata).</param>
    /// <param name="options">Timeouts, retries, gzip; <see langword="null"/> for the defaults.</param>
    /// <returns>These options.</returns>
    public DynamoContextOptions UseDirectEngine(IAmazonDynamoDB client, Amazon.Runtime.AWSCredentials? credentials = null, DirectConnectionOptions? options = null)
        => UseDefaultConnection(new DirectConnection(client, credentials, options));

    /// <summary>
    /// Sends every request for the table named <paramref name="tableName"/> through <paramref name="connection"/>,
    /// whatever item type reads it. Takes precedence over <see cref="UseConnectionFor{T}"/>.
    /// </summary>
    /// <param name="tableName">
    /// The DynamoDB table name as resolved (see the remarks of <see cref="DynamoContextOptions"/>): the name passed to
    /// <see cref="DynamoContext.Table{T}(string)"/>, or the declared name with its override, prefix and suffix applied.
    /// </param>
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

    /// <summary>
    /// Put before every declared table name that has no override (<see cref="UseTableName{T}"/>,
    /// <see cref="MapTableName"/>): with <c>"dev-"</c>, <c>[DynamoTable("orders")]</c> resolves to <c>dev-orders</c>.
    /// </summary>
    public string? TableNamePrefix { get; set; }

    /// <summary>
    /// Put after every declared table name that has no override: with <c>"-staging"</c>,
    /// <c>[DynamoTable("orders")]</c> resolves to <c>orders-staging</c>.
    /// </summary>
    public string? TableNameSuffix { get; set; }

    /// <summary>
    /// The key prefix of every table without one of its own (<see cref="UseKeyPrefix{T}"/>), or
    /// <see langword="null"/> for none. See <see cref="UseKeyPrefix{T}"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The value is empty.</exception>
    public string? DefaultKeyPrefix
    {
        get => _defaultKeyPrefix;
        set
        {
            if (value is not null)
            {
                ArgumentException.ThrowIfNullOrEmpty(value);
            }

            _defaultKeyPrefix = value;
        }
    }

    private string? _defaultKeyPrefix;

    /// <summary>Per-type table names (<see cref="UseTableName{T}"/>).</summary>
    public IReadOnlyDictionary<Type, string> TypeTableNames => _tableNamesByType;

    /// <summary>Table names by declared name (<see cref="MapTableName"/>).</summary>
    public IReadOnlyDictionary<string, string> TableNameMap => _tableNameMap;

    /// <summary>Per-type key prefixes (<see cref="UseKeyPrefix{T}"/>); a <see langword="null"/> value turns <see cref="DefaultKeyPrefix"/> off for that type.</summary>
    public IReadOnlyDictionary<Type, string?> TypeKeyPrefixes => _keyPrefixesByType;

    /// <summary>Sets <see cref="TableNamePrefix"/>; obsolete: set the property.</summary>
    /// <param name="prefix">Put before declared table names, for example <c>"dev-"</c>; <see langword="null"/> for none.</param>
    /// <returns>These options.</returns>
    [Obsolete("Set the TableNamePrefix property (new DynamoContextOptions { TableNamePrefix = \"dev-\" }).")]
    public DynamoContextOptions UseTableNamePrefix(string? prefix)
    {
        TableNamePrefix = prefix;
        return this;
    }

    /// <summary>Sets <see cref="TableNameSuffix"/>; obsolete: set the property.</summary>
    /// <param name="suffix">Put after declared table names, for example <c>"-staging"</c>; <see langword="null"/> for none.</param>
    /// <returns>These options.</returns>
    [Obsolete("Set the TableNameSuffix property (new DynamoContextOptions { TableNameSuffix = \"-eu\" }).")]
    public DynamoContextOptions UseTableNameSuffix(string? suffix)
    {
        TableNameSuffix = suffix;
        return this;
    }

    /// <summary>
    /// Names item type <typeparamref name="T"/>'s table <paramref name="tableName"/>, exactly (no prefix or suffix).
    /// Wins over <see cref="MapTableName"/>; a name passed explicitly to a context method wins over it.
    /// </summary>
    /// <typeparam name="T">A <see cref="DynamoTableAttribute"/> type.</typeparam>
    /// <param name="tableName">The DynamoDB table name.</param>
    /// <returns>These options.</returns>
    public DynamoContextOptions UseTableName<T>(string tableName) where T : IDynamoTable<T>
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tableName);
        _tableNamesByType[typeof(T)] = tableName;
        return this;
    }

    /// <summary>
    /// Sends every type declared with table name <paramref name="declaredName"/> (several entity types may share one
    /// table) to <paramref name="tableName"/>, exactly (no prefix or suffix).
    /// </summary>
    /// <param name="declaredName">The name given by <see cref="DynamoTableAttribute"/> (<see cref="TableSchema.TableName"/>).</param>
    /// <param name="tableName">The DynamoDB table name.</param>
    /// <returns>These options.</returns>
    public DynamoContextOptions MapTableName(string declaredName, string tableName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(declaredName);
        ArgumentException.ThrowIfNullOrWhiteSpace(tableName);
        _tableNameMap[declaredName] = tableName;
        return this;
    }

    /// <summary>
    /// Prefixes the keys of item type <typeparamref name="T"/> with <paramref name="keyPrefix"/> (for example an
    /// environment or tenant name, <c>"staging#"</c>), so several environments or tenants share one table without
    /// colliding: <see cref="global::DynamoGen.Table{T}"/> adds it to keys it writes and strips it from keys it reads.
    /// </summary>
    /// <typeparam name="T">A <see cref="DynamoTableAttribute"/> type.</typeparam>
    /// <param name="keyPrefix">The prefix; <see langword="null"/> to turn <see cref="DefaultKeyPrefix"/> off for this type.</param>
    /// <returns>These options.</returns>
    public DynamoContextOptions UseKeyPrefix<T>(string? keyPrefix) where T : IDynamoTable<T>
    {
        if (keyPrefix is not null)
        {
            ArgumentException.ThrowIfNullOrEmpty(keyPrefix);
        }

        _keyPrefixesByType[typeof(T)] = keyPrefix;
        return this;
    }

    /// <summary>Sets <see cref="DefaultKeyPrefix"/>; obsolete: set the property.</summary>
    /// <param name="keyPrefix">The prefix of every table without one of its own; <see langword="null"/> for none.</param>
    /// <returns>These options.</returns>
    [Obsolete("Set the DefaultKeyPrefix property (new DynamoContextOptions { DefaultKeyPrefix = \"prod#\" }).")]
    public DynamoContextOptions UseDefaultKeyPrefix(string? keyPrefix)
    {
        DefaultKeyPrefix = keyPrefix;
        return this;
    }
}
