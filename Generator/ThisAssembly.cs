namespace DynamoGen.Generator;

/// <summary>The generator's version, written into <c>[GeneratedCode]</c> attributes.</summary>
internal static class ThisAssembly
{
    public const string Version = "0.1.0";
}
