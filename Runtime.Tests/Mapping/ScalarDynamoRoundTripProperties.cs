using DynamoGen.Tests.Models;
using DynamoGen.Testing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.NUnit;
using NUnit.Framework;
using PropertyAttribute = FsCheck.NUnit.PropertyAttribute;

using DynamoGen.Tests.Mapping;

// Under DynamoGen.Tests.Integration so that LocalDynamoSetup (a namespace-scoped SetUpFixture) starts the local DynamoDB.
namespace DynamoGen.Tests.Integration.Mapping;

/// <summary>
/// Every scalar type, plain and nullable, put into and read back from the real local DynamoDB (one table for the
/// class, one item per case). Numbers compare as numbers: DynamoDB normalises their text (1.10 → 1.1, -0 → 0).
/// Only doubles and strings/chars use narrower generators, because DynamoDB cannot store every .NET value
/// (see <see cref="Gens"/> and <see cref="DynamoLimitTests"/>).
/// </summary>
public sealed class ScalarDynamoRoundTripProperties
{
    private Table<ScalarRow> _table = null!;

    [OneTimeSetUp]
    public void CreateTable() => _table = RoundTrip.CreateTable<ScalarRow>("scalars");

    [Requires(LocalDynamoFeatures.EmptyStrings)]
    [Property(MaxTest = 40)]
    public Property String_round_trips() => RoundTrip.ThroughDynamo(() => _table, Gens.OrNull(Gens.StorableString), v => new ScalarRow { Id = RoundTrip.NewId(), Text = v });

    [Property(MaxTest = 40)]
    public Property Char_round_trips() => RoundTrip.ThroughDynamo(() => _table, Gen.Zip(Gens.StorableChar, Gens.Nullable(Gens.StorableChar)), v => new ScalarRow { Id = RoundTrip.NewId(), Letter = v.Item1, MaybeLetter = v.Item2 });

    [Property(MaxTest = 40)]
    public Property Bool_round_trips() => RoundTrip.ThroughDynamo(() => _table, Gen.Zip(Gens.Boolean, Gens.Nullable(Gens.Boolean)), v => new ScalarRow { Id = RoundTrip.NewId(), Flag = v.Item1, MaybeFlag = v.Item2 });

    [Property(MaxTest = 40)]
    public Property Byte_round_trips() => RoundTrip.ThroughDynamo(() => _table, Gen.Zip(Gens.Byte, Gens.Nullable(Gens.Byte)), v => new ScalarRow { Id = RoundTrip.NewId(), U8 = v.Item1, MaybeU8 = v.Item2 });

    [Property(MaxTest = 40)]
    public Property SByte_round_trips() => RoundTrip.ThroughDynamo(() => _table, Gen.Zip(Gens.SByte, Gens.Nullable(Gens.SByte)), v => new ScalarRow { Id = RoundTrip.NewId(), I8 = v.Item1, MaybeI8 = v.Item2 });

    [Property(MaxTest = 40)]
    public Property Int16_round_trips() => RoundTrip.ThroughDynamo(() => _table, Gen.Zip(Gens.Int16, Gens.Nullable(Gens.Int16)), v => new ScalarRow { Id = RoundTrip.NewId(), I16 = v.Item1, MaybeI16 = v.Item2 });

    [Property(MaxTest = 40)]
    public Property UInt16_round_trips() => RoundTrip.ThroughDynamo(() => _table, Gen.Zip(Gens.UInt16, Gens.Nullable(Gens.UInt16)), v => new ScalarRow { Id = RoundTrip.NewId(), U16 = v.Item1, MaybeU16 = v.Item2 });

    [Property(MaxTest = 40)]
    public Property Int32_round_trips() => RoundTrip.ThroughDynamo(() => _table, Gen.Zip(Gens.Int32, Gens.Nullable(Gens.Int32)), v => new ScalarRow { Id = RoundTrip.NewId(), I32 = v.Item1, MaybeI32 = v.Item2 });

    [Property(MaxTest = 40)]
    public Property UInt32_round_trips() => RoundTrip.ThroughDynamo(() => _table, Gen.Zip(Gens.UInt32, Gens.Nullable(Gens.UInt32)), v => new ScalarRow { Id = RoundTrip.NewId(), U32 = v.Item1, MaybeU32 = v.Item2 });

    [Property(MaxTest = 40)]
    public Property Int64_round_trips() => RoundTrip.ThroughDynamo(() => _table, Gen.Zip(Gens.Int64, Gens.Nullable(Gens.Int64)), v => new ScalarRow { Id = RoundTrip.NewId(), I64 = v.Item1, MaybeI64 = v.Item2 });

    [Property(MaxTest = 40)]
    public Property UInt64_round_trips() => RoundTrip.ThroughDynamo(() => _table, Gen.Zip(Gens.UInt64, Gens.Nullable(Gens.UInt64)), v => new ScalarRow { Id = RoundTrip.NewId(), U64 = v.Item1, MaybeU64 = v.Item2 });

