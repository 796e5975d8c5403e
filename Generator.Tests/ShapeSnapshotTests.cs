using System.Linq;
using DynamoGen.Generator.Tests.Infrastructure;
using NUnit.Framework;

namespace DynamoGen.Generator.Tests;

/// <summary>One snapshot per shape of model and per family of member types, each compiled without warnings.</summary>
public sealed class ShapeSnapshotTests
{
    [Test]
    public void Record_struct_with_primary_constructor_defaults()
        => Match("""
            using DynamoGen;
            namespace Shapes;
            [DynamoTable("points")]
            public partial record struct Reading([property: PartitionKey] string Sensor, [property: SortKey] long At, double Value = 1.5, string? Unit = null, int Count = 3);
            """, "Shapes.Reading.g.cs");

    [Test]
    public void Plain_struct_with_fields_set_by_the_reading_constructor()
        => Match("""
            using DynamoGen;
            namespace Shapes;
            [DynamoTable]
            public partial struct Counter
            {
                [PartitionKey] public string Name { get; set; }
                public long Value { get; set; }
            }
            """, "Shapes.Counter.g.cs");

    [Test]
    public void Class_with_required_init_get_only_initializers_and_a_base_class()
        => Match("""
            using DynamoGen;
            namespace Shapes;
            public abstract class Entity
            {
                public string? CreatedBy { get; init; }
                public int Revision { get; set; } = 1;
            }
            [DynamoTable("users")]
            public partial class User : Entity
            {
                public User(string id) => Id = id;
                [PartitionKey] public string Id { get; }
                public required string Email { get; init; }
                public string Plan { get; private set; } = "free";
                [DynamoIgnore] public string? Session { get; set; }
            }
            """, "Shapes.User.g.cs");

    [Test]
    public void Nested_DynamoItem_types_recursive_through_a_list()
        => Match("""
            using System.Collections.Generic;
            using DynamoGen;
            namespace Shapes;
            [DynamoItem]
            public partial record Category(string Name)
            {
                public List<Category> Children { get; init; } = new();
            }
            """, "Shapes.Category.g.cs");

    [Test]
    public void Collections_lists_sets_and_maps_nested()
        => Match("""
            using System.Collections.Generic;
            using System.Collections.Immutable;
            using DynamoGen;
            namespace Families;
            [DynamoTable]
            public partial record Collections
            {
                [PartitionKey] public required string Id { get; init; }
                public List<string> Tags { get; init; } = new();
                public int[]? Scores { get; init; }
                public IReadOnlyList<string?>? Maybe { get; init; }
                public ImmutableArray<long> Ids { get; init; }
                public HashSet<string>? Labels { get; init; }
                public ISet<decimal> Prices { get; init; } = new HashSet<decimal>();
                public HashSet<byte[]>? Blobs { get; init; }
                public Dictionary<string, List<Dictionary<string, int?>>>? Deep { get; init; }
            }
            """, "Families.Collections.g.cs");

    [Test]
    public void Enums_by_number_by_name_and_flags()
        => Match("""
            using System;
            using DynamoGen;
            namespace Families;
            public enum Status { Active, Suspended = 5 }
            [Flags] public enum Access : ushort { None = 0, Read = 1, Write = 2 }
            [DynamoTable]
            public partial record Account
            {
                [PartitionKey] public required string Id { get; init; }
                public Status Status { get; init; }
                [DynamoEnumAsString] public Status? Named { get; init; }
                public Access Access { get; init; }
            }
            """, "Families.Account.g.cs");

    [Test]
    public void Dates_epoch_binary_and_guid()
        => Match("""
            using System;
            using DynamoGen;
            namespace Families;
            [DynamoTable]
            public partial record Session
            {
                [PartitionKey] public required Guid Id { get; init; }
                public DateTime Started { get; init; }
                public DateTimeOffset? Ended { get; init; }
                [Epoch] public DateTime ExpiresAt { get; init; }
                public DateOnly Day { get; init; }
                public TimeOnly At { get; init; }
                public TimeSpan Length { get; init; }
                public byte[]? Token { get; init; }
                public ReadOnlyMemory<byte> Salt { get; init; }
            }
            """, "Families.Session.g.cs");

    [Test]
    public void Json_and_converter_members()
        => Match("""
            using System.Collections.Generic;
            using System.Text.Json.Serialization;
            using Amazon.DynamoDBv2.Model;
            using DynamoGen;
            namespace Families;
            public sealed record Hook(string Url);
            public readonly record struct Limits(int Max);
            [JsonSerializable(typeof(List<Hook>))]
            [JsonSerializable(typeof(Hook))]
            [JsonSerializable(typeof(Limits))]
            // Stands in for a System.Text.Json source-generated context (that generator does not run in this harness).
            public partial class HookJson : JsonSerializerContext
            {
                public HookJson() : base(null) { }
                public static HookJson Default { get; } = new();
                protected override System.Text.Json.JsonSerializerOptions? GeneratedSerializerOptions => null;
                public override System.Text.Json.Serialization.Metadata.JsonTypeInfo? GetTypeInfo(System.Type type) => null;
            }
            public readonly record struct Cents(long Value);
            public sealed class CentsConverter : IDynamoConverter<Cents>
            {
                public AttributeValue ToAttribute(Cents value) => new() { N = value.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) };
                public Cents FromAttribute(AttributeValue value) => new(long.Parse(value.N, System.Globalization.CultureInfo.InvariantCulture));
            }
            [DynamoTable]
            public partial record App
            {
                [PartitionKey] public required string Id { get; init; }
                [DynamoJson(typeof(HookJson))] public List<Hook> Hooks { get; init; } = new();
                [DynamoJson(typeof(HookJson))] public Hook? Primary { get; init; } // the JSON text null reads as null
                [DynamoJson(typeof(HookJson))] public Limits? Limits { get; init; }
                [DynamoConverter(typeof(CentsConverter))] public Cents Price { get; init; }
            }
            """, "Families.App.g.cs");

    [Test]
    public void Assembly_defaults_snake_case_and_NULL_for_nulls()
        => Match("""
            using DynamoGen;
            [assembly: DynamoDefaults(NamingPolicy = DynamoNamingPolicy.SnakeCase, WriteNulls = true)]
            namespace Families;
            [DynamoTable("orders", NamingPolicy = DynamoNamingPolicy.CamelCase)]
            public partial record CamelOrder
            {
                [PartitionKey] public required string OrderId { get; init; }
                public string? ShippingAddress { get; init; }
            }
            [DynamoTable("orders")]
            public partial record SnakeOrder
            {
                [PartitionKey] public required string OrderId { get; init; }
                public string? ShippingAddress { get; init; }
                [DynamoName("URL")] public string? WebsiteURL { get; init; }
            }
            """, "Families.SnakeOrder.g.cs");

    private static void Match(string source, string fileName, [System.Runtime.CompilerServices.CallerMemberName] string testName = "")
    {
        var result = GeneratorHarness.Run(source);
        Assert.That(result.GeneratorException, Is.Null);
        Assert.That(result.Diagnostics, Is.Empty, string.Join("\n", result.Diagnostics));
        Assert.That(result.CompilationProblems.Select(d => d.ToString()), Is.Empty);
        Assert.That(result.Sources.Keys, Does.Contain(fileName));
        Snapshot.Match(result.Sources[fileName], testName: testName);
        Snapshot.Match(result.Sources[fileName.Replace(".g.cs", ".Json.g.cs")], "Json", testName: testName);
    }
}
