using System.Linq;
using DynamoGen.Generator.Tests.Infrastructure;
using NUnit.Framework;

namespace DynamoGen.Generator.Tests;

/// <summary>
/// The typed version accessors (<c>VersionOf</c>, <c>WithVersion</c>) of each shape of <c>[Version]</c> member, pinned by
/// snapshots and compiled with warnings as errors, and the mistakes the generator reports. (A record with an init-only
/// version is pinned by <see cref="KeysAndIndexesTests"/>; the accessors are run in Runtime.Tests/Mapping/VersionAccessorTests.cs.)
/// </summary>
public sealed class VersioningTests
{
    [Test]
    public void Class_with_a_settable_int_version_is_cloned_and_set()
        => Match("""
            using DynamoGen;
            namespace Versions;
            [DynamoTable("documents")]
            public partial class Document
            {
                [PartitionKey] public string Id { get; set; } = "";
                public string? Title { get; set; }
                [Version] public int Revision { get; private set; }
            }
            """, "Versions.Document.g.cs");

    [Test]
    public void Class_with_an_init_only_nullable_version_and_required_members_is_copied_by_a_constructor()
        => Match("""
            using DynamoGen;
            namespace Versions;
            [DynamoTable("accounts")]
            public partial class Account
            {
                [PartitionKey] public required string Id { get; init; }
                public required decimal Balance { get; init; }
                [DynamoIgnore] public string Cache { get; set; } = "";
                [Version, DynamoName("v")] public long? Version { get; init; }
            }
            """, "Versions.Account.g.cs");

    [Test]
    public void Class_whose_version_is_a_primary_constructor_parameter_is_copied_by_a_constructor()
        => Match("""
            using DynamoGen;
            namespace Versions;
            [DynamoTable("leases")]
            public partial class Lease(string id, int version)
            {
                [PartitionKey] public string Id { get; } = id;
                [Version] public int Version { get; } = version;
                public string? Holder { get; set; }
            }
            """, "Versions.Lease.g.cs");

    [Test]
    public void Positional_record_struct_with_a_nullable_int_version_uses_with()
        => Match("""
            using DynamoGen;
            namespace Versions;
            [DynamoTable("slots")]
            public partial record struct Slot([property: PartitionKey] string Id, [property: Version] int? Version);
            """, "Versions.Slot.g.cs");

    [Test]
    public void A_type_without_a_version_member_gets_no_accessors()
    {
        var result = GeneratorHarness.Run(Sources.Order);

        Assert.That(result.Sources.Values.Any(s => s.Contains("VersionOf") || s.Contains("WithVersion")), Is.False);
    }

    [Test]
    public void DYNAMO022_the_copy_constructor_signature_is_taken()
        => DiagnosticTests.AssertSingle(
            "[DynamoTable] public partial class Item { public Item() { } public Item(Item other, long shift) { } [PartitionKey] public string Id { get; set; } = \"\"; [Version] public long V { get; init; } }",
            "DYNAMO022",
            "V",
            "'Item' declares a constructor 'Item(Item, long)', which DynamoGen needs to copy an item with a new version because [Version] member 'V' is init-only and a class has no 'with': give 'V' a setter (a private one is enough), or change that constructor's parameters");

    [Test]
    public void DYNAMO022_for_a_get_only_version()
        => DiagnosticTests.AssertSingle(
            "[DynamoTable] public partial record Item([property: PartitionKey] string Id) { public Item(Item other, long shift) : this(other.Id) { } [Version] public long V { get; } }",
            "DYNAMO022",
            "V",
            "'Item' declares a constructor 'Item(Item, long)', which DynamoGen needs to copy an item with a new version because [Version] member 'V' has no setter: give 'V' a setter (a private one is enough), or change that constructor's parameters");

    [Test]
    public void DYNAMO013_version_with_a_converter()
        => DiagnosticTests.AssertSingle(
            "public sealed class C : IDynamoConverter<long> { public Amazon.DynamoDBv2.Model.AttributeValue ToAttribute(long v) => new(); public long FromAttribute(Amazon.DynamoDBv2.Model.AttributeValue v) => 0; } [DynamoTable] public partial class Item { [PartitionKey] public string Id { get; set; } = \"\"; [Version, DynamoConverter(typeof(C))] public long V { get; set; } }",
            "DYNAMO013",
            "V",
            "[Version] on property 'Item.V' does not apply: the version is stored as a plain number, which every write checks and increments; remove [DynamoConverter]");

    private static void Match(string source, string fileName, [System.Runtime.CompilerServices.CallerMemberName] string testName = "")
    {
        var result = GeneratorHarness.Run(source);
        Assert.That(result.GeneratorException, Is.Null);
        Assert.That(result.Diagnostics, Is.Empty, string.Join("\n", result.Diagnostics));
        Assert.That(result.CompilationProblems.Select(d => d.ToString()), Is.Empty);
        Snapshot.Match(result.Sources[fileName], testName: testName);
    }
}
