using System;
using System.Collections.Generic;
using DynamoGen.Tests.Models;
using NUnit.Framework;

namespace DynamoGen.Tests.Mapping;

/// <summary>A class whose int version has a (private) setter: WithVersion clones it and sets the copy's version.</summary>
[DynamoTable("versioned-documents")]
public partial class VersionedDocument
{
    [PartitionKey] public string Id { get; set; } = "";

    public List<string> Tags { get; set; } = new();

    [DynamoIgnore] public string LocalNote { get; set; } = "";

    [Version] public int Revision { get; private set; }

    public void SetRevision(int revision) => Revision = revision;
}

/// <summary>A class whose nullable long version is init-only: WithVersion copies it through a generated constructor.</summary>
[DynamoTable("versioned-accounts")]
public partial class VersionedAccount
{
    [PartitionKey] public required string Id { get; init; }

    public required decimal Balance { get; init; }

    [DynamoIgnore] public string LocalNote { get; set; } = "initial";

    [Version, DynamoName("v")] public long? Version { get; init; }
}

/// <summary>A class whose int version is a primary-constructor parameter with a get-only property.</summary>
[DynamoTable("versioned-leases")]
public partial class VersionedLease(string id, int version)
{
    [PartitionKey] public string Id { get; } = id;

    [Version] public int Version { get; } = version;

    public string? Holder { get; set; }
}

/// <summary>A positional record struct with a nullable int version: WithVersion uses 'with'.</summary>
[DynamoTable("versioned-slots")]
public partial record struct VersionedSlot([property: PartitionKey] string Id, string? Owner, [property: Version] int? Version);

/// <summary>A record with a long version (a positional parameter): WithVersion uses 'with'.</summary>
[DynamoTable("versioned-notes")]
public partial record VersionedNote([property: PartitionKey] string Id, string Text, [property: Version] long Version);

/// <summary>
/// The generated <c>IDynamoTable&lt;T&gt;.VersionOf</c> and <c>WithVersion</c> of each shape of <c>[Version]</c> member:
/// the version read, the copy carrying the new one, and the caller's instance never changed.
/// </summary>
public sealed class VersionAccessorTests
{
    private static long? VersionOf<T>(T item) where T : IDynamoTable<T> => T.VersionOf(item);

    private static T WithVersion<T>(T item, long version) where T : IDynamoTable<T> => T.WithVersion(item, version);

    [Test]
    public void A_class_with_a_settable_version_is_cloned_shallowly_and_the_original_keeps_its_version()
    {
        var original = new VersionedDocument { Id = "d", Tags = ["a"], LocalNote = "kept" };
        original.SetRevision(4);

        var copy = WithVersion(original, 5);

        Assert.Multiple(() =>
        {
            Assert.That(VersionOf(original), Is.EqualTo(4));
            Assert.That(copy, Is.Not.SameAs(original));
            Assert.That(copy.Revision, Is.EqualTo(5));
            Assert.That(original.Revision, Is.EqualTo(4));
            Assert.That(copy.Id, Is.EqualTo("d"));
            Assert.That(copy.LocalNote, Is.EqualTo("kept"), "MemberwiseClone copies every field, [DynamoIgnore] ones too");
            Assert.That(copy.Tags, Is.SameAs(original.Tags), "a shallow copy, as a record's 'with'");
        });
    }

    [Test]
    public void An_int_version_beyond_int_MaxValue_is_an_overflow_not_a_wrapped_number()
    {
        var original = new VersionedDocument { Id = "d" };

        Assert.That(() => WithVersion(original, (long)int.MaxValue + 1), Throws.TypeOf<OverflowException>());
        Assert.That(WithVersion(original, int.MaxValue).Revision, Is.EqualTo(int.MaxValue));
    }

    [Test]
    public void A_class_with_an_init_only_nullable_version_is_copied_by_the_generated_constructor()
    {
        var fresh = new VersionedAccount { Id = "a", Balance = 10.5m, LocalNote = "changed" };

        var copy = WithVersion(fresh, 1);

        Assert.Multiple(() =>
        {
            Assert.That(VersionOf(fresh), Is.Null, "a null version reads as null (version 0 for the table)");
            Assert.That(fresh.Version, Is.Null);
            Assert.That(copy, Is.Not.SameAs(fresh));
            Assert.That(copy.Version, Is.EqualTo(1));
            Assert.That(VersionOf(copy), Is.EqualTo(1));
            Assert.That((copy.Id, copy.Balance), Is.EqualTo(("a", 10.5m)));
            Assert.That(copy.LocalNote, Is.EqualTo("initial"), "[DynamoIgnore] members start from their initializers, as when reading");
        });
    }

    [Test]
    public void A_class_whose_version_is_a_constructor_parameter_is_copied_through_that_constructor()
    {
        var original = new VersionedLease("l", 7) { Holder = "h" };

        var copy = WithVersion(original, 8);

        Assert.Multiple(() =>
        {
            Assert.That(VersionOf(original), Is.EqualTo(7));
            Assert.That((copy.Id, copy.Version, copy.Holder), Is.EqualTo(("l", 8, "h")));
            Assert.That(original.Version, Is.EqualTo(7));
        });
    }

    [Test]
    public void A_record_struct_with_a_nullable_int_version_uses_with()
    {
        var fresh = new VersionedSlot("s", "o", null);

        var copy = WithVersion(fresh, 1);

        Assert.Multiple(() =>
        {
            Assert.That(VersionOf(fresh), Is.Null);
            Assert.That(copy, Is.EqualTo(new VersionedSlot("s", "o", 1)));
            Assert.That(fresh.Version, Is.Null);
            Assert.That(VersionOf(new VersionedSlot("s", "o", 3)), Is.EqualTo(3));
        });
    }

    [Test]
    public void A_record_with_a_long_version_uses_with()
    {
        var original = new VersionedNote("n", "t", long.MaxValue - 1);

        var copy = WithVersion(original, long.MaxValue);

        Assert.Multiple(() =>
        {
            Assert.That(VersionOf(original), Is.EqualTo(long.MaxValue - 1));
            Assert.That(copy, Is.EqualTo(original with { Version = long.MaxValue }));
            Assert.That(original.Version, Is.EqualTo(long.MaxValue - 1));
        });
    }

    [Test]
    public void A_type_without_a_version_member_has_no_version_and_no_copy()
    {
        var flag = new FlagItem { Namespace = "n", Key = "k", Version = 3 }; // 'Version' here is a plain member, not [Version]

        Assert.Multiple(() =>
        {
            Assert.That(VersionOf(flag), Is.Null);
            Assert.That(() => WithVersion(flag, 1), Throws.TypeOf<NotSupportedException>());
        });
    }
}
