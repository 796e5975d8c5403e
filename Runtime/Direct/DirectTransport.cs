using System;
using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.IO.Hashing;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using Amazon.Runtime;

namespace DynamoGen.Direct;

/// <summary>
/// Sends DynamoDB JSON-protocol requests (<c>POST /</c>, <c>X-Amz-Target: DynamoDB_20120810.Op</c>, content type
/// <c>application/x-amz-json-1.0</c>) over one pooled <see cref="HttpClient"/>: signed with <see cref="SigV4Signer"/>,
/// retried by <see cref="DirectRetryPolicy"/> (the SDK's standard mode), with clock-skew correction, the response's
/// <c>x-amz-crc32</c> checked, and the body read into a pooled buffer. Error answers are raised as the SDK's exception
/// types (<see cref="DirectErrors"/>). Thread-safe; one per endpoint and credentials.
/// </summary>
/// <remarks>
/// Compression: DynamoDB gzips a response only when asked (<c>Accept-Encoding: gzip</c>). It is off by default: within
/// a region the bytes are cheap and gzip costs CPU on both sides and latency; turn it on
/// (<see cref="DirectTransportOptions.AcceptGzip"/>) for large Query/Scan pages over a slow link. Then the CRC-32 is
/// checked over the compressed bytes, as DynamoDB computes it, before they are inflated.
/// </remarks>
internal sealed class DirectTransport : IDisposable
{
    /// <summary>The X-Amz-Target prefix of DynamoDB's data plane.</summary>
    public const string TargetPrefix = "DynamoDB_20120810.";

    private readonly HttpClient _http;
    private readonly bool _ownsHttp;
    private readonly DirectEndpoint _endpoint;
    private readonly DirectCredentials _credentials;
    private readonly SigV4Signer _signer;
    private readonly DirectRetryPolicy _retry;
    private readonly TimeProvider _time;
    private readonly TimeSpan _attemptTimeout;
    private readonly bool _acceptGzip;
    private readonly MediaTypeHeaderValue _contentType = new(SigV4Signer.JsonContentType);
    private long _clockCorrectionTicks;

    /// <summary>Creates a transport.</summary>
    /// <param name="endpoint">Where to send, and the signing region.</param>
    /// <param name="credentials">What to sign with.</param>
    /// <param name="options">Retries, timeouts, compression, time, and the HTTP handler (tests put a fault proxy in between).</param>
    public DirectTransport(DirectEndpoint endpoint, DirectCredentials credentials, DirectTransportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(credentials);
        options ??= new DirectTransportOptions();
        _endpoint = endpoint;
        _credentials = credentials;
        _signer = new SigV4Signer(endpoint.SigningRegion, DirectEndpoint.SigningService);
        _retry = options.Retry ?? new DirectRetryPolicy();
        _time = options.TimeProvider ?? TimeProvider.System;
        _attemptTimeout = options.AttemptTimeout ?? TimeSpan.FromSeconds(100);
        _acceptGzip = options.AcceptGzip;
        _ownsHttp = options.Handler is null;
        _http = new HttpClient(options.Handler ?? CreateHandler(), disposeHandler: _ownsHttp)
        {
            Timeout = Timeout.InfiniteTimeSpan,
            DefaultRequestVersion = HttpVersion.Version11,
        };
    }

    /// <summary>The endpoint.</summary>
    public DirectEndpoint Endpoint => _endpoint;

    /// <summary>The retry policy (its quota balance is observable in tests).</summary>
    public DirectRetryPolicy Retry => _retry;

    /// <summary>The clock correction learnt from clock-skew errors, added to the local time when signing.</summary>
    public TimeSpan ClockCorrection => TimeSpan.FromTicks(Interlocked.Read(ref _clockCorrectionTicks));

