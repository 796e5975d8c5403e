using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Amazon.DynamoDBv2.Model;
using DynamoGen.Json;
using DynamoGen.Marshalling;

namespace DynamoGen;

/// <summary>
/// Reads DynamoDB stream records into typed records: a Lambda DynamoDB event (<c>{"Records":[...]}</c>, plain JSON, no
/// Lambda package needed) or a Streams API <c>GetRecords</c> response, which has the same records. Register the item
/// types of the table; each record becomes a <see cref="DynamoStreamRecord{T}"/> of the type it belongs to:
/// <list type="bullet">
/// <item>a type with an entity name (<c>[DynamoTable(Entity = "Order")]</c>) takes the records whose image holds that
/// name in the entity attribute;</item>
/// <item>a type with key templates (<c>[PartitionKey(Template = "USER#{UserId}")]</c>) takes the records whose keys
/// match its templates (what a keys-only stream and a REMOVE without old image still have);</item>
/// <item>a type with neither takes the records no other type took (a table of one type).</item>
/// </list>
/// A record no type takes is a plain <see cref="DynamoStreamRecord"/> (keys only). Images are read by the generated
/// DynamoDB JSON readers: an image that does not fit its type throws <see cref="DynamoMappingException"/>.
/// </summary>
public sealed class DynamoStreamReader
{
    private readonly List<Route> _routes = new();

    /// <summary>Records of <typeparamref name="T"/> become <see cref="DynamoStreamRecord{T}"/>.</summary>
    /// <typeparam name="T">An item type of the table.</typeparam>
    /// <returns>This reader.</returns>
    public DynamoStreamReader Add<T>() where T : IDynamoTable<T>, IDynamoJsonItem<T>
    {
        var schema = T.TableSchema;
        var templates = T.KeyTemplates;
        var entityName = schema.EntityName;
        var entityAttribute = schema.EntityAttribute;
        RouteKind kind = entityName is not null ? RouteKind.Entity : templates.Count > 0 ? RouteKind.KeyTemplates : RouteKind.Rest;
        _routes.Add(new Route(kind, entityAttribute, entityName, templates, static (raw, json) => Typed<T>(raw, json)));
        _routes.Sort(static (a, b) => a.Kind.CompareTo(b.Kind));
        return this;
    }

    /// <summary>Reads every record of a Lambda DynamoDB event or a Streams API GetRecords response.</summary>
    /// <param name="utf8Json">The event or response, UTF-8.</param>
    /// <returns>The records in order, each typed by the type it belongs to.</returns>
    /// <exception cref="DynamoJsonException">The text is not a stream event.</exception>
    /// <exception cref="DynamoMappingException">An image does not fit its type.</exception>
    public IReadOnlyList<DynamoStreamRecord> Read(ReadOnlySpan<byte> utf8Json)
    {
        var raws = StreamEventJson.ReadRecords(utf8Json);
        var records = new List<DynamoStreamRecord>(raws.Count);
        foreach (var raw in raws)
        {
            records.Add(Pick(raw, utf8Json) is { } route ? route.Create(raw, utf8Json) : Untyped(raw));
        }

        return records;
    }

    /// <summary>Reads every record of a Lambda DynamoDB event or GetRecords response from a stream (read whole: Lambda events are at most 6 MB).</summary>
    /// <param name="stream">The event.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The records in order.</returns>
    public async Task<IReadOnlyList<DynamoStreamRecord>> ReadAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        return Read(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }

    /// <summary>Reads the records of one item type (a table of one type): every record becomes a <see cref="DynamoStreamRecord{T}"/>.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="utf8Json">A Lambda DynamoDB event or a GetRecords response.</param>
    /// <returns>The records in order.</returns>
    public static IReadOnlyList<DynamoStreamRecord<T>> ReadAll<T>(ReadOnlySpan<byte> utf8Json) where T : IDynamoJsonItem<T>
    {
        var raws = StreamEventJson.ReadRecords(utf8Json);
        var records = new List<DynamoStreamRecord<T>>(raws.Count);
        foreach (var raw in raws)
        {
            records.Add(Typed<T>(raw, utf8Json));
        }

        return records;
    }

    private Route? Pick(RawStreamRecord raw, ReadOnlySpan<byte> json)
    {
        foreach (var route in _routes)
        {
            switch (route.Kind)
            {
                case RouteKind.Entity:
                    var image = raw.NewImage.Length > 0 ? raw.NewImage : raw.OldImage;
                    if (image.Length > 0 && StreamEventJson.StringAttribute(json.Slice(image.Start, image.Length), route.EntityAttribute!) == route.EntityName)
                    {
                        return route;
                    }

                    break;
                case RouteKind.KeyTemplates:
                    if (MatchesTemplates(raw.Keys, route.Templates))
                    {
                        return route;
                    }

                    break;
                default:
                    return route;
            }
        }

        return null;
    }

