using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace DynamoGen.Tests.Direct;

/// <summary>What the proxy does with one request.</summary>
public enum Fault
{
    /// <summary>Forward to the real server and return its answer.</summary>
    None,

    /// <summary>Answer 400 ThrottlingException itself; the server never sees the request.</summary>
    Throttle,

    /// <summary>Answer 400 ProvisionedThroughputExceededException itself.</summary>
    ProvisionedThroughputExceeded,

    /// <summary>Answer 500 InternalServerError itself.</summary>
    InternalError,

    /// <summary>Answer 503 with an empty body (a load balancer's answer).</summary>
    Unavailable,

    /// <summary>Close the connection without forwarding: the request never reaches the server.</summary>
    DropBeforeForward,

    /// <summary>Forward, then close the connection instead of answering: the request was applied, its answer lost.</summary>
    DropAfterForward,

    /// <summary>Forward, then wait <see cref="FaultProxy.SlowDelay"/> before answering.</summary>
    Slow,

    /// <summary>Forward and answer with one body byte flipped (the x-amz-crc32 header kept).</summary>
    CorruptBody,
}

/// <summary>
/// A real HTTP/1.1 proxy on a loopback port in front of the real local DynamoDB: it forwards requests unchanged and
/// injects, per request, throttling or 5xx answers of its own, dropped connections (before or after forwarding), slow
/// answers and corrupted bodies, as <see cref="Plan"/> says. It records every request it received and every one it
/// forwarded (by X-Amz-Target and body), so a test can tell what the server really saw.
/// </summary>
public sealed class FaultProxy : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Uri _upstream;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;
    private readonly ConcurrentQueue<(string Target, string Body)> _received = new();
    private readonly ConcurrentQueue<(string Target, string Body)> _forwarded = new();
    private int _requests;

    public FaultProxy(Uri upstream)
    {
        _upstream = upstream;
        _listener.Start();
        Endpoint = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}");
        _accepting = AcceptAsync();
    }

    public Uri Endpoint { get; }

    /// <summary>Chooses the fault for request number n (from 1), given its target and body.</summary>
    public Func<int, string, string, Fault> Plan { get; set; } = static (_, _, _) => Fault.None;

    public TimeSpan SlowDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    public IReadOnlyCollection<(string Target, string Body)> Received => _received;

    public IReadOnlyCollection<(string Target, string Body)> Forwarded => _forwarded;

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _accepting;
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        using var upstream = new TcpClient();
        try
        {
            var downstream = client.GetStream();
            NetworkStream? server = null;
            while (true)
            {
                var request = await ReadMessageAsync(downstream);
                if (request is null)
                {
                    return;
                }

                var target = Header(request.Value.Head, "X-Amz-Target") ?? string.Empty;
                var body = Encoding.UTF8.GetString(request.Value.Body);
                _received.Enqueue((target, body));
                var fault = Plan(Interlocked.Increment(ref _requests), target, body);
                switch (fault)
                {
                    case Fault.Throttle:
                        await AnswerAsync(downstream, 400, "{\"__type\":\"com.amazonaws.dynamodb.v20120810#ThrottlingException\",\"message\":\"Rate of requests exceeds the allowed throughput.\"}");
                        continue;
                    case Fault.ProvisionedThroughputExceeded:
                        await AnswerAsync(downstream, 400, "{\"__type\":\"com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException\",\"message\":\"The level of configured provisioned throughput for the table was exceeded.\"}");
                        continue;
                    case Fault.InternalError:
                        await AnswerAsync(downstream, 500, "{\"__type\":\"com.amazonaws.dynamodb.v20120810#InternalServerError\",\"message\":\"Internal server error\"}");
                        continue;
                    case Fault.Unavailable:
                        await AnswerAsync(downstream, 503, string.Empty);
                        continue;
                    case Fault.DropBeforeForward:
                        client.Client.LingerState = new LingerOption(true, 0);
                        return;
                }

                if (server is null)
                {
                    await upstream.ConnectAsync(_upstream.Host, _upstream.Port);
                    server = upstream.GetStream();
                }

                await server.WriteAsync(request.Value.Head);
                await server.WriteAsync(request.Value.Body);
                _forwarded.Enqueue((target, body));
                var response = await ReadMessageAsync(server) ?? throw new IOException("The server closed the connection.");
                if (fault == Fault.DropAfterForward)
                {
                    client.Client.LingerState = new LingerOption(true, 0);
                    return;
                }

                if (fault == Fault.Slow)
                {
                    await Task.Delay(SlowDelay);
                }

                var responseBody = response.Body;
                if (fault == Fault.CorruptBody && responseBody.Length > 0)
                {
                    responseBody = (byte[])responseBody.Clone();
                    responseBody[responseBody.Length / 2] ^= 0x20;
                }

                await downstream.WriteAsync(response.Head);
                await downstream.WriteAsync(responseBody);
            }
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException)
        {
            // The client went away (it timed out or was told to): nothing to do.
        }
    }

    private static async Task AnswerAsync(Stream stream, int status, string json)
    {
        var body = Encoding.UTF8.GetBytes(json);
        var reason = status switch { 400 => "Bad Request", 500 => "Internal Server Error", _ => "Service Unavailable" };
        var head = $"HTTP/1.1 {status} {reason}\r\nContent-Type: application/x-amz-json-1.0\r\nx-amzn-RequestId: FAULTPROXY\r\nContent-Length: {body.Length}\r\nDate: {DateTime.UtcNow:R}\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        await stream.WriteAsync(body);
    }

    private static async Task<(byte[] Head, byte[] Body)?> ReadMessageAsync(Stream stream)
    {
        var head = new MemoryStream();
        var one = new byte[1];
        var matched = 0;
        while (matched < 4)
        {
            var read = await stream.ReadAsync(one);
            if (read == 0)
            {
                return head.Length == 0 ? null : throw new IOException("The message ended inside its headers.");
            }

            head.WriteByte(one[0]);
            matched = one[0] == (matched % 2 == 0 ? '\r' : '\n') ? matched + 1 : (one[0] == '\r' ? 1 : 0);
        }

        var headBytes = head.ToArray();
        if (Header(headBytes, "Transfer-Encoding") is not null)
        {
            throw new NotSupportedException("The fault proxy forwards Content-Length messages only.");
        }

        var length = int.Parse(Header(headBytes, "Content-Length") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        var body = new byte[length];
        await stream.ReadExactlyAsync(body);
        return (headBytes, body);
    }

    private static string? Header(byte[] head, string name)
    {
        foreach (var line in Encoding.ASCII.GetString(head).Split("\r\n"))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && line.AsSpan(0, colon).Trim().Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return line[(colon + 1)..].Trim();
            }
        }

        return null;
    }
}
