using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net;
using System.Threading;
using Amazon.DynamoDBv2;
using Amazon.Runtime;

namespace DynamoGen.Direct;

/// <summary>
/// The AWS SDK for .NET's <em>standard</em> retry mode (Amazon.Runtime.Internal.StandardRetryPolicy), for the direct
/// engine: at most <see cref="MaxAttempts"/> attempts; throttling codes, 500/502/503/504, RequestTimeout codes and
/// connection failures are retried after <c>random[0,1) × min(BaseDelay × 2^(retry-1), MaxBackoff)</c> (full jitter;
/// the SDK's constants: 1 s base, 20 s cap); a retry quota of 500 tokens per engine, a retry costs 5 (10 after a
/// timeout or connection failure), a success refunds what its last retry cost, or 1 without a retry. When the quota
/// is empty, failures are raised at once instead of retried (a brown-out is not made worse).
/// </summary>
/// <remarks>
/// One difference, on purpose: a failure after the request may have reached DynamoDB (a reset or timeout mid-request,
/// a corrupted response) is retried only for idempotent operations (reads, and writes the caller marks idempotent),
/// where the SDK retries every operation. A write that may have been applied is raised to the caller instead, as
/// <see cref="ConnectionFailures.Classify"/> says (<see cref="ConnectionFailureKind.MaybeSent"/>).
/// </remarks>
internal sealed class DirectRetryPolicy
{
    /// <summary>The quota's capacity and starting balance.</summary>
    public const int QuotaCapacity = 500;

    /// <summary>What a retry costs.</summary>
    public const int RetryCost = 5;

    /// <summary>What a retry after a timeout or connection failure costs.</summary>
    public const int TimeoutRetryCost = 10;

    /// <summary>What a success without a retry refunds.</summary>
    public const int NoRetryIncrement = 1;

    private static readonly HashSet<string> ThrottlingCodes = new(StringComparer.OrdinalIgnoreCase)
    {
        "Throttling", "ThrottlingException", "ThrottledException", "RequestThrottledException", "TooManyRequestsException",
        "ProvisionedThroughputExceededException", "TransactionInProgressException", "RequestLimitExceeded",
        "BandwidthLimitExceeded", "LimitExceededException", "RequestThrottled", "SlowDown", "PriorRequestNotComplete",
    };

    private static readonly HashSet<string> TimeoutCodes = new(StringComparer.Ordinal) { "RequestTimeout", "RequestTimeoutException" };

    private static readonly HashSet<string> DefiniteSkewCodes = new(StringComparer.OrdinalIgnoreCase) { "RequestTimeTooSkewed", "RequestExpired", "RequestInTheFuture" };

    private static readonly HashSet<string> PossibleSkewCodes = new(StringComparer.OrdinalIgnoreCase) { "InvalidSignatureException", "AuthFailure", "SignatureDoesNotMatch" };

    private readonly Func<double> _jitter;
    private int _quota = QuotaCapacity;

