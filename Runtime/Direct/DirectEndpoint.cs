using System;
using System.Threading;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;
using Amazon.Runtime.Credentials;
using Amazon.Runtime.Endpoints;

namespace DynamoGen.Direct;

/// <summary>
/// Where the direct engine sends requests and how it signs them, resolved by the AWS SDK itself from an
/// <see cref="AmazonDynamoDBConfig"/>: the endpoint from <see cref="ClientConfig.DetermineServiceOperationEndpoint"/>
/// (which honours <see cref="ClientConfig.ServiceURL"/>, the region, FIPS and dual-stack settings and the SDK's
/// configured endpoint URLs), the signing region from <see cref="ClientConfig.AuthenticationRegion"/>, else the
/// config's region (which the SDK itself falls back to AWS_REGION, the profile or instance metadata for), else
/// <c>us-east-1</c> for an endpoint given as a URL (a local server). Nothing here re-implements the SDK's resolution.
/// </summary>
internal sealed class DirectEndpoint
{
    /// <summary>The signing name of DynamoDB.</summary>
    public const string SigningService = "dynamodb";

    private DirectEndpoint(Uri uri, string signingRegion)
    {
        Uri = uri;
        SigningRegion = signingRegion;
        Host = uri.IsDefaultPort ? uri.IdnHost : uri.IdnHost + ":" + uri.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The endpoint requests are POSTed to (path <c>/</c>).</summary>
    public Uri Uri { get; }

    /// <summary>The Host header, as signed: the host, with <c>:port</c> when the port is not the scheme's default.</summary>
    public string Host { get; }

    /// <summary>The region requests are signed for.</summary>
    public string SigningRegion { get; }

    /// <summary>Resolves the endpoint and signing region of <paramref name="config"/> with the SDK's own rules.</summary>
    /// <param name="config">A DynamoDB client configuration (for example an existing client's <c>Config</c>).</param>
    /// <returns>The resolved endpoint.</returns>
    public static DirectEndpoint Resolve(AmazonDynamoDBConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var region = config.AuthenticationRegion;
        if (string.IsNullOrEmpty(region))
        {
            region = config.RegionEndpoint?.SystemName;
        }

        Uri uri;
        if (!string.IsNullOrEmpty(config.ServiceURL))
        {
            uri = new Uri(config.ServiceURL);
        }
        else
        {
            if (string.IsNullOrEmpty(region))
            {
                // The config's RegionEndpoint already applied the SDK's fallback (AWS_REGION, profile, instance metadata).
                throw new DynamoConfigurationException("The direct engine found no DynamoDB endpoint: set a region (AWS_REGION, a profile, AmazonDynamoDBConfig.RegionEndpoint) or a ServiceURL.");
            }

            var endpoint = config.DetermineServiceOperationEndpoint(new ServiceOperationEndpointParameters(new GetItemRequest()));
            uri = new Uri(endpoint.URL);
        }

        return new DirectEndpoint(uri, string.IsNullOrEmpty(region) ? "us-east-1" : region);
    }

    /// <summary>An explicit endpoint (a local DynamoDB), signed for <paramref name="signingRegion"/>.</summary>
    /// <param name="uri">The endpoint.</param>
    /// <param name="signingRegion">The signing region.</param>
    /// <returns>The endpoint.</returns>
    public static DirectEndpoint Explicit(Uri uri, string signingRegion = "us-east-1")
    {
        ArgumentNullException.ThrowIfNull(uri);
        return new DirectEndpoint(uri, signingRegion);
    }

    /// <inheritdoc/>
    public override string ToString() => Uri + " (" + SigningRegion + ")";
}

/// <summary>
/// The credentials the direct engine signs with: an SDK <see cref="AWSCredentials"/> (explicit, or the SDK's default
/// chain through <see cref="DefaultAWSCredentialsIdentityResolver"/>), asked for its current
/// <see cref="ImmutableCredentials"/> before every attempt. Refreshing credentials (roles, SSO, container and instance
/// credentials) refresh themselves before they expire; this class only avoids re-wrapping the same snapshot.
/// </summary>
internal sealed class DirectCredentials
{
    private readonly AWSCredentials _credentials;
    private Snapshot? _last;

    /// <summary>Wraps <paramref name="credentials"/>.</summary>
    /// <param name="credentials">The SDK credentials to sign with.</param>
    public DirectCredentials(AWSCredentials credentials)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        _credentials = credentials;
    }

    /// <summary>The SDK's default credential chain for <paramref name="config"/> (environment, profile, SSO, web identity, container, instance).</summary>
    /// <param name="config">The client configuration (its profile and region settings apply).</param>
    /// <returns>The resolved credentials.</returns>
    public static DirectCredentials FromDefaultChain(AmazonDynamoDBConfig config)
        => new(DefaultAWSCredentialsIdentityResolver.GetCredentials(config));

    /// <summary>The SDK credentials.</summary>
    public AWSCredentials Credentials => _credentials;

    /// <summary>The credentials to sign the next attempt with.</summary>
    /// <param name="cancellationToken">Cancels a refresh.</param>
    /// <returns>The current key material.</returns>
    public async ValueTask<SigV4Credentials> GetAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var current = await _credentials.GetCredentialsAsync().ConfigureAwait(false);
        var last = Volatile.Read(ref _last);
        if (last is not null && ReferenceEquals(last.Source, current))
        {
            return last.Credentials;
        }

        var snapshot = new Snapshot(current, new SigV4Credentials(current.AccessKey, current.SecretKey, current.UseToken ? current.Token : null));
        Volatile.Write(ref _last, snapshot);
        return snapshot.Credentials;
    }

    private sealed record Snapshot(ImmutableCredentials Source, SigV4Credentials Credentials);
}
