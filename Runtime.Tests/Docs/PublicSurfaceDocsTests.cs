using System;
using System.ComponentModel;
using System.IO;
using System.Reflection;
using System.Linq;
using System.Text.RegularExpressions;
using NUnit.Framework;

namespace DynamoGen.Tests.Docs;

/// <summary>
/// Every public type of the runtime a user can reach (not hidden with <c>[EditorBrowsable(Never)]</c>) is named in the
/// README or a page of docs/ (an attribute by its short name, <c>[DynamoTable]</c>): a new public type without
/// documentation fails here.
/// </summary>
public sealed class PublicSurfaceDocsTests
{
    /// <summary>Types that need no words of their own (none today; add one only with a reason).</summary>
    private static readonly string[] s_notNamed = [];

    [Test]
    public void Every_exported_type_is_named_in_the_README_or_docs()
    {
        var root = DocPages.RepoRoot();
        var text = File.ReadAllText(Path.Combine(root, "README.md"))
            + string.Concat(Directory.GetFiles(Path.Combine(root, "docs"), "*.md").Select(File.ReadAllText));
        var types = typeof(DynamoException).Assembly.GetExportedTypes()
            .Where(t => !Hidden(t))
            .ToArray();
        var missing = types
            .Select(t => NameOf(t))
            .Distinct()
            .Where(name => !s_notNamed.Contains(name) && !IsNamed(text, name) && !(name.EndsWith("Attribute", StringComparison.Ordinal) && IsNamed(text, name[..^"Attribute".Length])))
            .OrderBy(name => name, StringComparer.Ordinal)
            .ToList();

        TestContext.Out.WriteLine($"{types.Length} exported types");
        Assert.That(missing, Is.Empty, "named nowhere in README.md or docs/*.md:\n" + string.Join("\n", missing));
    }

    /// <summary>Hidden from IntelliSense for the generated code's use: the type itself, or a type it is nested in (<c>As.Int32</c> inside <c>As</c>).</summary>
    private static bool Hidden(Type type)
        => type.GetCustomAttribute<EditorBrowsableAttribute>()?.State == EditorBrowsableState.Never
           || (type.DeclaringType is { } outer && Hidden(outer));

    private static bool IsNamed(string text, string name) => Regex.IsMatch(text, @"(?<![A-Za-z0-9_])" + Regex.Escape(name) + @"(?![A-Za-z0-9_])");

    /// <summary><c>Table`1</c> as <c>Table</c>; a nested type as <c>Outer.Inner</c>.</summary>
    private static string NameOf(Type type)
    {
        var name = type.Name.Split('`')[0];
        return type.DeclaringType is { } outer ? NameOf(outer) + "." + name : name;
    }
}