    /// <summary>Creates a policy.</summary>
    /// <param name="maxAttempts">Attempts per call, the first included (the SDK's <c>MaxErrorRetry</c> + 1).</param>
    /// <param name="useQuota">Whether the retry quota applies (the SDK's <c>ThrottleRetries</c>).</param>
    /// <param name="baseDelay">The backoff's base; <see langword="null"/> for the SDK's 1 s.</param>
    /// <param name="maxBackoff">The backoff's cap; <see langword="null"/> for the SDK's 20 s.</param>
    /// <param name="jitter">A source of [0, 1) for the jitter; <see langword="null"/> for <see cref="Random.Shared"/>.</param>
    public DirectRetryPolicy(int maxAttempts = 3, bool useQuota = true, TimeSpan? baseDelay = null, TimeSpan? maxBackoff = null, Func<double>? jitter = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxAttempts, 1);
        MaxAttempts = maxAttempts;
        UseQuota = useQuota;
        BaseDelay = baseDelay ?? TimeSpan.FromSeconds(1);
        MaxBackoff = maxBackoff ?? TimeSpan.FromSeconds(20);
        _jitter = jitter ?? Random.Shared.NextDouble;
    }

    /// <summary>Attempts per call, the first included.</summary>
    public int MaxAttempts { get; }

    /// <summary>Whether retries draw on the quota.</summary>
    public bool UseQuota { get; }

    /// <summary>The backoff's base.</summary>
    public TimeSpan BaseDelay { get; }

    /// <summary>The backoff's cap.</summary>
    public TimeSpan MaxBackoff { get; }

    /// <summary>The quota's balance now.</summary>
    public int QuotaBalance => Volatile.Read(ref _quota);

    /// <summary>The SDK's policy for <paramref name="config"/>: its <c>MaxErrorRetry</c> and <c>ThrottleRetries</c>.</summary>
    /// <param name="config">The client configuration.</param>
    /// <returns>The policy.</returns>
    public static DirectRetryPolicy For(AmazonDynamoDBConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return new DirectRetryPolicy(config.MaxErrorRetry + 1, config.ThrottleRetries);
    }

    /// <summary>Whether <paramref name="exception"/> (a service error) is a throttling error.</summary>
    /// <param name="exception">The error.</param>
    /// <returns><see langword="true"/> for a throttling code.</returns>
    public static bool IsThrottling(AmazonServiceException exception) => ThrottlingCodes.Contains(exception.ErrorCode ?? string.Empty);

    /// <summary>Whether a service error is worth another attempt: throttling, a timeout code, or a transient status.</summary>
    /// <param name="exception">The error.</param>
    /// <returns><see langword="true"/> when the standard mode retries it.</returns>
    public static bool IsRetryable(AmazonServiceException exception)
        => IsThrottling(exception)
            || TimeoutCodes.Contains(exception.ErrorCode ?? string.Empty)
            || exception.StatusCode is HttpStatusCode.InternalServerError or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    /// <summary>Whether a service error costs the timeout price.</summary>
    /// <param name="exception">The error.</param>
    /// <returns><see langword="true"/> for a RequestTimeout code.</returns>
    public static bool IsTimeout(AmazonServiceException exception) => TimeoutCodes.Contains(exception.ErrorCode ?? string.Empty);

    /// <summary>
    /// The clock correction a clock-skew error asks for: the server's time (its Date header, or the time in the
    /// message DynamoDB writes, <c>"... (20261130T120000Z - 15 min.)"</c>) minus the local time, when the error is a
    /// definite skew code, or a signature error with the clocks more than 5 minutes apart.
    /// </summary>
    /// <param name="exception">The error.</param>
    /// <param name="serverDate">The response's Date header.</param>
    /// <param name="localNow">The uncorrected local time.</param>
    /// <param name="signedAt">The (corrected) time the request was signed at.</param>
    /// <returns>The new correction, or <see langword="null"/> when this is not a clock-skew error.</returns>
    public static TimeSpan? ClockCorrection(AmazonServiceException exception, DateTimeOffset? serverDate, DateTimeOffset localNow, DateTimeOffset signedAt)
    {
        var code = exception.ErrorCode ?? string.Empty;
        var definite = DefiniteSkewCodes.Contains(code);
        if (!definite && !PossibleSkewCodes.Contains(code))
        {
            return null;
        }

        var server = serverDate ?? ServerTimeInMessage(exception.Message);
        if (server is not { } serverTime)
        {
            return null;
        }

        if (!definite && (signedAt - serverTime).Duration() <= TimeSpan.FromMinutes(5))
        {
            return null;
        }

        return serverTime - localNow;
    }

    /// <summary>The delay before retry number <paramref name="retry"/> (1 for the first retry).</summary>
    /// <param name="retry">The retry's number.</param>
    /// <returns>The delay.</returns>
    public TimeSpan Backoff(int retry)
    {
        var exponential = BaseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(retry - 1, 30));
        return TimeSpan.FromMilliseconds(_jitter() * Math.Min(exponential, MaxBackoff.TotalMilliseconds));
    }

    /// <summary>Takes <paramref name="cost"/> tokens for a retry; <see langword="false"/> when the quota cannot pay.</summary>
    /// <param name="cost">The retry's cost.</param>
    /// <returns>Whether the retry may go ahead.</returns>
    public bool TryAcquire(int cost)
    {
        if (!UseQuota)
        {
            return true;
        }

        while (true)
        {
            var balance = Volatile.Read(ref _quota);
            if (balance < cost)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref _quota, balance - cost, balance) == balance)
            {
                return true;
            }
        }
    }

    /// <summary>Refunds a success: what its last retry cost, or <see cref="NoRetryIncrement"/> when there was none.</summary>
    /// <param name="lastRetryCost">The cost of the call's last retry, 0 when it had none.</param>
    public void OnSuccess(int lastRetryCost)
    {
        if (!UseQuota)
        {
            return;
        }

        var refund = lastRetryCost > 0 ? lastRetryCost : NoRetryIncrement;
        while (true)
        {
            var balance = Volatile.Read(ref _quota);
            var next = Math.Min(QuotaCapacity, balance + refund);
            if (next == balance || Interlocked.CompareExchange(ref _quota, next, balance) == balance)
            {
                return;
            }
        }
    }

    private static DateTimeOffset? ServerTimeInMessage(string? message)
    {
        if (string.IsNullOrEmpty(message))
        {
            return null;
        }

        var open = message.IndexOf('(', StringComparison.Ordinal);
        if (open < 0)
        {
            return null;
        }

        var end = message.IndexOf(" + ", open, StringComparison.Ordinal);
        if (end < 0)
        {
            end = message.IndexOf(" - ", open, StringComparison.Ordinal);
        }

        return end > open
            && DateTimeOffset.TryParseExact(message.AsSpan(open + 1, end - open - 1), "yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time)
            ? time
            : null;
    }
}
