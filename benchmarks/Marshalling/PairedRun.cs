using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;

namespace DynamoGen.Benchmarks.Marshalling;

/// <summary>
/// A paired measurement of the marshalling ratios (<c>--marshalling-paired</c>), beside BenchmarkDotNet's. On the
/// project's 2-core build machine the same code measures up to 30% apart between processes (for hand-written and
/// generated code alike: BenchmarkDotNet's per-launch means of one ToItem ranged 576-812 ns), which hides a 5% target
/// in any single launch. Here both contestants run in the same process, alternating in short rounds (the order flips
/// each round), so whatever slows a process slows both; the ratio is of the medians of the rounds. Run it in a few
/// processes and read the spread. Times are not published from here; ratios are, labelled as paired. The small model is
/// left out: its operations (25-130 ns) are too short for a loop that calls through a delegate (its ratios here swung
/// from 0.56 to 1.96 between processes); BenchmarkDotNet's numbers stand for it.
/// </summary>
public static class PairedRun
{
    private const int Rounds = 41;
    private const int OperationsPerRound = 20_000;

    public static int Run()
    {
        var reference = new ReferenceModelBenchmarks();
        reference.Setup();
        var dates = new DatesModelBenchmarks();
        dates.Setup();
        var large = new LargeModelBenchmarks();
        large.Setup();
        try
        {
            Report("reference", "ToItem", reference.HandWritten_ToItem, reference.DynamoGen_ToItem);
            Report("reference", "FromItem", reference.HandWritten_FromItem, reference.DynamoGen_FromItem);
            Report("dates", "ToItem", dates.HandWritten_ToItem, dates.DynamoGen_ToItem);
            Report("dates", "FromItem", dates.HandWritten_FromItem, dates.DynamoGen_FromItem);
            Report("large", "ToItem", large.HandWritten_ToItem, large.DynamoGen_ToItem);
            Report("large", "FromItem", large.HandWritten_FromItem, large.DynamoGen_FromItem);
        }
        finally
        {
            reference.Cleanup();
        }

        return 0;
    }

    private static void Report<T>(string model, string direction, Func<T> handWritten, Func<T> dynamoGen)
    {
        var (hand, generated) = Measure(handWritten, dynamoGen);
        Console.WriteLine($"{model,-10} {direction,-9} hand-written {hand,10:F1} ns   DynamoGen {generated,10:F1} ns   ratio {generated / hand:F3}");
    }

    private static (double HandWritten, double DynamoGen) Measure<T>(Func<T> handWritten, Func<T> dynamoGen)
    {
        // Warm-up long enough for tiered compilation and dynamic PGO to settle on both.
        for (var i = 0; i < 10; i++)
        {
            Round(handWritten);
            Round(dynamoGen);
        }

        var hand = new List<double>(Rounds);
        var generated = new List<double>(Rounds);
        for (var round = 0; round < Rounds; round++)
        {
            if (round % 2 == 0)
            {
                hand.Add(Round(handWritten));
                generated.Add(Round(dynamoGen));
            }
            else
            {
                generated.Add(Round(dynamoGen));
                hand.Add(Round(handWritten));
            }
        }

        return (Median(hand), Median(generated));
    }

    private static double Round<T>(Func<T> operation)
    {
        var start = Stopwatch.GetTimestamp();
        for (var i = 0; i < OperationsPerRound; i++)
        {
            Sink<T>.Value = operation(); // kept, so the call cannot be dropped; a struct result is not boxed
        }

        return Stopwatch.GetElapsedTime(start).TotalNanoseconds / OperationsPerRound;
    }

    private static class Sink<T>
    {
        public static T? Value;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}
