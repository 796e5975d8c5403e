using System.Threading;

namespace DynamoGen;

/// <summary>
/// What the connections serving one call report about it: which route served it and how many times DynamoGen
/// retried it. The caller that wants to know (<see cref="InstrumentedConnection"/>, or your own decorator) puts a
/// fresh report in <see cref="DynamoCallOptions.Report"/>; the innermost connection that served the call writes the
/// route last. Thread-safe.
/// </summary>
public sealed class DynamoCallReport
{
    private int _retries;
    private string? _route;

    /// <summary>The route that served the call (one of <see cref="DynamoRoutes"/>), or <see langword="null"/> when no connection said.</summary>
    public string? Route
    {
        get => Volatile.Read(ref _route);
        set => Volatile.Write(ref _route, value);
    }

    /// <summary>How many times the call was retried (a DAX fallback, a retry of the direct engine).</summary>
    public int Retries => Volatile.Read(ref _retries);

    /// <summary>Counts one retry.</summary>
    public void AddRetry() => Interlocked.Increment(ref _retries);
}

/// <summary>The routes a call can take, as reported in the <c>dynamogen.route</c> tag.</summary>
public static class DynamoRoutes
{
    /// <summary>Served by DynamoDB itself.</summary>
    public const string DynamoDb = "dynamodb";

    /// <summary>Served by a DAX cluster (the DAX client of a <see cref="DaxConnection"/>).</summary>
    public const string Dax = "dax";

    /// <summary>Served from the in-process cache of a <see cref="CachingConnection"/>.</summary>
    public const string Cache = "cache";
}
