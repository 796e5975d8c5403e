using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using Amazon.DynamoDBv2.Model;
using DynamoGen.Json;

namespace DynamoGen;

/// <summary>
/// Items as DynamoDB JSON (<c>{"Id":{"S":"c-1"},"Visits":{"N":"3"}}</c>), read and written by the code DynamoGen generates
/// for every <see cref="DynamoTableAttribute"/> and <see cref="DynamoItemAttribute"/> type: the wire format and errors
/// of <c>ToItem()</c>/<c>FromItem()</c>, without the AWS SDK's <c>AttributeValue</c> objects. This is the format of
/// DynamoDB's API, of Lambda stream events (<c>DynamoStreamEvent</c>) and of table exports
/// (<c>DynamoExport</c>). See docs/dynamodb-json.md.
/// </summary>
public static class DynamoJson
{
    /// <summary>Reads one item from <paramref name="reader"/>, which is on the item's <c>{</c> (or before it) and holds the whole item; it is left on the item's <c>}</c>.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="reader">The reader.</param>
    /// <returns>The instance.</returns>
    /// <exception cref="DynamoMappingException">The item does not fit <typeparamref name="T"/>.</exception>
    /// <exception cref="DynamoJsonException">The text is not DynamoDB JSON.</exception>
    public static T Read<T>(ref Utf8JsonReader reader) where T : IDynamoJsonItem<T> => T.ReadJson(ref reader);

    /// <summary>Reads an item from UTF-8 DynamoDB JSON holding exactly one item object.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="utf8Json">The text.</param>
    /// <returns>The instance.</returns>
    /// <exception cref="DynamoMappingException">The item does not fit <typeparamref name="T"/>.</exception>
    /// <exception cref="DynamoJsonException">The text is not one DynamoDB JSON item.</exception>
    public static T Deserialize<T>(ReadOnlySpan<byte> utf8Json) where T : IDynamoJsonItem<T>
    {
        var reader = new Utf8JsonReader(utf8Json);
        var item = T.ReadJson(ref reader);
        try
        {
            if (reader.Read())
            {
                throw new DynamoJsonException("more than one JSON value in the text", null, reader.TokenStartIndex);
            }
        }
        catch (JsonException ex)
        {
            throw new DynamoJsonException("invalid JSON after the item: " + ex.Message, null, null, ex);
        }

        return item;
    }

    /// <summary>Reads an item from DynamoDB JSON text holding exactly one item object.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="json">The text.</param>
    /// <returns>The instance.</returns>
    public static T Deserialize<T>(string json) where T : IDynamoJsonItem<T>
    {
        ArgumentNullException.ThrowIfNull(json);
        var length = Encoding.UTF8.GetMaxByteCount(json.Length);
        var rented = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var written = Encoding.UTF8.GetBytes(json, rented);
            return Deserialize<T>(rented.AsSpan(0, written));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>Writes <paramref name="item"/> as one DynamoDB JSON item object, attributes in the order of <c>ToItem()</c>.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="writer">The writer.</param>
    /// <param name="item">The item.</param>
    /// <exception cref="DynamoMappingException">A member holds a value DynamoDB cannot store.</exception>
    public static void Write<T>(Utf8JsonWriter writer, T item) where T : IDynamoJsonItem<T>
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(item);
        item.WriteJson(writer);
    }

    /// <summary>The item as UTF-8 DynamoDB JSON.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="item">The item.</param>
    /// <returns>New bytes.</returns>
    public static byte[] SerializeToUtf8Bytes<T>(T item) where T : IDynamoJsonItem<T>
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, item);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>The item as DynamoDB JSON text.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="item">The item.</param>
    /// <returns>The text.</returns>
    public static string Serialize<T>(T item) where T : IDynamoJsonItem<T>
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, item);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Reads any item as the AWS SDK's attribute values (strictly: not DynamoDB JSON throws <see cref="DynamoJsonException"/>).</summary>
    /// <param name="reader">The reader, on the item's <c>{</c> (or before it); left on its <c>}</c>.</param>
    /// <returns>The attributes.</returns>
    public static Dictionary<string, AttributeValue> ReadAttributes(ref Utf8JsonReader reader) => AttributeValueJson.ReadItem(ref reader);

    /// <summary>Writes any item of attribute values as DynamoDB JSON, as the AWS SDK writes it in requests.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="item">The attributes.</param>
    public static void WriteAttributes(Utf8JsonWriter writer, Dictionary<string, AttributeValue> item) => AttributeValueJson.WriteItem(writer, item);
}
