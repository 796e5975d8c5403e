using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace DynamoGen.Testing;

/// <summary>
/// One test's share of a DynamoDB: a <see cref="DynamoContext"/> whose table names all start with a prefix no other
/// scope uses, tables created from the generated schemas in one call, and every table under the prefix deleted on
/// disposal. Tests that each use their own scope can run in parallel against one server.
/// </summary>
/// <example>
/// <code>
/// await using var scope = server.NewScope();
/// var orders = await scope.CreateTableAsync&lt;Order&gt;();   // table "t1a2b3c4d5e-orders", from Order's schema
/// await orders.PutAsync(new Order { ... });
/// </code>
/// </example>
public sealed class DynamoTestScope : IAsyncDisposable
{
    private readonly IAmazonDynamoDB _client;
    private readonly bool _ownsClient;
    private int _disposed;

    /// <summary>A scope over any client (a <see cref="LocalDynamoDb"/> gives one with <see cref="LocalDynamoDb.NewScope"/>).</summary>
    /// <param name="client">The client; not disposed by the scope.</param>
    /// <param name="configure">Further context settings; the table-name prefix is the scope's, put before any prefix set here.</param>
    public DynamoTestScope(IAmazonDynamoDB client, Action<DynamoContextOptions>? configure = null)
        : this(client, ownsClient: false, configure)
    {
    }

    internal DynamoTestScope(IAmazonDynamoDB client, bool ownsClient, Action<DynamoContextOptions>? configure)
    {
        ArgumentNullException.ThrowIfNull(client);
        _client = client;
        _ownsClient = ownsClient;
        Prefix = "t" + Guid.NewGuid().ToString("N")[..10] + "-";
        var options = new DynamoContextOptions().UseDefaultConnection(client);
        configure?.Invoke(options);
        options.TableNamePrefix = Prefix + options.TableNamePrefix;
        Context = new DynamoContext(options);
    }

    /// <summary>The prefix of every table name in this scope, for example <c>t1a2b3c4d5e-</c>.</summary>
    public string Prefix { get; }

    /// <summary>The context: <c>Context.Table&lt;T&gt;()</c> addresses the scope's table of <c>T</c>.</summary>
    public DynamoContext Context { get; }

    /// <summary>The client the scope's context uses.</summary>
    public IAmazonDynamoDB Client => _client;

    /// <summary>Creates the table of <typeparamref name="T"/> under the scope's prefix from <c>T.TableSchema</c> (keys, indexes, time to live where the engine has it).</summary>
    /// <typeparam name="T">A <see cref="DynamoTableAttribute"/> type.</typeparam>
    /// <param name="cancellationToken">Cancels the requests and the wait.</param>
    /// <returns>The table, ready for use.</returns>
    public async Task<Table<T>> CreateTableAsync<T>(CancellationToken cancellationToken = default) where T : IDynamoTable<T>
    {
        await Context.CreateTableAsync<T>(null, cancellationToken).ConfigureAwait(false);
        return Context.Table<T>();
    }

    /// <summary>The scope's table of <typeparamref name="T"/> (created or not).</summary>
    /// <typeparam name="T">A <see cref="DynamoTableAttribute"/> type.</typeparam>
    /// <returns>The table.</returns>
    public Table<T> Table<T>() where T : IDynamoTable<T> => Context.Table<T>();

    /// <summary>The names of the tables that exist under the scope's prefix.</summary>
    /// <param name="cancellationToken">Cancels the requests.</param>
    /// <returns>The names, in the server's order.</returns>
    public async Task<IReadOnlyList<string>> ListTablesAsync(CancellationToken cancellationToken = default)
    {
        var names = new List<string>();
        string? start = null;
        do
        {
            var page = await _client.ListTablesAsync(new ListTablesRequest { ExclusiveStartTableName = start }, cancellationToken).ConfigureAwait(false);
            foreach (var name in page.TableNames ?? [])
            {
                if (name.StartsWith(Prefix, StringComparison.Ordinal))
                {
                    names.Add(name);
                }
            }

            start = page.LastEvaluatedTableName;
        }
        while (!string.IsNullOrEmpty(start));

        return names;
    }

    /// <summary>Deletes every table under the scope's prefix (whoever created it), then releases the client if the scope made it.</summary>
    /// <returns>A task that completes when the deletions were sent.</returns>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        try
        {
            foreach (var name in await ListTablesAsync().ConfigureAwait(false))
            {
                try
                {
                    await _client.DeleteTableAsync(name).ConfigureAwait(false);
                }
                catch (ResourceNotFoundException)
                {
                    // Deleted meanwhile (by the test itself): nothing left to clean.
                }
            }
        }
        finally
        {
            if (_ownsClient)
            {
                _client.Dispose();
            }
        }
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"test scope {Prefix}*");
}
