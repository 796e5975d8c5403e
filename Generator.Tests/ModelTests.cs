using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using DynamoGen.Generator.Diagnostics;
using DynamoGen.Generator.Model;
using DynamoGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using NUnit.Framework;

namespace DynamoGen.Generator.Tests;

/// <summary>
/// The incremental pipeline caches by equality: its models must hold plain data only. This walks every type
/// reachable from the models and fails on anything that would pin a compilation or break equality.
/// </summary>
public sealed class ModelTests
{
    private static readonly Type[] s_forbidden = { typeof(ISymbol), typeof(SyntaxNode), typeof(SyntaxTree), typeof(Location), typeof(Compilation), typeof(SemanticModel), typeof(AttributeData) };

    /// <summary>Source positions: the diagnostics steps carry them, the model the emitter reads must not.</summary>
    private static readonly Type[] s_positions = { typeof(Microsoft.CodeAnalysis.Text.TextSpan), typeof(SourceLocation), typeof(DiagnosticInfo), typeof(FileLinePositionSpan) };

    [TestCase(typeof(TableModel))]
    [TestCase(typeof(ParseResult))]
    [TestCase(typeof(TypeFacts))]
    public void Pipeline_models_hold_no_symbols_syntax_locations_or_compilations(Type root)
    {
        var problems = new List<string>();
        Walk(root, root.Name, new HashSet<Type>(), problems, s_forbidden);
        Assert.That(problems, Is.Empty);
    }

    [Test]
    public void The_model_the_emitter_reads_holds_no_source_positions()
    {
        // A position in the model would make an edit that only moves a type (a comment above it) regenerate it.
        var problems = new List<string>();
        Walk(typeof(TableModel), nameof(TableModel), new HashSet<Type>(), problems, s_forbidden.Concat(s_positions).ToArray());
        Assert.That(problems, Is.Empty);
    }

    [Test]
    public void Models_use_value_equality()
    {
        var a = GeneratorHarnessModels.Parse(Sources.Order);
        var b = GeneratorHarnessModels.Parse(Sources.Order);
        Assert.That(a, Is.Not.SameAs(b));
        Assert.That(a, Is.EqualTo(b));
        Assert.That(a.GetHashCode(), Is.EqualTo(b.GetHashCode()));
    }

    private static void Walk(Type type, string path, HashSet<Type> seen, List<string> problems, Type[] forbidden)
    {
        if (!seen.Add(type) || type.IsPrimitive || type.IsEnum || type == typeof(string))
        {
            return;
        }

        if (forbidden.Any(f => f.IsAssignableFrom(type)))
        {
            problems.Add($"{path} is a {type.Name}");
            return;
        }

        if (type.IsGenericType)
        {
            foreach (var argument in type.GetGenericArguments())
            {
                Walk(argument, path + "<" + argument.Name + ">", seen, problems, forbidden);
            }
        }

        if (type.Namespace?.StartsWith("System", StringComparison.Ordinal) == true || type == typeof(DiagnosticDescriptor) || type.Namespace == "Microsoft.CodeAnalysis.Text")
        {
            return; // framework value types (ImmutableArray, TextSpan) and the immutable, equatable DiagnosticDescriptor
        }

        foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            Walk(field.FieldType, path + "." + field.Name, seen, problems, forbidden);
        }
    }
}
