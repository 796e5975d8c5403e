using System;
using System.Diagnostics;
using System.IO;
using System.Threading;

namespace DynamoGen.LocalDynamo;

/// <summary>Finds <c>tools/dynalite</c> in the repository and runs <c>npm ci</c> there the first time it is needed.</summary>
internal static class DynaliteInstaller
{
    /// <summary>Overrides where dynalite's package.json lives (the folder holding start.js).</summary>
    public const string HomeVariable = "DYNALITE_HOME";

    public static string NodeExecutable => OperatingSystem.IsWindows() ? "node.exe" : "node";

    private static string NpmExecutable => OperatingSystem.IsWindows() ? "npm.cmd" : "npm";

    public static string EnsureInstalled()
    {
        var directory = FindDirectory();
        var cli = Path.Combine(directory, "node_modules", "dynalite", "cli.js");
        if (File.Exists(cli))
        {
            return directory;
        }

        // Several test assemblies may start at once: one installs, the others wait on the lock file.
        using var gate = AcquireLock(Path.Combine(directory, ".install.lock"));
        if (!File.Exists(cli))
        {
            Run(NpmExecutable, "ci --no-audit --no-fund --loglevel=error", directory);
        }

        return directory;
    }

    public static Exception NodeMissing(Exception inner)
        => new InvalidOperationException(
            "Node.js was not found, and it is needed to start the local DynamoDB (dynalite) for tests and samples. "
            + "Install Node.js 20 or later (https://nodejs.org) so that 'node' and 'npm' are on PATH, "
            + $"or set {LocalDynamoDb.EndpointVariable} to a running DynamoDB-compatible endpoint, for example LocalStack: "
            + "docker run -p 4566:4566 localstack/localstack, then DYNAMODB_ENDPOINT=http://localhost:4566.",
            inner);

    private static string FindDirectory()
    {
        var configured = Environment.GetEnvironmentVariable(HomeVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured);
        }

        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "tools", "dynalite");
                if (File.Exists(Path.Combine(candidate, "package.json")) && File.Exists(Path.Combine(candidate, "start.js")))
                {
                    return candidate;
                }
            }
        }

        throw new InvalidOperationException(
            $"Could not find tools/dynalite (the local DynamoDB launcher) above {AppContext.BaseDirectory}. "
            + $"Run from inside the DynamoGen repository, set {HomeVariable} to that folder, "
            + $"or set {LocalDynamoDb.EndpointVariable} to a running DynamoDB-compatible endpoint.");
    }

    private static FileStream AcquireLock(string path)
    {
        var deadline = DateTime.UtcNow.AddMinutes(5);
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(200);
            }
        }
    }

    private static void Run(string fileName, string arguments, string directory)
    {
        var start = new ProcessStartInfo(fileName, arguments)
        {
            WorkingDirectory = directory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw NodeMissing(ex);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"'{fileName} {arguments}' in {directory} failed with exit code {process.ExitCode}:\n{output.Result}\n{error.Result}");
            }
        }
    }
}
