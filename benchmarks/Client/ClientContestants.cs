using System.Collections.Generic;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.DataModel;
using DynamoGen.Benchmarks.Marshalling;

namespace DynamoGen.Benchmarks.Client;

/// <summary>
/// The three contestants of the client suites over one canned client: DynamoGen's <see cref="Table{T}"/> (telemetry
/// off, as the other two have none), the SDK's low-level client with hand-written mapping, and DynamoDBContext.
/// </summary>
public sealed class ClientContestants : System.IDisposable
{
    public ClientContestants(IReadOnlyDictionary<string, byte[]> responses)
    {
        Client = CannedDynamoDb.Client(responses);
        Table = new DynamoContext(new DynamoContextOptions { EnableTelemetry = false }.UseDefaultConnection(Client)).Table<ReferenceItem>();
        Context = Sdk.Context(Client);
    }

    public const string TableName = "reference";

    public AmazonDynamoDBClient Client { get; }

    public Table<ReferenceItem> Table { get; }

    public DynamoDBContext Context { get; }

    public void Dispose()
    {
        Context.Dispose();
        Client.Dispose();
    }
}
