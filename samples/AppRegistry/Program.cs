using System;
using Amazon;
using Amazon.DynamoDBv2;
using AppRegistry;
using DynamoGen;

// Sample 1: an app registry, as soketi keeps its apps in DynamoDB.
//   AppRegistry provision   create the table and add two apps (what an operator does once)
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
    Console.WriteLine($"Provisioned table '{tableName}' with apps app-1 and app-2.");
    return 0;
}

var manager = new AppManager(context, tableName);
var byId = await manager.FindByIdAsync("app-1");
var byKey = await manager.FindByKeyAsync("key-2");
var missing = await manager.FindByKeyAsync("no-such-key");

Print("by id 'app-1'", byId);
Print("by key 'key-2'", byKey);
Console.WriteLine($"by key 'no-such-key': {(missing is null ? "none" : missing.AppId)}");

var ok = byId is { AppKey: "key-1", Webhooks: [{ EventTypes.Count: 2 }] }
    && byId.EffectiveLimits(AppLimits.ServerDefaults).MaxConnections == 500
    && byKey is { AppId: "app-2", MaxConnections: null }
    && byKey.EffectiveLimits(AppLimits.ServerDefaults) == AppLimits.ServerDefaults
    && missing is null;
Console.WriteLine(ok ? "OK: found apps by id (GetItem) and by key (Query on AppKeyIndex)." : "FAILED: see above.");
return ok ? 0 : 1;

static string? Variable(string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : null;

static void Print(string lookup, App? app)
{
    if (app is null)
    {
        Console.WriteLine($"{lookup}: none");
        return;
    }

    Console.WriteLine($"{lookup}: {app.AppId} (key {app.AppKey}), {app.Webhooks.Count} webhook(s)"
        + $"{(app.Webhooks.Count > 0 ? $" to {app.Webhooks[0].Url} on {string.Join(", ", app.Webhooks[0].EventTypes)}" : "")}");
    Console.WriteLine($"    limits: {app.EffectiveLimits(AppLimits.ServerDefaults)}{(app.MaxConnections is null ? " (server defaults)" : "")}");
}
