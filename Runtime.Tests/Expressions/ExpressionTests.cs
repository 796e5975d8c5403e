using System;
using System.Collections.Generic;
using Amazon.DynamoDBv2.Model;
using DynamoGen.Tests.Models;
using DynamoGen.Tests.Operations;
using NUnit.Framework;

namespace DynamoGen.Tests.Expressions;

/// <summary>Exact expression text and placeholders, without a server.</summary>
public sealed class ExpressionTests
{
    [Test]
    public void Comparisons_use_name_and_value_placeholders()
    {
        var b = new ExpressionBuilder();
        var text = b.Condition(ReservedFields.Status.Equal("open") & ReservedFields.Count.GreaterThan(3));

        Assert.That(text, Is.EqualTo("#n0 = :v0 AND #n1 > :v1"));
        Assert.That(b.Names, Is.EqualTo(new Dictionary<string, string> { ["#n0"] = "status", ["#n1"] = "Count" }));
        Assert.That(b.Values![":v0"].S, Is.EqualTo("open"));
        Assert.That(b.Values[":v1"].N, Is.EqualTo("3"));
    }

    [Test]
    public void Every_comparison_operator()
    {
        var c = ReservedFields.Count;
        Assert.Multiple(() =>
        {
            Assert.That(c.Equal(1).ToString(), Is.EqualTo("#n0 = :v0"));
            Assert.That(c.NotEqual(1).ToString(), Is.EqualTo("#n0 <> :v0"));
            Assert.That(c.LessThan(1).ToString(), Is.EqualTo("#n0 < :v0"));
            Assert.That(c.LessThanOrEqual(1).ToString(), Is.EqualTo("#n0 <= :v0"));
            Assert.That(c.GreaterThan(1).ToString(), Is.EqualTo("#n0 > :v0"));
            Assert.That(c.GreaterThanOrEqual(1).ToString(), Is.EqualTo("#n0 >= :v0"));
            Assert.That(c.Between(1, 5).ToString(), Is.EqualTo("#n0 BETWEEN :v0 AND :v1"));
            Assert.That(c.In(1, 2, 3).ToString(), Is.EqualTo("#n0 IN (:v0, :v1, :v2)"));
            Assert.That(ReservedFields.Name.BeginsWith("A").ToString(), Is.EqualTo("begins_with(#n0, :v0)"));
            Assert.That(ReservedFields.Data.Contains("x").ToString(), Is.EqualTo("contains(#n0, :v0)"));
            Assert.That(ReservedFields.Labels.Contains("red").ToString(), Is.EqualTo("contains(#n0, :v0)"));
            Assert.That(ReservedFields.Tags.Contains("t").ToString(), Is.EqualTo("contains(#n0, :v0)"));
            Assert.That(ReservedFields.Data.Exists().ToString(), Is.EqualTo("attribute_exists(#n0)"));
            Assert.That(ReservedFields.Data.NotExists().ToString(), Is.EqualTo("attribute_not_exists(#n0)"));
            Assert.That(ReservedFields.Data.HasType(DynamoAttributeType.String).ToString(), Is.EqualTo("attribute_type(#n0, :v0)"));
            Assert.That(ReservedFields.Tags.Size().GreaterThan(2).ToString(), Is.EqualTo("size(#n0) > :v0"));
            Assert.That(ReservedFields.Tags.Size().Between(1, 2).ToString(), Is.EqualTo("size(#n0) BETWEEN :v0 AND :v1"));
            Assert.That(ReservedFields.Name.EqualTo(ReservedFields.Data).ToString(), Is.EqualTo("#n0 = #n1"));
        });
    }

    [Test]
    public void Contains_on_a_set_sends_the_element_as_a_scalar()
    {
        var b = new ExpressionBuilder();
        b.Condition(ReservedFields.Labels.Contains("red"));

        Assert.That(b.Values![":v0"].S, Is.EqualTo("red"));
        Assert.That(b.Values[":v0"].SS, Is.Null.Or.Empty);
    }

