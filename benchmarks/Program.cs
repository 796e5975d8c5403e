using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks -- --filter '*'        every suite
// dotnet run -c Release --project benchmarks -- --filter '*Small*'  one suite
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
