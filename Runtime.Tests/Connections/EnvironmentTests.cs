using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Amazon;
using Amazon.Runtime;
using NUnit.Framework;

namespace DynamoGen.Tests.Connections;

/// <summary>Configuration from DYNAMO_* and AWS_ENDPOINT_URL* variables, read through a lookup function so no test touches the process environment.</summary>
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
        var half = Assert.Throws<DynamoConfigurationException>(() => DynamoEnvironment.CreateCredentials(Lookup(new() { ["DYNAMO_SECRET_ACCESS_KEY"] = "s3cr3t-value" })));

        Assert.Multiple(() =>
        {
            Assert.That(basic, Is.InstanceOf<BasicAWSCredentials>());
            Assert.That(basic!.GetCredentials().AccessKey, Is.EqualTo("AKIDEXAMPLE"));
            Assert.That(session, Is.InstanceOf<SessionAWSCredentials>());
            Assert.That(half!.Message, Does.Contain("DYNAMO_ACCESS_KEY_ID").And.Not.Contain("s3cr3t-value"));
        });
    }

    [Test]
    public void A_malformed_endpoint_is_rejected_naming_its_variable()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => DynamoEnvironment.CreateConfig(Lookup(new() { ["DYNAMO_ENDPOINT"] = "localhost:8000" })), Throws.InstanceOf<FormatException>().With.Message.StartsWith("DYNAMO_ENDPOINT "));
            Assert.That(() => DynamoEnvironment.CreateConfig(Lookup(new() { ["AWS_ENDPOINT_URL_DYNAMODB"] = "ftp://x" })), Throws.InstanceOf<FormatException>().With.Message.StartsWith("AWS_ENDPOINT_URL_DYNAMODB "));
            Assert.That(() => DynamoEnvironment.CreateConfig(Lookup(new() { ["AWS_ENDPOINT_URL"] = "nope" })), Throws.InstanceOf<FormatException>().With.Message.StartsWith("AWS_ENDPOINT_URL "));
        });
    }

    /// <summary>The documented order: DYNAMO_ENDPOINT, AWS_ENDPOINT_URL_DYNAMODB, AWS_ENDPOINT_URL, then the SDK; DYNAMODB_ENDPOINT is the test package's, never the runtime's.</summary>
    [TestCase(new[] { "DYNAMO_ENDPOINT", "AWS_ENDPOINT_URL_DYNAMODB", "AWS_ENDPOINT_URL", "DYNAMODB_ENDPOINT" }, "DYNAMO_ENDPOINT")]
    [TestCase(new[] { "AWS_ENDPOINT_URL_DYNAMODB", "AWS_ENDPOINT_URL", "DYNAMODB_ENDPOINT" }, "AWS_ENDPOINT_URL_DYNAMODB")]
    [TestCase(new[] { "DYNAMO_ENDPOINT", "AWS_ENDPOINT_URL" }, "DYNAMO_ENDPOINT")]
    [TestCase(new[] { "AWS_ENDPOINT_URL", "DYNAMODB_ENDPOINT" }, "AWS_ENDPOINT_URL")]
    [TestCase(new[] { "DYNAMODB_ENDPOINT" }, null)]
    [TestCase(new string[0], null)]
    public void The_endpoint_comes_from_the_first_variable_set_in_the_documented_order(string[] set, string? expected)
    {
        var variables = new Dictionary<string, string>();
        for (var i = 0; i < set.Length; i++)
        {
            variables[set[i]] = $"http://host-{set[i].ToLowerInvariant().Replace('_', '-')}:{8000 + i}";
        }

        var resolved = DynamoEnvironment.ResolveEndpoint(Lookup(variables));
        var config = DynamoEnvironment.CreateConfig(Lookup(variables));

        Assert.Multiple(() =>
        {
            Assert.That(resolved?.Variable, Is.EqualTo(expected));
            Assert.That(config.ServiceURL, Is.EqualTo(expected is null ? null : new Uri(variables[expected]).ToString()));
        });
    }

    [Test]
    public void AWS_IGNORE_CONFIGURED_ENDPOINT_URLS_turns_the_AWS_variables_off_but_not_DYNAMO_ENDPOINT()
    {
        var aws = new Dictionary<string, string> { ["AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"] = "true", ["AWS_ENDPOINT_URL_DYNAMODB"] = "http://a:1", ["AWS_ENDPOINT_URL"] = "http://b:2" };
        var both = new Dictionary<string, string>(aws) { ["DYNAMO_ENDPOINT"] = "http://c:3" };
        var notTrue = new Dictionary<string, string>(aws) { ["AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"] = "false" };

        Assert.Multiple(() =>
        {
            Assert.That(DynamoEnvironment.ResolveEndpoint(Lookup(aws)), Is.Null);
            Assert.That(DynamoEnvironment.ResolveEndpoint(Lookup(both))?.Variable, Is.EqualTo("DYNAMO_ENDPOINT"));
            Assert.That(DynamoEnvironment.ResolveEndpoint(Lookup(notTrue))?.Variable, Is.EqualTo("AWS_ENDPOINT_URL_DYNAMODB"));
        });
    }

    [Test]
    public void AWS_ENDPOINT_URL_DYNAMODB_with_DYNAMO_REGION_signs_for_that_region()
    {
        var config = DynamoEnvironment.CreateConfig(Lookup(new() { ["AWS_ENDPOINT_URL_DYNAMODB"] = "http://localhost:8000", ["DYNAMO_REGION"] = "eu-central-1" }));
        Assert.Multiple(() =>
        {
            Assert.That(config.ServiceURL, Is.EqualTo("http://localhost:8000/"));
            Assert.That(config.AuthenticationRegion, Is.EqualTo("eu-central-1"));
        });
    }

    [TestCase("DYNAMO_ENDPOINT")]
    [TestCase("AWS_ENDPOINT_URL_DYNAMODB")]
    [TestCase("AWS_ENDPOINT_URL")]
    public async Task A_connection_from_the_environment_talks_to_the_configured_endpoint(string endpointVariable)
    {
        var connection = DynamoConnections.FromEnvironment(Lookup(new()
        {
            [endpointVariable] = ConnectionsSetup.Server.Endpoint.ToString(),
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

    [TestCase("DYNAMO_ENDPOINT")]
    [TestCase("AWS_ENDPOINT_URL_DYNAMODB")]
    [TestCase("AWS_ENDPOINT_URL")]
    public async Task The_direct_engine_from_the_environment_talks_to_the_configured_endpoint(string endpointVariable)
    {
        using var connection = DynamoConnections.DirectFromEnvironment(Lookup(new()
        {
            [endpointVariable] = ConnectionsSetup.Server.Endpoint.ToString(),
            ["DYNAMO_REGION"] = "us-east-1",
            ["DYNAMO_ACCESS_KEY_ID"] = "local",
            ["DYNAMO_SECRET_ACCESS_KEY"] = "local",
        }));
        var context = new DynamoContext(connection);
        var name = ConnectionsSetup.UniqueTableName("env-direct");

        await context.CreateTableAsync<Setting>(name);
        await context.Table<Setting>(name).PutAsync(new Setting("mode", "dark"));

        var stored = (await ConnectionsSetup.Client.GetItemAsync(name, Setting.Key("mode").ToAttributeValues())).Item["Value"].S;
        var read = await context.Table<Setting>(name).GetAsync(Setting.Key("mode"));
        Assert.Multiple(() =>
        {
            Assert.That(connection.Name, Is.EqualTo("direct"));
            Assert.That(stored, Is.EqualTo("dark"));
            Assert.That(read, Is.EqualTo(new Setting("mode", "dark")));
        });
    }

    private static Func<string, string?> Lookup(Dictionary<string, string> variables) => name => variables.GetValueOrDefault(name);
}
