// Checks that an analyzer assembly loads in the compiler of the .NET 8 SDK (Roslyn 4.8): a generator built against a
// newer Microsoft.CodeAnalysis is skipped by older compilers (warning CS9057), so every reference must be at most the
// version Roslyn 4.8 itself ships. Usage: dotnet run AnalyzerReferences.cs -- <path to DynamoGen.Generator.dll>
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

var highest = new Dictionary<string, Version>
{
    ["Microsoft.CodeAnalysis"] = new(4, 8, 0, 0),
    ["Microsoft.CodeAnalysis.CSharp"] = new(4, 8, 0, 0),
    ["System.Collections.Immutable"] = new(7, 0, 0, 0),
    ["System.Reflection.Metadata"] = new(7, 0, 0, 0),
};

using var pe = new PEReader(File.OpenRead(args[0]));
var metadata = pe.GetMetadataReader();
var failures = 0;
foreach (var handle in metadata.AssemblyReferences)
{
    var reference = metadata.GetAssemblyReference(handle);
    var name = metadata.GetString(reference.Name);
    if (highest.TryGetValue(name, out var max))
    {
        var ok = reference.Version <= max;
        failures += ok ? 0 : 1;
        Console.WriteLine($"{(ok ? "ok  " : "FAIL")} {name} {reference.Version} (at most {max} for Roslyn 4.8)");
    }
    else if (name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal))
    {
        failures++;
        Console.WriteLine($"FAIL {name} {reference.Version}: not part of the compiler");
    }
}

return failures == 0 ? 0 : 1;
