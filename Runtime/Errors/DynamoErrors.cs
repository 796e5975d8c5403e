using System;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;

namespace DynamoGen;

/// <summary>What kind of failure an exception from a <see cref="Table{T}"/> call is.</summary>
public enum DynamoErrorKind
{
    /// <summary>Anything else (network failures after the SDK's retries, service errors, bugs).</summary>
    Other = 0,

    /// <summary>The request rate was too high even after the SDK's retries (<c>ProvisionedThroughputExceededException</c>, <c>ThrottlingException</c>, <c>RequestLimitExceeded</c>): back off and retry later.</summary>
    Throttling,

    /// <summary>DynamoDB rejected the request (<c>ValidationException</c>, its message kept): a bug in the request or data (item too large, wrong key type, ...).</summary>
    Validation,

    /// <summary>A condition did not hold: <see cref="DynamoConditionFailedException"/> (and <see cref="DynamoVersionConflictException"/>).</summary>
    ConditionFailed,

    /// <summary>A transaction was cancelled: <see cref="DynamoTransactionCanceledException"/>, or a conflicting transaction was in progress (<c>TransactionConflictException</c>, <c>TransactionInProgressException</c>).</summary>
    TransactionCanceled,

    /// <summary>The table or index does not exist (<c>ResourceNotFoundException</c>). An absent item is not an error: reads return <see langword="null"/>.</summary>
    NotFound,

    /// <summary>The caller's cancellation token was cancelled.</summary>
    Canceled,

    /// <summary>
    /// The arguments or the request were wrong and nothing was sent (<see cref="ArgumentException"/>,
    /// <see cref="DynamoContinuationTokenException"/>, <see cref="DynamoInvalidRequestException"/>): retrying the same call fails the same way.
    /// </summary>
    InvalidArgument,

    /// <summary>An item could not be read as its type (<see cref="DynamoMappingException"/>), or text was not DynamoDB JSON (<see cref="DynamoJsonException"/>): the data or the model must change.</summary>
    Mapping,

    /// <summary>
    /// The server could not be reached or stopped answering after the SDK's retries (<see cref="DynamoConnectionException"/>,
    /// <see cref="TimeoutException"/>, <see cref="System.Net.Http.HttpRequestException"/>, <see cref="DynamoTimeoutException"/>).
    /// A read may be retried; a write may have been applied (<see cref="DynamoConnectionException"/>): retry it only if applying it twice is safe.
    /// </summary>
    Unavailable,

    /// <summary>DynamoGen's configuration is wrong (<see cref="DynamoConfigurationException"/>, <see cref="DynamoSchemaMismatchException"/>).</summary>
    Configuration,
}

/// <summary>
/// Tells apart the failures of <see cref="Table{T}"/> calls. Condition failures and cancelled transactions are
/// wrapped in DynamoGen's own exceptions; every other DynamoDB error reaches you as the SDK's
/// <see cref="AmazonDynamoDBException"/> with DynamoDB's message and <c>ErrorCode</c>, which
/// <see cref="Classify"/> sorts.
/// </summary>
public static class DynamoErrors
{
    /// <summary>The kind of <paramref name="exception"/>.</summary>
    /// <param name="exception">An exception thrown by a DynamoGen call.</param>
    /// <returns>Its kind.</returns>
    public static DynamoErrorKind Classify(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception switch
        {
            DynamoConditionFailedException or ConditionalCheckFailedException => DynamoErrorKind.ConditionFailed,
            DynamoTransactionCanceledException or TransactionCanceledException or TransactionConflictException or TransactionInProgressException => DynamoErrorKind.TransactionCanceled,
            ProvisionedThroughputExceededException or RequestLimitExceededException => DynamoErrorKind.Throttling,
            ResourceNotFoundException => DynamoErrorKind.NotFound,
            DynamoMappingException or DynamoJsonException or DynamoExportException => DynamoErrorKind.Mapping,
            DynamoContinuationTokenException or DynamoInvalidRequestException or ArgumentException => DynamoErrorKind.InvalidArgument,
            DynamoConnectionException or DynamoTimeoutException or TimeoutException or System.Net.Http.HttpRequestException => DynamoErrorKind.Unavailable,
            DynamoConfigurationException or DynamoSchemaMismatchException => DynamoErrorKind.Configuration,
            OperationCanceledException => DynamoErrorKind.Canceled,
            AmazonServiceException { ErrorCode: "ThrottlingException" or "Throttling" or "RequestLimitExceeded" or "ProvisionedThroughputExceededException" } => DynamoErrorKind.Throttling,
            AmazonServiceException { ErrorCode: "ValidationException" } => DynamoErrorKind.Validation,
            _ => DynamoErrorKind.Other,
        };
    }
}
