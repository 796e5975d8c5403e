using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;

namespace DynamoGen.Benchmarks.Marshalling;

/// <summary>
/// What every marshalling suite reports: allocations, and ratios to the hand-written baseline of each direction
/// (ToItem and FromItem are separate categories, each with its own baseline). The job comes from Program.cs or the
/// allocation gate, never from here, so the gate can run these same classes with its short job.
/// </summary>
public sealed class MarshallingConfig : ManualConfig
{
    public MarshallingConfig()
    {
        AddDiagnoser(MemoryDiagnoser.Default);
        AddLogicalGroupRules(BenchmarkLogicalGroupRule.ByCategory);
        HideColumns(BenchmarkDotNet.Columns.Column.Gen0, BenchmarkDotNet.Columns.Column.Gen1, BenchmarkDotNet.Columns.Column.Gen2);
        AddColumn(BenchmarkDotNet.Columns.CategoriesColumn.Default);
    }
}
