using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.IO;
using System.Text.Json;
using Amazon.DynamoDBv2.Model;

namespace DynamoGen.Json;

/// <summary>
/// DynamoDB JSON to and from the AWS SDK's <see cref="AttributeValue"/>: the exact, strict path. Generated readers take it
/// for what their fast path does not cover (an item that does not fit, converters, items an index projected only keys
/// of), so that every item reads exactly as <c>FromItem</c> reads it after the SDK's own parse. Anything that is not
/// DynamoDB JSON throws <see cref="DynamoJsonException"/> naming the attribute path and the position.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class AttributeValueJson
{
    /// <summary>Reads one item object (the reader is on its <c>{</c>, or before it); leaves the reader on its <c>}</c>.</summary>
    /// <param name="reader">The reader.</param>
    /// <returns>The attributes, in the order of the JSON.</returns>
    public static Dictionary<string, AttributeValue> ReadItem(ref Utf8JsonReader reader)
    {
        try
        {
            if (reader.TokenType is JsonTokenType.None or JsonTokenType.PropertyName)
            {
                Next(ref reader, null);
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw Error(ref reader, null, "expected an item object '{', found " + Describe(reader.TokenType));
            }

            return ReadMap(ref reader, null);
        }
        catch (Exception ex) when (IsJsonProblem(ex))
        {
            throw Wrap(ex, null, reader.TokenStartIndex);
        }
    }

    /// <summary>Reads one attribute value <c>{"S":"..."}</c> (the reader is on its <c>{</c>); leaves the reader on its <c>}</c>.</summary>
    /// <param name="reader">The reader.</param>
    /// <returns>The value.</returns>
    public static AttributeValue ReadValue(ref Utf8JsonReader reader)
    {
        try
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw Error(ref reader, null, "expected an attribute value object '{', found " + Describe(reader.TokenType));
            }

            Next(ref reader, null);
            return ReadDescribed(ref reader, string.Empty);
        }
        catch (Exception ex) when (IsJsonProblem(ex))
        {
            throw Wrap(ex, null, reader.TokenStartIndex);
        }
    }

    /// <summary>Reads an attribute value whose type descriptor the reader is on (inside the value object).</summary>
    internal static AttributeValue ReadAtDescriptor(ref Utf8JsonReader reader)
    {
        try
        {
            return ReadDescribed(ref reader, string.Empty);
        }
        catch (Exception ex) when (IsJsonProblem(ex))
        {
            throw Wrap(ex, null, reader.TokenStartIndex);
        }
    }

    /// <summary>Writes an item object: every attribute in the dictionary's order, each as the AWS SDK writes it.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="item">The item.</param>
    public static void WriteItem(Utf8JsonWriter writer, Dictionary<string, AttributeValue> item)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(item);
        writer.WriteStartObject();
        foreach (var pair in item)
        {
            writer.WritePropertyName(pair.Key);
            WriteValue(writer, pair.Value);
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes one attribute value as the AWS SDK's request marshaller does (every field that is set, in its order).</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void WriteValue(Utf8JsonWriter writer, AttributeValue value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        if (value.B is { } b)
        {
            writer.WriteBase64String("B"u8, Bytes(b));
        }

        if (value.BOOL is { } flag)
        {
            writer.WriteBoolean("BOOL"u8, flag);
        }

        if (value.BS is { } bs)
        {
            writer.WriteStartArray("BS"u8);
            foreach (var element in bs)
            {
                writer.WriteBase64StringValue(Bytes(element));
            }

            writer.WriteEndArray();
        }

        if (value.L is { } list)
        {
            writer.WriteStartArray("L"u8);
            foreach (var element in list)
            {
                WriteValue(writer, element);
            }

            writer.WriteEndArray();
        }

        if (value.M is { } map)
        {
            writer.WritePropertyName("M"u8);
            WriteItem(writer, map);
        }

        if (value.N is { } n)
        {
            writer.WriteString("N"u8, n);
        }

        if (value.NS is { } ns)
        {
            WriteStrings(writer, "NS"u8, ns);
        }

        if (value.NULL is { } isNull)
        {
            writer.WriteBoolean("NULL"u8, isNull);
        }

        if (value.S is { } s)
        {
            writer.WriteString("S"u8, s);
        }

        if (value.SS is { } ss)
        {
            WriteStrings(writer, "SS"u8, ss);
        }

        writer.WriteEndObject();
    }

    /// <summary>Whether <paramref name="exception"/> is what a reader throws for text that is not valid JSON or not DynamoDB JSON.</summary>
    internal static bool IsJsonProblem(Exception exception)
        => exception is JsonException or InvalidOperationException or FormatException or ArgumentException or OverflowException;

    /// <summary>Turns a reader's own exception into a <see cref="DynamoJsonException"/>.</summary>
    internal static DynamoJsonException Wrap(Exception exception, string? path, long offset)
        => exception switch
        {
            DynamoJsonException json => json,
            JsonException json => new DynamoJsonException("invalid JSON: " + json.Message, path, null, json),
            FormatException => new DynamoJsonException("invalid base64 in a binary value (" + exception.Message + ")", path, offset, exception),
            _ => new DynamoJsonException("a string that is not valid text (" + exception.Message + ")", path, offset, exception),
        };

    private static Dictionary<string, AttributeValue> ReadMap(ref Utf8JsonReader reader, string? path)
    {
        var map = new Dictionary<string, AttributeValue>(StringComparer.Ordinal);
        while (true)
        {
            Next(ref reader, path);
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                return map;
            }

            var name = reader.GetString()!;
            var at = reader.TokenStartIndex;
            var inner = path is null ? name : path + "." + name;
            Next(ref reader, inner);
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw Error(ref reader, inner, "expected an attribute value object such as {\"S\":\"text\"}, found " + Describe(reader.TokenType));
            }

            Next(ref reader, inner);
            var value = ReadDescribed(ref reader, inner);
            if (!map.TryAdd(name, value))
            {
                throw new DynamoJsonException("the attribute appears twice in one map", inner, at);
            }
        }
    }

    private static AttributeValue ReadDescribed(ref Utf8JsonReader reader, string path)
    {
        if (reader.TokenType != JsonTokenType.PropertyName)
        {
            throw Error(ref reader, path, "an attribute value needs exactly one type descriptor (S, N, B, BOOL, NULL, M, L, SS, NS or BS), found " + Describe(reader.TokenType));
        }

        AttributeValue value;
        if (reader.ValueTextEquals("S"u8))
        {
            value = new AttributeValue { S = ReadString(ref reader, path, "S") };
        }
        else if (reader.ValueTextEquals("N"u8))
        {
            value = new AttributeValue { N = ReadString(ref reader, path, "N") };
        }
        else if (reader.ValueTextEquals("BOOL"u8))
        {
            Next(ref reader, path);
            value = reader.TokenType switch
            {
                JsonTokenType.True => new AttributeValue { BOOL = true },
                JsonTokenType.False => new AttributeValue { BOOL = false },
                _ => throw Error(ref reader, path, "BOOL needs true or false, found " + Describe(reader.TokenType)),
            };
        }
        else if (reader.ValueTextEquals("NULL"u8))
        {
            Next(ref reader, path);
            value = reader.TokenType == JsonTokenType.True
                ? new AttributeValue { NULL = true }
                : throw Error(ref reader, path, "NULL needs true, found " + Describe(reader.TokenType));
        }
        else if (reader.ValueTextEquals("B"u8))
        {
            Next(ref reader, path);
            value = new AttributeValue { B = new MemoryStream(Base64(ref reader, path, "B"), writable: false) };
        }
        else if (reader.ValueTextEquals("M"u8))
        {
            Next(ref reader, path);
            value = reader.TokenType == JsonTokenType.StartObject
                ? new AttributeValue { M = ReadMap(ref reader, path) }
                : throw Error(ref reader, path, "M needs an object, found " + Describe(reader.TokenType));
        }
        else if (reader.ValueTextEquals("L"u8))
        {
            Next(ref reader, path);
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                throw Error(ref reader, path, "L needs an array, found " + Describe(reader.TokenType));
            }

            var list = new List<AttributeValue>();
            while (true)
            {
                Next(ref reader, path);
                if (reader.TokenType == JsonTokenType.EndArray)
                {
                    break;
                }

                var element = path + "[" + list.Count.ToString(CultureInfo.InvariantCulture) + "]";
                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    throw Error(ref reader, element, "expected an attribute value object, found " + Describe(reader.TokenType));
                }

                Next(ref reader, element);
                list.Add(ReadDescribed(ref reader, element));
            }

            value = new AttributeValue { L = list };
        }
        else if (reader.ValueTextEquals("SS"u8))
        {
            value = new AttributeValue { SS = ReadStrings(ref reader, path, "SS") };
        }
        else if (reader.ValueTextEquals("NS"u8))
        {
            value = new AttributeValue { NS = ReadStrings(ref reader, path, "NS") };
        }
        else if (reader.ValueTextEquals("BS"u8))
        {
            Next(ref reader, path);
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                throw Error(ref reader, path, "BS needs an array of base64 strings, found " + Describe(reader.TokenType));
            }

            var set = new List<MemoryStream>();
            while (true)
            {
                Next(ref reader, path);
                if (reader.TokenType == JsonTokenType.EndArray)
                {
                    break;
                }

                set.Add(new MemoryStream(Base64(ref reader, path, "BS"), writable: false));
            }

            value = new AttributeValue { BS = set };
        }
        else
        {
            throw Error(ref reader, path, "unknown type descriptor \"" + Shorten(reader.GetString()!) + "\" (expected S, N, B, BOOL, NULL, M, L, SS, NS or BS)");
        }

        Next(ref reader, path);
        if (reader.TokenType != JsonTokenType.EndObject)
        {
            throw Error(ref reader, path, "an attribute value has exactly one type descriptor, found a second one");
        }

        return value;
    }

    private static string ReadString(ref Utf8JsonReader reader, string path, string descriptor)
    {
        Next(ref reader, path);
        return reader.TokenType == JsonTokenType.String
            ? reader.GetString()!
            : throw Error(ref reader, path, descriptor + " needs a JSON string, found " + Describe(reader.TokenType));
    }

    private static List<string> ReadStrings(ref Utf8JsonReader reader, string path, string descriptor)
    {
        Next(ref reader, path);
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw Error(ref reader, path, descriptor + " needs an array of JSON strings, found " + Describe(reader.TokenType));
        }

        var list = new List<string>();
        while (true)
        {
            Next(ref reader, path);
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                return list;
            }

            list.Add(reader.TokenType == JsonTokenType.String
                ? reader.GetString()!
                : throw Error(ref reader, path, descriptor + " needs JSON strings, found " + Describe(reader.TokenType)));
        }
    }

    private static byte[] Base64(ref Utf8JsonReader reader, string path, string descriptor)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw Error(ref reader, path, descriptor + " needs base64 text in a JSON string, found " + Describe(reader.TokenType));
        }

        if (reader.TryGetBytesFromBase64(out var bytes))
        {
            return bytes;
        }

        try
        {
            return Convert.FromBase64String(reader.GetString()!);
        }
        catch (FormatException ex)
        {
            throw new DynamoJsonException(descriptor + " holds text that is not base64", path, reader.TokenStartIndex, ex);
        }
    }

    private static void Next(ref Utf8JsonReader reader, string? path)
    {
        if (!reader.Read())
        {
            throw new DynamoJsonException("the data ends inside the item (a reader over part of the data must hold the whole item)", path, reader.BytesConsumed);
        }
    }

    private static DynamoJsonException Error(ref Utf8JsonReader reader, string? path, string message)
        => new(message, path, reader.TokenStartIndex);

    internal static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.EndObject => "the end of the object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.EndArray => "the end of the array",
        JsonTokenType.PropertyName => "a property name",
        JsonTokenType.String => "a JSON string",
        JsonTokenType.Number => "a JSON number",
        JsonTokenType.True or JsonTokenType.False => "a JSON boolean",
        JsonTokenType.Null => "JSON null",
        _ => "nothing",
    };

    private static string Shorten(string text) => text.Length <= 32 ? text : string.Concat(text.AsSpan(0, 32), "…");

    private static void WriteStrings(Utf8JsonWriter writer, ReadOnlySpan<byte> name, List<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    private static ReadOnlySpan<byte> Bytes(MemoryStream stream)
        => stream.TryGetBuffer(out var buffer) ? buffer.AsSpan() : stream.ToArray();
}
