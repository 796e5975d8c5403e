using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using DynamoGen.Tests.Models;
using FsCheck;
using FsCheck.Fluent;

namespace DynamoGen.Tests.Mapping;

/// <summary>
/// Generators for the property tests. Each comes in the widest form .NET allows (for <c>ToItem</c> → <c>FromItem</c>)
/// and, where DynamoDB itself is narrower, a "storable" form restricted to what DynamoDB accepts; every restriction is
/// named here with its reason:
/// <list type="bullet">
/// <item>numbers: at most 38 significant digits, magnitude 1E-130 to 9.99…E+125 (so doubles outside that range are
/// excluded; <see cref="DynamoLimitTests"/> asserts that DynamoDB rejects them with a clear error);</item>
/// <item>strings are stored as UTF-8, so a lone UTF-16 surrogate cannot be stored (excluded; see
/// <see cref="DynamoLimitTests"/>);</item>
/// <item>sets cannot hold duplicates (byte[] sets are deduplicated by content, which a reference-equality
/// <c>HashSet&lt;byte[]&gt;</c> does not do) and cannot be empty (an empty set is omitted, see <see cref="Same"/>).</item>
/// </list>
/// </summary>
internal static class Gens
{
    private static readonly Gen<byte> s_byte = Gen.Choose(0, 255).Select(i => (byte)i);

    public static Gen<byte[]> FixedBytes(int count) => Gen.ArrayOf(s_byte, count);

    /// <summary>64 uniformly random bits.</summary>
    public static readonly Gen<ulong> Bits64 = FixedBytes(8).Select(b => BitConverter.ToUInt64(b));

    /// <summary>Mostly <paramref name="gen"/>, sometimes one of <paramref name="edges"/>.</summary>
    public static Gen<T> WithEdges<T>(Gen<T> gen, params T[] edges) => Gen.Frequency((4, gen), (1, Gen.Elements(edges)));

    /// <summary>Null one time in five.</summary>
    public static Gen<T?> Nullable<T>(Gen<T> gen) where T : struct
        => Gen.Frequency((1, Gen.Constant((T?)null)), (4, gen.Select(v => (T?)v)));

    /// <summary>Null one time in five.</summary>
    public static Gen<T?> OrNull<T>(Gen<T> gen) where T : class
        => Gen.Frequency((1, Gen.Constant((T?)null)), (4, gen.Select(v => (T?)v)));

    // Full-range uniform bits, plus small numbers (where most bugs in sign and digit handling show), plus the edges.
    private static Gen<ulong> Wide => Gen.Frequency((3, Bits64), (2, Bits64.Select(b => b % 1000)));

    public static readonly Gen<byte> Byte = WithEdges(Wide.Select(b => (byte)b), byte.MinValue, byte.MaxValue);
    public static readonly Gen<sbyte> SByte = WithEdges<sbyte>(Wide.Select(b => unchecked((sbyte)b)), sbyte.MinValue, sbyte.MaxValue, 0, -1);
    public static readonly Gen<short> Int16 = WithEdges<short>(Wide.Select(b => unchecked((short)b)), short.MinValue, short.MaxValue, 0, -1);
    public static readonly Gen<ushort> UInt16 = WithEdges(Wide.Select(b => (ushort)b), ushort.MinValue, ushort.MaxValue);
    public static readonly Gen<int> Int32 = WithEdges(Wide.Select(b => unchecked((int)b)), int.MinValue, int.MaxValue, 0, -1);
    public static readonly Gen<uint> UInt32 = WithEdges(Wide.Select(b => (uint)b), uint.MinValue, uint.MaxValue);
    public static readonly Gen<long> Int64 = WithEdges(Wide.Select(b => unchecked((long)b)), long.MinValue, long.MaxValue, 0, -1);

    /// <summary>Includes values above <see cref="long.MaxValue"/>.</summary>
    public static readonly Gen<ulong> UInt64 = WithEdges(Wide, ulong.MinValue, ulong.MaxValue, (ulong)long.MaxValue, (ulong)long.MaxValue + 1);

    public static readonly Gen<bool> Boolean = Gen.Elements(true, false);

    /// <summary>Any finite float (every float is within DynamoDB's number range).</summary>
    public static readonly Gen<float> Single = WithEdges(
        Gen.Frequency(
            (3, Bits64.Select(b => BitConverter.UInt32BitsToSingle((uint)b)).Where(float.IsFinite)),
            (1, Gen.Choose(-100000, 100000).Select(i => i / 100f))),
        0f, -0f, float.Epsilon, -float.Epsilon, float.MaxValue, float.MinValue, 0.1f, 1f / 3, 16777217f);

