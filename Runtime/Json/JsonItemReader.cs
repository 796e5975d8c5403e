using System;
using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

namespace DynamoGen.Json;

/// <summary>
/// Item-level steps of generated DynamoDB JSON readers: enter the item, walk its attributes, open each value (a
/// <c>NULL</c> reads as a missing attribute), skip unmapped ones, and, when an item leaves the fast path, read it again
/// on the exact path (<see cref="AttributeValueJson.ReadItem"/> then <c>FromItem</c>) so that it is accepted or
/// rejected exactly as the SDK path does.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class JsonItemReader
{
    /// <summary>Moves onto the item's <c>{</c> (from a fresh reader or a property name) and checks it is one.</summary>
    /// <param name="reader">The reader.</param>
    public static void Start(ref Utf8JsonReader reader)
    {
        if (reader.TokenType is JsonTokenType.None or JsonTokenType.PropertyName && !reader.Read())
        {
            throw JsonRead.Miss();
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw JsonRead.Miss();
        }
    }

    /// <summary>Moves to the next attribute name: true on it, false on the item's <c>}</c>.</summary>
    /// <param name="reader">The reader.</param>
    /// <returns>Whether there is another attribute.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool NextAttribute(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
        {
            throw JsonRead.Miss();
        }

        return reader.TokenType == JsonTokenType.PropertyName || (reader.TokenType == JsonTokenType.EndObject ? false : throw JsonRead.Miss());
    }

    /// <summary>Whether the current attribute name is the reader's own bytes (<see cref="Utf8JsonReader.ValueSpan"/>), not escaped.</summary>
    /// <param name="reader">The reader, on an attribute name.</param>
    /// <returns>True when <c>ValueSpan</c> is the name.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsPlainName(ref Utf8JsonReader reader) => !reader.ValueIsEscaped && !reader.HasValueSequence;

    /// <summary>
    /// Unescapes the current attribute name into <paramref name="scratch"/> (sized by generated code to its longest
    /// attribute name): its length, or 0 when it is longer, so that it matches no mapped name.
    /// </summary>
    /// <param name="reader">The reader, on an attribute name.</param>
    /// <param name="scratch">Room for the unescaped name.</param>
    /// <returns>The length of the name in <paramref name="scratch"/>.</returns>
    public static int Unescape(ref Utf8JsonReader reader, scoped Span<byte> scratch)
    {
        var length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (length <= scratch.Length)
        {
            return reader.CopyString(scratch);
        }

        // Escaped text longer than every mapped name may still unescape to one of them.
        var name = reader.GetString()!;
        return Encoding.UTF8.GetByteCount(name) <= scratch.Length ? Encoding.UTF8.GetBytes(name, scratch) : 0;
    }

    /// <summary>Opens an attribute's value: false (and the value read) for <c>NULL</c>, else true on its type descriptor.</summary>
    /// <param name="reader">The reader, on the attribute name.</param>
    /// <returns>Whether the value is not <c>NULL</c>.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Open(ref Utf8JsonReader reader)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject || !reader.Read() || reader.TokenType != JsonTokenType.PropertyName)
        {
            throw JsonRead.Miss();
        }

        if (JsonRead.IsNull(ref reader))
        {
            JsonRead.Null(ref reader);
            return false;
        }

        return true;
    }

    /// <summary>Skips the value of an attribute the type does not map.</summary>
    /// <param name="reader">The reader, on the attribute name.</param>
    public static void Skip(ref Utf8JsonReader reader)
    {
        if (!reader.Read() || !reader.TrySkip())
        {
            throw JsonRead.Miss();
        }
    }

    /// <summary>Reads the entity attribute: true when it is S holding exactly <paramref name="entityName"/>.</summary>
    /// <param name="reader">The reader, on the attribute name.</param>
    /// <param name="entityName">The type's entity name, UTF-8.</param>
    /// <returns>Whether the item is of this entity type.</returns>
    public static bool Entity(ref Utf8JsonReader reader, ReadOnlySpan<byte> entityName)
    {
        if (!Open(ref reader))
        {
            return false;
        }

        JsonRead.Expect(ref reader, "S"u8, JsonTokenType.String);
        var matches = reader.ValueTextEquals(entityName);
        JsonRead.Close(ref reader);
        return matches;
    }

    /// <summary>An attribute seen twice leaves the fast path (the exact path reports it).</summary>
    /// <returns>The exception to throw.</returns>
    public static Exception Duplicate() => JsonRead.Miss();

    /// <summary>Whether an exception from the fast path means "read the item again on the exact path".</summary>
    /// <param name="exception">The exception.</param>
    /// <returns>False only for failures no second read can change (out of memory, cancellation).</returns>
    public static bool CanRetry(Exception exception)
        => exception is not (OutOfMemoryException or OperationCanceledException or InsufficientExecutionStackException);

    /// <summary>
    /// Reads the item on the exact path: DynamoDB JSON to <c>AttributeValue</c>s (strictly; not DynamoDB JSON throws
    /// <see cref="DynamoJsonException"/>), then <c>FromItem</c>, which accepts the item or throws the same
    /// <see cref="DynamoMappingException"/> as on the SDK path.
    /// </summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="reader">The reader, where the fast path started.</param>
    /// <returns>The instance.</returns>
    public static T ReadExact<T>(ref Utf8JsonReader reader) where T : IDynamoItem<T>
    {
        t_exactReads++;
        return T.FromItem(AttributeValueJson.ReadItem(ref reader));
    }

    /// <summary>How many items this thread has read on the exact path (tests check that well-formed items never do).</summary>
    internal static int ExactReads => t_exactReads;

    [ThreadStatic]
    private static int t_exactReads;
}