    /// <summary>
    /// The HTTP handler the engine uses by default: pooled keep-alive connections, renewed every 5 minutes so DNS
    /// changes are followed (<see cref="SocketsHttpHandler.PooledConnectionLifetime"/>), no automatic decompression
    /// (the CRC is over the bytes as sent), a 10-second connect timeout.
    /// </summary>
    /// <returns>A new handler.</returns>
    public static SocketsHttpHandler CreateHandler() => new()
    {
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        PooledConnectionIdleTimeout = TimeSpan.FromSeconds(50),
        ConnectTimeout = TimeSpan.FromSeconds(10),
        AutomaticDecompression = DecompressionMethods.None,
        UseCookies = false,
        UseProxy = true,
    };

    /// <summary>Sends one operation, retrying as the SDK's standard mode does.</summary>
    /// <param name="operation">The operation name, such as <c>GetItem</c>; prefixed with <see cref="TargetPrefix"/> unless it contains a dot.</param>
    /// <param name="body">The request's DynamoDB JSON.</param>
    /// <param name="idempotent">Whether sending the request twice is harmless: only then is a failure after the request may have arrived retried.</param>
    /// <param name="cancellationToken">Cancels the call, its retries and its waits.</param>
    /// <param name="report">Where each retry is counted (<see cref="DynamoCallReport.AddRetry"/>), or <see langword="null"/>.</param>
    /// <returns>The successful response; dispose it to return its buffer.</returns>
    /// <exception cref="AmazonServiceException">An error answer (the SDK's type for its code) that is not retried, or still failing after the last attempt.</exception>
    public async Task<DirectResponse> SendAsync(string operation, ReadOnlyMemory<byte> body, bool idempotent, CancellationToken cancellationToken, DynamoCallReport? report = null)
    {
        var target = operation.Contains('.', StringComparison.Ordinal) ? operation : TargetPrefix + operation;
        var lastRetryCost = 0;
        for (var attempt = 1; ; attempt++)
        {
            Exception failure;
            int cost;
            try
            {
                var outcome = await SendOnceAsync(target, body, cancellationToken).ConfigureAwait(false);
                if (outcome.Response is { } response)
                {
                    _retry.OnSuccess(lastRetryCost);
                    return response;
                }

                var error = outcome.Error!;
                if (DirectRetryPolicy.ClockCorrection(error, outcome.ServerDate, _time.GetUtcNow(), outcome.SignedAt) is { } correction
                    && (correction - ClockCorrection).Duration() > TimeSpan.FromSeconds(1))
                {
                    // The SDK retries a clock-skew error at once with the corrected time, without drawing on the quota.
                    Interlocked.Exchange(ref _clockCorrectionTicks, correction.Ticks);
                    if (attempt < _retry.MaxAttempts)
                    {
                        report?.AddRetry();
                        continue;
                    }
                }

                if (!DirectRetryPolicy.IsRetryable(error))
                {
                    throw error;
                }

                failure = error;
                cost = DirectRetryPolicy.IsTimeout(error) ? DirectRetryPolicy.TimeoutRetryCost : DirectRetryPolicy.RetryCost;
            }
            catch (Exception exception) when (exception is not AmazonServiceException)
            {
                var kind = ConnectionFailures.Classify(exception, cancellationToken);
                var retryable = kind == ConnectionFailureKind.NotSent || (kind == ConnectionFailureKind.MaybeSent && idempotent);
                if (!retryable)
                {
                    throw;
                }

                failure = exception;
                cost = DirectRetryPolicy.TimeoutRetryCost;
            }

            if (attempt >= _retry.MaxAttempts || !_retry.TryAcquire(cost))
            {
                throw failure;
            }

            lastRetryCost = cost;
            report?.AddRetry();
            await Task.Delay(_retry.Backoff(attempt), _time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (_ownsHttp)
        {
            _http.Dispose();
        }
    }

    private async Task<Outcome> SendOnceAsync(string target, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        var credentials = await _credentials.GetAsync(cancellationToken).ConfigureAwait(false);
        var signedAt = _time.GetUtcNow() + ClockCorrection;
        var utc = signedAt.UtcDateTime;
        var amzDate = SigV4Signer.FormatAmzDate(utc);
        var authorization = _signer.SignJsonPost(_endpoint.Host, target, body.Span, credentials, utc, amzDate, out var contentHash);

        using var request = new HttpRequestMessage(HttpMethod.Post, _endpoint.Uri) { Version = HttpVersion.Version11 };
        var content = new ReadOnlyMemoryContent(body);
        content.Headers.ContentType = _contentType;
        request.Content = content;
        var headers = request.Headers;
        headers.TryAddWithoutValidation("X-Amz-Date", amzDate);
        headers.TryAddWithoutValidation("X-Amz-Target", target);
        headers.TryAddWithoutValidation("X-Amz-Content-SHA256", contentHash);
        if (credentials.SessionToken is { } token)
        {
            headers.TryAddWithoutValidation("X-Amz-Security-Token", token);
        }

        headers.TryAddWithoutValidation("Authorization", authorization);
        if (_acceptGzip)
        {
            headers.TryAddWithoutValidation("Accept-Encoding", "gzip");
        }

        using var timeout = new CancellationTokenSource(_attemptTimeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token).ConfigureAwait(false);
            var (buffer, length) = await ReadBodyAsync(response, linked.Token).ConfigureAwait(false);
            try
            {
                VerifyCrc32(response, buffer.AsSpan(0, length));
                if (IsGzip(response))
                {
                    (buffer, length) = Inflate(buffer, length);
                }

                var requestId = FirstValue(response.Headers, "x-amzn-RequestId");
                if (response.IsSuccessStatusCode)
                {
                    var ok = new DirectResponse(buffer, length, response.StatusCode, requestId);
                    buffer = null;
                    return new Outcome(ok, null, null, signedAt);
                }

                var error = DirectErrors.Create(response.StatusCode, buffer.AsSpan(0, length), requestId, FirstValue(response.Headers, "x-amzn-ErrorType"));
                return new Outcome(null, error, response.Headers.Date, signedAt);
            }
            finally
            {
                if (buffer is not null)
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                }
            }
        }
        catch (OperationCanceledException exception) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"DynamoDB did not answer {target} within {_attemptTimeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s.", exception);
        }
    }

    private static async Task<(byte[] Buffer, int Length)> ReadBodyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var expected = response.Content.Headers.ContentLength;
        var buffer = ArrayPool<byte>.Shared.Rent(expected is > 0 and < int.MaxValue ? (int)expected.Value : 16 * 1024);
        var length = 0;
        try
        {
            var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                while (true)
                {
                    if (length == buffer.Length)
                    {
                        var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                        buffer.AsSpan(0, length).CopyTo(larger);
                        ArrayPool<byte>.Shared.Return(buffer);
                        buffer = larger;
                    }

                    var read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
                    if (read == 0)
                    {
                        break;
                    }

                    length += read;
                }
            }

            if (expected is { } declared && declared != length)
            {
                throw new IOException($"The response ended after {length} of its {declared} bytes.");
            }

            return (buffer, length);
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    private static void VerifyCrc32(HttpResponseMessage response, ReadOnlySpan<byte> body)
    {
        if (FirstValue(response.Headers, "x-amz-crc32") is not { } header)
        {
            return;
        }

        if (!uint.TryParse(header, NumberStyles.None, CultureInfo.InvariantCulture, out var expected))
        {
            throw new DirectCrc32Exception($"The x-amz-crc32 header '{header}' is not a number.");
        }

        var actual = Crc32.HashToUInt32(body);
        if (actual != expected)
        {
            throw new DirectCrc32Exception($"The response's CRC-32 is {actual}, its x-amz-crc32 header says {expected}: the response was corrupted in transit.");
        }
    }

    private static bool IsGzip(HttpResponseMessage response)
    {
        foreach (var encoding in response.Content.Headers.ContentEncoding)
        {
            if (string.Equals(encoding, "gzip", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static (byte[] Buffer, int Length) Inflate(byte[] compressed, int compressedLength)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(compressedLength * 4, 4096));
        var length = 0;
        try
        {
            using var gzip = new GZipStream(new MemoryStream(compressed, 0, compressedLength, writable: false), CompressionMode.Decompress);
            while (true)
            {
                if (length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var read = gzip.Read(buffer, length, buffer.Length - length);
                if (read == 0)
                {
                    break;
                }

                length += read;
            }
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }

        ArrayPool<byte>.Shared.Return(compressed);
        return (buffer, length);
    }

    private static string? FirstValue(HttpResponseHeaders headers, string name)
        => headers.TryGetValues(name, out var values) ? System.Linq.Enumerable.FirstOrDefault(values) : null;

    private readonly record struct Outcome(DirectResponse? Response, AmazonServiceException? Error, DateTimeOffset? ServerDate, DateTimeOffset SignedAt);
}

/// <summary>What a <see cref="DirectTransport"/> is built with.</summary>
internal sealed class DirectTransportOptions
{
    /// <summary>The retry policy; <see langword="null"/> for the SDK's standard mode with 3 attempts.</summary>
    public DirectRetryPolicy? Retry { get; init; }

    /// <summary>The clock for signing, timeouts and backoff; <see langword="null"/> for <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider? TimeProvider { get; init; }

    /// <summary>How long one attempt may take (the SDK's <c>Timeout</c>); <see langword="null"/> for 100 s.</summary>
    public TimeSpan? AttemptTimeout { get; init; }

    /// <summary>Whether to ask DynamoDB for gzip responses (off by default; see <see cref="DirectTransport"/>).</summary>
    public bool AcceptGzip { get; init; }

    /// <summary>The HTTP handler; <see langword="null"/> for <see cref="DirectTransport.CreateHandler"/> (owned by the transport).</summary>
    public HttpMessageHandler? Handler { get; init; }

    /// <summary>The options the SDK configuration <paramref name="config"/> implies: its retries and timeout.</summary>
    /// <param name="config">The client configuration.</param>
    /// <param name="timeProvider">The clock, for tests.</param>
    /// <returns>The options.</returns>
    public static DirectTransportOptions For(AmazonDynamoDBConfig config, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(config);
        return new DirectTransportOptions { Retry = DirectRetryPolicy.For(config), AttemptTimeout = config.Timeout, TimeProvider = timeProvider };
    }
}

/// <summary>A successful response: its body in a pooled buffer, returned when disposed.</summary>
internal sealed class DirectResponse : IDisposable
{
    private byte[]? _buffer;
    private readonly int _length;

    /// <summary>Wraps a rented buffer.</summary>
    /// <param name="buffer">The rented buffer (owned from now on).</param>
    /// <param name="length">The body's length.</param>
    /// <param name="status">The HTTP status.</param>
    /// <param name="requestId">The x-amzn-RequestId header.</param>
    public DirectResponse(byte[] buffer, int length, HttpStatusCode status, string? requestId)
    {
        _buffer = buffer;
        _length = length;
        StatusCode = status;
        RequestId = requestId;
    }

    /// <summary>The body (DynamoDB JSON), valid until disposed.</summary>
    public ReadOnlySpan<byte> Body => (_buffer ?? throw new ObjectDisposedException(nameof(DirectResponse))).AsSpan(0, _length);

    /// <summary>The body as memory, valid until disposed.</summary>
    public ReadOnlyMemory<byte> Memory => (_buffer ?? throw new ObjectDisposedException(nameof(DirectResponse))).AsMemory(0, _length);

    /// <summary>The HTTP status.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>DynamoDB's request id.</summary>
    public string? RequestId { get; }

    /// <inheritdoc/>
    public void Dispose()
    {
        var buffer = Interlocked.Exchange(ref _buffer, null);
        if (buffer is not null)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}

/// <summary>A response whose CRC-32 does not match its <c>x-amz-crc32</c> header: corrupted in transit (an <see cref="IOException"/>, so it classifies as <see cref="ConnectionFailureKind.MaybeSent"/>).</summary>
internal sealed class DirectCrc32Exception : IOException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What did not match.</param>
    public DirectCrc32Exception(string message)
        : base(message)
    {
    }
}
