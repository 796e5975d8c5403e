using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace DynamoGen;

/// <summary>
/// DynamoDB table exports in DynamoDB JSON (the S3 export format: one <c>{"Item":{...}}</c> per line, the files gzipped;
/// wrap the stream in a <see cref="System.IO.Compression.GZipStream"/>), read as typed items with bounded memory and
/// written back in the same format (what DynamoDB's import from S3 reads).
/// </summary>
public static class DynamoExport
{
    private const int InitialBuffer = 64 * 1024;

    /// <summary>The longest line read: DynamoDB items are at most 400 KB, whose JSON (with escapes) stays well below this.</summary>
    public const int MaxLineBytes = 16 * 1024 * 1024;

    /// <summary>
    /// Reads the items of an export, one line at a time: memory holds one buffer of about the longest line, however long
    /// the export. Blank lines are skipped.
    /// </summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="stream">The export data (uncompressed).</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <returns>The items in order.</returns>
    /// <exception cref="DynamoExportException">A line is not an export line or its item does not fit <typeparamref name="T"/>; the message names the line.</exception>
    public static async IAsyncEnumerable<T> ReadAsync<T>(Stream stream, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        where T : IDynamoJsonItem<T>
    {
        ArgumentNullException.ThrowIfNull(stream);
        var buffer = ArrayPool<byte>.Shared.Rent(InitialBuffer);
        try
        {
            var start = 0;
            var end = 0;
            var line = 0L;
            var eof = false;
            while (true)
            {
                var newline = Array.IndexOf(buffer, (byte)'\n', start, end - start);
                if (newline < 0 && !eof)
                {
                    // Keep the partial line at the front, grow only when one line fills the buffer, and read more.
                    if (start > 0)
                    {
                        Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
                        end -= start;
                        start = 0;
                    }

                    if (end == buffer.Length)
                    {
                        if (buffer.Length >= MaxLineBytes)
                        {
                            throw new DynamoExportException(line + 1, "the line is longer than " + MaxLineBytes.ToString(CultureInfo.InvariantCulture) + " bytes");
                        }

                        var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                        Buffer.BlockCopy(buffer, 0, larger, 0, end);
                        ArrayPool<byte>.Shared.Return(buffer);
                        buffer = larger;
                    }

                    var read = await stream.ReadAsync(buffer.AsMemory(end), cancellationToken).ConfigureAwait(false);
                    eof = read == 0;
                    end += read;
                    continue;
                }

                var lineEnd = newline < 0 ? end : newline;
                if (lineEnd > start || newline >= 0)
                {
                    line++;
                    if (TryReadLine<T>(buffer.AsSpan(start, lineEnd - start), line, out var item))
                    {
                        yield return item;
                    }
                }

                if (newline < 0)
                {
                    yield break;
                }

                start = newline + 1;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Writes items as export lines, <c>{"Item":{...}}</c> and a newline each, flushing every 64 KB.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="stream">Where to write.</param>
    /// <param name="items">The items.</param>
    /// <param name="cancellationToken">Stops the writing.</param>
    /// <returns>The number of items written.</returns>
    public static async Task<long> WriteAsync<T>(Stream stream, IAsyncEnumerable<T> items, CancellationToken cancellationToken = default)
        where T : IDynamoJsonItem<T>
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(items);
        var buffer = new ArrayBufferWriter<byte>(InitialBuffer);
        using var writer = new Utf8JsonWriter(buffer);
        var count = 0L;
        await foreach (var item in items.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            WriteLine(writer, buffer, item);
            count++;
            if (buffer.WrittenCount >= InitialBuffer)
            {
                await stream.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
                buffer.ResetWrittenCount();
            }
        }

        await stream.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        return count;
    }

    /// <summary>Writes items as export lines.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="stream">Where to write.</param>
    /// <param name="items">The items.</param>
    /// <param name="cancellationToken">Stops the writing.</param>
    /// <returns>The number of items written.</returns>
    public static Task<long> WriteAsync<T>(Stream stream, IEnumerable<T> items, CancellationToken cancellationToken = default)
        where T : IDynamoJsonItem<T>
    {
        ArgumentNullException.ThrowIfNull(items);
        return WriteAsync(stream, ToAsync(items), cancellationToken);
    }

    private static async IAsyncEnumerable<T> ToAsync<T>(IEnumerable<T> items)
    {
        foreach (var item in items)
        {
            yield return item;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }

    private static void WriteLine<T>(Utf8JsonWriter writer, ArrayBufferWriter<byte> buffer, T item) where T : IDynamoJsonItem<T>
    {
        writer.Reset(buffer);
        writer.WriteStartObject();
        writer.WritePropertyName("Item"u8);
        item.WriteJson(writer);
        writer.WriteEndObject();
        writer.Flush();
        buffer.Write("\n"u8);
    }

    private static bool TryReadLine<T>(ReadOnlySpan<byte> line, long number, out T item) where T : IDynamoJsonItem<T>
    {
        item = default!;
        var trimmed = line.Trim(" \t\r"u8);
        if (trimmed.IsEmpty)
        {
            return false;
        }

        try
        {
            var reader = new Utf8JsonReader(trimmed);
            reader.Read();
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw new DynamoExportException(number, "an export line is an object {\"Item\":{...}}");
            }

            var found = false;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("Item"u8))
                {
                    reader.Read();
                    item = T.ReadJson(ref reader);
                    found = true;
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }

            return found ? true : throw new DynamoExportException(number, "the line has no \"Item\"");
        }
        catch (Exception ex) when (ex is DynamoMappingException or DynamoJsonException or JsonException)
        {
            throw new DynamoExportException(number, ex.Message, ex);
        }
    }
}

/// <summary>A line of a DynamoDB export could not be read: it names the line (1-based); the cause is the inner exception.</summary>
public sealed class DynamoExportException : DynamoException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="lineNumber">The line, counting from 1.</param>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The mapping or JSON error, if any.</param>
    public DynamoExportException(long lineNumber, string message, Exception? innerException = null)
        : base("Line " + lineNumber.ToString(CultureInfo.InvariantCulture) + " of the export: " + message, innerException)
    {
        LineNumber = lineNumber;
    }

    /// <summary>The line, counting from 1.</summary>
    public long LineNumber { get; }
}
