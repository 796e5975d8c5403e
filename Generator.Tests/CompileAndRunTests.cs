using System;
using System.IO;
using System.Linq;
using System.Reflection;
using DynamoGen.Generator.Tests.Infrastructure;
using NUnit.Framework;

namespace DynamoGen.Generator.Tests;

/// <summary>The generated code compiles with every warning as an error, and does the right thing when run.</summary>
public sealed class CompileAndRunTests
{
    private const string Probe = """
        using System.Linq;
        using System.Globalization;

        public static class Probe
        {
            public static string RoundTrip()
            {
                var order = new Shop.Order { CustomerId = "c-1", OrderId = 5, Quantity = 2, Total = 0.1 + 0.2, Shipped = true, State = "open" };
                var item = order.ToItem();
                var back = Shop.Order.FromItem(item);
                var written = string.Join(";", item.OrderBy(kv => kv.Key, System.StringComparer.Ordinal)
                    .Select(kv => kv.Key + "=" + (kv.Value.S ?? kv.Value.N ?? (kv.Value.BOOL == true ? "true" : "false"))));
                var read = string.Join(";", back.CustomerId, back.OrderId.ToString(CultureInfo.InvariantCulture), back.Quantity.ToString(CultureInfo.InvariantCulture),
                    back.Total.ToString("R", CultureInfo.InvariantCulture), back.Shipped ? "true" : "false", back.State ?? "null", back.Priority?.ToString(CultureInfo.InvariantCulture) ?? "null");
                var key = string.Join(";", order.GetKey().ToAttributeValues().OrderBy(kv => kv.Key, System.StringComparer.Ordinal).Select(kv => kv.Key + "=" + (kv.Value.S ?? kv.Value.N)));
                return written + "|" + read + "|" + key;
            }

            public static string BadItem()
            {
                var item = new Shop.Order { CustomerId = "c-1", OrderId = 5 }.ToItem();
                item["Quantity"] = new Amazon.DynamoDBv2.Model.AttributeValue { S = "three" };
                try
                {
                    Shop.Order.FromItem(item);
                    return "no exception";
                }
                catch (DynamoGen.DynamoMappingException ex)
                {
                    return ex.Message;
                }
            }
        }
        """;

    [Test]
    public void Generated_code_compiles_without_warnings_and_round_trips_an_item()
    {
        var probe = LoadProbe();

        var result = (string)probe.GetMethod("RoundTrip")!.Invoke(null, null)!;

        Assert.That(result, Is.EqualTo(
            "CustomerId=c-1;OrderId=5;Quantity=2;Shipped=true;Total=0.30000000000000004;status=open"
            + "|c-1;5;2;0.30000000000000004;true;open;null"
            + "|CustomerId=c-1;OrderId=5"));
    }

    [Test]
    public void A_wrongly_typed_attribute_names_type_member_attribute_expected_found_and_key()
    {
        var probe = LoadProbe();

        var message = (string)probe.GetMethod("BadItem")!.Invoke(null, null)!;

        Assert.That(message, Is.EqualTo(
            "Cannot map Shop.Order.Quantity (attribute 'Quantity'): expected N (Int32), found S \"three\". Item key: { CustomerId: S \"c-1\", OrderId: N 5 }."));
    }

    private static Type LoadProbe()
    {
        var result = GeneratorHarness.Run(Sources.Order, Probe);
        Assert.That(result.Diagnostics, Is.Empty);
        Assert.That(result.CompilationProblems.Select(d => d.ToString()), Is.Empty);

        using var stream = new MemoryStream();
        var emit = result.Output.Emit(stream);
        Assert.That(emit.Success, Is.True, string.Join("\n", emit.Diagnostics));
        return Assembly.Load(stream.ToArray()).GetType("Probe")!;
    }
}
