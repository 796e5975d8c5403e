using System;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using DynamoGen;
using PerTableConnections;

// Sample 4: per-table connections, configured as Dyngoose configures them.
//
// The default connection reads DYNAMO_ENDPOINT, DYNAMO_REGION, DYNAMO_ACCESS_KEY_ID and DYNAMO_SECRET_ACCESS_KEY (and
// falls back to the AWS SDK's default chain for anything not set). The audit table has a connection of its own, read
// from the same variables with an AUDIT_ prefix (AUDIT_DYNAMO_ENDPOINT, ...): in production another account or region,
// here a second local DynamoDB.

// Tracing: DynamoGen publishes one span per operation on the ActivitySource "DynamoGen". OpenTelemetry would export
// them (AddSource("DynamoGen")); this sample only needs System.Diagnostics to print them.
using var listener = new ActivityListener
{
    ShouldListenTo = source => source.Name == DynamoTelemetry.ActivitySourceName,
    Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
    ActivityStopped = PrintSpan,
};
ActivitySource.AddActivityListener(listener);

var main = DynamoConnections.FromEnvironment(name: "main");
var audit = DynamoConnections.FromEnvironment(variable => Environment.GetEnvironmentVariable("AUDIT_" + variable), name: "audit");
var context = new DynamoContext(new DynamoContextOptions()
    .UseDefaultConnection(main)              // cards, and any other table
    .UseConnectionFor<CardEvent>(audit));    // the audit table, wherever it is named

Console.WriteLine($"cards      -> connection '{context.ConnectionFor<Card>().Name}' at {Describe(main.ControlPlane)}");
Console.WriteLine($"card-audit -> connection '{context.ConnectionFor<CardEvent>().Name}' at {Describe(audit.ControlPlane)}");

// Development setup: create each table through its own connection (creating tables is never a side effect).
await CreateIfMissingAsync(() => context.CreateTableAsync<Card>());
await CreateIfMissingAsync(() => context.CreateTableAsync<CardEvent>());

var cards = context.Table<Card>();
var events = context.Table<CardEvent>();

var card = new Card { Id = "card-1", Owner = "alice", Title = "Groceries", Balance = 120 };
await cards.PutAsync(card);
await events.PutAsync(new CardEvent { CardId = card.Id, At = DateTimeOffset.UtcNow, What = $"created with balance {card.Balance}" });

var read = await cards.GetAsync(Card.Key(card.Id));
Console.WriteLine($"Read card: {read}");

// Each table lives only where its connection points: the audit table is not on the main endpoint, and vice versa.
var mainTables = (await main.ControlPlane.ListTablesAsync(new ListTablesRequest())).TableNames;
var auditTables = (await audit.ControlPlane.ListTablesAsync(new ListTablesRequest())).TableNames;
Console.WriteLine($"Tables on 'main':  {string.Join(", ", mainTables)}");
Console.WriteLine($"Tables on 'audit': {string.Join(", ", auditTables)}");

var separate = ReferenceEquals(main.ControlPlane, audit.ControlPlane) || Describe(main.ControlPlane) == Describe(audit.ControlPlane)
    ? mainTables.Contains("cards") && mainTables.Contains("card-audit")   // one endpoint for both: both tables there
    : mainTables.Contains("cards") && !mainTables.Contains("card-audit") && auditTables.Contains("card-audit") && !auditTables.Contains("cards");
var ok = read == card && separate;
Console.WriteLine(ok ? "OK: each table was read and written through its own connection." : "FAILED: see above.");
return ok ? 0 : 1;

static void PrintSpan(Activity span)
{
    // Tag names as documented in the README's "Tracing and metrics" section.
    var connection = span.GetTagItem("dynamogen.connection");
    var route = span.GetTagItem("dynamogen.route");
    var error = span.GetTagItem("error.type");
    Console.WriteLine($"  span {span.DisplayName,-22} connection={connection} route={route} {span.Duration.TotalMilliseconds,6:0.0} ms"
        + (error is null ? "" : $" error={error}"));
}

static string Describe(IAmazonDynamoDB client)
    => client.Config.ServiceURL ?? client.Config.RegionEndpoint?.SystemName ?? "the AWS default endpoint";

static async Task CreateIfMissingAsync(Func<Task> create)
{
    try
    {
        await create();
    }
    catch (ResourceInUseException)
    {
        // Already there (a second run against the same endpoint).
    }
}
