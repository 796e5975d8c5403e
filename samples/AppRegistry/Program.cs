using System;
using Amazon;
using Amazon.DynamoDBv2;
using AppRegistry;
using DynamoGen;
using Microsoft.Extensions.Logging;

// Sample 1: an app registry, as soketi keeps its apps in DynamoDB.
//   AppRegistry provision   create the table and add apps (what an operator does once)
//   AppRegistry             look apps up by id and by key, as soketi does on every connection
// Configured by soketi's variables; credentials come from the AWS SDK's default chain (AWS_ACCESS_KEY_ID, profiles,
// roles), as in soketi.
var tableName = Variable("APP_MANAGER_DYNAMODB_TABLE") ?? "apps";
var region = Variable("APP_MANAGER_DYNAMODB_REGION") ?? "us-east-1";
var config = Variable("APP_MANAGER_DYNAMODB_ENDPOINT") is { } endpoint
    ? new AmazonDynamoDBConfig { ServiceURL = endpoint, AuthenticationRegion = region }   // the region only signs requests
    : new AmazonDynamoDBConfig { RegionEndpoint = RegionEndpoint.GetBySystemName(region) };

using var client = new AmazonDynamoDBClient(config);
var context = new DynamoContext(client);

if (args is ["provision"])
{
    await Provisioning.CreateTableAsync(context, tableName);
    await Provisioning.AddAppsAsync(context, tableName);
    await Provisioning.AddSoketiDocumentedAppAsync(client, tableName);
    Console.WriteLine($"Provisioned table '{tableName}' with apps app-1, app-2 and app-id (soketi's documented item).");
    return 0;
}

using var logging = LoggerFactory.Create(builder => builder.AddSimpleConsole(console => console.SingleLine = true));
var manager = new AppManager(context, tableName, logging.CreateLogger<AppManager>());
var server = ServerLimits.Defaults;

var byId = await manager.FindByIdAsync("app-1");
var byKey = await manager.FindByKeyAsync("key-2");
var documented = await manager.FindByKeyAsync("app-key");
var missing = await manager.FindByKeyAsync("no-such-key");

Print("by id 'app-1'", byId);
Print("by key 'key-2'", byKey);
Print("by key 'app-key' (soketi's documented item)", documented);
Console.WriteLine($"by key 'no-such-key': {(missing is null ? "none" : missing.AppId)}");

var ok = byId is { AppKey: "key-1", EnableClientMessages: true, Webhooks: [{ EventTypes.Count: 2 }, { LambdaFunction: "presence-audit", Lambda.Async: true }] }
    && byId.Limits(server) is { MaxConnections: 500, MaxEventPayloadInKb: 32.5, MaxEventBatchSize: 10 }
    && byKey is { AppId: "app-2", Enabled: true, MaxConnections: -1, MaxPresenceMembersPerChannel: null, Webhooks: [] }
    && byKey.Limits(server) == new AppLimits(-1, -1, -1, -1, 100, 2, 200, 100, 200, 100, 10)
    && documented is { AppId: "app-id", AppSecret: "app-secret", Enabled: true, EnableClientMessages: false, EnableUserAuthentication: false, Webhooks: [] }
    && missing is null;
Console.WriteLine(ok
    ? "OK: found apps by id (GetItem) and by key (Query on AppKeyIndex), soketi's documented item included."
    : "FAILED: see above.");
return ok ? 0 : 1;

static string? Variable(string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : null;

static void Print(string lookup, App? app)
{
    if (app is null)
    {
        Console.WriteLine($"{lookup}: none");
        return;
    }

    Console.WriteLine($"{lookup}: {app.AppId} (key {app.AppKey}), {(app.Enabled ? "enabled" : "disabled")}, "
        + $"client messages {(app.EnableClientMessages ? "on" : "off")}, user authentication {(app.EnableUserAuthentication ? "on" : "off")}");
    foreach (var webhook in app.Webhooks)
    {
        Console.WriteLine($"    webhook to {webhook.Url ?? "lambda " + webhook.LambdaFunction} on {string.Join(", ", webhook.EventTypes)}");
    }

    Console.WriteLine($"    limits: {app.Limits(ServerLimits.Defaults)}");
}
