using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using DynamoGen.Generator.Diagnostics;
using DynamoGen.Generator.Model;

namespace DynamoGen.Generator.Parsing;

/// <summary>
/// Reads a table type's keys and secondary indexes: <c>[PartitionKey]</c>/<c>[SortKey]</c> on members or, with a
/// template, on the type; <c>[GlobalIndex]</c>/<c>[LocalIndex]</c>; and checks them (templates name members that
/// format invariantly and sortably, every index has the keys its kind needs, projections name real members).
/// </summary>
internal sealed class KeyParser
{
    /// <summary>The member types a template placeholder may have: each has an invariant, sortable text (see <c>KeyText</c>).</summary>
    private static readonly HashSet<ScalarKind> TemplateKinds = new()
    {
        ScalarKind.String, ScalarKind.Guid, ScalarKind.Byte, ScalarKind.Int16, ScalarKind.UInt16, ScalarKind.Int32, ScalarKind.UInt32,
        ScalarKind.Int64, ScalarKind.UInt64, ScalarKind.DateTime, ScalarKind.DateTimeOffset, ScalarKind.DateOnly, ScalarKind.TimeOnly,
    };

    private readonly TypeFacts _type;
    private readonly string _displayName;
    private readonly SourceLocation? _location;
    private readonly List<ParsedMember> _members;
    private readonly Dictionary<string, ParsedMember> _byName;
    private readonly Action<DiagnosticDescriptor, SourceLocation?, string[]> _report;
    private readonly Func<TypeShape, string> _enumKeyType;

    public KeyParser(TypeContext context, List<ParsedMember> members, Func<TypeShape, string> enumKeyType)
    {
        _enumKeyType = enumKeyType;
        _type = context.Type;
        _displayName = context.DisplayName;
        _location = context.Location;
        _members = members;
        _byName = new Dictionary<string, ParsedMember>(members.Count, StringComparer.Ordinal);
        foreach (var member in members)
        {
            if (!_byName.ContainsKey(member.Name))
            {
                _byName.Add(member.Name, member);
            }
        }
        _report = (descriptor, location, args) => context.Report(descriptor, location, args);
    }

    /// <summary>The table's keys and indexes; null keys when they are missing or invalid (already reported).</summary>
    public (KeyModel? PartitionKey, KeyModel? SortKey, List<IndexModel> Indexes) Parse()
    {
        var typeAttributes = _type.TypeAttributes;
        var partitionKey = TableKey(KeyRole.PartitionKey, Attributes.Find(typeAttributes, Attributes.PartitionKey), "PK");
        var sortKey = TableKey(KeyRole.SortKey, Attributes.Find(typeAttributes, Attributes.SortKey), "SK");
        if (partitionKey is null)
        {
            return (null, null, new List<IndexModel>());
        }

        return (partitionKey, sortKey, ParseIndexes(typeAttributes, partitionKey, sortKey));
    }

    private KeyModel? TableKey(KeyRole role, AttributeFacts? onType, string defaultAttribute)
    {
        var attributeName = role == KeyRole.PartitionKey ? "PartitionKey" : "SortKey";
        var onMembers = _members.Where(m => m.Model.Role == role).ToList();
        foreach (var member in onMembers)
        {
            if (Attributes.NamedString(Attributes.Find(member.Attributes, role == KeyRole.PartitionKey ? Attributes.PartitionKey : Attributes.SortKey), "Template") is not null)
            {
                Report(DiagnosticDescriptors.AttributeNotApplicable, member.Location, member.Name, attributeName, "a Template computes the key from several members, so it goes on the type: [" + attributeName + "(Template = \"...\")] above the type declaration");
                return null;
            }
        }

        if (onType is not null)
        {
            var template = Attributes.NamedString(onType, "Template");
            var location = onType.Location ?? _location;
            if (template is null)
            {
                return TemplateError("(none)", "the " + (role == KeyRole.PartitionKey ? "partition" : "sort") + " key", location, "on a type, [" + attributeName + "] needs a Template naming the members the key is built from, such as [" + attributeName + "(Template = \"USER#{UserId}\")]; otherwise put it on the key property");
            }

            if (onMembers.Count > 0)
            {
                Report(DiagnosticDescriptors.DuplicateKey, onMembers[0].Location, _displayName, attributeName, "the type's template and " + string.Join(", ", onMembers.Select(static m => m.Name)));
                return null;
            }

            return ParseTemplate(template, Attributes.NamedString(onType, "AttributeName") ?? defaultAttribute, location, "the " + (role == KeyRole.PartitionKey ? "partition" : "sort") + " key");
        }

        if (onMembers.Count == 0)
        {
            if (role == KeyRole.PartitionKey)
            {
                _report(DiagnosticDescriptors.MissingPartitionKey, _location, new[] { _displayName });
            }

            return null;
        }

        if (onMembers.Count > 1)
        {
            _report(DiagnosticDescriptors.DuplicateKey, onMembers[1].Location, new[] { _displayName, attributeName, string.Join(", ", onMembers.Select(static m => m.Name)) });
            return null;
        }

        var key = onMembers[0].Model;
        return new KeyModel(key.AttributeName, key.Shape.Scalar.KeyType() ?? "S", null, new EquatableArray<string>(new[] { key.Name }));
    }

