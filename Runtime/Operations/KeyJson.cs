using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using Amazon.DynamoDBv2.Model;

namespace DynamoGen;

/// <summary>
/// An AOT-safe JSON form of a DynamoDB key (a <c>LastEvaluatedKey</c>), in DynamoDB's own wire shape:
/// <c>{"pk":{"S":"a"},"sk":{"N":"1"}}</c>. Key attributes are scalars, so only S, N and B are supported.
/// </summary>
internal static class KeyJson
{
    public static byte[] Write(Dictionary<string, AttributeValue> key)
    {
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var (name, value) in key)
            {
                writer.WriteStartObject(name);
                if (value.S is not null)
                {
                    writer.WriteString("S", value.S);
                }
                else if (value.N is not null)
                {
                    writer.WriteString("N", value.N);
                }
                else if (value.B is not null)
                {
                    writer.WriteBase64String("B", value.B.ToArray());
                }
                else
                {
                    throw new InvalidOperationException($"Key attribute '{name}' is not a string, number or binary value.");
                }

                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>Reads a key; <see langword="null"/> when the JSON is not a key in the shape <see cref="Write"/> writes.</summary>
    public static Dictionary<string, AttributeValue>? TryRead(ReadOnlySpan<byte> json)
    {
        try
        {
            var reader = new Utf8JsonReader(json);
            var key = new Dictionary<string, AttributeValue>(StringComparer.Ordinal);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString()!;
                if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject || !reader.Read() || reader.TokenType != JsonTokenType.PropertyName)
                {
                    return null;
                }

                var type = reader.GetString();
                if (!reader.Read() || reader.TokenType != JsonTokenType.String)
                {
                    return null;
                }

                key[name] = type switch
                {
                    "S" => new AttributeValue { S = reader.GetString() },
                    "N" => new AttributeValue { N = reader.GetString() },
                    "B" => new AttributeValue { B = new MemoryStream(reader.GetBytesFromBase64()) },
                    _ => null!,
                };
                if (key[name] is null || !reader.Read() || reader.TokenType != JsonTokenType.EndObject)
                {
                    return null;
                }
            }

            return reader.TokenType == JsonTokenType.EndObject && !reader.Read() && key.Count > 0 ? key : null;
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException)
        {
            return null;
        }
    }
}
