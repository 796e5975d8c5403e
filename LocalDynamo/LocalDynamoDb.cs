using System;
using System.Diagnostics;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using Amazon.Runtime;

namespace DynamoGen.LocalDynamo;

/// <summary>
/// A DynamoDB-compatible endpoint for tests, samples and benchmarks. When <c>DYNAMODB_ENDPOINT</c> is set it is used
/// as is (LocalStack, DynamoDB Local, or AWS itself); otherwise dynalite is installed on first use (from the lockfile
/// in <c>tools/dynalite</c>) and started on a free loopback port, and stopped when this object is disposed.
/// </summary>
public sealed class LocalDynamoDb : IAsyncDisposable
{
    /// <summary>The environment variable that names an existing endpoint to use instead of starting dynalite.</summary>
    public const string EndpointVariable = "DYNAMODB_ENDPOINT";

    private readonly string? _dynaliteDirectory;
    private Process? _process;

    private LocalDynamoDb(Uri endpoint, string? dynaliteDirectory, Process? process)
    {
        Endpoint = endpoint;
        _dynaliteDirectory = dynaliteDirectory;
        _process = process;
    }

    /// <summary>The endpoint's URL, for <see cref="AmazonDynamoDBConfig.ServiceURL"/>.</summary>
    public Uri Endpoint { get; }

    /// <summary>True when the endpoint came from <c>DYNAMODB_ENDPOINT</c> rather than a dynalite this object started.</summary>
    public bool IsExternal => _dynaliteDirectory is null;

    /// <summary>True while the dynalite process this object started is running.</summary>
    public bool IsRunning => _process is { HasExited: false };

    /// <summary>Uses <c>DYNAMODB_ENDPOINT</c> if set, otherwise starts dynalite on a free loopback port.</summary>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running endpoint; dispose it to stop the server.</returns>
    public static async Task<LocalDynamoDb> StartAsync(CancellationToken cancellationToken = default)
    {
        var external = Environment.GetEnvironmentVariable(EndpointVariable);
        if (!string.IsNullOrWhiteSpace(external))
        {
            return new LocalDynamoDb(new Uri(external), null, null);
        }

        return await StartDynaliteAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Always starts a new dynalite process on a free loopback port, whatever <c>DYNAMODB_ENDPOINT</c> says.</summary>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running server; dispose it to stop it.</returns>
    public static async Task<LocalDynamoDb> StartDynaliteAsync(CancellationToken cancellationToken = default)
    {
        var directory = DynaliteInstaller.EnsureInstalled();
        for (var attempt = 1; ; attempt++)
        {
            var port = FreeLoopbackPort();
            var process = await LaunchAsync(directory, port, cancellationToken).ConfigureAwait(false);
            if (process is not null)
            {
                return new LocalDynamoDb(new Uri($"http://127.0.0.1:{port}"), directory, process);
            }

            if (attempt == 3)
            {
                throw new InvalidOperationException($"dynalite did not start after {attempt} attempts (see its output above). Set {EndpointVariable} to use another DynamoDB-compatible endpoint.");
            }
        }
    }

    /// <summary>A client for this endpoint with dummy credentials and region us-east-1.</summary>
    /// <returns>A new client; the caller disposes it.</returns>
    public AmazonDynamoDBClient CreateClient()
    {
        var config = new AmazonDynamoDBConfig
        {
            ServiceURL = Endpoint.ToString(),
            AuthenticationRegion = "us-east-1",
            MaxErrorRetry = 2,
            Timeout = TimeSpan.FromSeconds(30),
        };
        var credentials = IsExternal && Environment.GetEnvironmentVariable("AWS_ACCESS_KEY_ID") is not null
            ? null
            : new BasicAWSCredentials("local", "local");
        return credentials is null ? new AmazonDynamoDBClient(config) : new AmazonDynamoDBClient(credentials, config);
    }

    /// <summary>Stops the dynalite process (its data is lost); the endpoint then refuses connections.</summary>
    /// <returns>A task that completes when the process has exited.</returns>
    public async Task StopAsync()
    {
        var process = Interlocked.Exchange(ref _process, null);
        if (process is null)
        {
            return;
        }

        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync().ConfigureAwait(false);
            }
        }
        finally
        {
            process.Dispose();
        }
    }

    /// <summary>Starts dynalite again on the same port after <see cref="StopAsync"/> (with empty tables).</summary>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>A task that completes when the server answers.</returns>
    public async Task RestartAsync(CancellationToken cancellationToken = default)
    {
        if (_dynaliteDirectory is null)
        {
            throw new InvalidOperationException($"The endpoint {Endpoint} comes from {EndpointVariable}; only a dynalite started here can be restarted.");
        }

        await StopAsync().ConfigureAwait(false);
        var process = await LaunchAsync(_dynaliteDirectory, Endpoint.Port, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"dynalite did not restart on port {Endpoint.Port}.");
        _process = process;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync() => await StopAsync().ConfigureAwait(false);

    private static async Task<Process?> LaunchAsync(string directory, int port, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(DynaliteInstaller.NodeExecutable)
        {
            WorkingDirectory = directory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(directory, "start.js"));
        start.ArgumentList.Add(port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        start.ArgumentList.Add("127.0.0.1");

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("Process.Start returned null for node.");
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw DynaliteInstaller.NodeMissing(ex);
        }

        var listening = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var errors = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not null && e.Data.Contains("listening", StringComparison.Ordinal))
            {
                listening.TrySetResult();
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (errors)
                {
                    errors.AppendLine(e.Data);
                }
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        var exited = process.WaitForExitAsync(timeout.Token);
        var finished = await Task.WhenAny(listening.Task, exited, Task.Delay(Timeout.Infinite, timeout.Token)).ConfigureAwait(false);
        if (finished == listening.Task)
        {
            return process;
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        lock (errors)
        {
            Console.Error.WriteLine($"dynalite on port {port} did not start: {errors}");
        }

        process.Dispose();
        return null;
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
