using System;

namespace DynamoGen;

/// <summary>
/// The base of every exception DynamoGen raises on purpose, so callers can catch one family. Programming errors that
/// no retry can fix (a null argument, an update with no actions, a key added twice to one transaction) are .NET's
/// <see cref="ArgumentException"/>s instead. Errors DynamoDB itself reports, other than those DynamoGen translates
/// (a failed condition, a cancelled transaction), reach you as the AWS SDK's <c>AmazonDynamoDBException</c> subtypes,
/// as they do without DynamoGen. <see cref="DynamoErrors.Classify"/> sorts all of them; docs/operations.md has the
/// table of what to catch and whether a retry is safe.
/// </summary>
public abstract class DynamoException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What happened and what to do.</param>
    /// <param name="innerException">The cause, if any.</param>
    protected DynamoException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}

/// <summary>
/// DynamoGen refused a request before sending it, because DynamoDB would reject it or it cannot be done as asked: a
/// transaction of more than 100 items or on two connections, an empty batch or transaction, an item whose entity type
/// no registered type reads. Nothing was sent; retrying the same request fails the same way.
/// </summary>
public sealed class DynamoInvalidRequestException : DynamoException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong and how to fix it.</param>
    public DynamoInvalidRequestException(string message)
        : base(message)
    {
    }
}

/// <summary>
/// The connection failed after a write may have reached the server (a timeout or a reset while DAX or DynamoDB was
/// handling it), so the write was neither retried nor sent elsewhere: it may or may not have been applied. Read the
/// item to find out; retry only writes that are safe to apply twice (a put of the same item, a conditional write).
/// </summary>
public sealed class DynamoConnectionException : DynamoException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="connection">The connection's name.</param>
    /// <param name="operation">The DynamoDB operation, for example <c>PutItem</c>.</param>
    /// <param name="innerException">The network or timeout error.</param>
    public DynamoConnectionException(string message, string connection, string operation, Exception innerException)
        : base(message, innerException)
    {
        Connection = connection;
        Operation = operation;
    }

    /// <summary>The connection's name (<see cref="IDynamoConnection.Name"/>).</summary>
    public string Connection { get; }

    /// <summary>The DynamoDB operation that failed, for example <c>PutItem</c>.</summary>
    public string Operation { get; }
}

/// <summary>
/// DynamoGen's configuration is incomplete or contradictory (an environment variable set without its partner, a
/// connection factory that returned null). Fix the configuration; retrying does not help.
/// </summary>
public sealed class DynamoConfigurationException : DynamoException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong and how to fix it.</param>
    public DynamoConfigurationException(string message)
        : base(message)
    {
    }
}

/// <summary>
/// Something DynamoGen waited for did not happen in time, for example a table becoming active after
/// <c>CreateTableAsync</c>. Waiting longer (a larger timeout) may succeed.
/// </summary>
public sealed class DynamoTimeoutException : DynamoException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What was awaited, for how long, and what to do.</param>
    public DynamoTimeoutException(string message)
        : base(message)
    {
    }
}
