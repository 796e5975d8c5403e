using System;
using System.Text;
using DynamoGen.Direct;
using NUnit.Framework;

namespace DynamoGen.Tests.Direct;

public sealed class SigV4SignerTests
{
    [Test]
    public void Signing_a_request_allocates_only_the_headers_it_returns()
    {
        var signer = new SigV4Signer("eu-west-1", "dynamodb");
        var body = Encoding.UTF8.GetBytes("{\"TableName\":\"orders\",\"Key\":{\"pk\":{\"S\":\"customer-1\"},\"sk\":{\"N\":\"42\"}}}");
        var credentials = new SigV4Credentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "session-token-of-some-length");
        var now = new DateTime(2026, 11, 30, 12, 0, 0, DateTimeKind.Utc);
        var amzDate = SigV4Signer.FormatAmzDate(now);
        signer.SignJsonPost("dynamodb.eu-west-1.amazonaws.com", "DynamoDB_20120810.GetItem", body, credentials, now, amzDate, out _);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var authorization = signer.SignJsonPost("dynamodb.eu-west-1.amazonaws.com", "DynamoDB_20120810.GetItem", body, credentials, now, amzDate, out var hash);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // Two strings: the Authorization value and the content hash (UTF-16, 22-byte header each, 8-byte aligned).
        var strings = 2 * 24 + (2 * (authorization.Length + hash.Length));
        TestContext.Out.WriteLine($"allocated {allocated} B; the two strings take about {strings} B");
        Assert.That(allocated, Is.LessThanOrEqualTo(strings + 32));
    }

    [Test]
    public void Amz_date_is_the_basic_ISO_8601_form()
        => Assert.That(SigV4Signer.FormatAmzDate(new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc)), Is.EqualTo("20260102T030405Z"));

    [Test]
    public void Credentials_never_print_their_secret()
        => Assert.That(new SigV4Credentials("AKID", "secret", "token").ToString(), Is.EqualTo("AKID"));
}
