using System.Collections.Generic;
using DynamoGen.Generator.Model;

namespace DynamoGen.Generator.Emit;

/// <summary>
/// Writes the typed version accessors of a <c>[DynamoTable]</c> type with a <c>[Version]</c> member:
/// <c>IDynamoTable&lt;T&gt;.VersionOf</c>, which the table's writes check, and <c>IDynamoTable&lt;T&gt;.WithVersion</c>,
/// the copy <c>PutAsync</c> returns carrying the version it wrote, plus the copy constructor when the version cannot be
/// set on a copy. Both are explicit interface members, so they take no name from the user's type. Reads only the model.
/// </summary>
internal static class VersionEmitter
{
    public static void Emit(SourceWriter w, TableModel model, VersionModel version)
    {
        var type = model.FullyQualifiedName;
        var contract = Names.IDynamoTable + "<" + type + ">";
        var value = version.IsInt32 ? "checked((int)version)" : "version";
        w.Line("// Optimistic versioning ([Version] " + version.MemberName + "). The table's writes check VersionOf; PutAsync returns the copy");
        w.Line("// WithVersion makes, carrying the version it wrote, and never changes the caller's instance.");
        foreach (var line in Why(model, version))
        {
            w.Line("// " + line);
        }

        w.Line("/// <inheritdoc />");
        w.Line(Names.GeneratedCode);
        w.Line("static long? " + contract + ".VersionOf(" + type + " item) => item." + version.MemberName + ";");
        w.Line();
        w.Line("/// <inheritdoc />");
        w.Line(Names.GeneratedCode);
        var signature = "static " + type + " " + contract + ".WithVersion(" + type + " item, long version)";
        switch (version.Copy)
        {
            case VersionCopy.With:
                w.Line(signature);
                w.Indent();
                w.Line("=> item with { " + version.MemberName + " = " + value + " };");
                w.Unindent();
                break;
            case VersionCopy.CloneAndSet:
                w.OpenBlock(signature);
                w.Line("var copy = (" + type + ")item.MemberwiseClone();");
                w.Line("copy." + version.MemberName + " = " + value + ";");
                w.Line("return copy;");
                w.CloseBlock();
                break;
            default:
                w.Line(signature);
                w.Indent();
                w.Line("=> new " + type + "(item, version);");
                w.Unindent();
                w.Line();
                WriteCopyConstructor(w, model, version, value);
                break;
        }
    }

    /// <summary>The generated comment's reason for the way the copy is made, one line at a time.</summary>
    private static IEnumerable<string> Why(TableModel model, VersionModel version)
    {
        switch (version.Copy)
        {
            case VersionCopy.With:
                yield return "A " + model.Declaration.Keyword + " is copied with 'with': every field, with lists and nested items shared, not cloned.";
                break;
            case VersionCopy.CloneAndSet:
                yield return "A class with a settable version is copied with MemberwiseClone, a shallow copy of every field as a record's";
                yield return "'with' makes (lists and nested items are shared, not cloned); the version is then set on the copy.";
                break;
            default:
                yield return "'" + version.MemberName + "' cannot be set on a copy (it is init-only or get-only), so the constructor below copies every";
                yield return "mapped member (lists and nested items are shared, not cloned) and takes the new version.";
                break;
        }

        if (version.IsInt32)
        {
            yield return "The member is an int: 'checked' turns a version beyond int.MaxValue into an error instead of a wrapped number.";
        }
    }

    private static void WriteCopyConstructor(SourceWriter w, TableModel model, VersionModel version, string value)
    {
        var documentation = new[]
        {
            "/// <summary>",
            "/// Copies <paramref name=\"source\"/> with a new version (used by <c>WithVersion</c>): every mapped member is copied as it is,",
            "/// and members left out with <c>[DynamoIgnore]</c> start from their initializers, as when reading an item.",
            "/// </summary>",
            "/// <param name=\"source\">The item to copy; it is not changed.</param>",
            "/// <param name=\"version\">The new version.</param>",
        };
        ItemEmitter.WriteConstructor(w, model, documentation, model.FullyQualifiedName + " source, long version", (member, _) => (member.Name == version.MemberName ? value : "source." + member.Name, string.Empty));
    }
}
