using System;
using System.IO;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading;
using Amazon.Runtime;

namespace DynamoGen;

/// <summary>How a failed call relates to the reachability of the server it was sent to.</summary>
public enum ConnectionFailureKind
{
    /// <summary>
    /// The server answered (validation, condition failed, throttling, missing table, ...) or the failure is not about
    /// the network: the error is the call's own result and must propagate unchanged.
    /// </summary>
    Application,

    /// <summary>
    /// The server is unreachable and the request demonstrably never reached it: the connection was never established
    /// (connection refused, DNS failure, no route to host). Safe to retry anywhere, writes included.
    /// </summary>
    NotSent,

    /// <summary>
    /// The server is unreachable or stopped answering, but the request may have reached it (a timeout, a connection
    /// reset mid-request, a truncated response). Reads may be retried elsewhere; writes must not be.
    /// </summary>
    MaybeSent,

    /// <summary>The caller cancelled the call through its own cancellation token: not a failure of the server.</summary>
    Canceled,
}

/// <summary>Classifies exceptions thrown by <see cref="Amazon.DynamoDBv2.IAmazonDynamoDB"/> clients for <see cref="DaxConnection"/>'s fallback.</summary>
public static class ConnectionFailures
{
    /// <summary>Classifies <paramref name="exception"/>, thrown by a call made with <paramref name="callerToken"/>.</summary>
    /// <param name="exception">The exception the client threw.</param>
    /// <param name="callerToken">The caller's cancellation token: a cancellation it caused is <see cref="ConnectionFailureKind.Canceled"/>, any other is a timeout.</param>
    /// <returns>The kind of failure.</returns>
    /// <remarks>
    /// An <see cref="AmazonServiceException"/> carrying an error code (ValidationException,
    /// ConditionalCheckFailedException, ProvisionedThroughputExceededException, ThrottlingException,
    /// ResourceNotFoundException, ...) is always <see cref="ConnectionFailureKind.Application"/>: the server answered.
    /// Socket errors and <see cref="HttpRequestException"/>s are inspected, through inner exceptions, to tell
    /// "never connected" from "connected, then lost".
    /// </remarks>
    public static ConnectionFailureKind Classify(Exception exception, CancellationToken callerToken = default)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (exception is OperationCanceledException && callerToken.IsCancellationRequested)
        {
            return ConnectionFailureKind.Canceled;
        }

        var result = ConnectionFailureKind.Application;
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case AmazonServiceException service when !string.IsNullOrEmpty(service.ErrorCode) && service.StatusCode != 0:
                    // The server answered with an error of its own.
                    return ConnectionFailureKind.Application;
                case SocketException socket:
                    return ClassifySocket(socket.SocketErrorCode);
                case HttpRequestException http:
                    var kind = ClassifyHttp(http.HttpRequestError);
                    if (kind is { } known)
                    {
                        return known;
                    }

                    result = ConnectionFailureKind.MaybeSent;
                    break;
                case TimeoutException:
                case OperationCanceledException:
                case IOException:
                    result = ConnectionFailureKind.MaybeSent;
                    break;
            }
        }

        return result;
    }

    private static ConnectionFailureKind ClassifySocket(SocketError error) => error switch
    {
        SocketError.ConnectionRefused
            or SocketError.HostNotFound
            or SocketError.HostUnreachable
            or SocketError.NetworkUnreachable
            or SocketError.NetworkDown
            or SocketError.TryAgain
            or SocketError.NoData
            or SocketError.AddressNotAvailable
            or SocketError.AddressFamilyNotSupported => ConnectionFailureKind.NotSent,
        _ => ConnectionFailureKind.MaybeSent,
    };

    private static ConnectionFailureKind? ClassifyHttp(HttpRequestError error) => error switch
    {
        // The connection (TCP, then TLS) could not be established: no byte of the request was sent.
        HttpRequestError.NameResolutionError or HttpRequestError.ConnectionError or HttpRequestError.SecureConnectionError or HttpRequestError.ProxyTunnelError => ConnectionFailureKind.NotSent,
        HttpRequestError.Unknown => null,
        _ => ConnectionFailureKind.MaybeSent,
    };
}
