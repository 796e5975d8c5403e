using System;
using Amazon;
using Amazon.DynamoDBv2;
using Amazon.Runtime;

namespace DynamoGen;

/// <summary>
/// Connections configured from environment variables: Dyngoose's <c>DYNAMO_ENDPOINT</c>, <c>DYNAMO_REGION</c>,
/// <c>DYNAMO_ACCESS_KEY_ID</c> and <c>DYNAMO_SECRET_ACCESS_KEY</c> (plus <c>DYNAMO_SESSION_TOKEN</c> for temporary
/// credentials) first, then the AWS SDK's standard <c>AWS_ENDPOINT_URL_DYNAMODB</c> and <c>AWS_ENDPOINT_URL</c> for the
/// endpoint; whatever is not set comes from the AWS SDK's default chain (<c>AWS_REGION</c>, <c>AWS_PROFILE</c>,
/// <c>AWS_ACCESS_KEY_ID</c>, shared config files, container and instance roles).
/// </summary>
/// <remarks>
/// <para>The endpoint, first match wins:</para>
/// <list type="number">
/// <item><description><c>DYNAMO_ENDPOINT</c>;</description></item>
/// <item><description><c>AWS_ENDPOINT_URL_DYNAMODB</c> (the SDKs' service-specific endpoint), unless <c>AWS_IGNORE_CONFIGURED_ENDPOINT_URLS</c> is <c>true</c>;</description></item>
/// <item><description><c>AWS_ENDPOINT_URL</c> (the SDKs' endpoint for every service), with the same exception;</description></item>
/// <item><description>otherwise the AWS SDK decides: an <c>endpoint_url</c> in the shared config file's profile, else the region's public endpoint.</description></item>
/// </list>
/// <para><c>DYNAMODB_ENDPOINT</c> is not read here: it belongs to the test-support package DynamoGen.Testing, which uses
/// it to point tests at a running server instead of starting one.</para>
/// </remarks>
public static class DynamoEnvironment
{
    /// <summary>The endpoint URL variable (for example a local DynamoDB): <c>DYNAMO_ENDPOINT</c>.</summary>
    public const string EndpointVariable = "DYNAMO_ENDPOINT";

    /// <summary>The region variable: <c>DYNAMO_REGION</c>.</summary>
    public const string RegionVariable = "DYNAMO_REGION";

    /// <summary>The access key id variable: <c>DYNAMO_ACCESS_KEY_ID</c>.</summary>
    public const string AccessKeyIdVariable = "DYNAMO_ACCESS_KEY_ID";

    /// <summary>The secret access key variable: <c>DYNAMO_SECRET_ACCESS_KEY</c>.</summary>
    public const string SecretAccessKeyVariable = "DYNAMO_SECRET_ACCESS_KEY";

    /// <summary>The optional session token variable, for temporary credentials: <c>DYNAMO_SESSION_TOKEN</c>.</summary>
    public const string SessionTokenVariable = "DYNAMO_SESSION_TOKEN";

    /// <summary>The AWS SDKs' standard DynamoDB endpoint variable, read after <see cref="EndpointVariable"/>: <c>AWS_ENDPOINT_URL_DYNAMODB</c>.</summary>
    public const string AwsServiceEndpointVariable = "AWS_ENDPOINT_URL_DYNAMODB";

    /// <summary>The AWS SDKs' standard endpoint variable for every service, read after <see cref="AwsServiceEndpointVariable"/>: <c>AWS_ENDPOINT_URL</c>.</summary>
    public const string AwsEndpointVariable = "AWS_ENDPOINT_URL";

    /// <summary>
    /// The AWS SDKs' switch that turns <see cref="AwsServiceEndpointVariable"/> and <see cref="AwsEndpointVariable"/> off
    /// when <c>true</c>: <c>AWS_IGNORE_CONFIGURED_ENDPOINT_URLS</c>. <see cref="EndpointVariable"/> still applies.
    /// </summary>
    public const string IgnoreConfiguredEndpointsVariable = "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS";

    /// <summary>
    /// The endpoint the variables give, and the variable it came from, in the order of the remarks of
    /// <see cref="DynamoEnvironment"/>; <see langword="null"/> when none is set (the AWS SDK then decides).
    /// </summary>
    /// <param name="getVariable">Reads a variable; <see cref="Environment.GetEnvironmentVariable(string)"/> when omitted. Tests pass their own.</param>
    /// <returns>The endpoint URL and the name of its variable, or <see langword="null"/>.</returns>
    /// <exception cref="FormatException">The chosen variable is not an absolute http or https URL (the message names the variable).</exception>
    public static (Uri Endpoint, string Variable)? ResolveEndpoint(Func<string, string?>? getVariable = null)
    {
        getVariable ??= Environment.GetEnvironmentVariable;
        var ignoreAws = string.Equals(Read(getVariable, IgnoreConfiguredEndpointsVariable), "true", StringComparison.OrdinalIgnoreCase);
        foreach (var variable in ignoreAws ? [EndpointVariable] : s_endpointVariables)
        {
            if (Read(getVariable, variable) is { } endpoint)
            {
                if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
                {
                    throw new FormatException($"{variable} must be an absolute http:// or https:// URL.");
                }

                return (uri, variable);
            }
        }

        return null;
    }

    private static readonly string[] s_endpointVariables = [EndpointVariable, AwsServiceEndpointVariable, AwsEndpointVariable];

