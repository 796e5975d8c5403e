using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;

namespace DynamoGen;

/// <summary>The control-plane calls behind <see cref="DynamoContext"/>'s create and compare methods.</summary>
internal static class SchemaOperations
{
    public static async Task<CreateTableResult> CreateAsync(
        IAmazonDynamoDB client,
        TableSchema schema,
        string tableName,
        CreateTableOptions? options,
        bool ifNotExists,
        CancellationToken cancellationToken)
    {
        options ??= new CreateTableOptions();
        if (options.WaitTimeout <= TimeSpan.Zero && options.WaitTimeout != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.WaitTimeout, "CreateTableOptions.WaitTimeout must be positive (or Timeout.InfiniteTimeSpan).");
        }

        // Built (and validated) before any request: a schema DynamoDB would reject never reaches it.
        var request = schema.ToCreateTableRequest(tableName);
        var started = Stopwatch.GetTimestamp();

        if (ifNotExists && await DescribeOrNullAsync(client, tableName, cancellationToken).ConfigureAwait(false) is not null)
        {
            return await ExistingAsync(client, schema, tableName, options, started, cancellationToken).ConfigureAwait(false);
        }

        try
        {
            await client.CreateTableAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (ResourceInUseException) when (ifNotExists)
        {
            // Someone else created it between our DescribeTable and CreateTable.
            return await ExistingAsync(client, schema, tableName, options, started, cancellationToken).ConfigureAwait(false);
        }

        var table = await WaitUntilActiveAsync(client, tableName, options.WaitTimeout, started, cancellationToken).ConfigureAwait(false);
        if (schema.TimeToLiveAttribute is not { } ttlAttribute)
        {
            return new CreateTableResult(tableName, true, TimeToLiveSetup.NotDeclared, [], table);
        }

        if (!options.EnableTimeToLive)
        {
            return new CreateTableResult(tableName, true, TimeToLiveSetup.Skipped, [], table);
        }

        try
        {
            await client.UpdateTimeToLiveAsync(
                new UpdateTimeToLiveRequest
                {
                    TableName = tableName,
                    TimeToLiveSpecification = new TimeToLiveSpecification { AttributeName = ttlAttribute, Enabled = true },
                },
                cancellationToken).ConfigureAwait(false);
        }
        catch (AmazonServiceException e) when (IsUnsupported(e))
        {
            var warning = $"table '{tableName}': time to live on '{ttlAttribute}' is not enabled: the endpoint does not support UpdateTimeToLive ({e.ErrorCode}), so items never expire there";
            return new CreateTableResult(tableName, true, TimeToLiveSetup.NotSupported, [warning], table);
        }

        return new CreateTableResult(tableName, true, TimeToLiveSetup.Enabled, [], table);
    }

    public static async Task<SchemaComparison> CompareAsync(
        IAmazonDynamoDB client,
        TableSchema schema,
        string tableName,
        string modelName,
        CompareSchemaOptions? options,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var model = options?.ModelName ?? modelName;
        var table = await DescribeOrNullAsync(client, tableName, cancellationToken).ConfigureAwait(false);
        if (table is null || options is { CheckTimeToLive: false })
        {
            return SchemaComparison.Compare(schema, tableName, table, null, model);
        }

        TimeToLiveDescription timeToLive;
        try
        {
            var response = await client.DescribeTimeToLiveAsync(new DescribeTimeToLiveRequest { TableName = tableName }, cancellationToken).ConfigureAwait(false);
            timeToLive = response.TimeToLiveDescription ?? new TimeToLiveDescription { TimeToLiveStatus = TimeToLiveStatus.DISABLED };
        }
        catch (AmazonServiceException e) when (IsUnsupported(e))
        {
            return SchemaComparison.Compare(schema, tableName, table, null, model)
                .WithNote($"time to live was not checked: the endpoint does not support DescribeTimeToLive ({e.ErrorCode})");
        }

        return SchemaComparison.Compare(schema, tableName, table, timeToLive, model);
    }

    /// <summary>Whether the endpoint answered that it does not implement the operation (dynalite: <c>UnknownOperationException</c>).</summary>
    internal static bool IsUnsupported(AmazonServiceException e)
        => e.StatusCode == HttpStatusCode.NotImplemented
            || e.ErrorCode is "UnknownOperationException" or "UnknownOperation" or "UnsupportedOperationException" or "NotImplemented";

    private static async Task<CreateTableResult> ExistingAsync(IAmazonDynamoDB client, TableSchema schema, string tableName, CreateTableOptions options, long started, CancellationToken cancellationToken)
    {
        var table = await WaitUntilActiveAsync(client, tableName, options.WaitTimeout, started, cancellationToken).ConfigureAwait(false);
        var ttl = schema.TimeToLiveAttribute is null ? TimeToLiveSetup.NotDeclared : TimeToLiveSetup.Unchanged;
        return new CreateTableResult(tableName, false, ttl, [], table);
    }

    private static async Task<TableDescription?> DescribeOrNullAsync(IAmazonDynamoDB client, string tableName, CancellationToken cancellationToken)
    {
        try
        {
            var response = await client.DescribeTableAsync(new DescribeTableRequest { TableName = tableName }, cancellationToken).ConfigureAwait(false);
            return response.Table;
        }
        catch (ResourceNotFoundException)
        {
            return null;
        }
    }

    /// <summary>Polls <c>DescribeTable</c> until the table and every global index are <c>ACTIVE</c>.</summary>
    private static async Task<TableDescription> WaitUntilActiveAsync(IAmazonDynamoDB client, string tableName, TimeSpan timeout, long started, CancellationToken cancellationToken)
    {
        var delay = TimeSpan.FromMilliseconds(50);
        while (true)
        {
            var response = await client.DescribeTableAsync(new DescribeTableRequest { TableName = tableName }, cancellationToken).ConfigureAwait(false);
            var table = response.Table;
            var waitingFor = WaitingFor(table);
            if (waitingFor is null)
            {
                return table;
            }

            var elapsed = Stopwatch.GetElapsedTime(started);
            if (timeout != Timeout.InfiniteTimeSpan && elapsed >= timeout)
            {
                throw new DynamoTimeoutException($"Table '{tableName}' was not active after {timeout}: {waitingFor}. Raise CreateTableOptions.WaitTimeout, or check the table in the console.");
            }

            await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
            delay = TimeSpan.FromMilliseconds(Math.Min(delay.TotalMilliseconds * 2, 2000));
        }
    }

    private static string? WaitingFor(TableDescription table)
    {
        if (table.TableStatus != TableStatus.ACTIVE)
        {
            return $"the table is {table.TableStatus?.Value ?? "in an unknown state"}";
        }

        List<string>? pending = null;
        foreach (var index in table.GlobalSecondaryIndexes ?? [])
        {
            if (index.IndexStatus is not null && index.IndexStatus != IndexStatus.ACTIVE)
            {
                (pending ??= new List<string>()).Add($"index '{index.IndexName}' is {index.IndexStatus.Value}");
            }
        }

        return pending is null ? null : string.Join(", ", pending);
    }
}
