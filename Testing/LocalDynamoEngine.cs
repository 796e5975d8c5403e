using System;

namespace DynamoGen.Testing;

/// <summary>Which DynamoDB-compatible server a <see cref="LocalDynamoDb"/> talks to.</summary>
public enum LocalDynamoEngine
{
    /// <summary>dynalite 4.0.0 (Node.js): fast, faithful validation; no transactions, PartiQL, streams, UpdateTimeToLive or ReturnValuesOnConditionCheckFailure.</summary>
    Dynalite,

    /// <summary>AWS's DynamoDB Local 1.11.478 (Java 17): transactions, TTL, streams; no empty strings or PartiQL.</summary>
    DynamoDBLocal,

    /// <summary>LocalStack in a Docker container, started through Testcontainers (package DynamoGen.Testing.LocalStack).</summary>
    LocalStack,

    /// <summary>An endpoint given by <c>DYNAMODB_ENDPOINT</c> (or <see cref="LocalDynamoDb.ForEndpoint"/>): assumed to be DynamoDB itself.</summary>
    Endpoint,
}

/// <summary>DynamoDB features that some local engines lack; see <see cref="LocalDynamoDb.Lacks"/>.</summary>
[Flags]
public enum LocalDynamoFeatures
{
    /// <summary>None of the features below.</summary>
    None = 0,

    /// <summary>TransactWriteItems and TransactGetItems.</summary>
    Transactions = 1,

    /// <summary>UpdateTimeToLive (turning time to live on; no local engine here deletes expired items on time).</summary>
    TimeToLive = 2,

    /// <summary>DynamoDB Streams (ListStreams, GetRecords) on the same endpoint.</summary>
    Streams = 4,

    /// <summary>PartiQL (ExecuteStatement and friends).</summary>
    PartiQL = 8,

    /// <summary>Empty string and binary values outside keys (DynamoDB accepts them since May 2020).</summary>
    EmptyStrings = 16,

    /// <summary>ReturnValuesOnConditionCheckFailure on single-item writes (the failed item comes back with the error).</summary>
    ReturnValuesOnConditionCheckFailure = 32,

    /// <summary>Everything above.</summary>
    All = Transactions | TimeToLive | Streams | PartiQL | EmptyStrings | ReturnValuesOnConditionCheckFailure,
}

/// <summary>Reads the engine switch and describes what each engine can do.</summary>
public static class LocalDynamoEngines
{
    /// <summary>
    /// The environment variable that chooses the engine: <c>dynalite</c> (the default), <c>dynamodb-local</c> or
    /// <c>localstack</c>. With <c>DYNAMODB_ENDPOINT</c> set as well, it names the engine already running there.
    /// </summary>
    public const string ServerVariable = "DYNAMOGEN_TEST_SERVER";

    /// <summary>The environment variable naming an endpoint that is already running; nothing is started then.</summary>
    public const string EndpointVariable = "DYNAMODB_ENDPOINT";

    /// <summary>The switch's value for an engine: dynalite, dynamodb-local, localstack or endpoint.</summary>
    /// <param name="engine">The engine.</param>
    /// <returns>The name used by <see cref="ServerVariable"/> and in messages.</returns>
    public static string SwitchName(LocalDynamoEngine engine) => engine switch
    {
        LocalDynamoEngine.Dynalite => "dynalite",
        LocalDynamoEngine.DynamoDBLocal => "dynamodb-local",
        LocalDynamoEngine.LocalStack => "localstack",
        _ => "endpoint",
    };

    /// <summary>A readable name with the version: "dynalite 4.0.0", "DynamoDB Local 1.11.478", "LocalStack".</summary>
    /// <param name="engine">The engine.</param>
    /// <returns>The name.</returns>
    public static string DisplayName(LocalDynamoEngine engine) => engine switch
    {
        LocalDynamoEngine.Dynalite => "dynalite 4.0.0",
        LocalDynamoEngine.DynamoDBLocal => "DynamoDB Local 1.11.478",
        LocalDynamoEngine.LocalStack => "LocalStack",
        _ => "the DYNAMODB_ENDPOINT server",
    };