    /// <summary>Any finite double.</summary>
    public static readonly Gen<double> Double = WithEdges(
        Gen.Frequency(
            (3, Bits64.Select(BitConverter.UInt64BitsToDouble).Where(double.IsFinite)),
            (1, Gen.Choose(-100000, 100000).Select(i => i / 100.0))),
        0.0, -0.0, double.Epsilon, double.MaxValue, double.MinValue, 0.1, 1.0 / 3, 1e125, 1e-130, 5e-324, 9007199254740993.0);

    /// <summary>
    /// Doubles DynamoDB can store: zero or a magnitude from 1E-130 up to (not including) 1E+126. Values outside are
    /// DynamoDB's limit, not ours: it rejects them ("Number overflow"/"Number underflow").
    /// </summary>
    public static readonly Gen<double> StorableDouble = Double.Where(IsStorable);

    public static bool IsStorable(double d) => d == 0 || (Math.Abs(d) >= 1e-130 && Math.Abs(d) < 1e126);

    /// <summary>Any decimal: all 96 bits of mantissa, any scale 0..28, either sign.</summary>
    public static readonly Gen<decimal> Decimal = WithEdges(
        Gen.Frequency(
            (3, from bits in FixedBytes(12)
                from negative in Boolean
                from scale in Gen.Choose(0, 28)
                select new decimal(BitConverter.ToInt32(bits, 0), BitConverter.ToInt32(bits, 4), BitConverter.ToInt32(bits, 8), negative, (byte)scale)),
            (1, from i in Gen.Choose(-100000, 100000)
                from scale in Gen.Choose(0, 4)
                select new decimal(Math.Abs(i), 0, 0, i < 0, (byte)scale))),
        decimal.MaxValue, decimal.MinValue, decimal.Zero, 1.10m, 0.0000000000000000000000000001m,
        1.0000000000000000000000000000m, 7.9228162514264337593543950335m, new decimal(0, 0, 0, true, 5));

    public static readonly Gen<Guid> Guid = WithEdges(FixedBytes(16).Select(b => new Guid(b)), System.Guid.Empty);

    private static Gen<long> Ticks(long max) => Bits64.Select(b => (long)(b % ((ulong)max + 1)));

    /// <summary>Any DateTime of any kind. The contract: stored in UTC, read back as UTC with 100 ns precision.</summary>
    public static readonly Gen<DateTime> DateTime = WithEdges(
        from ticks in Gen.Frequency((1, Ticks(System.DateTime.MaxValue.Ticks)), (1, Ticks(1000L * System.TimeSpan.TicksPerDay).Select(t => t + new DateTime(2000, 1, 1).Ticks)))
        from kind in Gen.Elements(DateTimeKind.Utc, DateTimeKind.Local, DateTimeKind.Unspecified)
        select new DateTime(ticks, kind),
        System.DateTime.MinValue, System.DateTime.MaxValue, new DateTime(0, DateTimeKind.Utc), new DateTime(System.DateTime.MaxValue.Ticks, DateTimeKind.Utc));

    /// <summary>Any DateTimeOffset with any offset (whole minutes, -14:00..+14:00).</summary>
    public static readonly Gen<DateTimeOffset> DateTimeOffset = WithEdges(
        (from utcTicks in Ticks(System.DateTime.MaxValue.Ticks)
         from minutes in Gen.Choose(-14 * 60, 14 * 60)
         let local = utcTicks + (minutes * System.TimeSpan.TicksPerMinute)
         where local >= 0 && local <= System.DateTime.MaxValue.Ticks
         select new DateTimeOffset(local, System.TimeSpan.FromMinutes(minutes))),
        System.DateTimeOffset.MinValue, System.DateTimeOffset.MaxValue, new DateTimeOffset(2024, 1, 31, 13, 45, 0, System.TimeSpan.FromHours(-9.5)));

    public static readonly Gen<DateOnly> DateOnly = WithEdges(
        Gen.Choose(0, System.DateOnly.MaxValue.DayNumber).Select(System.DateOnly.FromDayNumber), System.DateOnly.MinValue, System.DateOnly.MaxValue);

    public static readonly Gen<TimeOnly> TimeOnly = WithEdges(
        Ticks(System.TimeOnly.MaxValue.Ticks).Select(t => new TimeOnly(t)), System.TimeOnly.MinValue, System.TimeOnly.MaxValue);

