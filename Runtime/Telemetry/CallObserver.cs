using System.Threading;

namespace DynamoGen;

/// <summary>
/// What the connections under an <see cref="InstrumentedConnection"/> report about one call: which route served it
/// and how many times DynamoGen retried it. Travels with <see cref="DynamoCallOptions"/>; the innermost connection
/// that served the call writes last.
/// </summary>
internal sealed class CallObserver
{
    private int _retries;

    public string? Route { get; set; }

    public int Retries => Volatile.Read(ref _retries);

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
