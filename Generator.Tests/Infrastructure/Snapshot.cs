using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using NUnit.Framework;

namespace DynamoGen.Generator.Tests.Infrastructure;

/// <summary>
/// Golden-file snapshots with Verify's conventions, since Verify is not in our package registry:
/// <c>Snapshots/{Class}.{Test}.verified.cs</c> beside the test; a mismatch writes <c>.received.cs</c> next to it and
/// fails with a line diff; <c>DYNAMOGEN_ACCEPT_SNAPSHOTS=1</c> (or Verify's own <c>Verify_AutoVerify=true</c>) accepts
/// the received text. Switching to Verify later means replacing calls to <see cref="Match"/> with <c>Verify(...)</c>.
/// </summary>
internal static class Snapshot
{
    public static void Match(string actual, string? suffix = null, [CallerFilePath] string testFile = "", [CallerMemberName] string testName = "")
    {
        var className = TestContext.CurrentContext.Test.ClassName?.Split('.')[^1] ?? Path.GetFileNameWithoutExtension(testFile);
        var directory = Path.Combine(Path.GetDirectoryName(testFile)!, "Snapshots");
        var baseName = className + "." + testName + (suffix is null ? string.Empty : "_" + suffix);
        var verifiedPath = Path.Combine(directory, baseName + ".verified.cs");
        var receivedPath = Path.Combine(directory, baseName + ".received.cs");

        actual = Normalize(actual);
        var expected = File.Exists(verifiedPath) ? Normalize(File.ReadAllText(verifiedPath)) : null;
        if (expected == actual)
        {
            File.Delete(receivedPath);
            return;
        }

        Directory.CreateDirectory(directory);
        if (AcceptRequested())
        {
            File.WriteAllText(verifiedPath, actual);
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, actual);
        var message = expected is null
            ? $"No snapshot yet: review {receivedPath} and rename it to {Path.GetFileName(verifiedPath)} (or run with DYNAMOGEN_ACCEPT_SNAPSHOTS=1)."
            : $"Snapshot {Path.GetFileName(verifiedPath)} differs (- verified, + received; full text in {receivedPath}):\n{LineDiff.Format(expected, actual)}";
        Assert.Fail(message);
    }

    private static bool AcceptRequested()
        => Environment.GetEnvironmentVariable("DYNAMOGEN_ACCEPT_SNAPSHOTS") == "1"
            || string.Equals(Environment.GetEnvironmentVariable("Verify_AutoVerify"), "true", StringComparison.OrdinalIgnoreCase);

    private static string Normalize(string text) => text.Replace("\r\n", "\n").TrimEnd('\n') + "\n";
}

/// <summary>A small longest-common-subsequence line diff for snapshot failures.</summary>
internal static class LineDiff
{
    public static string Format(string expected, string actual, int context = 2)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var lines = new List<(char Kind, string Text)>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                lines.Add((' ', a[x++]));
                y++;
            }
            else if (y < b.Length && (x == a.Length || lcs[x, y + 1] >= lcs[x + 1, y]))
            {
                lines.Add(('+', b[y++]));
            }
            else
            {
                lines.Add(('-', a[x++]));
            }
        }

        var text = new StringBuilder();
        var lastShown = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            var near = false;
            for (var k = Math.Max(0, i - context); k <= Math.Min(lines.Count - 1, i + context); k++)
            {
                near |= lines[k].Kind != ' ';
            }

            if (!near)
            {
                continue;
            }

            if (lastShown >= 0 && i > lastShown + 1)
            {
                text.Append("...\n");
            }

            text.Append(lines[i].Kind).Append(' ').Append(lines[i].Text).Append('\n');
            lastShown = i;
        }

        return text.ToString();
    }
}