    private static bool MatchesTemplates(Dictionary<string, AttributeValue> keys, IReadOnlyList<KeyTemplate> templates)
    {
        var applied = false;
        foreach (var template in templates)
        {
            if (keys.TryGetValue(template.Attribute, out var key))
            {
                if (key.S is null || !template.TryParse(key.S, out _))
                {
                    return false;
                }

                applied = true;
            }
        }

        return applied;
    }

    private static DynamoStreamRecord<T> Typed<T>(RawStreamRecord raw, ReadOnlySpan<byte> json) where T : IDynamoJsonItem<T>
        => new()
        {
            EventName = raw.EventName,
            EventId = raw.EventId,
            Keys = raw.Keys,
            SequenceNumber = raw.SequenceNumber,
            ApproximateCreationDateTime = raw.ApproximateCreationDateTime,
            StreamViewType = raw.StreamViewType,
            SizeBytes = raw.SizeBytes,
            EventSourceArn = raw.EventSourceArn,
            AwsRegion = raw.AwsRegion,
            IsTimeToLiveDeletion = raw.IsTimeToLiveDeletion,
            HasNewImage = raw.NewImage.Length > 0,
            HasOldImage = raw.OldImage.Length > 0,
            NewImage = raw.NewImage.Length > 0 ? DynamoJson.Deserialize<T>(json.Slice(raw.NewImage.Start, raw.NewImage.Length)) : default,
            OldImage = raw.OldImage.Length > 0 ? DynamoJson.Deserialize<T>(json.Slice(raw.OldImage.Start, raw.OldImage.Length)) : default,
        };

    private static DynamoStreamRecord Untyped(RawStreamRecord raw)
        => new()
        {
            EventName = raw.EventName,
            EventId = raw.EventId,
            Keys = raw.Keys,
            SequenceNumber = raw.SequenceNumber,
            ApproximateCreationDateTime = raw.ApproximateCreationDateTime,
            StreamViewType = raw.StreamViewType,
            SizeBytes = raw.SizeBytes,
            EventSourceArn = raw.EventSourceArn,
            AwsRegion = raw.AwsRegion,
            IsTimeToLiveDeletion = raw.IsTimeToLiveDeletion,
        };

    private enum RouteKind
    {
        Entity,
        KeyTemplates,
        Rest,
    }

    private delegate DynamoStreamRecord Create(RawStreamRecord raw, ReadOnlySpan<byte> json);

    private sealed record Route(RouteKind Kind, string? EntityAttribute, string? EntityName, IReadOnlyList<KeyTemplate> Templates, Create Create);
}

/// <summary>Where a part of the event sits in its bytes.</summary>
internal readonly record struct JsonSlice(int Start, int Length);

/// <summary>A stream record with its images left as slices of the event, to be read once the record's type is known.</summary>
internal sealed class RawStreamRecord
{
    public DynamoStreamEventName EventName { get; set; }

    public string? EventId { get; set; }

    public Dictionary<string, AttributeValue> Keys { get; set; } = new(StringComparer.Ordinal);

    public string? SequenceNumber { get; set; }

    public DateTimeOffset? ApproximateCreationDateTime { get; set; }

    public string? StreamViewType { get; set; }

    public long? SizeBytes { get; set; }

    public string? EventSourceArn { get; set; }

    public string? AwsRegion { get; set; }

    public bool IsTimeToLiveDeletion { get; set; }

    public JsonSlice NewImage { get; set; }

    public JsonSlice OldImage { get; set; }
}

/// <summary>The record layout of Lambda DynamoDB events and Streams API GetRecords responses.</summary>
internal static class StreamEventJson
{
    public static List<RawStreamRecord> ReadRecords(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        try
        {
            Next(ref reader);
            Expect(ref reader, JsonTokenType.StartObject, "a stream event object {\"Records\":[...]}");
            var records = new List<RawStreamRecord>();
            var found = false;
            while (NextProperty(ref reader))
            {
                if (reader.ValueTextEquals("Records"u8))
                {
                    found = true;
                    Next(ref reader);
                    Expect(ref reader, JsonTokenType.StartArray, "Records to be an array");
                    while (true)
                    {
                        Next(ref reader);
                        if (reader.TokenType == JsonTokenType.EndArray)
                        {
                            break;
                        }

                        records.Add(ReadRecord(ref reader, records.Count));
                    }
                }
                else
                {
                    SkipValue(ref reader);
                }
            }

            return found ? records : throw new DynamoJsonException("a stream event has a Records array; this text has none");
        }
        catch (Exception ex) when (AttributeValueJson.IsJsonProblem(ex))
        {
            throw AttributeValueJson.Wrap(ex, null, reader.TokenStartIndex);
        }
    }

    /// <summary>The S value of a top-level attribute of an item, or null.</summary>
    public static string? StringAttribute(ReadOnlySpan<byte> item, string attribute)
    {
        var reader = new Utf8JsonReader(item);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals(attribute))
            {
                reader.Read();
                return reader.TokenType == JsonTokenType.StartObject && reader.Read() && reader.ValueTextEquals("S"u8) && reader.Read() && reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            }

