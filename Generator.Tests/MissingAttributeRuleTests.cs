using DynamoGen.Generator.Tests.Infrastructure;
using NUnit.Framework;

namespace DynamoGen.Generator.Tests;

/// <summary>
/// Which members reading requires, as the generated reading constructor shows it: C#'s rule by default, Strict on
/// request, the type's own setting winning over the assembly's.
/// </summary>
public sealed class MissingAttributeRuleTests
{
    private const string Types = """
        using DynamoGen;
        namespace Evolving;
        [DynamoTable("a")]
        public partial record ByAssembly
        {
            [PartitionKey] public required string Id { get; init; }
            public int Count { get; init; }
            public int Seen { get; init; } = 1;
            public required int Must { get; init; }
            public string Name { get; init; } = "";
            public string? Note { get; init; }
        }
        [DynamoTable("b", MissingAttributes = MissingAttributePolicy.FollowCSharp)]
        public partial record ByType
        {
            [PartitionKey] public required string Id { get; init; }
            public int Count { get; init; }
        }
        """;

    [Test]
    public void By_default_value_types_without_required_keep_their_default()
    {
        var result = GeneratorHarness.Run(Types);
        var source = result.Sources["Evolving.ByAssembly.g.cs"];

        Assert.Multiple(() =>
        {
            Assert.That(result.Diagnostics, Is.Empty);
            Assert.That(source, Does.Contain("this.Count = reader.Int32(attributes.Count, \"Count\", \"Count\", this.Count);\n"));
            Assert.That(source, Does.Contain("this.Seen = reader.Int32(attributes.Seen, \"Seen\", \"Seen\", this.Seen);\n"));
            Assert.That(source, Does.Contain("this.Must = reader.Int32(attributes.Must, \"Must\", \"Must\"); // required: the member is 'required'\n"));
            Assert.That(source, Does.Contain("this.Name = reader.String(attributes.Name, \"Name\", \"Name\", this.Name);\n"));
            Assert.That(source, Does.Contain("RequiredAttributes = new[] { \"Must\" },"));
        });
    }

    [Test]
    public void Strict_in_the_assembly_defaults_requires_value_types_unless_the_type_says_otherwise()
    {
        var result = GeneratorHarness.Run("[assembly: DynamoGen.DynamoDefaults(MissingAttributes = DynamoGen.MissingAttributePolicy.Strict)]", Types);
        var strict = result.Sources["Evolving.ByAssembly.g.cs"];
        var own = result.Sources["Evolving.ByType.g.cs"];

        Assert.Multiple(() =>
        {
            Assert.That(result.Diagnostics, Is.Empty);
            Assert.That(strict, Does.Contain("this.Count = reader.Int32(attributes.Count, \"Count\", \"Count\"); // required: MissingAttributes = Strict\n"));
            Assert.That(strict, Does.Contain("this.Seen = reader.Int32(attributes.Seen, \"Seen\", \"Seen\", this.Seen);\n"), "an initializer is a default under Strict too");
            Assert.That(strict, Does.Contain("this.Note = reader.String(attributes.Note, \"Note\", \"Note\", this.Note);\n"), "nullable members read null under Strict too");
            Assert.That(strict, Does.Contain("RequiredAttributes = new[] { \"Count\", \"Must\" },"));
            Assert.That(own, Does.Contain("this.Count = reader.Int32(attributes.Count, \"Count\", \"Count\", this.Count);\n"), "the type's own setting wins");
        });
    }
}