    /// <summary>What an engine supports.</summary>
    /// <param name="engine">The engine.</param>
    /// <returns>Its features.</returns>
    public static LocalDynamoFeatures FeaturesOf(LocalDynamoEngine engine) => engine switch
    {
        LocalDynamoEngine.Dynalite => LocalDynamoFeatures.EmptyStrings,
        LocalDynamoEngine.DynamoDBLocal => LocalDynamoFeatures.Transactions | LocalDynamoFeatures.TimeToLive | LocalDynamoFeatures.Streams,
        _ => LocalDynamoFeatures.All,
    };

    /// <summary>Parses <see cref="ServerVariable"/>'s value; null or empty means <see cref="LocalDynamoEngine.Dynalite"/>.</summary>
    /// <param name="value">dynalite, dynamodb-local, localstack or endpoint (case-insensitive).</param>
    /// <returns>The engine.</returns>
    /// <exception cref="ArgumentException">The value names no engine.</exception>
    public static LocalDynamoEngine Parse(string? value)
    {
        switch (value?.Trim().ToUpperInvariant())
        {
            case null or "" or "DYNALITE":
                return LocalDynamoEngine.Dynalite;
            case "DYNAMODB-LOCAL" or "DYNAMODBLOCAL" or "DYNAMODB_LOCAL":
                return LocalDynamoEngine.DynamoDBLocal;
            case "LOCALSTACK":
                return LocalDynamoEngine.LocalStack;
            case "ENDPOINT":
                return LocalDynamoEngine.Endpoint;
            default:
                throw new ArgumentException(
                    $"{ServerVariable}='{value}' names no engine: use dynalite (the default), dynamodb-local or localstack, "
                    + $"or set {EndpointVariable} to a running DynamoDB-compatible endpoint.",
                    nameof(value));
        }
    }

    /// <summary>The engine <see cref="ServerVariable"/> chooses (dynalite when unset).</summary>
    /// <returns>The engine.</returns>
    public static LocalDynamoEngine FromEnvironment() => Parse(Environment.GetEnvironmentVariable(ServerVariable));

    /// <summary>Names the features in a readable list.</summary>
    /// <param name="features">One or more features.</param>
    /// <returns>For example "transactions (TransactWriteItems, TransactGetItems)".</returns>
    public static string Describe(LocalDynamoFeatures features)
    {
        var parts = new System.Collections.Generic.List<string>();
        if (features.HasFlag(LocalDynamoFeatures.Transactions)) parts.Add("transactions (TransactWriteItems, TransactGetItems)");
        if (features.HasFlag(LocalDynamoFeatures.TimeToLive)) parts.Add("UpdateTimeToLive");
        if (features.HasFlag(LocalDynamoFeatures.Streams)) parts.Add("DynamoDB Streams");
        if (features.HasFlag(LocalDynamoFeatures.PartiQL)) parts.Add("PartiQL (ExecuteStatement)");
        if (features.HasFlag(LocalDynamoFeatures.EmptyStrings)) parts.Add("empty string and binary values outside keys");
        if (features.HasFlag(LocalDynamoFeatures.ReturnValuesOnConditionCheckFailure)) parts.Add("ReturnValuesOnConditionCheckFailure");
        return string.Join(", ", parts);
    }

    /// <summary>The switch values of the startable engines that have every feature asked for (LocalStack, which has all, last).</summary>
    internal static string EnginesWith(LocalDynamoFeatures features)
    {
        var names = new System.Collections.Generic.List<string>();
        foreach (var engine in new[] { LocalDynamoEngine.Dynalite, LocalDynamoEngine.DynamoDBLocal, LocalDynamoEngine.LocalStack })
        {
            if ((FeaturesOf(engine) & features) == features)
            {
                names.Add($"{ServerVariable}={SwitchName(engine)}");
            }
        }

        return string.Join(" or ", names);
    }
}
