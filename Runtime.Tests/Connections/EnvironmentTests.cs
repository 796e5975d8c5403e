using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Amazon;
using Amazon.Runtime;
using NUnit.Framework;

namespace DynamoGen.Tests.Connections;

/// <summary>Configuration from DYNAMO_* variables, read through a lookup function so no test touches the process environment.</summary>
public sealed class EnvironmentTests
{
    [Test]
    public void Without_variables_the_SDK_default_chain_decides()
    {
        var config = DynamoEnvironment.CreateConfig(_ => null);
        Assert.Multiple(() =>
        {
            Assert.That(config.ServiceURL, Is.Null);
            Assert.That(config.RegionEndpoint, Is.EqualTo(new Amazon.DynamoDBv2.AmazonDynamoDBConfig().RegionEndpoint), "left to the SDK's own chain (AWS_REGION, profiles, instance metadata)");
            Assert.That(DynamoEnvironment.CreateCredentials(_ => null), Is.Null);
        });
    }

    [Test]
    public void DYNAMO_REGION_alone_sets_the_region()
    {
        var config = DynamoEnvironment.CreateConfig(Lookup(new() { ["DYNAMO_REGION"] = "eu-west-1" }));
        Assert.That(config.RegionEndpoint, Is.EqualTo(RegionEndpoint.EUWest1));
        Assert.That(config.ServiceURL, Is.Null);
    }

    [Test]
    public void DYNAMO_ENDPOINT_sets_the_service_url_and_DYNAMO_REGION_the_signing_region()
    {
        var config = DynamoEnvironment.CreateConfig(Lookup(new() { ["DYNAMO_ENDPOINT"] = "http://localhost:8000", ["DYNAMO_REGION"] = "eu-central-1" }));
        Assert.That(config.ServiceURL, Is.EqualTo("http://localhost:8000/"));
        Assert.That(config.AuthenticationRegion, Is.EqualTo("eu-central-1"));
    }

    [Test]
    public void Keys_give_basic_or_session_credentials_and_half_a_pair_is_an_error_that_names_no_value()
    {
        var basic = DynamoEnvironment.CreateCredentials(Lookup(new() { ["DYNAMO_ACCESS_KEY_ID"] = "AKIDEXAMPLE", ["DYNAMO_SECRET_ACCESS_KEY"] = "s3cr3t-value" }));
        var session = DynamoEnvironment.CreateCredentials(Lookup(new() { ["DYNAMO_ACCESS_KEY_ID"] = "AKIDEXAMPLE", ["DYNAMO_SECRET_ACCESS_KEY"] = "s3cr3t-value", ["DYNAMO_SESSION_TOKEN"] = "token" }));
        var half = Assert.Throws<InvalidOperationException>(() => DynamoEnvironment.CreateCredentials(Lookup(new() { ["DYNAMO_SECRET_ACCESS_KEY"] = "s3cr3t-value" })));

        Assert.Multiple(() =>
        {
            Assert.That(basic, Is.InstanceOf<BasicAWSCredentials>());
            Assert.That(basic!.GetCredentials().AccessKey, Is.EqualTo("AKIDEXAMPLE"));
            Assert.That(session, Is.InstanceOf<SessionAWSCredentials>());
            Assert.That(half!.Message, Does.Contain("DYNAMO_ACCESS_KEY_ID").And.Not.Contain("s3cr3t-value"));
        });
    }

    [Test]
    public void A_malformed_endpoint_is_rejected()
        => Assert.Throws<FormatException>(() => DynamoEnvironment.CreateConfig(Lookup(new() { ["DYNAMO_ENDPOINT"] = "localhost:8000" })));

    [Test]
    public async Task A_connection_from_the_environment_talks_to_the_configured_endpoint()
    {
        var connection = DynamoConnections.FromEnvironment(Lookup(new()
        {
            ["DYNAMO_ENDPOINT"] = ConnectionsSetup.Server.Endpoint.ToString(),
            ["DYNAMO_REGION"] = "us-east-1",
            ["DYNAMO_ACCESS_KEY_ID"] = "local",
            ["DYNAMO_SECRET_ACCESS_KEY"] = "local",
        }));
        var context = new DynamoContext(connection);
        var name = ConnectionsSetup.UniqueTableName("env");

        await context.CreateTableAsync<Setting>(name);
        await context.Table<Setting>(name).PutAsync(new Setting("mode", "dark"));

        Assert.That((await ConnectionsSetup.Client.GetItemAsync(name, Setting.Key("mode").ToAttributeValues())).Item["Value"].S, Is.EqualTo("dark"));
    }

    private static Func<string, string?> Lookup(Dictionary<string, string> variables) => name => variables.GetValueOrDefault(name);
}
