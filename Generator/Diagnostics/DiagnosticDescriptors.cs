using Microsoft.CodeAnalysis;

namespace DynamoGen.Generator.Diagnostics;

/// <summary>
/// Every diagnostic DynamoGen reports. IDs are stable (DYNAMO + three digits) and each links to its section of
/// docs/diagnostics.md. Add new ones to AnalyzerReleases.Unshipped.md as well.
/// </summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "DynamoGen";
    private const string HelpBase = "https://github.com/dynamogen/dynamogen/blob/main/docs/diagnostics.md#";

    public static readonly DiagnosticDescriptor TypeNotPartial = Create(
        "DYNAMO001",
        "Mapped type must be partial",
        "'{0}' must be declared 'partial' so DynamoGen can add its mapping: add the 'partial' modifier to '{1}'");

    public static readonly DiagnosticDescriptor MissingPartitionKey = Create(
        "DYNAMO002",
        "Table type has no partition key",
        "'{0}' has no partition key: mark exactly one property with [PartitionKey], or compute it with [PartitionKey(Template = \"...\")] on the type");

    public static readonly DiagnosticDescriptor DuplicateKey = Create(
        "DYNAMO003",
        "More than one partition or sort key",
        "'{0}' has more than one [{1}] property ({2}): a table has exactly one partition key and at most one sort key");

    public static readonly DiagnosticDescriptor InvalidKeyType = Create(
        "DYNAMO004",
        "Key property has a type DynamoDB keys cannot hold",
        "Key property '{0}.{1}' has type '{2}', but DynamoDB keys are strings, numbers or binary: use string, int, long or double");

    public static readonly DiagnosticDescriptor UnsupportedMemberType = Create(
        "DYNAMO005",
        "Member type is not supported",
        "Property '{0}.{1}' has type '{2}', which DynamoGen cannot store{3}: plug in a converter with [DynamoConverter(typeof(...))], store it as JSON with [DynamoJson], or leave it out with [DynamoIgnore]");

    public static readonly DiagnosticDescriptor DuplicateAttributeName = Create(
        "DYNAMO006",
        "Two members map to the same attribute",
        "Properties '{0}.{1}' and '{0}.{2}' are both stored as attribute '{3}': give one of them another name with [DynamoName(\"...\")]");

    public static readonly DiagnosticDescriptor GenericTypeNotSupported = Create(
        "DYNAMO007",
        "Generic item types are not supported",
        "'{0}' is generic (or nested in a generic type), which DynamoGen cannot map: use a non-generic type");

    public static readonly DiagnosticDescriptor NoUsableConstructor = Create(
        "DYNAMO008",
        "No constructor can create the type",
        "DynamoGen cannot create '{0}' when reading an item: {1}");

    public static readonly DiagnosticDescriptor KeyBuilderNameTaken = Create(
        "DYNAMO009",
        "The key builder has no free name",
        "'{0}' declares members named both 'Key' and 'PrimaryKey', so the generated key builder has no name: rename one of them");

    public static readonly DiagnosticDescriptor EmptyAttributeName = Create(
        "DYNAMO010",
        "Attribute name is empty",
        "Property '{0}.{1}' has an empty [DynamoName]: DynamoDB attribute names need at least one character");

    public static readonly DiagnosticDescriptor NestedTypeNotMapped = Create(
        "DYNAMO011",
        "Nested type is not a [DynamoItem]",
        "Property '{0}.{1}' holds '{2}', which has no mapping: mark '{2}' with [DynamoItem] (and make it partial) to store it as a map, or use [DynamoJson] or [DynamoConverter]");

    public static readonly DiagnosticDescriptor InvalidConverter = Create(
        "DYNAMO012",
        "Invalid converter type",
        "Converter '{2}' on property '{0}.{1}' {3}: a converter implements IDynamoConverter<{4}> and has a public parameterless constructor");

    public static readonly DiagnosticDescriptor AttributeNotApplicable = Create(
        "DYNAMO013",
        "Attribute does not apply to this member",
        "[{2}] on property '{0}.{1}' does not apply: {3}");

    public static readonly DiagnosticDescriptor MemberNotSettable = Create(
        "DYNAMO014",
        "A mapped member cannot be set when reading",
        "DynamoGen cannot set property '{0}.{1}' when reading an item: {2}; give it an 'init' or 'set' accessor it can reach, or mark it [DynamoIgnore]");

    public static readonly DiagnosticDescriptor RequiredMemberIgnored = new(
        "DYNAMO015",
        "A required member is not stored",
        "Property '{0}.{1}' is 'required' but marked [DynamoIgnore]: items read with FromItem leave it at its default value",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpBase + "dynamo015");

    public static readonly DiagnosticDescriptor InvalidKeyTemplate = Create(
        "DYNAMO016",
        "Invalid key template",
        "Key template '{2}' of {1} of '{0}' is invalid: {3}");

    public static readonly DiagnosticDescriptor InvalidIndex = Create(
        "DYNAMO017",
        "Invalid secondary index",
        "Index '{1}' of '{0}' is invalid: {2}");

    public static readonly DiagnosticDescriptor KeyShapesCollide = new(
        "DYNAMO018",
        "Two entity types in one table have keys of the same shape",
        "'{0}' and '{1}' share table '{2}' and build keys of the same shape ({3}), so an item of one can overwrite an item of the other: give one of them a different literal prefix in its key template, such as 'ORDER#{{OrderId}}'",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpBase + "dynamo018");

    public static readonly DiagnosticDescriptor ProjectionMissesMembers = new(
        "DYNAMO019",
        "An index projection leaves out members the type requires",
        "Index '{1}' of '{0}' projects {2}, which leaves out {3}: items read through this index cannot become a '{0}'; add them with Include = new[] {{ nameof(...) }}, project all attributes, or make the members optional",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpBase + "dynamo019");

    public static readonly DiagnosticDescriptor GeneratedNameTaken = Create(
        "DYNAMO020",
        "A name DynamoGen generates is taken",
        "'{0}' declares '{1}', a name DynamoGen needs for {2}: rename the member");

    public static readonly DiagnosticDescriptor DuplicateLifecycleMember = Create(
        "DYNAMO021",
        "More than one [TimeToLive] or [Version] member",
        "'{0}' has more than one [{1}] member ({2}): an item has one expiry and one version");

    public static readonly DiagnosticDescriptor VersionCopyConstructorTaken = Create(
        "DYNAMO022",
        "The version copy constructor's signature is taken",
        "'{0}' declares a constructor '{0}({0}, long)', which DynamoGen needs to copy an item with a new version because [Version] member '{1}' {2}: give '{1}' a setter (a private one is enough), or change that constructor's parameters");

    public static readonly DiagnosticDescriptor InternalError = Create(
        "DYNAMO999",
        "DynamoGen failed on this type",
        "DynamoGen could not process '{0}' ({1}); please report this with the type's declaration");

    private static DiagnosticDescriptor Create(string id, string title, string message)
        => new(id, title, message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + id.ToLowerInvariant());
}
