using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace DynamoGen;

/// <summary>
/// The entry point of the runtime: wraps an <see cref="IAmazonDynamoDB"/> client and hands out typed
/// <see cref="global::DynamoGen.Table{T}"/> objects. Create one per application and share it; it is thread-safe.
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
    /// <summary>Creates a context whose tables send requests to <paramref name="client"/>. The context does not dispose the client.</summary>
    /// <param name="client">The DynamoDB client every table of this context uses.</param>
    public DynamoContext(IAmazonDynamoDB client)
        : this(new DynamoDbConnection(client))
    {
    }

    /// <summary>Creates a context whose tables send requests through <paramref name="connection"/>.</summary>
    /// <param name="connection">The connection every table of this context uses.</param>
    public DynamoContext(IDynamoConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        Connection = connection;
    }

    /// <summary>The connection tables of this context use.</summary>
    public IDynamoConnection Connection { get; }

    /// <summary>The client for control-plane calls (creating and describing tables).</summary>
    public IAmazonDynamoDB Client => Connection.ControlPlane;

    /// <summary>The table of item type <typeparamref name="T"/>, named as its <see cref="DynamoTableAttribute"/> says.</summary>
    /// <typeparam name="T">A <see cref="DynamoTableAttribute"/> type.</typeparam>
    /// <returns>A lightweight object; calling this again is cheap.</returns>
    public Table<T> Table<T>() where T : IDynamoTable<T> => new(Connection, T.TableSchema.TableName);

    /// <summary>The table of item type <typeparamref name="T"/> under another name (another stage, a test's own table).</summary>
    /// <typeparam name="T">A <see cref="DynamoTableAttribute"/> type.</typeparam>
    /// <param name="tableName">The DynamoDB table name to send requests to.</param>
    /// <returns>A lightweight object; calling this again is cheap.</returns>
    public Table<T> Table<T>(string tableName) where T : IDynamoTable<T>
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tableName);
        return new(Connection, tableName);
    }

    /// <summary>
    /// Creates the table of <typeparamref name="T"/> from its schema (on-demand capacity) and waits until it is
    /// active. For development and tests: creating tables is always this explicit call, never a side effect.
    /// </summary>
    /// <typeparam name="T">A <see cref="DynamoTableAttribute"/> type.</typeparam>
    /// <param name="tableName">The name to create the table under; the type's declared table name when omitted.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>A task that completes when the table is active.</returns>
    public async Task CreateTableAsync<T>(string? tableName = null, CancellationToken cancellationToken = default) where T : IDynamoTable<T>
    {
        var schema = T.TableSchema;
        tableName ??= schema.TableName;
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

        await Client.CreateTableAsync(request, cancellationToken).ConfigureAwait(false);
        await WaitUntilActiveAsync(tableName, cancellationToken).ConfigureAwait(false);
    }

    private async Task WaitUntilActiveAsync(string tableName, CancellationToken cancellationToken)
    {
        var delay = TimeSpan.FromMilliseconds(50);
        while (true)
        {
            var description = await Client.DescribeTableAsync(new DescribeTableRequest { TableName = tableName }, cancellationToken).ConfigureAwait(false);
            if (description.Table.TableStatus == TableStatus.ACTIVE)
            {
                return;
            }

            await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
            delay = TimeSpan.FromMilliseconds(Math.Min(delay.TotalMilliseconds * 2, 2000));
        }
    }
}
