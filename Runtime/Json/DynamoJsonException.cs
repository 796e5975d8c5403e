using System;
using System.Globalization;
using System.Text.Json;

namespace DynamoGen;

/// <summary>
/// Text that should be DynamoDB JSON is not (a <see cref="DynamoException"/>; the reader's own <see cref="JsonException"/>, if any, is the inner exception): invalid JSON (a syntax error, invalid UTF-8, half a surrogate pair in an
/// escape, nesting deeper than the reader allows, the end of the data inside an item), or JSON that is not an item (an
/// attribute value that is not an object with exactly one type descriptor such as <c>{"S":"text"}</c>, a number given
/// as a JSON number, a duplicate attribute). The message says where: the attribute path and the byte offset, or the
/// line and byte position for a JSON syntax error. An item that is valid DynamoDB JSON but does not fit the C# type
/// raises <see cref="DynamoMappingException"/> instead.
/// </summary>
public sealed class DynamoJsonException : DynamoException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="attributePath">The attribute path (<c>Tags[2]</c>, <c>Address.City</c>), or null at the item level.</param>
    /// <param name="byteOffset">Where in the reader's data, when known.</param>
    /// <param name="innerException">The underlying error (the reader's own <see cref="JsonException"/> for a syntax error).</param>
    public DynamoJsonException(string message, string? attributePath = null, long? byteOffset = null, Exception? innerException = null)
        : base(Format(message, attributePath, byteOffset, innerException as JsonException), innerException)
    {
        AttributePath = attributePath;
        ByteOffset = byteOffset;
        LineNumber = (innerException as JsonException)?.LineNumber;
        BytePositionInLine = (innerException as JsonException)?.BytePositionInLine;
    }

    /// <summary>For a JSON syntax error: the zero-based line where the reader stopped.</summary>
    public long? LineNumber { get; }

    /// <summary>For a JSON syntax error: the zero-based byte position in that line.</summary>
    public long? BytePositionInLine { get; }

    /// <summary>The attribute path where the problem is, or null at the item level.</summary>
    public string? AttributePath { get; }

    /// <summary>The offset in the reader's data of the token where the problem was found, when known.</summary>
    public long? ByteOffset { get; }

    private static string Format(string message, string? path, long? offset, JsonException? syntax)
    {
        var text = "Not DynamoDB JSON" + (string.IsNullOrEmpty(path) ? string.Empty : " at attribute '" + path + "'") + ": " + message;
        if (syntax?.LineNumber is { } line)
        {
            return text + " (line " + (line + 1).ToString(CultureInfo.InvariantCulture) + ", byte " + syntax.BytePositionInLine?.ToString(CultureInfo.InvariantCulture) + " in the line)";
        }

        return offset is null ? text : text + " (byte offset " + offset.Value.ToString(CultureInfo.InvariantCulture) + ")";
    }
}