    [Property(MaxTest = 40)]
    public Property Single_round_trips() => RoundTrip.ThroughDynamo(() => _table, Gen.Zip(Gens.Single, Gens.Nullable(Gens.Single)), v => new ScalarRow { Id = RoundTrip.NewId(), F32 = v.Item1, MaybeF32 = v.Item2 });

    [Property(MaxTest = 40)]
    public Property Double_round_trips() => RoundTrip.ThroughDynamo(() => _table, Gen.Zip(Gens.StorableDouble, Gens.Nullable(Gens.StorableDouble)), v => new ScalarRow { Id = RoundTrip.NewId(), F64 = v.Item1, MaybeF64 = v.Item2 });

    [Property(MaxTest = 40)]
    public Property Decimal_round_trips() => RoundTrip.ThroughDynamo(() => _table, Gen.Zip(Gens.Decimal, Gens.Nullable(Gens.Decimal)), v => new ScalarRow { Id = RoundTrip.NewId(), Dec = v.Item1, MaybeDec = v.Item2 });

    [Property(MaxTest = 40)]
    public Property Guid_round_trips() => RoundTrip.ThroughDynamo(() => _table, Gen.Zip(Gens.Guid, Gens.Nullable(Gens.Guid)), v => new ScalarRow { Id = RoundTrip.NewId(), Uid = v.Item1, MaybeUid = v.Item2 });

    [Property(MaxTest = 40)]
    public Property DateTime_round_trips() => RoundTrip.ThroughDynamo(() => _table, Gen.Zip(Gens.DateTime, Gens.Nullable(Gens.DateTime)), v => new ScalarRow { Id = RoundTrip.NewId(), When = v.Item1, MaybeWhen = v.Item2 });

    [Property(MaxTest = 40)]
    public Property DateTimeOffset_round_trips() => RoundTrip.ThroughDynamo(() => _table, Gen.Zip(Gens.DateTimeOffset, Gens.Nullable(Gens.DateTimeOffset)), v => new ScalarRow { Id = RoundTrip.NewId(), WhenOffset = v.Item1, MaybeWhenOffset = v.Item2 });

    [Property(MaxTest = 40)]
    public Property DateOnly_round_trips() => RoundTrip.ThroughDynamo(() => _table, Gen.Zip(Gens.DateOnly, Gens.Nullable(Gens.DateOnly)), v => new ScalarRow { Id = RoundTrip.NewId(), Day = v.Item1, MaybeDay = v.Item2 });

    [Property(MaxTest = 40)]
    public Property TimeOnly_round_trips() => RoundTrip.ThroughDynamo(() => _table, Gen.Zip(Gens.TimeOnly, Gens.Nullable(Gens.TimeOnly)), v => new ScalarRow { Id = RoundTrip.NewId(), Time = v.Item1, MaybeTime = v.Item2 });

    [Property(MaxTest = 40)]
    public Property TimeSpan_round_trips() => RoundTrip.ThroughDynamo(() => _table, Gen.Zip(Gens.TimeSpan, Gens.Nullable(Gens.TimeSpan)), v => new ScalarRow { Id = RoundTrip.NewId(), Span = v.Item1, MaybeSpan = v.Item2 });

    [Requires(LocalDynamoFeatures.EmptyStrings)]
    [Property(MaxTest = 40)]
    public Property Bytes_round_trips() => RoundTrip.ThroughDynamo(() => _table, Gens.OrNull(Gens.Bytes), v => new ScalarRow { Id = RoundTrip.NewId(), Bytes = v });

    [Property(MaxTest = 40)]
    public Property Enum_by_number_round_trips() => RoundTrip.ThroughDynamo(() => _table, Gen.Zip(Gens.Color, Gens.Nullable(Gens.Color)), v => new ScalarRow { Id = RoundTrip.NewId(), ColorNumber = v.Item1, MaybeColorNumber = v.Item2 });

    [Property(MaxTest = 40)]
    public Property Enum_by_name_round_trips() => RoundTrip.ThroughDynamo(() => _table, Gen.Zip(Gens.Color, Gens.Nullable(Gens.Color)), v => new ScalarRow { Id = RoundTrip.NewId(), ColorName = v.Item1, MaybeColorName = v.Item2 });

    [Property(MaxTest = 40)]
    public Property Flags_enum_by_number_round_trips() => RoundTrip.ThroughDynamo(() => _table, Gens.Permissions, v => new ScalarRow { Id = RoundTrip.NewId(), Flags = v });

    [Property(MaxTest = 40)]
    public Property Long_enum_by_name_round_trips() => RoundTrip.ThroughDynamo(() => _table, Gens.Tier, v => new ScalarRow { Id = RoundTrip.NewId(), TierName = v });
}