    /// <summary>Parses <c>USER#{UserId}#{Date}</c>: literals and placeholders, each placeholder a member that formats sortably.</summary>
    private KeyModel? ParseTemplate(string template, string attribute, SourceLocation? location, string what)
    {
        var placeholders = new List<string>();
        var literalBefore = new StringBuilder();
        var literalSincePlaceholder = true;
        for (var i = 0; i < template.Length; i++)
        {
            var c = template[i];
            if (c == '}')
            {
                return TemplateError(template, what, location, "a '}' at position " + i + " closes no placeholder");
            }

            if (c != '{')
            {
                literalBefore.Append(c);
                literalSincePlaceholder = true;
                continue;
            }

            var close = template.IndexOf('}', i + 1);
            var nextOpen = template.IndexOf('{', i + 1);
            if (close < 0 || (nextOpen >= 0 && nextOpen < close))
            {
                return TemplateError(template, what, location, "the '{' at position " + i + " has no matching '}'");
            }

            var name = template.Substring(i + 1, close - i - 1).Trim();
            if (!literalSincePlaceholder)
            {
                return TemplateError(template, what, location, "placeholders {" + placeholders[placeholders.Count - 1] + "} and {" + name + "} need literal text between them (for example '#'), or the key could not be split back into members");
            }

            if (!_byName.TryGetValue(name, out var member))
            {
                return TemplateError(template, what, location, "{" + name + "} names no stored member of '" + _displayName + "'" + (name.Length == 0 ? string.Empty : "; placeholders are C# member names (use the member's name, not its attribute name)"));
            }

            var shape = member.Model.Shape;
            var allowed = shape.Kind == ShapeKind.Scalar ? TemplateKinds.Contains(shape.Scalar) : shape.Kind == ShapeKind.Enum && _enumKeyType(shape) == "S";
            if (!allowed || shape.IsNullableValueType || shape.IsNullableReference)
            {
                return TemplateError(template, what, location, "{" + name + "} is a '" + member.Property.Type.DisplayName + "'; placeholders must be non-nullable strings, Guids, integers, dates (DateTime, DateTimeOffset, DateOnly, TimeOnly; not epoch) or enums stored by name, whose text is invariant and sorts in value order");
            }

            placeholders.Add(name);
            literalSincePlaceholder = false;
            i = close;
        }

        if (template.Length == 0)
        {
            return TemplateError(template, what, location, "it is empty");
        }

        return new KeyModel(attribute, "S", template, new EquatableArray<string>(placeholders));
    }

    private KeyModel? TemplateError(string template, string what, SourceLocation? location, string problem)
    {
        _report(DiagnosticDescriptors.InvalidKeyTemplate, location, new[] { _displayName, what, template, problem });
        return null;
    }

