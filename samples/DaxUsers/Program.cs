using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using DaxUsers;
using DynamoGen;

// Sample 3: a user repository over DynamoDB Accelerator (DAX) with fallback to DynamoDB, as in the DAX guide.
//
// DynamoDB from DYNAMO_ENDPOINT and friends (or the AWS default chain); DAX at DAX_ENDPOINT. In production the DAX
// client is the official one (package AWSSDK.DAX.Client):
//     var daxClient = new ClusterDaxClient(new DaxClientConfig("my-cluster.xxxx.dax-clusters.us-east-1.amazonaws.com", 8111));
// Any IAmazonDynamoDB will do, so locally and in CI a plain client talking to a stand-in endpoint plays DAX
// (tools/dynalite/dax-stand-in.js forwards to the same local DynamoDB). Point DAX_ENDPOINT at a closed port and the
// sample runs the same, on DynamoDB: that is the fallback.
var daxEndpoint = Environment.GetEnvironmentVariable("DAX_ENDPOINT") is { Length: > 0 } dax
    ? dax
    : throw new InvalidOperationException("Set DAX_ENDPOINT to the DAX cluster's endpoint (samples/run.sh starts a stand-in).");

// Count the route of every call from DynamoGen's spans (the "dynamogen.route" tag: dax, dynamodb or cache).
var routes = new ConcurrentDictionary<string, int>();
using var listener = new ActivityListener
{
    ShouldListenTo = source => source.Name == DynamoTelemetry.ActivitySourceName,
    Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
    ActivityStopped = span =>
    {
        var operation = span.GetTagItem("db.operation.name");
        var route = span.GetTagItem("dynamogen.route");
        var fellBack = span.GetTagItem("dynamogen.retries") is int retries && retries > 0 ? " after a DAX failure" : "";
        routes.AddOrUpdate($"{operation} -> {route}{fellBack}", 1, (_, count) => count + 1);
    },
};
ActivitySource.AddActivityListener(listener);

using var dynamoClient = DynamoEnvironment.CreateClient();
var daxConfig = DynamoEnvironment.CreateConfig(name => name == DynamoEnvironment.EndpointVariable ? daxEndpoint : Environment.GetEnvironmentVariable(name));
daxConfig.MaxErrorRetry = 0;                      // notice an unreachable cluster at once: DaxConnection falls back
daxConfig.Timeout = TimeSpan.FromSeconds(2);
var credentials = DynamoEnvironment.CreateCredentials();
using var daxClient = credentials is null ? new AmazonDynamoDBClient(daxConfig) : new AmazonDynamoDBClient(credentials, daxConfig);

// Table<User>'s calls go through this one instrumented connection, so every call is traced.
var connection = new InstrumentedConnection(new DaxConnection(daxClient, dynamoClient, new DaxConnectionOptions
{
    ProbeTableName = "Users",
    ProbeKeyAttribute = "userId",
    ProbeInterval = TimeSpan.FromSeconds(1),
}));
var context = new DynamoContext(connection);
await CreateTableAsync(context);
var repository = new UserRepository(context);

var now = DateTimeOffset.UtcNow;
foreach (var (id, name, status) in new[] { ("u1", "Ada", "active"), ("u2", "Grace", "active"), ("u3", "Linus", "inactive") })
{
    await repository.PutAsync(new User { UserId = id, Name = name, Email = $"{name.ToLowerInvariant()}@example.com", Status = status, CreatedAt = now });
}

var ada = await repository.GetAsync("u1");
var adaAgain = await repository.GetAsync("u1");              // a real DAX cluster answers this one from its item cache
var consistent = await repository.GetConsistentAsync("u1");
var active = await repository.QueryByStatusAsync("active");
var updated = await repository.UpdateStatusAsync("u2", "inactive");
var activeFresh = await repository.QueryByStatusAsync("active", fresh: true);   // after a write: bypass the query cache
var batch = await repository.BatchGetAsync(["u1", "u2", "u3", "nobody"]);

Console.WriteLine($"get u1: {ada?.Name} <{ada?.Email}>, again: {adaAgain?.Name}, consistent: {consistent?.Name}");
Console.WriteLine($"active users: {string.Join(", ", active.Select(user => user.Name).Order())}");
Console.WriteLine($"updated u2 to '{updated.Status}'; active now (fresh query): {string.Join(", ", activeFresh.Select(user => user.Name).Order())}");
Console.WriteLine($"batch get u1, u2, u3, nobody: {string.Join(", ", batch.Select(user => user.Name).Order())}");
Console.WriteLine("routes:");
foreach (var (route, count) in routes.OrderBy(pair => pair.Key, StringComparer.Ordinal))
{
    Console.WriteLine($"  {count,2} x {route}");
}

var viaDax = routes.Where(pair => pair.Key.EndsWith("-> dax", StringComparison.Ordinal)).Sum(pair => pair.Value);
Console.WriteLine(viaDax > 0 ? "DAX answered eventually consistent reads and writes." : "DAX was unreachable: every call was served by DynamoDB (fallback).");

var ok = ada is { Name: "Ada" } && adaAgain == ada && consistent == ada
    && active.Select(user => user.UserId).Order().SequenceEqual(["u1", "u2"])
    && updated is { UserId: "u2", Status: "inactive" }
    && activeFresh.Select(user => user.UserId).SequenceEqual(["u1"])
    && batch.Select(user => user.UserId).Order().SequenceEqual(["u1", "u2", "u3"]);
Console.WriteLine(ok ? "OK: every read returned the expected users." : "FAILED: see above.");
return ok ? 0 : 1;

static async Task CreateTableAsync(DynamoContext context)
{
    // Development setup: the table and its StatusIndex from User's generated schema (DynamoDB itself, never DAX).
    try
    {
        await context.CreateTableAsync<User>();
    }
    catch (ResourceInUseException)
    {
    }
}
