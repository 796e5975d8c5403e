using System.Threading.Tasks;
using DynamoGen.Testing;
using NUnit.Framework;

namespace Shop.Tests;

// One server for the whole test run: dynalite by default, DynamoDB Local with DYNAMOGEN_TEST_SERVER=dynamodb-local,
// or the server at DYNAMODB_ENDPOINT. Installed on first use; stopped when the run ends.
[SetUpFixture]
public sealed class LocalDynamo
{
    public static LocalDynamoDb Server { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => Server = await LocalDynamoDb.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await Server.DisposeAsync();
}
