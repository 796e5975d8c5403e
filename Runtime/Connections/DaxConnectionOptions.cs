using System;
using System.Threading;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;

namespace DynamoGen;

/// <summary>Settings of a <see cref="DaxConnection"/>.</summary>
public sealed class DaxConnectionOptions
{
    /// <summary>The default <see cref="ProbeTableName"/>.</summary>
    public const string DefaultProbeTableName = "dynamogen-dax-probe";

    /// <summary>A short name for traces and metrics. Default <c>dax</c>.</summary>
    public string Name { get; set; } = "dax";

    /// <summary>
    /// Whether a call DAX cannot serve because it is unreachable is retried on DynamoDB (and later traffic sent to
    /// DynamoDB until DAX answers a probe). Default <see langword="true"/>. When <see langword="false"/>, DAX's
    /// failures propagate.
    /// </summary>
    public bool FallbackToDynamoDb { get; set; } = true;

    /// <summary>How long to wait after DAX became unreachable, and between probes, before probing DAX again. Default 5 seconds.</summary>
    public TimeSpan ProbeInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The table the default probe reads from: a GetItem on this table for a key that need not exist. Any answer
    /// from the server (the item, no item, ResourceNotFoundException, ValidationException, AccessDenied) proves DAX
    /// is reachable; only unreachability keeps the connection on DynamoDB. Point it at one of your tables (with a
    /// <see cref="ProbeKeyAttribute"/> matching its partition key) if your DAX cluster rejects unknown tables
    /// differently. Default <c>dynamogen-dax-probe</c>.
    /// </summary>
    public string ProbeTableName { get; set; } = DefaultProbeTableName;

    /// <summary>The partition-key attribute name of the probe's GetItem. Default <c>pk</c>.</summary>
    public string ProbeKeyAttribute { get; set; } = "pk";

    /// <summary>
    /// A custom probe replacing the default GetItem: given the DAX client, it returns <see langword="true"/> when DAX
    /// answered. An exception it throws counts as "not answered".
    /// </summary>
    public Func<IAmazonDynamoDB, CancellationToken, Task<bool>>? Probe { get; set; }

    /// <summary>How long one probe may take before it counts as unanswered. Default 2 seconds.</summary>
    public TimeSpan ProbeTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Classifies exceptions specific to your DAX client before the built-in rules (<see cref="ConnectionFailures.Classify"/>)
    /// run; return <see langword="null"/> to use the built-in rules.
    /// </summary>
    public Func<Exception, ConnectionFailureKind?>? ClassifyFailure { get; set; }

    /// <summary>The clock for probe intervals; tests substitute their own. Default <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;
}
