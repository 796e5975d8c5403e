using System;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using NUnit.Framework;

namespace DynamoGen.Tests.Docs;

/// <summary>
/// Keeps a documentation page in step with compiled code: every <c>```csharp</c> block of the page must appear, verbatim
/// (ignoring indentation and blank lines), in one of the given source files, which the test project compiles and runs.
/// </summary>
public static class DocPages
{
    /// <summary>Asserts that every C# block of <paramref name="page"/> (relative to the repository root) is compiled code.</summary>
    /// <param name="page">The page, for example <c>docs/schema.md</c>.</param>
    /// <param name="minimumBlocks">How many blocks the page has at least (so a broken pattern cannot pass vacuously).</param>
    /// <param name="sources">The source files, relative to the repository root, that hold the examples.</param>
    public static void AssertEveryCSharpBlockIsCompiled(string page, int minimumBlocks, params string[] sources)
    {
        var root = RepoRoot();
        var source = string.Join("\n", sources.Select(s => Normalize(File.ReadAllText(Path.Combine(root, s)))));
        var text = File.ReadAllText(Path.Combine(root, page)).Replace("\r", string.Empty, StringComparison.Ordinal);
        var blocks = Regex.Matches(text, "```csharp\\n(.*?)```", RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToList();

        Assert.That(blocks, Has.Count.GreaterThanOrEqualTo(minimumBlocks), page + " has fewer C# blocks than expected");
        Assert.Multiple(() =>
        {
            foreach (var block in blocks)
            {
                Assert.That(source, Does.Contain(Normalize(block)), page + " block not found in " + string.Join(", ", sources) + ":\n" + block);
            }
        });
    }

    /// <summary>The repository root (the directory holding DynamoGen.sln).</summary>
    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(Path.GetDirectoryName(ThisFile())!); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DynamoGen.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Repository root not found.");
    }

    private static string Normalize(string text)
        => string.Join('\n', text.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));

    private static string ThisFile([CallerFilePath] string path = "") => path;
}
