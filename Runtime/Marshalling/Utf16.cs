using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace DynamoGen.Marshalling;

/// <summary>
/// DynamoDB stores strings as UTF-8, which cannot encode half of a UTF-16 surrogate pair: such a string would be
/// silently changed (to U+FFFD) on its way to the table, so DynamoGen refuses it instead.
/// </summary>
internal static class Utf16
{
    public const string Expected = "a string DynamoDB can store (well-formed UTF-16; half a surrogate pair has no UTF-8 encoding)";

    // Below this length the range search alone is cheapest (a few ns); measured in benchmarks/Primitives/PrimitiveCosts.cs.
    // Under 8 characters IsStorableOtherLength uses a plain loop instead (no vector set-up for a few characters).
    private const int AsciiFirstLength = 64;

    /// <summary>
    /// True unless the string holds half a surrogate pair. A string of 8 to 32 characters (most attributes) costs two or
    /// four overlapping 8-character vector tests; shorter and longer ones take <see cref="IsStorableOtherLength"/>.
    /// Strings with no surrogates at all (nearly all) never reach the pair check. Not forced inline: a generated
    /// <c>ToItem()</c> checks several strings, and the JIT's inlining budget for it is better spent on the dictionary's
    /// inserts (measured in one process against hand-written code: no slower than forcing it).
    /// </summary>
    public static bool IsStorable(string value)
        => Vector128.IsHardwareAccelerated && (uint)(value.Length - Vector128<ushort>.Count) <= 3 * Vector128<ushort>.Count
            ? !ShortHasSurrogate(value) || PairsOnly(value.AsSpan())
            : IsStorableOtherLength(value.AsSpan());

    /// <summary>
    /// <see cref="IsStorable"/> for a string shorter than 8 or longer than 32 characters, out of line so the part the JIT
    /// may inline stays small.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool IsStorableOtherLength(ReadOnlySpan<char> span)
    {
        if (span.Length < Vector128<ushort>.Count)
        {
            foreach (var c in span)
            {
                if (char.IsSurrogate(c))
                {
                    return PairsOnly(span);
                }
            }

            return true;
        }

        return span.Length < AsciiFirstLength
            ? span.IndexOfAnyInRange('\uD800', '\uDFFF') < 0 || PairsOnly(span)
            : IsStorableLong(span);
    }

    /// <summary>
    /// Whether a string of 8 to 32 characters holds any surrogate (U+D800 to U+DFFF): <c>c - 0xD800 &lt; 0x800</c> on
    /// the first and last 8 characters and, above 16 characters, on the 8 after the first and before the last (the loads
    /// overlap, which is harmless for an "any" test).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool ShortHasSurrogate(string value)
    {
        ref var start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(value.AsSpan()));
        var last = (nuint)(value.Length - Vector128<ushort>.Count);
        var first = Vector128.Create((ushort)0xD800);
        var size = Vector128.Create((ushort)0x800);
        var found = Vector128.LessThan(Vector128.LoadUnsafe(ref start) - first, size)
            | Vector128.LessThan(Vector128.LoadUnsafe(ref start, last) - first, size);
        if (value.Length > 2 * Vector128<ushort>.Count)
        {
            found |= Vector128.LessThan(Vector128.LoadUnsafe(ref start, (nuint)Vector128<ushort>.Count) - first, size)
                | Vector128.LessThan(Vector128.LoadUnsafe(ref start, last - (nuint)Vector128<ushort>.Count) - first, size);
        }

        return found != Vector128<ushort>.Zero;
    }

    private static bool IsStorableLong(ReadOnlySpan<char> span)
    {
        if (System.Text.Ascii.IsValid(span))
        {
            return true; // long ASCII text: Ascii.IsValid is several times faster per character than the range search
        }

        return span.IndexOfAnyInRange('\uD800', '\uDFFF') < 0 || PairsOnly(span); // vectorized: most strings have no surrogates at all
    }

    /// <summary>The slow path, for text that holds surrogates: true when every one is half of a well-formed pair.</summary>
    private static bool PairsOnly(ReadOnlySpan<char> span)
    {
        for (var i = span.IndexOfAnyInRange('\uD800', '\uDFFF'); i < span.Length; i++)
        {
            if (char.IsHighSurrogate(span[i]) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(span[i]))
            {
                return false;
            }
        }

        return true;
    }

    public static string Describe(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsSurrogate(value[i]) && !(char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])))
            {
                return "a lone surrogate U+" + ((int)value[i]).ToString("X4", DynamoFormats.Invariant) + " at index " + i.ToString(DynamoFormats.Invariant);
            }

            if (char.IsHighSurrogate(value[i]))
            {
                i++;
            }
        }

        return "a string";
    }
}
