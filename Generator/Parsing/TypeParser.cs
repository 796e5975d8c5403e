using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using DynamoGen.Generator.Diagnostics;
using DynamoGen.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DynamoGen.Generator.Parsing;

/// <summary>
/// Turns a <c>[DynamoTable]</c> or <c>[DynamoItem]</c> type symbol into a <see cref="TableModel"/> and diagnostics.
/// This is the only place that looks at symbols; everything after it sees plain data.
/// </summary>
internal static class TypeParser
{
    public static ParseResult Parse(GeneratorAttributeSyntaxContext context, bool isTable, CancellationToken cancellationToken)
    {
        if (context.TargetSymbol is not INamedTypeSymbol type || context.TargetNode is not TypeDeclarationSyntax declaration)
        {
            return new ParseResult(null, EquatableArray<DiagnosticInfo>.Empty, null);
        }

        var diagnostics = new List<DiagnosticInfo>();
        TableModel? model;
        try
        {
            var parser = new Parser(type, declaration, context.Attributes.FirstOrDefault(), context.SemanticModel.Compilation, isTable, diagnostics, cancellationToken);
            model = parser.Parse();
            if (diagnostics.Count == 0)
            {
                // Only warnings: the type is generated and the warnings are reported alongside.
                var keys = model?.Table is { } table
                    ? new TableKeys(table.TableName, model.DisplayName, table.PartitionKey, table.SortKey, SourceLocation.From(declaration.Identifier.GetLocation()))
                    : null;
                return new ParseResult(model, new EquatableArray<DiagnosticInfo>(parser.Warnings), keys);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The generator must never crash the compiler: an unexpected shape becomes a diagnostic, not an exception.
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, declaration.Identifier.GetLocation(), type.ToDisplayString(), ex.GetType().Name + ": " + ex.Message));
            model = null;
        }