    /// <summary>Builds the client configuration the variables describe.</summary>
    /// <param name="getVariable">Reads a variable; <see cref="Environment.GetEnvironmentVariable(string)"/> when omitted. Tests pass their own.</param>
    /// <returns>
    /// A configuration with <see cref="ClientConfig.ServiceURL"/> from the endpoint variables
    /// (<see cref="ResolveEndpoint"/>) and the region from <c>DYNAMO_REGION</c>; neither is set when no variable
    /// gives it, so the SDK resolves them itself.
    /// </returns>
    /// <exception cref="FormatException">The chosen endpoint variable is not an absolute http or https URL.</exception>
    public static AmazonDynamoDBConfig CreateConfig(Func<string, string?>? getVariable = null)
    {
        getVariable ??= Environment.GetEnvironmentVariable;
        var endpoint = ResolveEndpoint(getVariable);
        var region = Read(getVariable, RegionVariable);
        var config = new AmazonDynamoDBConfig();
        if (endpoint is { Endpoint: var uri })
        {
            config.ServiceURL = uri.ToString();
            if (region is not null)
            {
                config.AuthenticationRegion = region;
            }
        }
        else if (region is not null)
        {
            config.RegionEndpoint = RegionEndpoint.GetBySystemName(region);
        }

        return config;
    }

    /// <summary>
    /// The credentials <c>DYNAMO_ACCESS_KEY_ID</c> and <c>DYNAMO_SECRET_ACCESS_KEY</c> (and <c>DYNAMO_SESSION_TOKEN</c>)
    /// give, or <see langword="null"/> when they are not set (the SDK's default chain applies).
    /// </summary>
    /// <param name="getVariable">Reads a variable; <see cref="Environment.GetEnvironmentVariable(string)"/> when omitted.</param>
    /// <returns>The credentials, or <see langword="null"/>.</returns>
    /// <exception cref="DynamoConfigurationException">Only one of the two key variables is set.</exception>
    public static AWSCredentials? CreateCredentials(Func<string, string?>? getVariable = null)
    {
        getVariable ??= Environment.GetEnvironmentVariable;
        var accessKey = Read(getVariable, AccessKeyIdVariable);
        var secretKey = Read(getVariable, SecretAccessKeyVariable);
        if (accessKey is null && secretKey is null)
        {
            return null;
        }

        if (accessKey is null || secretKey is null)
        {
            // Name the missing variable, never a value.
            throw new DynamoConfigurationException($"{(accessKey is null ? AccessKeyIdVariable : SecretAccessKeyVariable)} is not set, but {(accessKey is null ? SecretAccessKeyVariable : AccessKeyIdVariable)} is: set both or neither.");
        }

        var token = Read(getVariable, SessionTokenVariable);
        return token is null ? new BasicAWSCredentials(accessKey, secretKey) : new SessionAWSCredentials(accessKey, secretKey, token);
    }

    /// <summary>Creates a DynamoDB client from the variables, falling back to the SDK's default chain for anything not set.</summary>
    /// <param name="getVariable">Reads a variable; <see cref="Environment.GetEnvironmentVariable(string)"/> when omitted.</param>
    /// <returns>A new client; the caller disposes it.</returns>
    public static AmazonDynamoDBClient CreateClient(Func<string, string?>? getVariable = null)
    {
        var config = CreateConfig(getVariable);
        var credentials = CreateCredentials(getVariable);
        return credentials is null ? new AmazonDynamoDBClient(config) : new AmazonDynamoDBClient(credentials, config);
    }

    private static string? Read(Func<string, string?> getVariable, string name)
    {
        var value = getVariable(name);
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }
}

/// <summary>Factories for common connections.</summary>
public static class DynamoConnections
{
    /// <summary>
    /// A plain DynamoDB connection configured from <c>DYNAMO_ENDPOINT</c> (else <c>AWS_ENDPOINT_URL_DYNAMODB</c>, else
    /// <c>AWS_ENDPOINT_URL</c>), <c>DYNAMO_REGION</c>, <c>DYNAMO_ACCESS_KEY_ID</c> and <c>DYNAMO_SECRET_ACCESS_KEY</c>
    /// when set, otherwise the AWS SDK's default chain (see <see cref="DynamoEnvironment"/>).
    /// </summary>
    /// <param name="getVariable">Reads a variable; <see cref="Environment.GetEnvironmentVariable(string)"/> when omitted. Tests pass their own.</param>
    /// <param name="name">A short name for traces and metrics.</param>
    /// <returns>The connection, over a new client that lives as long as the application.</returns>
    public static DynamoDbConnection FromEnvironment(Func<string, string?>? getVariable = null, string name = "dynamodb")
        => new(DynamoEnvironment.CreateClient(getVariable), name);

    /// <summary>
    /// The direct engine (<see cref="DirectConnection"/>) configured from the same variables as
    /// <see cref="FromEnvironment"/>: endpoint, region and credentials from <c>DYNAMO_*</c> (or the AWS endpoint
    /// variables) when set, otherwise the AWS SDK's default chain; a client built from them serves control-plane calls.
    /// </summary>
    /// <param name="getVariable">Reads a variable; <see cref="Environment.GetEnvironmentVariable(string)"/> when omitted. Tests pass their own.</param>
    /// <param name="name">A short name for traces and metrics.</param>
    /// <returns>The connection, over a new client that lives as long as the application.</returns>
    public static DirectConnection DirectFromEnvironment(Func<string, string?>? getVariable = null, string name = "direct")
    {
        var config = DynamoEnvironment.CreateConfig(getVariable);
        var credentials = DynamoEnvironment.CreateCredentials(getVariable);
        var client = credentials is null ? new AmazonDynamoDBClient(config) : new AmazonDynamoDBClient(credentials, config);
        return new DirectConnection(client, credentials, new DirectConnectionOptions { Name = name });
    }
}