            reader.Read();
            reader.Skip();
        }

        return null;
    }

    private static RawStreamRecord ReadRecord(ref Utf8JsonReader reader, int index)
    {
        Expect(ref reader, JsonTokenType.StartObject, "each record to be an object");
        var record = new RawStreamRecord();
        string? eventName = null;
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("eventID"u8))
            {
                record.EventId = ReadString(ref reader);
            }
            else if (reader.ValueTextEquals("eventName"u8))
            {
                eventName = ReadString(ref reader);
            }
            else if (reader.ValueTextEquals("awsRegion"u8))
            {
                record.AwsRegion = ReadString(ref reader);
            }
            else if (reader.ValueTextEquals("eventSourceARN"u8))
            {
                record.EventSourceArn = ReadString(ref reader);
            }
            else if (reader.ValueTextEquals("userIdentity"u8))
            {
                record.IsTimeToLiveDeletion = ReadIdentity(ref reader);
            }
            else if (reader.ValueTextEquals("dynamodb"u8))
            {
                ReadChange(ref reader, record);
            }
            else
            {
                SkipValue(ref reader);
            }
        }

        record.EventName = eventName switch
        {
            "INSERT" => DynamoStreamEventName.Insert,
            "MODIFY" => DynamoStreamEventName.Modify,
            "REMOVE" => DynamoStreamEventName.Remove,
            _ => throw new DynamoJsonException("record " + index.ToString(CultureInfo.InvariantCulture) + " has eventName " + (eventName is null ? "missing" : "\"" + eventName + "\"") + "; expected INSERT, MODIFY or REMOVE"),
        };
        return record;
    }

    private static void ReadChange(ref Utf8JsonReader reader, RawStreamRecord record)
    {
        Next(ref reader);
        Expect(ref reader, JsonTokenType.StartObject, "dynamodb to be an object");
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("Keys"u8))
            {
                record.Keys = AttributeValueJson.ReadItem(ref reader);
            }
            else if (reader.ValueTextEquals("NewImage"u8))
            {
                record.NewImage = Slice(ref reader);
            }
            else if (reader.ValueTextEquals("OldImage"u8))
            {
                record.OldImage = Slice(ref reader);
            }
            else if (reader.ValueTextEquals("SequenceNumber"u8))
            {
                record.SequenceNumber = ReadString(ref reader);
            }
            else if (reader.ValueTextEquals("StreamViewType"u8))
            {
                record.StreamViewType = ReadString(ref reader);
            }
            else if (reader.ValueTextEquals("SizeBytes"u8))
            {
                Next(ref reader);
                record.SizeBytes = reader.TokenType == JsonTokenType.Number ? reader.GetInt64() : throw new DynamoJsonException("SizeBytes is a number", null, reader.TokenStartIndex);
            }
            else if (reader.ValueTextEquals("ApproximateCreationDateTime"u8))
            {
                Next(ref reader);
                // Epoch seconds, as a number (Lambda events and the Streams API's JSON).
                record.ApproximateCreationDateTime = reader.TokenType == JsonTokenType.Number
                    ? DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(reader.GetDouble() * 1000))
                    : throw new DynamoJsonException("ApproximateCreationDateTime is a number of epoch seconds", null, reader.TokenStartIndex);
            }
            else
            {
                SkipValue(ref reader);
            }
        }
    }

    private static bool ReadIdentity(ref Utf8JsonReader reader)
    {
        Next(ref reader);
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return false;
        }

        string? type = null, principal = null;
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("type"u8))
            {
                type = ReadString(ref reader);
            }
            else if (reader.ValueTextEquals("principalId"u8))
            {
                principal = ReadString(ref reader);
            }
            else
            {
                SkipValue(ref reader);
            }
        }

        return type == "Service" && principal == "dynamodb.amazonaws.com";
    }

    private static JsonSlice Slice(ref Utf8JsonReader reader)
    {
        Next(ref reader);
        Expect(ref reader, JsonTokenType.StartObject, "an image to be an item object");
        var start = (int)reader.TokenStartIndex;
        reader.Skip();
        return new JsonSlice(start, (int)reader.BytesConsumed - start);
    }

    private static string? ReadString(ref Utf8JsonReader reader)
    {
        Next(ref reader);
        return reader.TokenType switch
        {
            JsonTokenType.String => reader.GetString(),
            JsonTokenType.Null => null,
            _ => throw new DynamoJsonException("expected a JSON string, found " + AttributeValueJson.Describe(reader.TokenType), null, reader.TokenStartIndex),
        };
    }

    private static bool NextProperty(ref Utf8JsonReader reader)
    {
        Next(ref reader);
        return reader.TokenType == JsonTokenType.PropertyName;
    }

    private static void SkipValue(ref Utf8JsonReader reader)
    {
        Next(ref reader);
        reader.Skip();
    }

    private static void Next(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
        {
            throw new DynamoJsonException("the stream event ends too early", null, reader.BytesConsumed);
        }
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType token, string what)
    {
        if (reader.TokenType != token)
        {
            throw new DynamoJsonException("expected " + what + ", found " + AttributeValueJson.Describe(reader.TokenType), null, reader.TokenStartIndex);
        }
    }
}