    /// <summary>Any TimeSpan, negative ones and days included.</summary>
    public static readonly Gen<TimeSpan> TimeSpan = WithEdges(
        Gen.Frequency((1, Bits64.Select(b => new TimeSpan(unchecked((long)b)))), (1, Gen.Choose(-100000, 100000).Select(s => System.TimeSpan.FromMilliseconds(s * 37.1)))),
        System.TimeSpan.MinValue, System.TimeSpan.MaxValue, System.TimeSpan.Zero, new TimeSpan(1), new TimeSpan(-1));

    /// <summary>Byte arrays of any length the size allows, empty included.</summary>
    public static readonly Gen<byte[]> Bytes = Gen.ArrayOf(s_byte);

    public static readonly Gen<Color> Color = Gen.Elements(Models.Color.Red, Models.Color.Green, Models.Color.Blue);
    public static readonly Gen<Permissions> Permissions = Gen.Choose(0, 7).Select(i => (Permissions)i);
    public static readonly Gen<Tier> Tier = Gen.Elements(Models.Tier.Free, Models.Tier.Pro);

    /// <summary>Any UTF-16 code unit that is not half a surrogate pair (DynamoGen refuses those: DynamoDB stores UTF-8).</summary>
    public static readonly Gen<char> Char = WithEdges(
        Gen.Frequency((1, Gen.Choose(0, 0xFFFF).Select(i => (char)i)), (1, Gen.Choose(0x20, 0x7E).Select(i => (char)i))),
        '\0', '\uD7FF', '\uE000', '\uFFFF', ' ', '"', '\\').Where(c => !char.IsSurrogate(c));

    /// <summary>Characters DynamoDB can store: the same as <see cref="Char"/>.</summary>
    public static readonly Gen<char> StorableChar = Char;

    /// <summary>Any string DynamoGen accepts: every code unit mix without lone surrogates (pairs included), empty included.</summary>
    public static readonly Gen<string> String = Gen.Frequency(
        (1, Gen.Constant(string.Empty)),
        (4, Gen.ArrayOf(Char).Select(cs => new string(cs))),
        (2, Gen.ArrayOf(CodePoint()).Select(Concat)));

    /// <summary>Any valid Unicode string, empty included.</summary>
    public static readonly Gen<string> StorableString = Gen.Frequency(
        (1, Gen.Constant(string.Empty)),
        (6, Gen.ArrayOf(CodePoint()).Select(Concat)));

    /// <summary>Map keys: any non-empty valid Unicode string.</summary>
    public static readonly Gen<string> MapKey = Gen.NonEmptyListOf(CodePoint()).Select(cps => Concat(cps.ToArray()));

    /// <summary>
    /// Unicode scalar values: ASCII (NUL and controls included), the rest of the BMP outside the surrogate block, and
    /// supplementary planes (emoji), which are surrogate pairs in UTF-16.
    /// </summary>
    private static Gen<int> CodePoint() => Gen.Frequency(
        (4, Gen.Choose(0, 0x7F)),
        (2, Gen.Choose(0x80, 0xD7FF)),
        (1, Gen.Choose(0xE000, 0xFFFF)),
        (1, Gen.Choose(0x10000, 0x10FFFF)));

    private static string Concat(int[] codePoints)
    {
        var builder = new StringBuilder();
        foreach (var cp in codePoints)
        {
            builder.Append(char.ConvertFromUtf32(cp));
        }

        return builder.ToString();
    }

    /// <summary>A list of at most <paramref name="max"/> elements (fewer while the size is small).</summary>
    public static Gen<List<T>> SmallList<T>(Gen<T> gen, int max = 6)
        => Gen.Sized(size => Gen.Choose(0, Math.Min(size, max)).SelectMany(n => Gen.ListOf(gen, n))).Select(l => l.ToList());

    public static Gen<HashSet<T>> SmallSet<T>(Gen<T> gen, int max = 6) => SmallList(gen, max).Select(l => new HashSet<T>(l));

    /// <summary>A set of byte arrays with distinct contents (DynamoDB rejects duplicate set members).</summary>
    public static Gen<HashSet<byte[]>> BinarySet(int max = 6)
        => SmallList(Bytes, max).Select(l => new HashSet<byte[]>(l.DistinctBy(Convert.ToHexString)));

    public static Gen<Dictionary<string, T>> SmallMap<T>(Gen<T> value, int max = 5)
        => SmallList(Gen.Zip(MapKey, value), max).Select(pairs =>
        {
            var map = new Dictionary<string, T>(StringComparer.Ordinal);
            foreach (var (k, v) in pairs)
            {
                map[k] = v;
            }

            return map;
        });
}
