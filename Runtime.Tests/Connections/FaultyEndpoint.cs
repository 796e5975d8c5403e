using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;

namespace DynamoGen.Tests.Connections;

/// <summary>
/// A real TCP endpoint that accepts connections, reads the request, and then misbehaves: never answers (a timeout)
/// or resets the connection (a failure after the request was sent). For testing fallback without a mock client.
/// </summary>
internal sealed class FaultyEndpoint : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Socket> _held = new();
    private readonly Task _loop;
    private int _accepted;

    public FaultyEndpoint(bool reset)
    {
        _listener.Start();
        Endpoint = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}");
        _loop = AcceptAsync(reset);
    }

    public Uri Endpoint { get; }

    /// <summary>Connections accepted: proof that a request reached this "server".</summary>
    public int Accepted => Volatile.Read(ref _accepted);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
        }
        catch (SocketException)
        {
        }

        lock (_held)
        {
            foreach (var socket in _held)
            {
                socket.Dispose();
            }
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync(bool reset)
    {
        while (!_stop.IsCancellationRequested)
        {
            var socket = await _listener.AcceptSocketAsync(_stop.Token);
            Interlocked.Increment(ref _accepted);
            _ = Task.Run(async () =>
            {
                var buffer = new byte[8192];
                try
                {
                    // Wait for the request to arrive, so the failure happens after it was sent.
                    await socket.ReceiveAsync(buffer, SocketFlags.None, _stop.Token);
                    if (reset)
                    {
                        socket.LingerState = new LingerOption(true, 0);
                        socket.Close();
                        return;
                    }
                }
                catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
                {
                }

                lock (_held)
                {
                    _held.Add(socket);
                }
            });
        }
    }
}
