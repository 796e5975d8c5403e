using System;
using System.Collections.Generic;
using NUnit.Framework;

namespace DynamoGen.Tests.Mapping;

/// <summary>The comparison the properties rely on does find differences (so the properties can fail).</summary>
public sealed class SameTests
{
    [Test]
    public void Finds_changed_scalars_lists_sets_maps_and_nested_members()
    {
        var a = new CollectionRow { Id = "x", Doubles = new() { 1, 2 }, StringSet = new() { "a" }, StringMap = new() { ["k"] = "v" }, Leaf = new Leaf { Count = 1 } };
        var b = new CollectionRow { Id = "x", Doubles = new() { 1, 3 }, StringSet = new() { "b" }, StringMap = new() { ["k"] = "w" }, Leaf = new Leaf { Count = 2 } };

        var differences = Same.Differences(a, b, Strictness.Exact);

        Assert.That(differences, Has.Some.StartsWith(".Doubles[1]"));
        Assert.That(differences, Has.Some.StartsWith(".StringSet"));
        Assert.That(differences, Has.Some.StartsWith(".StringMap[\"k\"]"));
        Assert.That(differences, Has.Some.StartsWith(".Leaf.Count"));
        Assert.That(Same.Differences(a, a, Strictness.Exact), Is.Empty);
    }

    [Test]
    public void Exact_keeps_the_sign_of_zero_and_the_decimal_scale_Stored_does_not()
    {
        Assert.That(Same.Differences(-0.0, 0.0, Strictness.Exact), Is.Not.Empty);
        Assert.That(Same.Differences(1.10m, 1.1m, Strictness.Exact), Is.Not.Empty);
        Assert.That(Same.Differences(-0.0, 0.0, Strictness.Stored), Is.Empty);
        Assert.That(Same.Differences(1.10m, 1.1m, Strictness.Stored), Is.Empty);
    }

    [Test]
    public void A_DateTime_must_come_back_as_UTC_with_the_same_instant()
    {
        var unspecified = new DateTime(2024, 1, 31, 13, 45, 0, DateTimeKind.Unspecified);

        Assert.That(Same.Differences(unspecified, DateTime.SpecifyKind(unspecified, DateTimeKind.Utc), Strictness.Exact), Is.Empty);
        Assert.That(Same.Differences(unspecified, unspecified, Strictness.Exact), Is.Not.Empty, "read back must be UTC");
        Assert.That(Same.Differences(unspecified, DateTime.SpecifyKind(unspecified.AddTicks(1), DateTimeKind.Utc), Strictness.Exact), Is.Not.Empty);
        Assert.That(Same.Differences(new DateTimeOffset(unspecified, TimeSpan.FromHours(2)), new DateTimeOffset(unspecified.AddHours(-2), TimeSpan.Zero), Strictness.Exact), Is.Not.Empty, "offset must be kept");
    }

    [Test]
    public void An_empty_set_equals_null_but_a_non_empty_one_does_not()
    {
        Assert.That(Same.Differences(new HashSet<int>(), null, Strictness.Exact), Is.Empty);
        Assert.That(Same.Differences(new HashSet<int> { 1 }, null, Strictness.Exact), Is.Not.Empty);
        Assert.That(Same.Differences(new List<int>(), null, Strictness.Exact), Is.Not.Empty, "an empty list is stored, so it must not read back null");
    }
}
