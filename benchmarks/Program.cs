using System;
using System.Linq;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using DynamoGen.Benchmarks;

// One command per suite (see benchmarks/README.md):
//   dotnet run -c Release --project benchmarks -- --filter '*Marshalling*'  marshalling (small, reference, large)
//   dotnet run -c Release --project benchmarks -- --filter '*Client*'       full client path over canned HTTP
//   dotnet run -c Release --project benchmarks -- --filter '*Generator*'    generator cost
//   dotnet run -c Release --project benchmarks -- --allocation-gate         CI: generated allocates <= hand-written
//   dotnet run -c Release --project benchmarks -- --filter '*Primitive*'    single checks and formats (string, DateTime)
//   dotnet run -c Release --project benchmarks -- --marshalling-paired      marshalling ratios, both contestants in one process
//   dotnet run -c Release --project benchmarks -- --smoke                   every setup check and benchmark once, no timing
if (args.Contains("--allocation-gate"))
{
    return AllocationGate.Run();
}

if (args.Contains("--generator-quick"))
{
    // Medians of the generator contestants without BenchmarkDotNet, for work on the generator (not for publishing).
    foreach (var types in new[] { 100, 500 })
    {
        DynamoGen.Benchmarks.GeneratorCost.GeneratorBenchmarks.Quick(types, runs: 15);
    }

    return 0;
}

if (args.Contains("--marshalling-paired"))
{
    return DynamoGen.Benchmarks.Marshalling.PairedRun.Run();
}

if (args.Contains("--smoke"))
{
    return Smoke.Run();
}

// The default job: enough iterations for stable means on a shared 2-core machine, in a few minutes per suite.
// `--job short` (or any BenchmarkDotNet option) still works on top of it.
var config = DefaultConfig.Instance
    .AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(4).WithIterationCount(12).WithId("Bench").AsDefault());
BenchmarkSwitcher.FromAssembly(typeof(Smoke).Assembly).Run(args, config);
return 0;
