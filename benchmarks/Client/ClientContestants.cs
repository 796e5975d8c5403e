using System.Collections.Generic;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.DataModel;
using DynamoGen.Benchmarks.Marshalling;

namespace DynamoGen.Benchmarks.Client;

/// <summary>
/// The contestants of the client suites over one set of canned responses: DynamoGen's <see cref="Table{T}"/> on the
/// direct engine and on the SDK engine (telemetry off, as the others have none), the SDK's low-level client with
/// hand-written mapping, and DynamoDBContext.
/// </summary>
public sealed class ClientContestants : System.IDisposable
{
    public ClientContestants(IReadOnlyDictionary<string, byte[]> responses)
    {
        Client = CannedDynamoDb.Client(responses);
        Table = new DynamoContext(new DynamoContextOptions { EnableTelemetry = false }.UseDefaultConnection(Client)).Table<ReferenceItem>();
        Direct = new DirectConnection(Client, CannedDynamoDb.Credentials, new DirectConnectionOptions { HttpHandler = CannedDynamoDb.Handler(responses) });
        DirectTable = new DynamoContext(new DynamoContextOptions { EnableTelemetry = false }.UseDefaultConnection(Direct)).Table<ReferenceItem>();
        Context = Sdk.Context(Client);
    }

    public const string TableName = "reference";

    public AmazonDynamoDBClient Client { get; }

    /// <summary><see cref="Table{T}"/> on the SDK engine (the default).</summary>
    public Table<ReferenceItem> Table { get; }

    /// <summary>The direct engine over the same canned responses.</summary>
    public DirectConnection Direct { get; }

    /// <summary><see cref="Table{T}"/> on the direct engine.</summary>
    public Table<ReferenceItem> DirectTable { get; }

    public DynamoDBContext Context { get; }

    public void Dispose()
    {
        Context.Dispose();
        Direct.Dispose();
        Client.Dispose();
    }
}
