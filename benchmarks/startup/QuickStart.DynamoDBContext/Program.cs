using System;
using System.Collections.Generic;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.DataModel;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;
using QuickStart.DynamoDBContext;

// samples/QuickStart, step for step, with DynamoDBContext instead of DynamoGen: the endpoint from DYNAMODB_ENDPOINT,
// create the table (or find it there), put an order, read it back, delete it.
var endpoint = Environment.GetEnvironmentVariable("DYNAMODB_ENDPOINT")
    ?? throw new InvalidOperationException("Set DYNAMODB_ENDPOINT (benchmarks/startup/measure.sh does).");
using var client = new AmazonDynamoDBClient(
    new BasicAWSCredentials("local", "local"),
    new AmazonDynamoDBConfig { ServiceURL = endpoint, AuthenticationRegion = "us-east-1", MaxErrorRetry = 2, Timeout = TimeSpan.FromSeconds(30) });
Console.WriteLine($"DynamoDB endpoint: {endpoint}");

// The SDK's context, configured as AWS recommends for fast start-up: the keys come from the attributes, so it does
// not call DescribeTable before the first operation.
using var context = new DynamoDBContextBuilder()
    .WithDynamoDBClient(() => client)
    .ConfigureContext(config => config.DisableFetchingTableMetadata = true)
    .Build();

try
{
    await client.CreateTableAsync(new CreateTableRequest
    {
        TableName = "orders",
        BillingMode = BillingMode.PAY_PER_REQUEST,
        KeySchema = new List<KeySchemaElement> { new("CustomerId", KeyType.HASH), new("OrderId", KeyType.RANGE) },
        AttributeDefinitions = new List<AttributeDefinition> { new("CustomerId", ScalarAttributeType.S), new("OrderId", ScalarAttributeType.N) },
    });
    Console.WriteLine("Created table 'orders'.");
}
catch (ResourceInUseException)
{
    Console.WriteLine("Table 'orders' already exists.");
}

var order = new Order { CustomerId = "customer-1", OrderId = 1001, Product = "Keyboard", Quantity = 2, Total = 179.90, Paid = true };
await context.SaveAsync(order);
Console.WriteLine($"Put:  {order}");

var read = await context.LoadAsync<Order>("customer-1", 1001L);
if (Environment.GetEnvironmentVariable("REPORT_FIRST_READ") == "1")
{
    Console.WriteLine($"first-read-unix-us: {(DateTime.UtcNow - DateTime.UnixEpoch).Ticks / 10}");
}

Console.WriteLine($"Got:  {read}");
Console.WriteLine(read == order ? "The item read back equals the item written." : "MISMATCH: the item read back differs.");

await context.DeleteAsync(order);
Console.WriteLine($"Deleted; a second get returns {(await context.LoadAsync<Order>("customer-1", 1001L) is null ? "null" : "an item")}.");
return read == order ? 0 : 1;
