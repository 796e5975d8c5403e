namespace DynamoGen.Generator.Model;

/// <summary>
/// The scalar value kinds, each with one wire format. The names match the runtime's <c>Write</c>, <c>Parse</c>,
/// <c>ItemWriter</c> and <c>ItemReader</c> methods, so the emitter writes <c>Write.{Kind}</c>.
/// </summary>
internal enum ScalarKind
{
    String,
    Char,
    Boolean,
    Byte,
    SByte,
    Int16,
    UInt16,
    Int32,
    UInt32,
    Int64,
    UInt64,
    Single,
    Double,
    Decimal,
    Guid,
    DateTime,
    DateTimeOffset,
    DateOnly,
    TimeOnly,
    TimeSpan,
    EpochDateTime,
    EpochDateTimeOffset,
    Binary,
    Memory,
}

internal static class ScalarKindExtensions
{
    public static bool IsNumber(this ScalarKind kind)
        => kind is ScalarKind.Byte or ScalarKind.SByte or ScalarKind.Int16 or ScalarKind.UInt16 or ScalarKind.Int32 or ScalarKind.UInt32
            or ScalarKind.Int64 or ScalarKind.UInt64 or ScalarKind.Single or ScalarKind.Double or ScalarKind.Decimal;

    /// <summary>The DynamoDB scalar type a key of this kind has (S, N or B), or null when it cannot be a key.</summary>
    public static string? KeyType(this ScalarKind kind)
        => kind.IsNumber() || kind is ScalarKind.EpochDateTime or ScalarKind.EpochDateTimeOffset ? "N"
            : kind is ScalarKind.Binary ? "B"
            : kind is ScalarKind.Boolean or ScalarKind.Memory ? null
            : "S";
}
