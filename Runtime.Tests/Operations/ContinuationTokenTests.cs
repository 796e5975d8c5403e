using System.Collections.Generic;
using System.IO;
using Amazon.DynamoDBv2.Model;
using NUnit.Framework;

namespace DynamoGen.Tests.Operations;

/// <summary>The token codec without a server.</summary>
public sealed class ContinuationTokenTests
{
    private static Dictionary<string, AttributeValue> Key() => new()
    {
        ["pk"] = new AttributeValue { S = "a/b+c é" },
        ["sk"] = new AttributeValue { N = "-1.5e3" },
        ["bin"] = new AttributeValue { B = new MemoryStream([0, 255, 7]) },
    };

    [Test]
    public void A_key_round_trips_through_a_url_safe_token()
    {
        var token = ContinuationToken.Encode(Key(), "scope", stored: false, default);
        var (key, stored) = ContinuationToken.Decode(token, "scope", default);

        Assert.That(token, Does.Match("^[A-Za-z0-9_-]+$"));
        Assert.That(stored, Is.False);
        Assert.That(key["pk"].S, Is.EqualTo("a/b+c é"));
        Assert.That(key["sk"].N, Is.EqualTo("-1.5e3"));
        Assert.That(key["bin"].B.ToArray(), Is.EqualTo(new byte[] { 0, 255, 7 }));
    }

    [Test]
    public void Every_changed_byte_is_detected_signed_or_not()
    {
        byte[] secret = [1, 2, 3, 4];
        foreach (var signingKey in new[] { System.Array.Empty<byte>(), secret })
        {
            var bytes = ContinuationToken.FromBase64Url(ContinuationToken.Encode(Key(), "scope", false, signingKey))!;
            for (var i = 0; i < bytes.Length; i++)
            {
                var changed = (byte[])bytes.Clone();
                changed[i] ^= 0x20;
                var token = ContinuationToken.ToBase64Url(changed);
                Assert.That(() => ContinuationToken.Decode(token, "scope", signingKey), Throws.InstanceOf<DynamoContinuationTokenException>(), $"byte {i}");
            }
        }
    }

    [Test]
    public void A_token_of_another_scope_or_key_is_refused()
    {
        var token = ContinuationToken.Encode(Key(), "scope", false, new byte[] { 9 });
        Assert.That(() => ContinuationToken.Decode(token, "other", new byte[] { 9 }), Throws.InstanceOf<DynamoContinuationTokenException>().With.Message.Contains("another"));
        Assert.That(() => ContinuationToken.Decode(token, "scope", new byte[] { 8 }), Throws.InstanceOf<DynamoContinuationTokenException>().With.Message.Contains("signature"));
        Assert.That(() => ContinuationToken.Decode(token, "scope", default), Throws.InstanceOf<DynamoContinuationTokenException>().With.Message.Contains("signed"));
        Assert.That(() => ContinuationToken.Decode("", "scope", default), Throws.InstanceOf<DynamoContinuationTokenException>());
    }
}
