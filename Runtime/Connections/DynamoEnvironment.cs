using System;
using Amazon;
using Amazon.DynamoDBv2;
using Amazon.Runtime;

namespace DynamoGen;

/// <summary>
/// Connections configured from environment variables, as Dyngoose does: <c>DYNAMO_ENDPOINT</c>, <c>DYNAMO_REGION</c>,
/// <c>DYNAMO_ACCESS_KEY_ID</c> and <c>DYNAMO_SECRET_ACCESS_KEY</c> (plus <c>DYNAMO_SESSION_TOKEN</c> for temporary
/// credentials) when set; whatever is not set comes from the AWS SDK's default chain (<c>AWS_REGION</c>,
/// <c>AWS_PROFILE</c>, <c>AWS_ACCESS_KEY_ID</c>, shared config files, container and instance roles).
/// </summary>
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

    /// <summary>Builds the client configuration the variables describe.</summary>
    /// <param name="getVariable">Reads a variable; <see cref="Environment.GetEnvironmentVariable(string)"/> when omitted. Tests pass their own.</param>
    /// <returns>
    /// A configuration with <see cref="ClientConfig.ServiceURL"/> from <c>DYNAMO_ENDPOINT</c> and the region from
    /// <c>DYNAMO_REGION</c>; neither is set when its variable is absent, so the SDK resolves them itself.
    /// </returns>
    /// <exception cref="FormatException"><c>DYNAMO_ENDPOINT</c> is not an absolute http or https URL.</exception>
    public static AmazonDynamoDBConfig CreateConfig(Func<string, string?>? getVariable = null)
    {
        getVariable ??= Environment.GetEnvironmentVariable;
        var endpoint = Read(getVariable, EndpointVariable);
        var region = Read(getVariable, RegionVariable);
        var config = new AmazonDynamoDBConfig();
        if (endpoint is not null)
        {
            if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                throw new FormatException($"{EndpointVariable} must be an absolute http:// or https:// URL.");
            }

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
    /// A plain DynamoDB connection configured from <c>DYNAMO_ENDPOINT</c>, <c>DYNAMO_REGION</c>,
    /// <c>DYNAMO_ACCESS_KEY_ID</c> and <c>DYNAMO_SECRET_ACCESS_KEY</c> when set, otherwise the AWS SDK's default chain
    /// (see <see cref="DynamoEnvironment"/>).
    /// </summary>
    /// <param name="getVariable">Reads a variable; <see cref="Environment.GetEnvironmentVariable(string)"/> when omitted. Tests pass their own.</param>
    /// <param name="name">A short name for traces and metrics.</param>
    /// <returns>The connection, over a new client that lives as long as the application.</returns>
    public static DynamoDbConnection FromEnvironment(Func<string, string?>? getVariable = null, string name = "dynamodb")
        => new(DynamoEnvironment.CreateClient(getVariable), name);
}
