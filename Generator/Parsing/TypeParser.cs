using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using DynamoGen.Generator.Diagnostics;
using DynamoGen.Generator.Model;

namespace DynamoGen.Generator.Parsing;

/// <summary>
/// Builds a <c>[DynamoTable]</c> or <c>[DynamoItem]</c> type's <see cref="ParseResult"/> (the model to emit and the
/// diagnostics) from the <see cref="TypeFacts"/> the transform read (<see cref="FactReader"/>). It runs in its own
/// pipeline step, which Roslyn caches while the facts stay equal, and sees no symbols. It checks the type itself and
/// puts the model together; each concern has its own file: <see cref="OptionsReader"/> (options),
/// <see cref="MemberEnumerator"/> (which members are stored), <see cref="MemberParser"/> with
/// <see cref="MemberAttributeRules"/> and <see cref="ShapeParser"/> (each member), <see cref="KeyParser"/> (keys and
/// indexes), <see cref="ConstructorAnalysis"/> (how reading creates the type), <see cref="VersionParser"/> (how an
/// item is copied with a new version), <see cref="GeneratedNames"/> (names of generated members),
/// <see cref="DuplicateChecks"/> and <see cref="ProjectionCheck"/>.
/// </summary>
internal static class TypeParser
{
    public static ParseResult Parse(TypeFacts? facts, CancellationToken cancellationToken)
    {
        if (facts is null)
        {
            return new ParseResult(null, EquatableArray<DiagnosticInfo>.Empty, null);
        }

        var context = new TypeContext(facts, cancellationToken);
        TableModel? model;
        try
        {
            model = facts.ReadError is null ? Parse(context) : throw new InvalidOperationException(facts.ReadError);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The generator must never crash the compiler: an unexpected shape becomes a diagnostic, not an exception.
            var message = facts.ReadError ?? ex.GetType().Name + ": " + ex.Message;
            context.Report(DiagnosticDescriptors.InternalError, context.Location, context.DisplayName, message);
            model = null;
        }

        if (context.Diagnostics.HasErrors)
        {
            return new ParseResult(null, context.Diagnostics.ToEquatableArray(), null);
        }

        var keys = model?.Table is { } table
            ? new TableKeys(table.TableName, model.DisplayName, table.PartitionKey, table.SortKey, context.Location)
            : null;
        return new ParseResult(model, context.Diagnostics.ToEquatableArray(), keys);
    }

    private static TableModel? Parse(TypeContext context)
    {
        var type = context.Type;
        if (!type.IsPartial)
        {
            context.Report(DiagnosticDescriptors.TypeNotPartial, context.Location, context.DisplayName, type.Name);
        }

        var containingTypes = new List<TypeDeclarationModel>(type.ContainingTypes.Count);
        // Reported innermost first, as the type's enclosing types are walked outwards.
        for (var i = type.ContainingTypes.Count - 1; i >= 0; i--)
        {
            var outer = type.ContainingTypes[i];
            if (!outer.IsPartial)
            {
                context.Report(DiagnosticDescriptors.TypeNotPartial, context.Location, context.DisplayName, outer.Name);
            }
        }

        foreach (var outer in type.ContainingTypes)
        {
            containingTypes.Add(new TypeDeclarationModel(outer.Keyword, outer.Name));
        }

        if (type.IsGeneric)
        {
            context.Report(DiagnosticDescriptors.GenericTypeNotSupported, context.Location, context.DisplayName);
            return null;
        }

        if (!type.IsMappableKind)
        {
            context.Report(DiagnosticDescriptors.NoUsableConstructor, context.Location, context.DisplayName, "only non-abstract, non-static classes, records and structs can be mapped");
            return null;
        }

        var options = OptionsReader.Read(context);
        var shapes = new ShapeParser(options.EnumsAsStrings);
        var members = MemberParser.Parse(MemberEnumerator.Enumerate(context), shapes, options, context);

        KeyModel? partitionKey = null;
        KeyModel? sortKey = null;
        var indexes = new List<IndexModel>();
        if (context.IsTable)
        {
            (partitionKey, sortKey, indexes) = new KeyParser(context, members, shape => shapes.Enums.First(e => e.Helper == shape.Helper).AsString ? "S" : "N").Parse();
        }
        else
        {
            foreach (var member in members.Where(static m => m.Model.Role != KeyRole.None))
            {
                context.Report(DiagnosticDescriptors.AttributeNotApplicable, member.Location, context.DisplayName, member.Property.Name, member.Model.Role == KeyRole.PartitionKey ? "PartitionKey" : "SortKey", "keys belong to [DynamoTable] types; a [DynamoItem] is stored inside another item");
            }
        }

        var timeToLive = DuplicateChecks.SingleMarked(context, members, Attributes.TimeToLive, "TimeToLive");
        var version = DuplicateChecks.SingleMarked(context, members, Attributes.Version, "Version");
        var entityName = context.IsTable ? Attributes.NamedString(context.Attribute, "Entity") : null;
        var entityAttribute = entityName is null ? null : Attributes.NamedString(context.Attribute, "EntityAttribute") ?? options.EntityAttribute ?? "_type";
        var templates = new[] { partitionKey, sortKey }.Concat(indexes.SelectMany(static i => new[] { i.PartitionKey, i.SortKey }))
            .Where(static k => k is { Template: not null }).Select(static k => k!).ToList();
        DuplicateChecks.AttributeNames(context, members, templates, entityAttribute);
        var construction = ConstructorAnalysis.Analyse(members, context);
        var versionModel = VersionParser.Parse(context, version);
        var keyMethodName = context.IsTable ? GeneratedNames.KeyMethod(context) : string.Empty;
        var fieldsClass = GeneratedNames.NestedClass(context, "Fields", "DynamoFields", "the class of attribute descriptors (T.Fields)");
        var indexesClass = context.IsTable ? GeneratedNames.NestedClass(context, "Indexes", "DynamoIndexes", "the class of index accessors (T.Indexes)") : string.Empty;
        GeneratedNames.CheckReserved(context, templates);

        if (context.Diagnostics.HasErrors || construction is null || keyMethodName is null || fieldsClass is null || indexesClass is null || (context.IsTable && partitionKey is null))
        {
            return null;
        }

        // Warnings: the type is still generated.
        foreach (var index in indexes)
        {
            ProjectionCheck.Check(context, index, members, partitionKey!, sortKey, entityAttribute);
        }

        var table = context.IsTable
            ? new TableFacts(
                TableName(context),
                keyMethodName,
                partitionKey!,
                sortKey,
                new EquatableArray<IndexModel>(indexes),
                indexesClass,
                timeToLive?.Model.AttributeName,
                versionModel,
                entityAttribute,
                entityName)
            : null;

        return new TableModel(
            type.Namespace,
            new EquatableArray<TypeDeclarationModel>(containingTypes),
            new TypeDeclarationModel(type.Keyword, type.Name),
            type.FullyQualifiedName,
            context.DisplayName,
            table,
            new EquatableArray<MemberModel>(members.Select(static m => m.Model)),
            construction,
            options.WriteNulls,
            new EquatableArray<EnumModel>(shapes.Enums),
            new EquatableArray<HelperField>(shapes.Helpers),
            fieldsClass);
    }

    /// <summary>The table name of <c>[DynamoTable("name")]</c>, or the type's name.</summary>
    private static string TableName(TypeContext context)
        => Attributes.SingleArgument(context.Attribute)?.String is { Length: > 0 } name ? name : context.Type.Name;
}
