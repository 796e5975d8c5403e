namespace DynamoGen.Generator.Model;

/// <summary>
/// The <c>[Version]</c> member of a table type: what the generated <c>VersionOf</c> reads and how the generated
/// <c>WithVersion</c> copies an item with a new version.
/// </summary>
/// <param name="AttributeName">The stored attribute.</param>
/// <param name="MemberName">The C# property.</param>
/// <param name="IsInt32">The member is an <c>int</c> (or <c>int?</c>), so a new version is narrowed with <c>checked</c>; otherwise a <c>long</c>.</param>
/// <param name="Copy">How the copy is made.</param>
internal sealed record VersionModel(string AttributeName, string MemberName, bool IsInt32, VersionCopy Copy);

/// <summary>How <c>WithVersion</c> copies an item without changing the caller's instance.</summary>
internal enum VersionCopy
{
    /// <summary>A record or struct whose version has a setter or init accessor: <c>item with { Version = version }</c>.</summary>
    With,

    /// <summary>A class whose version has a setter: a shallow <c>MemberwiseClone()</c>, then the version is set on the copy.</summary>
    CloneAndSet,

    /// <summary>Any other type (init-only on a class, get-only, a constructor parameter): a generated constructor copies every mapped member.</summary>
    CopyConstructor,
}
