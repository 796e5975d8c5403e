using System;
using System.Collections.Generic;
using System.Net;
using System.Text;
using System.Text.Json;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;
using DynamoGen.Json;

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
        catch (Exception bad) when (bad is JsonException or DynamoJsonException)
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
                item = AttributeValueJson.ReadItem(ref reader);
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
                    reason.Item = AttributeValueJson.ReadItem(ref reader);
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