    private List<IndexModel> ParseIndexes(EquatableArray<AttributeFacts> typeAttributes, KeyModel tablePartitionKey, KeyModel? tableSortKey)
    {
        var builders = new Dictionary<string, IndexBuilder>(StringComparer.Ordinal);
        var order = new List<string>();

        IndexBuilder? Builder(string? name, bool isLocal, SourceLocation? location)
        {
            if (name is null || name.Length < 3 || name.Length > 255 || name.Any(static c => !(char.IsLetterOrDigit(c) && c < 128) && c != '_' && c != '-' && c != '.'))
            {
                _report(DiagnosticDescriptors.InvalidIndex, location, new[] { _displayName, name ?? "(null)", "index names are 3 to 255 characters: letters, digits, '_', '-' and '.'" });
                return null;
            }

            if (!builders.TryGetValue(name, out var builder))
            {
                builders[name] = builder = new IndexBuilder(name, isLocal, location);
                order.Add(name);
            }
            else if (builder.IsLocal != isLocal)
            {
                _report(DiagnosticDescriptors.InvalidIndex, location, new[] { _displayName, name, "it is declared both as [GlobalIndex] and as [LocalIndex]; an index is one or the other" });
                builder.Failed = true;
                return null;
            }

            return builder;
        }

        foreach (var member in _members)
        {
            foreach (var (attribute, isLocal) in Attributes.FindAll(member.Attributes, Attributes.GlobalIndex).Select(static a => (a, false))
                .Concat(Attributes.FindAll(member.Attributes, Attributes.LocalIndex).Select(static a => (a, true))))
            {
                var location = attribute.Location ?? member.Location;
                var builder = Builder(FirstString(attribute), isLocal, location);
                if (builder is null)
                {
                    continue;
                }

                if (Attributes.NamedString(attribute, "Template") is not null)
                {
                    _report(DiagnosticDescriptors.InvalidIndex, location, new[] { _displayName, builder.Name, "a Template computes the key from several members, so it goes on the type, with an AttributeName" });
                    builder.Failed = true;
                    continue;
                }

                // Index keys may be enums (a status index is the classic sparse GSI) and nullable (items without it stay out).
                var shape = member.Model.Shape;
                var keyType = shape.Kind == ShapeKind.Scalar ? shape.Scalar.KeyType() : shape.Kind == ShapeKind.Enum ? _enumKeyType(shape) : null;
                if (keyType is null)
                {
                    _report(DiagnosticDescriptors.InvalidIndex, location, new[] { _displayName, builder.Name, "its key '" + member.Name + "' is a '" + member.Property.Type.DisplayName + "', but index keys are strings, numbers, enums or binary" });
                    builder.Failed = true;
                    continue;
                }

                var key = new KeyModel(member.Model.AttributeName, keyType, null, new EquatableArray<string>(new[] { member.Name }));
                builder.Add(attribute, key, isSortKey: isLocal || (Attributes.TryGetNamed(attribute, "IsSortKey", out var s) && s == ArgumentFacts.True), location, this);
            }
        }

        foreach (var (attribute, isLocal) in Attributes.FindAll(typeAttributes, Attributes.GlobalIndex).Select(static a => (a, false))
            .Concat(Attributes.FindAll(typeAttributes, Attributes.LocalIndex).Select(static a => (a, true))))
        {
            var location = attribute.Location ?? _location;
            var builder = Builder(FirstString(attribute), isLocal, location);
            if (builder is null)
            {
                continue;
            }

            var template = Attributes.NamedString(attribute, "Template");
            var attributeName = Attributes.NamedString(attribute, "AttributeName");
            if (template is null || string.IsNullOrEmpty(attributeName))
            {
                _report(DiagnosticDescriptors.InvalidIndex, location, new[] { _displayName, builder.Name, "on a type, an index attribute computes its key from a Template and stores it under an AttributeName, e.g. [GlobalIndex(\"GSI1\", Template = \"STATUS#{Status}\", AttributeName = \"GSI1PK\")]; otherwise put it on the key property" });
                builder.Failed = true;
                continue;
            }

            var isSortKey = isLocal || (Attributes.TryGetNamed(attribute, "IsSortKey", out var s) && s == ArgumentFacts.True);
            var key = ParseTemplate(template, attributeName!, location, "the " + (isSortKey ? "sort" : "partition") + " key of index '" + builder.Name + "'");
            if (key is null)
            {
                builder.Failed = true;
                continue;
            }

            builder.Add(attribute, key, isSortKey, location, this);
        }

        var indexes = new List<IndexModel>();
        var accessors = new Dictionary<string, string>(StringComparer.Ordinal) { ["Primary"] = "(the table's own key)" };
        foreach (var name in order)
        {
            var builder = builders[name];
            if (builder.Failed)
            {
                continue;
            }

            var index = builder.Build(tablePartitionKey, tableSortKey, this);
            if (index is null)
            {
                continue;
            }

            if (accessors.TryGetValue(index.AccessorName, out var other))
            {
                _report(DiagnosticDescriptors.InvalidIndex, builder.Location, new[] { _displayName, name, "its accessor would be named '" + index.AccessorName + "', like that of " + other + "; rename the index" });
                continue;
            }

            accessors[index.AccessorName] = "index '" + name + "'";
            indexes.Add(index);
        }

        return indexes;
    }

    /// <summary>The C# accessor name of an index: <c>app-key-index</c> becomes <c>AppKeyIndex</c>.</summary>
    internal static string AccessorName(string indexName)
    {
        var text = new StringBuilder();
        var upper = true;
        foreach (var c in indexName)
        {
            if (!char.IsLetterOrDigit(c))
            {
                upper = true;
                continue;
            }

            text.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }

        if (text.Length == 0 || char.IsDigit(text[0]))
        {
            text.Insert(0, "Index");
        }

        return text.ToString();
    }

