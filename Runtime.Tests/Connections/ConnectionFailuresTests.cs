using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;
using NUnit.Framework;

namespace DynamoGen.Tests.Connections;

/// <summary>How failures are classified for DAX fallback: what proves a request never left, and what is the server's own answer.</summary>
public sealed class ConnectionFailuresTests
{
    [TestCase(SocketError.ConnectionRefused)]
    [TestCase(SocketError.HostNotFound)]
    [TestCase(SocketError.HostUnreachable)]
    [TestCase(SocketError.NetworkUnreachable)]
    [TestCase(SocketError.TryAgain)]
    public void Never_connected_socket_errors_are_NotSent(SocketError error)
    {
        var wrapped = new HttpRequestException("send failed", new SocketException((int)error));
        Assert.That(ConnectionFailures.Classify(wrapped), Is.EqualTo(ConnectionFailureKind.NotSent));
        Assert.That(ConnectionFailures.Classify(new AmazonServiceException("wrapped", wrapped)), Is.EqualTo(ConnectionFailureKind.NotSent));
    }

    [TestCase(HttpRequestError.ConnectionError, ConnectionFailureKind.NotSent)]
    [TestCase(HttpRequestError.NameResolutionError, ConnectionFailureKind.NotSent)]
    [TestCase(HttpRequestError.ResponseEnded, ConnectionFailureKind.MaybeSent)]
    [TestCase(HttpRequestError.InvalidResponse, ConnectionFailureKind.MaybeSent)]
    public void HttpRequestError_tells_connect_failures_from_lost_requests(HttpRequestError error, ConnectionFailureKind expected)
        => Assert.That(ConnectionFailures.Classify(new HttpRequestException(error, "failed")), Is.EqualTo(expected));

    [Test]
    public void Resets_and_timeouts_may_have_reached_the_server()
    {
        Assert.Multiple(() =>
        {
            Assert.That(ConnectionFailures.Classify(new IOException("reset", new SocketException((int)SocketError.ConnectionReset))), Is.EqualTo(ConnectionFailureKind.MaybeSent));
            Assert.That(ConnectionFailures.Classify(new TaskCanceledException("timeout", new TimeoutException())), Is.EqualTo(ConnectionFailureKind.MaybeSent));
            Assert.That(ConnectionFailures.Classify(new TimeoutException()), Is.EqualTo(ConnectionFailureKind.MaybeSent));
        });
    }

    [Test]
    public void A_cancellation_by_the_caller_is_not_a_failure_of_the_server()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.That(ConnectionFailures.Classify(new TaskCanceledException(), cts.Token), Is.EqualTo(ConnectionFailureKind.Canceled));
    }

    [TestCase("ValidationException")]
    [TestCase("ConditionalCheckFailedException")]
    [TestCase("ProvisionedThroughputExceededException")]
    [TestCase("ThrottlingException")]
    [TestCase("ResourceNotFoundException")]
    [TestCase("InternalServerError")]
    public void Errors_the_server_answered_are_application_errors(string code)
    {
        var exception = new AmazonDynamoDBException("message", ErrorType.Sender, code, "request-id", HttpStatusCode.BadRequest);
        Assert.That(ConnectionFailures.Classify(exception), Is.EqualTo(ConnectionFailureKind.Application));
    }

    [Test]
    public void Typed_service_exceptions_and_ordinary_exceptions_are_application_errors()
    {
        Assert.Multiple(() =>
        {
            Assert.That(ConnectionFailures.Classify(new ConditionalCheckFailedException("failed") { ErrorCode = "ConditionalCheckFailedException", StatusCode = HttpStatusCode.BadRequest }), Is.EqualTo(ConnectionFailureKind.Application));
            Assert.That(ConnectionFailures.Classify(new InvalidOperationException()), Is.EqualTo(ConnectionFailureKind.Application));
        });
    }

    [Test]
    public async Task A_real_refused_connection_is_NotSent()
    {
        using var client = Servers.DaxClient(new Uri("http://127.0.0.1:9"));
        var thrown = Assert.ThrowsAsync(Is.InstanceOf<Exception>(), async () => await client.GetItemAsync(new GetItemRequest { TableName = "t", Key = Servers.Key("p", "s") }));
        TestContext.Out.WriteLine(thrown!.ToString());
        Assert.That(ConnectionFailures.Classify(thrown), Is.EqualTo(ConnectionFailureKind.NotSent));
        await Task.CompletedTask;
    }
}
