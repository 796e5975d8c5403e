using System;
using System.Threading;
using System.Threading.Tasks;
using DotNet.Testcontainers.Builders;
using Testcontainers.LocalStack;

namespace DynamoGen.Testing;

/// <summary>
/// Starts LocalStack in Docker through Testcontainers and hands it out as a <see cref="LocalDynamoDb"/> (engine
/// <see cref="LocalDynamoEngine.LocalStack"/>); disposing it removes the container. Without a Docker daemon the start
/// fails with one message that says so and names the alternatives.
/// </summary>
public static class LocalStackDynamoDb
{
    /// <summary>The LocalStack image used unless another is given (or set in <c>DYNAMOGEN_LOCALSTACK_IMAGE</c>).</summary>
    public const string DefaultImage = "localstack/localstack:4.4";

    /// <summary>Overrides <see cref="DefaultImage"/>.</summary>
    public const string ImageVariable = "DYNAMOGEN_LOCALSTACK_IMAGE";

    /// <summary>
    /// Starts LocalStack when <c>DYNAMOGEN_TEST_SERVER=localstack</c> (and <c>DYNAMODB_ENDPOINT</c> is unset); otherwise
    /// does what <see cref="LocalDynamoDb.StartAsync(CancellationToken)"/> does. One call for a test set-up that honours every engine.
    /// </summary>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running server; dispose it to stop it.</returns>
    public static Task<LocalDynamoDb> StartFromEnvironmentAsync(CancellationToken cancellationToken = default)
    {
        var wantsLocalStack = string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(LocalDynamoEngines.EndpointVariable))
            && LocalDynamoEngines.FromEnvironment() == LocalDynamoEngine.LocalStack;
        return wantsLocalStack ? StartAsync(null, cancellationToken) : LocalDynamoDb.StartAsync(cancellationToken);
    }

    /// <summary>Starts a LocalStack container and waits until it is ready.</summary>
    /// <param name="image">The image; <see cref="DefaultImage"/> (or <c>DYNAMOGEN_LOCALSTACK_IMAGE</c>) when null.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running server; dispose it to remove the container.</returns>
    /// <exception cref="InvalidOperationException">Docker is not available.</exception>
    public static async Task<LocalDynamoDb> StartAsync(string? image = null, CancellationToken cancellationToken = default)
    {
        image ??= Environment.GetEnvironmentVariable(ImageVariable) is { Length: > 0 } configured ? configured : DefaultImage;
        LocalStackContainer container;
        try
        {
            container = new LocalStackBuilder(image).Build();
        }
        catch (DockerUnavailableException ex)
        {
            throw NoDocker(ex);
        }

        try
        {
            await container.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DockerUnavailableException ex)
        {
            await container.DisposeAsync().ConfigureAwait(false);
            throw NoDocker(ex);
        }
        catch
        {
            await container.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return LocalDynamoDb.ForEndpoint(new Uri(container.GetConnectionString()), LocalDynamoEngine.LocalStack, container.DisposeAsync);
    }

    private static InvalidOperationException NoDocker(Exception inner)
        => new(
            $"{LocalDynamoEngines.ServerVariable}=localstack needs Docker, and no Docker daemon answers here ({FirstLine(inner.Message)}). "
            + $"Start Docker (or point DOCKER_HOST at one), or choose an engine that runs without it: "
            + $"{LocalDynamoEngines.ServerVariable}=dynalite (Node.js) or {LocalDynamoEngines.ServerVariable}=dynamodb-local (Node.js and Java), "
            + $"or set {LocalDynamoEngines.EndpointVariable} to a running DynamoDB-compatible endpoint.",
            inner);

    private static string FirstLine(string text)
    {
        var line = text.Trim().Split('\n')[0].Trim();
        return line.EndsWith('.') ? line[..^1] : line;
    }
}