    [Test]
    public void And_or_not_are_parenthesized_by_precedence_and_flattened()
    {
        var s = ReservedFields.Status;
        var n = ReservedFields.Count;
        Assert.Multiple(() =>
        {
            Assert.That((s.Equal("a") & n.Equal(1) & n.LessThan(9)).ToString(), Is.EqualTo("#n0 = :v0 AND #n1 = :v1 AND #n1 < :v2"));
            Assert.That((s.Equal("a") | (n.Equal(1) & n.LessThan(9))).ToString(), Is.EqualTo("#n0 = :v0 OR (#n1 = :v1 AND #n1 < :v2)"));
            Assert.That(((s.Equal("a") | s.Equal("b")) & n.Equal(1)).ToString(), Is.EqualTo("(#n0 = :v0 OR #n0 = :v1) AND #n1 = :v2"));
            Assert.That((!s.Equal("a")).ToString(), Is.EqualTo("NOT (#n0 = :v0)"));
            Assert.That((!s.Exists()).ToString(), Is.EqualTo("NOT attribute_exists(#n0)"));
            Assert.That((!(s.Equal("a") | s.Equal("b"))).ToString(), Is.EqualTo("NOT (#n0 = :v0 OR #n0 = :v1)"));
        });
    }

    [Test]
    public void The_same_name_gets_the_same_placeholder_across_expressions_of_a_request()
    {
        var b = new ExpressionBuilder();
        var update = b.Update(new UpdateExpression().Set(ReservedFields.Status, "closed"));
        var condition = b.Condition(ReservedFields.Status.Equal("open"));

        Assert.That(update, Is.EqualTo("SET #n0 = :v0"));
        Assert.That(condition, Is.EqualTo("#n0 = :v1"));
        Assert.That(b.Names, Has.Count.EqualTo(1));
    }

    [Test]
    public void Nested_paths_put_a_placeholder_on_each_name()
    {
        var path = ReservedFields.Nested.Then(InnerFields.Hits);
        Assert.Multiple(() =>
        {
            Assert.That(path.Path.ToString(), Is.EqualTo("Nested.Hits"));
            Assert.That(path.Equal(3).ToString(), Is.EqualTo("#n0.#n1 = :v0"));
            Assert.That(ReservedFields.Tags[2].Equal("x").ToString(), Is.EqualTo("#n0[2] = :v0"));
            Assert.That(ReservedFields.Scores["math.final"].GreaterThan(5).ToString(), Is.EqualTo("#n0.#n1 > :v0"));
        });
        var b = new ExpressionBuilder();
        b.Condition(ReservedFields.Scores["math.final"].GreaterThan(5));
        Assert.That(b.Names!["#n1"], Is.EqualTo("math.final"));
    }

    [Test]
    public void Update_clauses_come_in_SET_REMOVE_ADD_DELETE_order()
    {
        var update = new UpdateExpression()
            .Remove(ReservedFields.Data)
            .Set(ReservedFields.Status, "open")
            .SetIfNotExists(ReservedFields.Name, "first")
            .Increment(ReservedFields.Count, 2)
            .Increment(ReservedFields.Nested.Then(InnerFields.Hits), 1)
            .Append(ReservedFields.Tags, "a", "b")
            .Prepend(ReservedFields.Tags, "z")
            .AddToSet(ReservedFields.Labels, "x")
            .DeleteFromSet(ReservedFields.Labels, "y");

        Assert.That(update.ToString(), Is.EqualTo(
            "SET #n1 = :v0, #n2 = if_not_exists(#n2, :v1), #n4.#n5 = if_not_exists(#n4.#n5, :v3) + :v4, "
            + "#n6 = list_append(if_not_exists(#n6, :v5), :v6), #n6 = list_append(:v7, if_not_exists(#n6, :v8)) "
            + "REMOVE #n0 ADD #n3 :v2, #n7 :v9 DELETE #n7 :v10"));
    }

    [Test]
    public void Setting_null_or_an_empty_set_removes_the_attribute_as_ToItem_leaves_it_out()
    {
        Assert.Multiple(() =>
        {
            Assert.That(new UpdateExpression().Set(ReservedFields.Data, null).ToString(), Is.EqualTo("REMOVE #n0"));
            Assert.That(new UpdateExpression().Set(ReservedFields.Labels, new HashSet<string>()).ToString(), Is.EqualTo("REMOVE #n0"));
            Assert.That(new UpdateExpression().AddToSet(ReservedFields.Labels).IsEmpty, Is.True);
        });
    }

    [Test]
    public void Updates_are_immutable()
    {
        var first = new UpdateExpression().Set(ReservedFields.Status, "a");
        var second = first.Remove(ReservedFields.Data);

        Assert.That(first.ToString(), Is.EqualTo("SET #n0 = :v0"));
        Assert.That(second.ToString(), Is.EqualTo("SET #n0 = :v0 REMOVE #n1"));
    }

