using DynamoGen.Generator.Parsing;
using DynamoGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using NUnit.Framework;

namespace DynamoGen.Generator.Tests;

/// <summary>What the transform reads cheaply must be what Roslyn would have said.</summary>
public sealed class FactReaderTests
{
    [TestCase("A.B.Outer")]
    [TestCase("A.B.Outer+Inner")]
    [TestCase("A.B.Outer+event")]
    [TestCase("A.B.Outer+record")]
    [TestCase("Global")]
    [TestCase("Global+Nested")]
    [TestCase("class.X.Y")]
    [TestCase("G`1+N")]
    public void Type_names_put_together_are_those_Roslyn_displays(string metadataName)
    {
        const string Source = """
            namespace A.B { public class Outer { public class Inner { } public class @event { } public class record { } } }
            public class Global { public class Nested { } }
            namespace @class.X { public class Y { } }
            public class G<T> { public class N { } }
            """;
        var compilation = GeneratorHarness.Compilation(Source);
        var type = compilation.GetTypeByMetadataName(metadataName)!;

        var names = KnownTypes.For(compilation).NamesOf(type);

        Assert.That(names.DisplayName, Is.EqualTo(type.ToDisplayString()));
        Assert.That(names.FullyQualifiedName, Is.EqualTo(type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat)));
    }
}