    /// <summary>The first constructor argument when it is a string (an index name).</summary>
    private static string? FirstString(AttributeFacts attribute) => attribute.Arguments.Count > 0 ? attribute.Arguments[0].String : null;

    private void Report(DiagnosticDescriptor descriptor, SourceLocation? location, string member, string attribute, string detail)
        => _report(descriptor, location, new[] { _displayName, member, attribute, detail });

    /// <summary>One index while its attributes are collected from members and the type.</summary>
    private sealed class IndexBuilder
    {
        public IndexBuilder(string name, bool isLocal, SourceLocation? location)
        {
            Name = name;
            IsLocal = isLocal;
            Location = location;
        }

        public string Name { get; }

        public bool IsLocal { get; }

        public SourceLocation? Location { get; }

        public bool Failed { get; set; }

        private KeyModel? PartitionKey { get; set; }

        private KeyModel? SortKey { get; set; }

        private IndexProjection? Projection { get; set; }

        private List<string>? Include { get; set; }

        public void Add(AttributeFacts attribute, KeyModel key, bool isSortKey, SourceLocation? location, KeyParser parser)
        {
            if ((isSortKey ? SortKey : PartitionKey) is { } existing)
            {
                parser._report(DiagnosticDescriptors.InvalidIndex, location, new[] { parser._displayName, Name, "it has two " + (isSortKey ? "sort" : "partition") + " keys ('" + Describe(existing) + "' and '" + Describe(key) + "')" + (isSortKey ? string.Empty : "; mark the sort key with IsSortKey = true") });
                Failed = true;
                return;
            }

            if (isSortKey)
            {
                SortKey = key;
            }
            else
            {
                PartitionKey = key;
            }

            var hasProjection = Attributes.TryGetNamed(attribute, "Projection", out var projectionValue);
            var include = Attributes.TryGetNamed(attribute, "Include", out var includeValue) && includeValue.Kind == ArgumentKind.Array
                ? includeValue.Texts.ToList()
                : null;
            var projection = hasProjection && projectionValue.Kind == ArgumentKind.Int32 && projectionValue.Number is var p && p is >= (int)IndexProjection.All and <= (int)IndexProjection.Include ? (IndexProjection)p
                : include is not null ? IndexProjection.Include
                : (IndexProjection?)null;
            if (projection is null)
            {
                return;
            }

            if ((Projection is { } other && other != projection) || (include is not null && Include is not null && !include.SequenceEqual(Include)))
            {
                parser._report(DiagnosticDescriptors.InvalidIndex, location, new[] { parser._displayName, Name, "its projection is declared twice, differently; declare it on one of the index's attributes" });
                Failed = true;
                return;
            }

            if (include is not null && projection != IndexProjection.Include)
            {
                parser._report(DiagnosticDescriptors.InvalidIndex, location, new[] { parser._displayName, Name, "Include lists members, but the projection is not IndexProjection.Include" });
                Failed = true;
                return;
            }

            Projection = projection;
            Include = include ?? Include;
        }

        public IndexModel? Build(KeyModel tablePartitionKey, KeyModel? tableSortKey, KeyParser parser)
        {
            KeyModel partitionKey;
            if (IsLocal)
            {
                if (tableSortKey is null)
                {
                    parser._report(DiagnosticDescriptors.InvalidIndex, Location, new[] { parser._displayName, Name, "a local index needs a table with a sort key; the table has only a partition key (use a [GlobalIndex] instead)" });
                    return null;
                }

                partitionKey = tablePartitionKey;
            }
            else if (PartitionKey is null)
            {
                parser._report(DiagnosticDescriptors.InvalidIndex, Location, new[] { parser._displayName, Name, "it has a sort key but no partition key; mark the partition key member with [GlobalIndex(\"" + Name + "\")]" });
                return null;
            }
            else
            {
                partitionKey = PartitionKey;
            }

            var include = new List<string>();
            if (Projection == IndexProjection.Include)
            {
                foreach (var memberName in Include ?? new List<string>())
                {
                    if (!parser._byName.TryGetValue(memberName, out var member))
                    {
                        parser._report(DiagnosticDescriptors.InvalidIndex, Location, new[] { parser._displayName, Name, "Include names '" + memberName + "', which is no stored member of '" + parser._displayName + "'; use nameof(...) of a member" });
                        return null;
                    }

                    include.Add(member.Model.AttributeName);
                }
            }

            return new IndexModel(Name, AccessorName(Name), IsLocal, partitionKey, SortKey, Projection ?? IndexProjection.All, new EquatableArray<string>(include));
        }

        private static string Describe(KeyModel key) => key.Template ?? key.Members[0];
    }
}
