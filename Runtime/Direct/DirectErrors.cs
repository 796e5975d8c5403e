using System;
using System.Collections.Generic;
using System.Net;
using System.Text;
using System.Text.Json;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;

namespace DynamoGen.Direct;

/// <summary>
/// Turns DynamoDB's JSON error answer (<c>{"__type":"com.amazonaws.dynamodb.v20120810#Code","message":"..."}</c>) into
/// the exception the AWS SDK throws for it (same type, <see cref="AmazonServiceException.ErrorCode"/>, message, status
/// code and request id), so code that catches SDK exceptions, and <see cref="ConnectionFailures.Classify"/>, see no
/// difference between the engines. Codes without a type of their own (ValidationException,
/// UnrecognizedClientException, AccessDeniedException, ...) become <see cref="AmazonDynamoDBException"/>, as in the SDK.
/// </summary>
internal static class DirectErrors
{
    /// <summary>The parts of an error answer.</summary>
    /// <param name="Code">The error code: the part of <c>__type</c> after <c>#</c>.</param>
    /// <param name="Message">The message, or empty.</param>
    /// <param name="CancellationReasons">TransactionCanceledException's reasons, in item order.</param>
    /// <param name="Item">ConditionalCheckFailedException's item (ReturnValuesOnConditionCheckFailure).</param>
    internal sealed record ErrorBody(string Code, string Message, List<CancellationReason>? CancellationReasons, Dictionary<string, AttributeValue>? Item);

    /// <summary>Creates the SDK exception for an error answer.</summary>
    /// <param name="status">The HTTP status.</param>
    /// <param name="body">The response body.</param>
    /// <param name="requestId">The x-amzn-RequestId header.</param>
    /// <param name="errorTypeHeader">The x-amzn-ErrorType header, used when the body names no type.</param>
    /// <returns>The exception to throw (or to retry on).</returns>
    public static AmazonServiceException Create(HttpStatusCode status, ReadOnlySpan<byte> body, string? requestId, string? errorTypeHeader)
    {
        ErrorBody parsed;
        try
        {
            parsed = Parse(body);
        }
        catch (JsonException)
        {
            parsed = new ErrorBody(string.Empty, string.Empty, null, null);
        }

        var code = parsed.Code;
        if (code.Length == 0 && !string.IsNullOrEmpty(errorTypeHeader))
        {
            code = ShortCode(errorTypeHeader.Split(':')[0]);
        }

        if (code.Length == 0)
        {
            // No DynamoDB error (a proxy or load balancer answered): the status names it, and no DynamoDB type applies.
            var statusName = status.ToString();
            return new AmazonDynamoDBException(body.IsEmpty ? statusName : Encoding.UTF8.GetString(body[..Math.Min(body.Length, 512)]), ErrorType.Unknown, statusName, requestId, status);
        }

        var message = parsed.Message.Length > 0 ? parsed.Message : code;
        // The SDK's JSON-protocol errors carry ErrorType.Unknown (DynamoDB's body names no fault side).
        const ErrorType type = ErrorType.Unknown;
        AmazonServiceException exception = code switch
        {
            "ConditionalCheckFailedException" => new ConditionalCheckFailedException(message, type, code, requestId, status) { Item = parsed.Item },
            "TransactionCanceledException" => new TransactionCanceledException(message, type, code, requestId, status) { CancellationReasons = parsed.CancellationReasons ?? [] },
            "ProvisionedThroughputExceededException" => new ProvisionedThroughputExceededException(message, type, code, requestId, status),
            "RequestLimitExceeded" => new RequestLimitExceededException(message, type, code, requestId, status),
            "ThrottlingException" => new ThrottlingException(message, type, code, requestId, status),
            "ResourceNotFoundException" => new ResourceNotFoundException(message, type, code, requestId, status),
            "ResourceInUseException" => new ResourceInUseException(message, type, code, requestId, status),
            "ItemCollectionSizeLimitExceededException" => new ItemCollectionSizeLimitExceededException(message, type, code, requestId, status),
            "TransactionConflictException" => new TransactionConflictException(message, type, code, requestId, status),
            "TransactionInProgressException" => new TransactionInProgressException(message, type, code, requestId, status),
            "IdempotentParameterMismatchException" => new IdempotentParameterMismatchException(message, type, code, requestId, status),
            "InternalServerError" => new InternalServerErrorException(message, type, code, requestId, status),
            "LimitExceededException" => new LimitExceededException(message, type, code, requestId, status),
            "ReplicatedWriteConflictException" => new ReplicatedWriteConflictException(message, type, code, requestId, status),
            "DuplicateItemException" => new DuplicateItemException(message, type, code, requestId, status),
            "TableNotFoundException" => new TableNotFoundException(message, type, code, requestId, status),
            "TableInUseException" => new TableInUseException(message, type, code, requestId, status),
            "IndexNotFoundException" => new IndexNotFoundException(message, type, code, requestId, status),
            _ => new AmazonDynamoDBException(message, type, code, requestId, status),
        };
        return exception;
    }

