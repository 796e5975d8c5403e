using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using DynamoGen.Direct;
using NUnit.Framework;

namespace DynamoGen.Tests.Direct;

/// <summary>
/// AWS's published SigV4 test suite (SigV4TestSuite/README.md names its origin and license): every case's canonical
/// request and Authorization header, computed by <see cref="SigV4Signer"/> from the case's request and context.
/// </summary>
public sealed class SigV4TestSuiteTests
{
    private static readonly string SuiteDirectory = Path.Combine(TestContext.CurrentContext.TestDirectory, "Direct", "SigV4TestSuite");

    public static IEnumerable<string> Cases() => Directory.GetDirectories(Path.Combine(AppContext.BaseDirectory, "Direct", "SigV4TestSuite"))
        .Select(Path.GetFileName)
        .OfType<string>()
        .Order(StringComparer.Ordinal);

    [Test]
    public void The_suite_is_all_there() => Assert.That(Cases().Count(), Is.EqualTo(38));

    [TestCaseSource(nameof(Cases))]
    public void Canonical_request_and_authorization_match_the_suite(string name)
    {
        var signed = SignCase(name);
        var folder = Path.Combine(SuiteDirectory, name);

        Assert.That(signed.CanonicalRequest, Is.EqualTo(File.ReadAllText(Path.Combine(folder, "header-canonical-request.txt"))), "canonical request");
        var expectedAuthorization = File.ReadAllLines(Path.Combine(folder, "header-signed-request.txt"))
            .Single(line => line.StartsWith("Authorization:", StringComparison.Ordinal))["Authorization:".Length..];
        Assert.That(signed.Authorization, Is.EqualTo(expectedAuthorization), "Authorization");
        Assert.That(signed.Authorization, Does.EndWith("Signature=" + File.ReadAllText(Path.Combine(folder, "header-signature.txt")).Trim()));
    }

    [Test]
    public void The_derived_signing_key_is_the_one_AWS_documents()
    {
        // The key of AWS's SigV4 documentation example (secret wJalr..., 20150830, us-east-1, iam).
        var signer = new SigV4Signer("us-east-1", "iam");
        var key = signer.SigningKeyFor("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", new DateTime(2015, 8, 30, 12, 36, 0, DateTimeKind.Utc));
        Assert.That(Convert.ToHexStringLower(key), Is.EqualTo("c4afb1cc5771d871763a393e44b703571b55cc28424d1a5e86da6ed3c154a4b9"));
    }

    [Test]
    public void The_signing_key_is_cached_per_day_and_secret()
    {
        var signer = new SigV4Signer("us-east-1", "dynamodb");
        var morning = new DateTime(2026, 11, 30, 1, 0, 0, DateTimeKind.Utc);
        var first = signer.SigningKeyFor("secret", morning);
        Assert.Multiple(() =>
        {
            Assert.That(signer.SigningKeyFor("secret", morning.AddHours(20)), Is.SameAs(first));
            Assert.That(signer.SigningKeyFor("secret", morning.AddDays(1)), Is.Not.SameAs(first));
            Assert.That(signer.SigningKeyFor("other", morning.AddDays(1)), Is.Not.EqualTo(first));
        });
    }

    internal static (string CanonicalRequest, string Authorization) SignCase(string name)
    {
        var folder = Path.Combine(SuiteDirectory, name);
        using var context = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "context.json")));
        var root = context.RootElement;
        var credentials = root.GetProperty("credentials");
        var token = credentials.TryGetProperty("token", out var t) ? t.GetString() : null;
        var omitToken = root.TryGetProperty("omit_session_token", out var omit) && omit.GetBoolean();
        var time = DateTime.Parse(root.GetProperty("timestamp").GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);

        var request = ParseRequest(File.ReadAllText(Path.Combine(folder, "request.txt")));
        var headers = new List<KeyValuePair<string, string>>(request.Headers) { new("X-Amz-Date", SigV4Signer.FormatAmzDate(time)) };
        if (token is not null && !omitToken)
        {
            headers.Add(new("X-Amz-Security-Token", token));
        }

        Span<byte> payloadHash = stackalloc byte[64];
        SigV4Signer.HashPayload(Encoding.UTF8.GetBytes(request.Body), payloadHash);
        if (root.GetProperty("sign_body").GetBoolean())
        {
            headers.Add(new("x-amz-content-sha256", Encoding.ASCII.GetString(payloadHash)));
        }
        else
        {
            // The suite hashes an empty payload unless it signs the body.
            SigV4Signer.HashPayload(default, payloadHash);
        }

        var canonicalHeaders = SigV4Canonical.Headers(headers);
        var uri = SigV4Canonical.Uri(request.Path, root.GetProperty("normalize").GetBoolean());
        var query = SigV4Canonical.Query(request.Query);
        var signer = new SigV4Signer(root.GetProperty("region").GetString()!, root.GetProperty("service").GetString()!);
        var sigV4Credentials = new SigV4Credentials(credentials.GetProperty("access_key_id").GetString()!, credentials.GetProperty("secret_access_key").GetString()!, token);
        return (
            SigV4Signer.CanonicalRequest(request.Method, uri, query, canonicalHeaders, payloadHash),
            signer.Sign(request.Method, uri, query, canonicalHeaders, payloadHash, sigV4Credentials, time));
    }

    private static (string Method, string Path, List<KeyValuePair<string, string>> Query, List<KeyValuePair<string, string>> Headers, string Body) ParseRequest(string text)
    {
        var lines = text.Split('\n');
        var requestLine = lines[0];
        var method = requestLine[..requestLine.IndexOf(' ', StringComparison.Ordinal)];
        var target = requestLine[(method.Length + 1)..requestLine.LastIndexOf(" HTTP/", StringComparison.Ordinal)];
        var question = target.IndexOf('?', StringComparison.Ordinal);
        var path = question < 0 ? target : target[..question];
        var query = new List<KeyValuePair<string, string>>();
        if (question >= 0)
        {
            foreach (var pair in target[(question + 1)..].Split('&', StringSplitOptions.RemoveEmptyEntries))
            {
                var equals = pair.IndexOf('=', StringComparison.Ordinal);
                var key = equals < 0 ? pair : pair[..equals];
                var value = equals < 0 ? string.Empty : pair[(equals + 1)..];
                query.Add(new(Uri.UnescapeDataString(key), Uri.UnescapeDataString(value)));
            }
        }

        var headers = new List<KeyValuePair<string, string>>();
        var i = 1;
        for (; i < lines.Length && lines[i].Length > 0; i++)
        {
            var line = lines[i];
            if (line[0] is ' ' or '\t')
            {
                var last = headers[^1];
                headers[^1] = new(last.Key, last.Value + "\n" + line);
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            headers.Add(new(line[..colon], line[(colon + 1)..]));
        }

        var body = i + 1 < lines.Length ? string.Join('\n', lines[(i + 1)..]) : string.Empty;
        return (method, path, query, headers, body);
    }
}