        return new ParseResult(diagnostics.Count == 0 ? model : null, new EquatableArray<DiagnosticInfo>(diagnostics), null);
    }

    private sealed class Parser
    {
        private readonly INamedTypeSymbol _type;
        private readonly TypeDeclarationSyntax _declaration;
        private readonly AttributeData? _attribute;
        private readonly Compilation _compilation;
        private readonly bool _isTable;
        private readonly List<DiagnosticInfo> _diagnostics;
        private readonly List<DiagnosticInfo> _warnings = new();
        private readonly CancellationToken _cancellationToken;
        private readonly string _displayName;
        private readonly Location _location;

        public Parser(INamedTypeSymbol type, TypeDeclarationSyntax declaration, AttributeData? attribute, Compilation compilation, bool isTable, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
        {
            _type = type;
            _declaration = declaration;
            _attribute = attribute;
            _compilation = compilation;
            _isTable = isTable;
            _diagnostics = diagnostics;
            _cancellationToken = cancellationToken;
            _displayName = type.ToDisplayString();
            _location = declaration.Identifier.GetLocation();
        }

        /// <summary>Warnings for a type that is still generated.</summary>
        public List<DiagnosticInfo> Warnings { get; } = new();

        public TableModel? Parse()
        {
            if (!_declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
            {
                Report(DiagnosticDescriptors.TypeNotPartial, _location, _displayName, _type.Name);
            }

            var containingTypes = new List<TypeDeclarationModel>();
            for (var outer = _type.ContainingType; outer is not null; outer = outer.ContainingType)
            {
                if (!IsPartial(outer))
                {
                    Report(DiagnosticDescriptors.TypeNotPartial, _location, _displayName, outer.Name);
                }

                containingTypes.Insert(0, new TypeDeclarationModel(Keyword(outer), outer.Name));
            }

            if (_type.IsGenericType || HasGenericContainer(_type))
            {
                Report(DiagnosticDescriptors.GenericTypeNotSupported, _location, _displayName);
                return null;
            }

            if (_type.TypeKind is not (TypeKind.Class or TypeKind.Struct) || _type.IsStatic || _type.IsAbstract)
            {
                Report(DiagnosticDescriptors.NoUsableConstructor, _location, _displayName, "only non-abstract, non-static classes, records and structs can be mapped");
                return null;
            }

            var options = ReadOptions();
            var shapes = new ShapeParser(options.EnumsAsStrings, options.JsonContext);
            var members = ParseMembers(shapes, options.NamingPolicy, options.StrictMissingAttributes);
            KeyModel? partitionKey = null;
            KeyModel? sortKey = null;
            var indexes = new List<IndexModel>();
            if (_isTable)
            {
                (partitionKey, sortKey, indexes) = new KeyParser(_type, _displayName, _location, members, shape => shapes.Enums.First(e => e.Helper == shape.Helper).AsString ? "S" : "N", Report).Parse();
            }
            else
            {
                foreach (var member in members.Where(static m => m.Model.Role != KeyRole.None))
                {
                    Report(DiagnosticDescriptors.AttributeNotApplicable, member.Location, _displayName, member.Property.Name, member.Model.Role == KeyRole.PartitionKey ? "PartitionKey" : "SortKey", "keys belong to [DynamoTable] types; a [DynamoItem] is stored inside another item");
                }
            }

            var timeToLive = Lifecycle(members, Attributes.TimeToLive, "TimeToLive");
            var version = Lifecycle(members, Attributes.Version, "Version");
            var entityName = _isTable ? Attributes.NamedString(_attribute, "Entity") : null;
            var entityAttribute = entityName is null ? null : Attributes.NamedString(_attribute, "EntityAttribute") ?? options.EntityAttribute ?? "_type";
            var templates = new[] { partitionKey, sortKey }.Concat(indexes.SelectMany(static i => new[] { i.PartitionKey, i.SortKey }))
                .Where(static k => k is { Template: not null }).Select(static k => k!).ToList();
            CheckDuplicateAttributeNames(members, templates, entityAttribute);
            var construction = ParseConstruction(members);
            var keyMethodName = _isTable ? ChooseKeyMethodName() : string.Empty;
            var fieldsClass = ChooseName("Fields", "DynamoFields", "the class of attribute descriptors (T.Fields)");
            var indexesClass = _isTable ? ChooseName("Indexes", "DynamoIndexes", "the class of index accessors (T.Indexes)") : string.Empty;
            CheckReservedNames(templates);

            if (_diagnostics.Count > 0 || construction is null || keyMethodName is null || fieldsClass is null || indexesClass is null || (_isTable && partitionKey is null))
            {
                return null;
            }

            foreach (var index in indexes)
            {
                CheckProjection(index, members, partitionKey!, sortKey, entityAttribute);
            }

            // Warnings do not stop generation; they are reported after any errors.
            Warnings.AddRange(_warnings);

            var tableName = _attribute is { ConstructorArguments.Length: 1 } && _attribute.ConstructorArguments[0].Value is string { Length: > 0 } name
                ? name
                : _type.Name;

            var table = _isTable
                ? new TableFacts(
                    tableName,
                    keyMethodName,
                    partitionKey!,
                    sortKey,
                    new EquatableArray<IndexModel>(indexes),
                    indexesClass,
                    timeToLive?.Model.AttributeName,
                    version?.Model.AttributeName,
                    entityAttribute,
                    entityName)
                : null;

            return new TableModel(
                _type.ContainingNamespace.IsGlobalNamespace ? string.Empty : _type.ContainingNamespace.ToDisplayString(),
                new EquatableArray<TypeDeclarationModel>(containingTypes),
                new TypeDeclarationModel(Keyword(_type), _type.Name),
                _type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
                _displayName,
                table,
                new EquatableArray<MemberModel>(members.Select(static m => m.Model)),
                construction,
                options.WriteNulls,
                new EquatableArray<EnumModel>(shapes.Enums),
                new EquatableArray<HelperField>(shapes.Helpers),
                fieldsClass);
        }

        /// <summary>The one member with <c>[TimeToLive]</c> or <c>[Version]</c>, if any; more than one is reported.</summary>
        private ParsedMember? Lifecycle(List<ParsedMember> members, string attribute, string display)
        {
            var marked = members.Where(m => Attributes.Has(m.Attributes, attribute)).ToList();
            if (marked.Count > 1)
            {
                Report(DiagnosticDescriptors.DuplicateLifecycleMember, marked[1].Location, _displayName, display, string.Join(", ", marked.Select(static m => m.Name)));
            }

            if (marked.Count > 0 && !_isTable)
            {
                Report(DiagnosticDescriptors.AttributeNotApplicable, marked[0].Location, _displayName, marked[0].Name, display, "it applies to the items of a [DynamoTable] type, not to a nested [DynamoItem]");
            }

            return marked.FirstOrDefault();
        }

        /// <summary>
        /// A generated nested class is named <paramref name="preferred"/> unless the type already uses that name (LaunchDarkly-
        /// style models have members named Key, Fields...), then <paramref name="alternative"/>; both taken is an error.
        /// </summary>
        private string? ChooseName(string preferred, string alternative, string purpose)
        {
            if (!HasMemberNamed(preferred) && _type.Name != preferred)
            {
                return preferred;
            }

            if (!HasMemberNamed(alternative) && _type.Name != alternative)
            {
                return alternative;
            }

            Report(DiagnosticDescriptors.GeneratedNameTaken, _location, _displayName, preferred + "' and '" + alternative, purpose);
            return null;
        }

        /// <summary>The private names generated code uses must be free.</summary>
        private void CheckReservedNames(List<KeyModel> templates)
        {
            var reserved = new List<string> { Emit.Names.Helpers, Emit.Names.MappingField, Emit.Names.SchemaField, Emit.Names.TemplatesField };
            reserved.AddRange(templates.Select(static t => Emit.Names.TemplateField(t.AttributeName)));
            foreach (var name in reserved)
            {
                if (HasMemberNamed(name))
                {
                    Report(DiagnosticDescriptors.GeneratedNameTaken, _location, _displayName, name, "its generated mapping code");
                }
            }
        }

        /// <summary>Warns when a KEYS_ONLY or INCLUDE index leaves out what reading the type needs.</summary>
        private void CheckProjection(IndexModel index, List<ParsedMember> members, KeyModel partitionKey, KeyModel? sortKey, string? entityAttribute)
        {
            if (index.Projection == 0)
            {
                return;
            }

            var keys = new[] { partitionKey, sortKey, index.PartitionKey, index.SortKey }.Where(static k => k is not null).Select(static k => k!).ToList();
            var projected = new HashSet<string>(keys.Select(static k => k.AttributeName).Concat(index.Include), StringComparer.Ordinal);
            var derived = new HashSet<string>(keys.Where(static k => k.Template is not null).SelectMany(static k => k.Members), StringComparer.Ordinal);
            var missing = members
                .Where(m => m.Model.Read.IsRequired() && !projected.Contains(m.Model.AttributeName) && !derived.Contains(m.Name))
                .Select(static m => m.Name)
                .ToList();
            if (entityAttribute is not null && !projected.Contains(entityAttribute))
            {
                missing.Add("the entity attribute '" + entityAttribute + "'");
            }

            if (missing.Count > 0)
            {
                var location = _location;
                _warnings.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.ProjectionMissesMembers,
                    location,
                    _displayName,
                    index.Name,
                    index.Projection == 1 ? "only keys" : "keys and " + string.Join(", ", index.Include),
                    string.Join(", ", missing)));
            }
        }

        private readonly struct Options
        {
            public Options(int namingPolicy, bool enumsAsStrings, bool writeNulls, bool strictMissingAttributes, INamedTypeSymbol? jsonContext, string? entityAttribute)
            {
                StrictMissingAttributes = strictMissingAttributes;
                EntityAttribute = entityAttribute;
                NamingPolicy = namingPolicy;
                EnumsAsStrings = enumsAsStrings;
                WriteNulls = writeNulls;
                JsonContext = jsonContext;
            }

            public int NamingPolicy { get; }

            public bool EnumsAsStrings { get; }

            public bool WriteNulls { get; }

            /// <summary><c>MissingAttributes = MissingAttributePolicy.Strict</c>: value types without an initializer are required too.</summary>
            public bool StrictMissingAttributes { get; }

            public INamedTypeSymbol? JsonContext { get; }

            public string? EntityAttribute { get; }
        }

        /// <summary>Assembly defaults from <c>[assembly: DynamoDefaults]</c>, overridden by what the type's attribute sets.</summary>
        private Options ReadOptions()
        {
            var defaults = Attributes.Find(_compilation.Assembly.GetAttributes(), Attributes.Defaults);
            var naming = Int("NamingPolicy", defaults, 0);
            var enums = Bool("EnumsAsStrings", defaults, false);
            var nulls = Bool("WriteNulls", defaults, false);
            var missing = Int("MissingAttributes", defaults, 0);
            var json = Attributes.TryGetNamed(defaults, "JsonContext", out var context) ? context.Value as INamedTypeSymbol : null;
            return new Options(Int("NamingPolicy", _attribute, naming), Bool("EnumsAsStrings", _attribute, enums), Bool("WriteNulls", _attribute, nulls), Int("MissingAttributes", _attribute, missing) == 1, json, Attributes.NamedString(defaults, "EntityAttribute"));

            static int Int(string name, AttributeData? attribute, int fallback)
                => Attributes.TryGetNamed(attribute, name, out var value) && value.Value is int i ? i : fallback;

            static bool Bool(string name, AttributeData? attribute, bool fallback)
                => Attributes.TryGetNamed(attribute, name, out var value) && value.Value is bool b ? b : fallback;
        }

        private List<ParsedMember> ParseMembers(ShapeParser shapes, int namingPolicy, bool strict)
        {
            // Base types first, so inherited members come first in the item, as they do in the class hierarchy.
            var chain = new List<INamedTypeSymbol>();
            for (var current = _type; current is not null && current.SpecialType is not (SpecialType.System_Object or SpecialType.System_ValueType); current = current.BaseType)
            {
                chain.Insert(0, current);
            }

            var byName = new Dictionary<string, int>(StringComparer.Ordinal);
            var members = new List<ParsedMember?>();
            foreach (var declaring in chain)
            {
                foreach (var symbol in declaring.GetMembers())
                {
                    _cancellationToken.ThrowIfCancellationRequested();
                    if (symbol is not IPropertySymbol property
                        || property.IsStatic
                        || property.IsIndexer
                        || property.DeclaredAccessibility != Accessibility.Public
                        || property.GetMethod is null
                        || property.Type is IErrorTypeSymbol
                        || (property.SetMethod is null && !IsAutoProperty(property)))
                    {
                        continue; // not state: computed ('=> ...') properties are derived from other members
                    }

                    var attributes = MemberAttributes(property);
                    var ignored = Attributes.Has(attributes, Attributes.Ignore);
                    if (ignored && property.IsRequired)
                    {
                        _warnings.Add(DiagnosticInfo.Create(DiagnosticDescriptors.RequiredMemberIgnored, property.Locations.FirstOrDefault(), _displayName, property.Name));
                    }

                    var parsed = ignored ? null : ParseMember(property, attributes, shapes, namingPolicy, strict);
                    if (byName.TryGetValue(property.Name, out var index))
                    {
                        members[index] = parsed; // an override or 'new' member replaces the inherited one in place
                    }
                    else
                    {
                        byName[property.Name] = members.Count;
                        members.Add(parsed);
                    }
                }
            }

            return members.Where(static m => m is not null).Select(static m => m!).ToList();
        }

        private ParsedMember? ParseMember(IPropertySymbol property, ImmutableArray<AttributeData> attributes, ShapeParser shapes, int namingPolicy, bool strict)
        {
            var location = property.Locations.FirstOrDefault() ?? Location.None;
            var role = Attributes.Has(attributes, Attributes.PartitionKey) ? KeyRole.PartitionKey
                : Attributes.Has(attributes, Attributes.SortKey) ? KeyRole.SortKey
                : KeyRole.None;

            var attributeName = NamingPolicies.Apply(namingPolicy, property.Name);
            var nameAttribute = Attributes.Find(attributes, Attributes.Name);
            if (nameAttribute is { ConstructorArguments.Length: 1 })
            {
                if (nameAttribute.ConstructorArguments[0].Value is string { Length: > 0 } name)
                {
                    attributeName = name;
                }
                else
                {
                    Report(DiagnosticDescriptors.EmptyAttributeName, location, _displayName, property.Name);
                    return null;
                }
            }

            var memberOptions = MemberOptions(property, attributes, location);
            if (memberOptions is null)
            {
                return null;
            }

            var result = shapes.ParseMember(property.Type, memberOptions.Value, _compilation);
            if (role != KeyRole.None)
            {
                if (result.Shape is not { Kind: ShapeKind.Scalar, IsNullableValueType: false } keyShape || keyShape.Scalar.KeyType() is null)
                {
                    // Still returned as a key member, so the type is not also reported as having no partition key.
                    Report(DiagnosticDescriptors.InvalidKeyType, location, _displayName, property.Name, property.Type.ToDisplayString());
                    var placeholder = new TypeShape(ShapeKind.Scalar, "string", false, false, ScalarKind.String, CollectionKind.None, null, null);
                    return new ParsedMember(new MemberModel(property.Name, attributeName, placeholder, role, MissingAttribute.RequiredKey, null), property, location, attributes);
                }
            }

            if (result.Shape is not { } shape)
            {
                ReportShapeProblem(property, location, result);
                return null;
            }

            return new ParsedMember(
                new MemberModel(property.Name, attributeName, shape, role, MissingRule(property, shape, role, strict), null),
                property,
                location,
                attributes);
        }

        private ShapeParser.MemberOptions? MemberOptions(IPropertySymbol property, ImmutableArray<AttributeData> attributes, Location location)
        {
            var timeToLive = Attributes.Has(attributes, Attributes.TimeToLive);
            var expiry = property.Type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable ? nullable.TypeArguments[0] : property.Type;
            var isDate = expiry.SpecialType == SpecialType.System_DateTime || expiry.ToDisplayString() == "System.DateTimeOffset";
            if (timeToLive && !isDate && !IsNumber(property.Type, SpecialType.System_Int64, SpecialType.System_Int32))
            {
                Report(DiagnosticDescriptors.AttributeNotApplicable, location, _displayName, property.Name, "TimeToLive", "the expiry is a DateTime, DateTimeOffset or long (epoch seconds), optionally nullable");
                return null;
            }

            if (Attributes.Has(attributes, Attributes.Version) && !IsNumber(property.Type, SpecialType.System_Int64, SpecialType.System_Int32))
            {
                Report(DiagnosticDescriptors.AttributeNotApplicable, location, _displayName, property.Name, "Version", "the version is an int or a long, optionally nullable");
                return null;
            }

            // A TTL attribute is always epoch seconds: that is the only form DynamoDB's TTL reads.
            var epoch = Attributes.Has(attributes, Attributes.Epoch) || (timeToLive && isDate);
            var enumAsString = Attributes.Has(attributes, Attributes.EnumAsString);
            var json = Attributes.Find(attributes, Attributes.Json);
            var converter = Attributes.Find(attributes, Attributes.Converter);
            var converterType = converter is { ConstructorArguments.Length: 1 } ? converter.ConstructorArguments[0].Value as INamedTypeSymbol : null;
            var jsonContext = json is { ConstructorArguments.Length: 1 } ? json.ConstructorArguments[0].Value as INamedTypeSymbol : null;

            if (epoch && !ContainsType(property.Type, static t => t.SpecialType == SpecialType.System_DateTime || t.ToDisplayString() == "System.DateTimeOffset"))
            {
                Report(DiagnosticDescriptors.AttributeNotApplicable, location, _displayName, property.Name, "Epoch", "it stores DateTime or DateTimeOffset values (or lists of them) as epoch seconds, and this property holds none");
                return null;
            }

            if (enumAsString && !ContainsType(property.Type, static t => t.TypeKind == TypeKind.Enum))
            {
                Report(DiagnosticDescriptors.AttributeNotApplicable, location, _displayName, property.Name, "DynamoEnumAsString", "it stores enum values by name, and this property holds no enum");
                return null;
            }

            if (converter is not null && converterType is null)
            {
                Report(DiagnosticDescriptors.InvalidConverter, location, _displayName, property.Name, "(none)", "is not a type", property.Type.ToDisplayString());
                return null;
            }

            if (json is not null && converter is not null)
            {
                Report(DiagnosticDescriptors.AttributeNotApplicable, location, _displayName, property.Name, "DynamoJson", "the property also has [DynamoConverter]; keep one of them");
                return null;
            }

            return new ShapeParser.MemberOptions(epoch, enumAsString, json is not null, jsonContext, converterType);
        }

        private void ReportShapeProblem(IPropertySymbol property, Location location, ShapeParser.Result result)
        {
            switch (result.Problem)
            {
                case ShapeProblem.NotAnItem:
                    Report(DiagnosticDescriptors.NestedTypeNotMapped, location, _displayName, property.Name, result.Offending!.ToDisplayString());
                    break;
                case ShapeProblem.InvalidConverter:
                    var converter = Attributes.Find(MemberAttributes(property), Attributes.Converter)!.ConstructorArguments[0].Value as INamedTypeSymbol;
                    Report(DiagnosticDescriptors.InvalidConverter, location, _displayName, property.Name, converter?.ToDisplayString() ?? "?", result.Detail, result.Offending?.ToDisplayString() ?? property.Type.ToDisplayString());
                    break;
                case ShapeProblem.NotApplicable:
                    Report(DiagnosticDescriptors.AttributeNotApplicable, location, _displayName, property.Name, result.Detail.StartsWith("DynamoJson", StringComparison.Ordinal) ? "DynamoJson" : "DynamoEnumAsString", result.Detail);
                    break;
                default:
                    var offending = result.Offending is { } t && !SymbolEqualityComparer.Default.Equals(t, property.Type) ? " (it holds '" + t.ToDisplayString() + "')" : string.Empty;
                    Report(DiagnosticDescriptors.UnsupportedMemberType, location, _displayName, property.Name, property.Type.ToDisplayString(), offending + result.Detail);
                    break;
            }
        }

        private void CheckDuplicateAttributeNames(List<ParsedMember> members, List<KeyModel> templates, string? entityAttribute)
        {
            var seen = new Dictionary<string, string>(StringComparer.Ordinal);
            void Claim(string attribute, string owner, Location location)
            {
                if (seen.TryGetValue(attribute, out var first))
                {
                    Report(DiagnosticDescriptors.DuplicateAttributeName, location, _displayName, first, owner, attribute);
                }
                else
                {
                    seen.Add(attribute, owner);
                }
            }

            foreach (var member in members)
            {
                Claim(member.Model.AttributeName, member.Property.Name, member.Location);
            }

            foreach (var template in templates.GroupBy(static t => t.AttributeName).Select(static g => g.First()))
            {
                Claim(template.AttributeName, "(key template '" + template.Template + "')", _location);
            }

            if (entityAttribute is not null)
            {
                Claim(entityAttribute, "(entity name)", _location);
            }
        }

        /// <summary>
        /// FromItem calls a generated private constructor. It chains to the primary constructor when the type has one
        /// (passing the members that match its parameters) and assigns every other member in its body, which is why
        /// init-only and get-only auto-properties work and property initializers survive a missing attribute.
        /// </summary>
        private ConstructionModel? ParseConstruction(List<ParsedMember> members)
        {
            var primary = _type.InstanceConstructors.FirstOrDefault(c => c.DeclaringSyntaxReferences.Any(r => r.GetSyntax(_cancellationToken) is TypeDeclarationSyntax));
            var chained = new List<string>();
            if (primary is not null)
            {
                foreach (var parameter in primary.Parameters)
                {
                    var member = members.FirstOrDefault(m => string.Equals(m.Property.Name, parameter.Name, StringComparison.OrdinalIgnoreCase)
                        && SymbolEqualityComparer.Default.Equals(m.Property.Type.WithNullableAnnotation(NullableAnnotation.None), parameter.Type.WithNullableAnnotation(NullableAnnotation.None)));
                    if (member is null)
                    {
                        Report(DiagnosticDescriptors.NoUsableConstructor, _location, _displayName, $"primary constructor parameter '{parameter.Name}' matches no mapped property of the same type; map it as a property, or remove [DynamoIgnore] from it");
                        return null;
                    }

                    var shape = member.Model.Shape;
                    member.Model = member.Model with
                    {
                        // C# requires a parameter without a default value; a nullable one reads null, a set an empty set.
                        Read = member.Model.Role != KeyRole.None ? MissingAttribute.RequiredKey
                            : parameter.HasExplicitDefaultValue || shape.IsNullableReference || shape.IsNullableValueType || shape.Kind == ShapeKind.Set ? MissingAttribute.KeepDefault
                            : MissingAttribute.RequiredParameter,
                        ConstructorDefault = DefaultValue(parameter, member.Model.Shape),
                    };
                    chained.Add(member.Property.Name);
                }
            }
            else if (_type.TypeKind == TypeKind.Class && _type.BaseType is { SpecialType: not SpecialType.System_Object } baseType
                && !baseType.InstanceConstructors.Any(c => c.Parameters.All(static p => p.IsOptional) && _compilation.IsSymbolAccessibleWithin(c, _type)))
            {
                Report(DiagnosticDescriptors.NoUsableConstructor, _location, _displayName, $"its base type '{baseType.ToDisplayString()}' has no parameterless constructor it can call; add one (it may be protected)");
                return null;
            }

            foreach (var member in members)
            {
                if (chained.Contains(member.Property.Name))
                {
                    continue;
                }

                var property = member.Property;
                var declaredHere = SymbolEqualityComparer.Default.Equals(property.ContainingType, _type);
                if (property.SetMethod is null && !declaredHere)
                {
                    Report(DiagnosticDescriptors.MemberNotSettable, member.Location, _displayName, property.Name, $"it is a get-only property of base type '{property.ContainingType.ToDisplayString()}'");
                }
                else if (property.SetMethod is { } setter && !_compilation.IsSymbolAccessibleWithin(setter, _type))
                {
                    Report(DiagnosticDescriptors.MemberNotSettable, member.Location, _displayName, property.Name, $"its setter is private to base type '{property.ContainingType.ToDisplayString()}'");
                }
            }

            var restate = primary is null && !_type.IsValueType && _type.InstanceConstructors.All(static c => c.IsImplicitlyDeclared);
            var required = false;
            for (var current = _type; current is not null && !required; current = current.BaseType)
            {
                required = current.GetMembers().Any(static m => m is IPropertySymbol { IsRequired: true } or IFieldSymbol { IsRequired: true });
            }

            return new ConstructionModel(new EquatableArray<string>(chained), primary is not null, restate, required);
        }

        /// <summary>The C# expression of a parameter's default value (<c>5</c>, <c>"x"</c>, <c>null</c>), or null when it has none.</summary>
        private static string? DefaultValue(IParameterSymbol parameter, TypeShape shape)
        {
            if (!parameter.HasExplicitDefaultValue)
            {
                return shape.IsNullableReference || shape.IsNullableValueType ? "null" : null;
            }

            var value = parameter.ExplicitDefaultValue;
            if (value is null)
            {
                return "default";
            }

            var literal = value switch
            {
                string s => SymbolDisplay.FormatLiteral(s, quote: true),
                char c => SymbolDisplay.FormatLiteral(c, quote: true),
                bool b => b ? "true" : "false",
                IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                _ => value.ToString(),
            };
            return value is string or bool ? literal : "(" + ShapeParser.Name(parameter.Type.WithNullableAnnotation(NullableAnnotation.NotAnnotated)) + ")(" + literal + (value is decimal ? "m" : value is float ? "f" : value is double ? "d" : string.Empty) + ")";
        }

        private string? ChooseKeyMethodName()
        {
            // LaunchDarkly's sort key is literally called 'key': a user property named Key must keep working, so the
            // builder moves to PrimaryKey (documented in the README).
            if (!HasMemberNamed("Key"))
            {
                return "Key";
            }

            if (!HasMemberNamed("PrimaryKey"))
            {
                return "PrimaryKey";
            }

            Report(DiagnosticDescriptors.KeyBuilderNameTaken, _location, _displayName);
            return null;
        }

        private bool HasMemberNamed(string name)
        {
            for (var current = _type; current is not null; current = current.BaseType)
            {
                if (!current.GetMembers(name).IsEmpty)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The attributes that apply to a property. On a positional record, attributes written on the parameter without
        /// the <c>property:</c> target land on the parameter; they count for the property too.
        /// </summary>
        private ImmutableArray<AttributeData> MemberAttributes(IPropertySymbol property)
        {
            var attributes = property.GetAttributes();
            if (property.DeclaringSyntaxReferences.Length == 1
                && property.DeclaringSyntaxReferences[0].GetSyntax(_cancellationToken) is ParameterSyntax parameterSyntax)
            {
                foreach (var constructor in property.ContainingType.InstanceConstructors)
                {
                    foreach (var parameter in constructor.Parameters)
                    {
                        if (parameter.DeclaringSyntaxReferences.Length == 1
                            && parameter.DeclaringSyntaxReferences[0].GetSyntax(_cancellationToken) == parameterSyntax)
                        {
                            return attributes.AddRange(parameter.GetAttributes());
                        }
                    }
                }
            }

            return attributes;
        }

        /// <summary>
        /// Whether reading requires the member's attribute, following C# as System.Text.Json does (docs/type-mapping.md,
        /// "Missing attributes"). Constructor parameters are decided in <see cref="ParseConstruction"/>.
        /// </summary>
        private MissingAttribute MissingRule(IPropertySymbol property, TypeShape shape, KeyRole role, bool strict)
        {
            if (role != KeyRole.None)
            {
                return MissingAttribute.RequiredKey;
            }

            // Null is stored as no attribute, and so is an empty set: both must read back, even from a 'required' member.
            if (shape.IsNullableValueType || shape.IsNullableReference || shape.Kind == ShapeKind.Set)
            {
                return MissingAttribute.KeepDefault;
            }

            if (property.IsRequired)
            {
                return MissingAttribute.RequiredModifier;
            }

            if (HasInitializer(property))
            {
                return MissingAttribute.KeepDefault;
            }

            if (strict)
            {
                return MissingAttribute.RequiredStrict;
            }

            return property.Type.IsValueType ? MissingAttribute.KeepDefault : MissingAttribute.RequiredReference;
        }

        private bool HasInitializer(IPropertySymbol property)
            => property.DeclaringSyntaxReferences.Any(r => r.GetSyntax(_cancellationToken) is PropertyDeclarationSyntax { Initializer: not null });

        private bool IsPartial(INamedTypeSymbol type)
            => type.DeclaringSyntaxReferences.Any(r => r.GetSyntax(_cancellationToken) is TypeDeclarationSyntax t && t.Modifiers.Any(SyntaxKind.PartialKeyword));

        private void Report(DiagnosticDescriptor descriptor, Location location, params string[] args)
            => _diagnostics.Add(DiagnosticInfo.Create(descriptor, location, args));
    }

    /// <summary>
    /// True for <c>{ get; }</c> and positional record properties, which hold state (a compiler-made backing field);
    /// false for computed properties.
    /// </summary>
    private static bool IsAutoProperty(IPropertySymbol property)
    {
        foreach (var member in property.ContainingType.GetMembers())
        {
            if (member is IFieldSymbol field && SymbolEqualityComparer.Default.Equals(field.AssociatedSymbol, property))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ContainsType(ITypeSymbol type, Func<ITypeSymbol, bool> predicate)
    {
        if (predicate(type))
        {
            return true;
        }

        return type switch
        {
            IArrayTypeSymbol array => ContainsType(array.ElementType, predicate),
            INamedTypeSymbol named => named.TypeArguments.Any(a => ContainsType(a, predicate)),
            _ => false,
        };
    }

    /// <summary>The type is one of <paramref name="types"/>, or a nullable one of them.</summary>
    private static bool IsNumber(ITypeSymbol type, params SpecialType[] types)
    {
        var underlying = type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable ? nullable.TypeArguments[0] : type;
        return System.Array.IndexOf(types, underlying.SpecialType) >= 0;
    }

    private static bool HasGenericContainer(INamedTypeSymbol type)
    {
        for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            if (outer.IsGenericType)
            {
                return true;
            }
        }

        return false;
    }

    private static string Keyword(INamedTypeSymbol type)
        => type.IsRecord
            ? (type.IsValueType ? "record struct" : "record")
            : (type.IsValueType ? "struct" : (type.TypeKind == TypeKind.Interface ? "interface" : "class"));
}