    /// <summary>Reads an error body.</summary>
    /// <param name="body">The JSON body.</param>
    /// <returns>Its parts.</returns>
    internal static ErrorBody Parse(ReadOnlySpan<byte> body)
    {
        var code = string.Empty;
        var message = string.Empty;
        List<CancellationReason>? reasons = null;
        Dictionary<string, AttributeValue>? item = null;
        if (body.IsEmpty)
        {
            return new ErrorBody(code, message, reasons, item);
        }

        var reader = new Utf8JsonReader(body);
        Expect(ref reader, JsonTokenType.StartObject);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("__type"u8))
            {
                reader.Read();
                code = ShortCode(reader.GetString() ?? string.Empty);
            }
            else if (reader.ValueTextEquals("message"u8) || reader.ValueTextEquals("Message"u8))
            {
                reader.Read();
                message = reader.TokenType == JsonTokenType.String ? reader.GetString() ?? string.Empty : message;
            }
            else if (reader.ValueTextEquals("CancellationReasons"u8))
            {
                reader.Read();
                reasons = ReadReasons(ref reader);
            }
            else if (reader.ValueTextEquals("Item"u8))
            {
                reader.Read();
                item = AttributeValueJson.ReadMap(ref reader);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return new ErrorBody(code, message, reasons, item);
    }

    private static List<CancellationReason> ReadReasons(ref Utf8JsonReader reader)
    {
        var reasons = new List<CancellationReason>();
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            reader.Skip();
            return reasons;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
        {
            var reason = new CancellationReason();
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("Code"u8))
                {
                    reader.Read();
                    reason.Code = reader.GetString();
                }
                else if (reader.ValueTextEquals("Message"u8))
                {
                    reader.Read();
                    reason.Message = reader.GetString();
                }
                else if (reader.ValueTextEquals("Item"u8))
                {
                    reader.Read();
                    reason.Item = AttributeValueJson.ReadMap(ref reader);
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }

            reasons.Add(reason);
        }

        return reasons;
    }

    private static string ShortCode(string type)
    {
        var hash = type.LastIndexOf('#');
        return hash >= 0 ? type[(hash + 1)..] : type;
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type)
    {
        if (!reader.Read() || reader.TokenType != type)
        {
            throw new JsonException("Not a DynamoDB error body.");
        }
    }
}

/// <summary>
/// Reads a DynamoDB JSON attribute map into the SDK's <see cref="AttributeValue"/>s. Only the error path uses it (the
/// item of a failed condition or a cancelled transaction); data-plane responses are read by the generated readers.
/// </summary>
internal static class AttributeValueJson
{
    /// <summary>Reads <c>{"name":{"S":"..."},...}</c>; the reader is on the StartObject and is left on its EndObject.</summary>
    /// <param name="reader">The reader.</param>
    /// <returns>The map.</returns>
    public static Dictionary<string, AttributeValue> ReadMap(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("Expected an attribute map.");
        }

        var map = new Dictionary<string, AttributeValue>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            reader.Read();
            map[name] = ReadValue(ref reader);
        }

        return map;
    }

    private static AttributeValue ReadValue(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject || !reader.Read() || reader.TokenType != JsonTokenType.PropertyName)
        {
            throw new JsonException("Expected an attribute value.");
        }

        var value = new AttributeValue();
        var type = reader.GetString();
        reader.Read();
        switch (type)
        {
            case "S":
                value.S = reader.GetString();
                break;
            case "N":
                value.N = reader.GetString();
                break;
            case "B":
                value.B = new System.IO.MemoryStream(reader.GetBytesFromBase64());
                break;
            case "BOOL":
                value.BOOL = reader.GetBoolean();
                break;
            case "NULL":
                value.NULL = reader.GetBoolean();
                break;
            case "SS":
            case "NS":
                var strings = new List<string>();
                while (reader.Read() && reader.TokenType == JsonTokenType.String)
                {
                    strings.Add(reader.GetString()!);
                }

                if (type == "SS")
                {
                    value.SS = strings;
                }
                else
                {
                    value.NS = strings;
                }

                break;
            case "BS":
                var binaries = new List<System.IO.MemoryStream>();
                while (reader.Read() && reader.TokenType == JsonTokenType.String)
                {
                    binaries.Add(new System.IO.MemoryStream(reader.GetBytesFromBase64()));
                }

                value.BS = binaries;
                break;
            case "M":
                value.M = ReadMap(ref reader);
                break;
            case "L":
                var list = new List<AttributeValue>();
                while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
                {
                    list.Add(ReadValue(ref reader));
                }

                value.L = list;
                break;
            default:
                reader.Skip();
                break;
        }

        reader.Read(); // the value object's EndObject
        return value;
    }
}
