using System;
using System.Threading;
using System.Threading.Tasks;
using Amazon;
using Amazon.DynamoDBv2;
using Amazon.Runtime;
using DynamoGen.Direct;
using NUnit.Framework;

namespace DynamoGen.Tests.Direct;

/// <summary>The direct engine takes its endpoint, signing region and credentials from the AWS SDK's own resolution.</summary>
public sealed class DirectEndpointTests
{
    [Test]
    public void A_region_resolves_to_the_SDKs_regional_endpoint()
    {
        var endpoint = DirectEndpoint.Resolve(new AmazonDynamoDBConfig { RegionEndpoint = RegionEndpoint.EUWest1 });
        Assert.Multiple(() =>
        {
            Assert.That(endpoint.Uri, Is.EqualTo(new Uri("https://dynamodb.eu-west-1.amazonaws.com")));
            Assert.That(endpoint.Host, Is.EqualTo("dynamodb.eu-west-1.amazonaws.com"));
            Assert.That(endpoint.SigningRegion, Is.EqualTo("eu-west-1"));
        });
    }

    [Test]
    public void FIPS_dual_stack_and_partitions_come_from_the_SDKs_rules()
    {
        Assert.Multiple(() =>
        {
            Assert.That(DirectEndpoint.Resolve(new AmazonDynamoDBConfig { RegionEndpoint = RegionEndpoint.USEast1, UseFIPSEndpoint = true }).Uri.Host, Is.EqualTo("dynamodb-fips.us-east-1.amazonaws.com"));
            Assert.That(DirectEndpoint.Resolve(new AmazonDynamoDBConfig { RegionEndpoint = RegionEndpoint.USEast1, UseDualstackEndpoint = true }).Uri.Host, Is.EqualTo("dynamodb.us-east-1.api.aws"));
            Assert.That(DirectEndpoint.Resolve(new AmazonDynamoDBConfig { RegionEndpoint = RegionEndpoint.CNNorth1 }).Uri.Host, Is.EqualTo("dynamodb.cn-north-1.amazonaws.com.cn"));
        });
    }

    [Test]
    public void A_service_URL_is_used_as_given_and_signed_for_the_authentication_region()
    {
        var endpoint = DirectEndpoint.Resolve(new AmazonDynamoDBConfig { ServiceURL = "http://localhost:8000", AuthenticationRegion = "eu-central-1" });
        Assert.Multiple(() =>
        {
            Assert.That(endpoint.Uri, Is.EqualTo(new Uri("http://localhost:8000")));
            Assert.That(endpoint.Host, Is.EqualTo("localhost:8000"));
            Assert.That(endpoint.SigningRegion, Is.EqualTo("eu-central-1"));
        });
    }

    [Test]
    public void The_endpoint_is_the_one_the_SDK_client_itself_uses()
    {
        using var client = new AmazonDynamoDBClient(new BasicAWSCredentials("a", "b"), new AmazonDynamoDBConfig { RegionEndpoint = RegionEndpoint.APSoutheast2 });
        var ours = DirectEndpoint.Resolve((AmazonDynamoDBConfig)client.Config);
        var sdk = client.DetermineServiceOperationEndpoint(new Amazon.DynamoDBv2.Model.GetItemRequest { TableName = "t" });
        Assert.That(ours.Uri, Is.EqualTo(new Uri(sdk.URL)));
    }

    [Test]
    public async Task Credentials_are_the_SDKs_snapshot_with_or_without_a_session_token()
    {
        var basic = new DirectCredentials(new BasicAWSCredentials("AKID", "secret"));
        var session = new DirectCredentials(new SessionAWSCredentials("ASIA", "secret2", "token"));
        Assert.Multiple(async () =>
        {
            Assert.That(await basic.GetAsync(CancellationToken.None), Is.EqualTo(new SigV4Credentials("AKID", "secret", null)));
            Assert.That(await session.GetAsync(CancellationToken.None), Is.EqualTo(new SigV4Credentials("ASIA", "secret2", "token")));
        });
    }

    [Test]
    public async Task Refreshing_credentials_are_asked_before_every_signature()
    {
        var refreshing = new CountingRefreshingCredentials();
        var credentials = new DirectCredentials(refreshing);
        var first = await credentials.GetAsync(CancellationToken.None);
        refreshing.Expire();
        var second = await credentials.GetAsync(CancellationToken.None);
        Assert.Multiple(() =>
        {
            Assert.That(first.AccessKey, Is.EqualTo("key-1"));
            Assert.That(second.AccessKey, Is.EqualTo("key-2"));
            Assert.That(second.SessionToken, Is.EqualTo("token-2"));
        });
    }

    /// <summary>The SDK's refreshing base class: hands out "key-N" and refreshes when told its credentials expired.</summary>
    private sealed class CountingRefreshingCredentials : RefreshingAWSCredentials
    {
        private int _generation;

        /// <summary>What the SDK does when the credentials' expiry comes near: they are generated anew.</summary>
        public void Expire() => ClearCredentials();

        protected override CredentialsRefreshState GenerateNewCredentials()
        {
            _generation++;
            return new CredentialsRefreshState(new ImmutableCredentials("key-" + _generation, "secret", "token-" + _generation), DateTime.UtcNow.AddHours(1));
        }
    }
}
