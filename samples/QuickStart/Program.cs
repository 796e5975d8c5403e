using System;
using Amazon.DynamoDBv2.Model;
using DynamoGen;
using DynamoGen.Testing;
using QuickStart;

// A local DynamoDB: dynalite on a free port (installed on first use), or DYNAMODB_ENDPOINT when set.
await using var dynamo = await LocalDynamoDb.StartAsync();
using var client = dynamo.CreateClient();
Console.WriteLine($"DynamoDB endpoint: {dynamo.Endpoint}{(dynamo.IsExternal ? $" ({dynamo.EngineName})" : $" ({dynamo.EngineName}, started for this demo)")}");

// The SDK engine by default; DYNAMOGEN_ENGINE=direct runs the same operations on DynamoGen's direct engine (its own
// HTTP client, requests and responses as DynamoDB JSON read and written by the generated code).
#if SDK_ENGINE_ONLY
const bool direct = false; // built with -p:QuickStartEngine=sdk: no direct engine in the binary (benchmarks/startup/measure.sh)
#else
var direct = Environment.GetEnvironmentVariable("DYNAMOGEN_ENGINE") == "direct";
#endif
var context = direct
    ? new DynamoContext(new DynamoContextOptions().UseDirectEngine(client, dynamo.Credentials))
    : new DynamoContext(client);
Console.WriteLine($"Engine: {(direct ? "direct (DynamoGen's own HTTP client)" : "AWS SDK")}");
try
{
    await context.CreateTableAsync<Order>();
    Console.WriteLine("Created table 'orders'.");
}
catch (ResourceInUseException)
{
    Console.WriteLine("Table 'orders' already exists.");
}

var orders = context.Table<Order>();
var order = new Order { CustomerId = "customer-1", OrderId = 1001, Product = "Keyboard", Quantity = 2, Total = 179.90, Paid = true };
await orders.PutAsync(order);
Console.WriteLine($"Put:  {order}");

var read = await orders.GetAsync(Order.Key("customer-1", 1001));
if (Environment.GetEnvironmentVariable("REPORT_FIRST_READ") == "1")
{
    // For benchmarks/startup/measure.sh: when the first item was read, to compare with when the process started.
    Console.WriteLine($"first-read-unix-us: {(DateTime.UtcNow - DateTime.UnixEpoch).Ticks / 10}");
}

Console.WriteLine($"Got:  {read}");
Console.WriteLine(read == order ? "The item read back equals the item written." : "MISMATCH: the item read back differs.");

await orders.DeleteAsync(order.GetKey());
Console.WriteLine($"Deleted; a second get returns {(await orders.GetAsync(order.GetKey()) is null ? "null" : "an item")}.");
return read == order ? 0 : 1;