    [Test]
    public void A_projection_lists_paths_once()
    {
        var projection = ProjectionExpression.Of(ReservedFields.Status, ReservedFields.Name, ReservedFields.Status, ReservedFields.Tags[0]);
        Assert.That(projection.ToString(), Is.EqualTo("#n0, #n1, #n2[0]"));
    }

    [Test]
    public void Key_conditions_cover_every_sort_operator()
    {
        var p = OrderIndexes.Primary.Partition("c-1");
        Assert.Multiple(() =>
        {
            Assert.That(Render(p), Is.EqualTo("#n0 = :v0"));
            Assert.That(Render(p.Equal(1)), Is.EqualTo("#n0 = :v0 AND #n1 = :v1"));
            Assert.That(Render(p.LessThan(1)), Is.EqualTo("#n0 = :v0 AND #n1 < :v1"));
            Assert.That(Render(p.LessThanOrEqual(1)), Is.EqualTo("#n0 = :v0 AND #n1 <= :v1"));
            Assert.That(Render(p.GreaterThan(1)), Is.EqualTo("#n0 = :v0 AND #n1 > :v1"));
            Assert.That(Render(p.GreaterThanOrEqual(1)), Is.EqualTo("#n0 = :v0 AND #n1 >= :v1"));
            Assert.That(Render(p.Between(1, 9)), Is.EqualTo("#n0 = :v0 AND #n1 BETWEEN :v1 AND :v2"));
            Assert.That(Render(OrderIndexes.ByStatus.Partition("open").BeginsWith("1")), Is.EqualTo("#n0 = :v0 AND begins_with(#n1, :v1)"));
        });

        static string Render(KeyCondition<Order> key) => new ExpressionBuilder().KeyCondition(key);
    }

    [Test]
    public void A_value_no_attribute_stores_is_refused_in_a_condition()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => ReservedFields.Data.Equal(null), Throws.ArgumentException.With.Message.Contains("NotExists"));
            Assert.That(() => ReservedFields.Count.In(), Throws.ArgumentException.With.Message.Contains("1 to 100"));
            Assert.That(() => new UpdateExpression().Increment(ReservedFields.Status, "x"), Throws.ArgumentException.With.Message.Contains("number"));
            Assert.That(() => new ExpressionBuilder().Update(new UpdateExpression()), Throws.InvalidOperationException);
        });
    }

    [Test]
    public void User_values_never_appear_in_expression_text()
    {
        var hostile = "x) OR attribute_exists(#n0) OR (:v0";
        var b = new ExpressionBuilder();
        var text = b.Condition(ReservedFields.Name.Equal(hostile) | ReservedFields.Data.BeginsWith(hostile));

        Assert.That(text, Is.EqualTo("#n0 = :v0 OR begins_with(#n1, :v1)"));
        Assert.That(b.Values![":v0"].S, Is.EqualTo(hostile));
    }

    [Test]
    public void Condition_compare_with_a_raw_value()
    {
        var condition = ConditionExpression.Compare(new AttributePath("v"), Comparison.Equal, new AttributeValue { N = "3" });
        Assert.That(condition.ToString(), Is.EqualTo("#n0 = :v0"));
        Assert.That(() => ConditionExpression.And(), Throws.ArgumentException);
    }

    [Test]
    public void A_name_with_half_a_surrogate_pair_is_refused_before_any_request()
    {
        // The SDK would send U+FFFD in its place, and the expression would name another attribute.
        Assert.Multiple(() =>
        {
            Assert.That(() => new AttributePath("a\uD800b"), Throws.ArgumentException.With.Message.Contains("lone surrogate U+D800 at index 1").And.Message.Contains("attributeName"));
            Assert.That(() => new AttributePath("Address").Child("\uDC00"), Throws.ArgumentException.With.Message.Contains("lone surrogate U+DC00 at index 0").And.Message.Contains("name"));
            Assert.That(() => new AttributePath(""), Throws.ArgumentException);
            Assert.That(() => new AttributePath(null!), Throws.ArgumentNullException);
            Assert.That(new AttributePath("\uD83D\uDE00").Child("caf\u00E9").ToString(), Is.EqualTo("\uD83D\uDE00.caf\u00E9"), "a well-formed pair and other non-ASCII names are kept");
        });
    }
}
