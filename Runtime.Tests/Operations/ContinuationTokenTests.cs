using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Amazon.DynamoDBv2.Model;
using NUnit.Framework;

namespace DynamoGen.Tests.Operations;

/// <summary>The token codec without a server (tokens from real queries: <see cref="ContinuationTokenTamperingTests"/>).</summary>
public sealed class ContinuationTokenTests
{
    private static readonly byte[] s_aesKey = ContinuationToken.DeriveKey(Enumerable.Range(0, 32).Select(i => (byte)i).ToArray());

    private static Dictionary<string, AttributeValue> Key() => new()
    {
        ["pk"] = new AttributeValue { S = "a/b+c é" },
        ["sk"] = new AttributeValue { N = "-1.5e3" },
        ["bin"] = new AttributeValue { B = new MemoryStream([0, 255, 7]) },
    };

    [Test]
    public void A_key_round_trips_through_a_url_safe_token_readable_or_encrypted()
    {
        foreach (var aesKey in new[] { Array.Empty<byte>(), s_aesKey })
        {
            var token = ContinuationToken.Encode(Key(), "scope", stored: false, aesKey);
            var (key, stored) = ContinuationToken.Decode(token, "scope", aesKey);

            Assert.That(token, Does.Match("^[A-Za-z0-9_-]+$"));
            Assert.That(stored, Is.False);
            Assert.That(key["pk"].S, Is.EqualTo("a/b+c é"));
            Assert.That(key["sk"].N, Is.EqualTo("-1.5e3"));
            Assert.That(key["bin"].B.ToArray(), Is.EqualTo(new byte[] { 0, 255, 7 }));
            Assert.That(ContinuationToken.Decode(ContinuationToken.Encode(Key(), "scope", stored: true, aesKey), "scope", aesKey).Stored, Is.True);
        }
    }

    [Test]
    public void Every_changed_bit_is_detected_readable_or_encrypted()
    {
        foreach (var aesKey in new[] { Array.Empty<byte>(), s_aesKey })
        {
            var bytes = ContinuationToken.FromBase64Url(ContinuationToken.Encode(Key(), "scope", false, aesKey))!;
            for (var i = 0; i < bytes.Length; i++)
            {
                for (var bit = 0; bit < 8; bit++)
                {
                    var changed = (byte[])bytes.Clone();
                    changed[i] ^= (byte)(1 << bit);
                    var token = ContinuationToken.ToBase64Url(changed);
                    Assert.That(() => ContinuationToken.Decode(token, "scope", aesKey), Throws.InstanceOf<DynamoContinuationTokenException>(), $"byte {i} bit {bit}, key {aesKey.Length}");
                }
            }
        }
    }

    [Test]
    public void Encrypted_tokens_use_a_fresh_nonce_so_the_same_key_never_gives_the_same_token()
    {
        var tokens = Enumerable.Range(0, 50).Select(_ => ContinuationToken.Encode(Key(), "scope", false, s_aesKey)).ToHashSet();
        Assert.That(tokens, Has.Count.EqualTo(50));
        var first = ContinuationToken.Encode(Key(), "scope", false, []);
        Assert.That(ContinuationToken.Encode(Key(), "scope", false, []), Is.EqualTo(first), "readable tokens are deterministic");
    }

    [Test]
    public void A_token_of_another_scope_or_key_is_refused_with_one_exception_type()
    {
        var token = ContinuationToken.Encode(Key(), "scope", false, s_aesKey);
        var readable = ContinuationToken.Encode(Key(), "scope", false, []);
        var otherKey = ContinuationToken.DeriveKey(new byte[32]);

        Assert.Multiple(() =>
        {
            Assert.That(() => ContinuationToken.Decode(token, "other", s_aesKey), Throws.InstanceOf<DynamoContinuationTokenException>().With.Message.Contains("another table"));
            Assert.That(() => ContinuationToken.Decode(readable, "other", []), Throws.InstanceOf<DynamoContinuationTokenException>().With.Message.Contains("another table"));
            Assert.That(() => ContinuationToken.Decode(token, "scope", otherKey), Throws.InstanceOf<DynamoContinuationTokenException>().With.Message.Contains("another key"));
            Assert.That(() => ContinuationToken.Decode(token, "scope", []), Throws.InstanceOf<DynamoContinuationTokenException>().With.Message.Contains("no ContinuationTokenKey"));
            Assert.That(() => ContinuationToken.Decode(readable, "scope", s_aesKey), Throws.InstanceOf<DynamoContinuationTokenException>().With.Message.Contains("not encrypted"));
            Assert.That(() => ContinuationToken.Decode("", "scope", []), Throws.InstanceOf<DynamoContinuationTokenException>());
            Assert.That(() => ContinuationToken.Decode(readable + "==", "scope", []), Throws.InstanceOf<DynamoContinuationTokenException>(), "padding is not canonical");
            Assert.That(() => ContinuationToken.Decode(new string('A', ContinuationToken.MaxTokenLength + 4), "scope", []), Throws.InstanceOf<DynamoContinuationTokenException>(), "too long");
        });
    }

    [Test]
    public void Keys_of_16_24_or_32_bytes_are_used_as_is_and_others_are_derived_with_HKDF()
    {
        var k16 = Enumerable.Repeat((byte)1, 16).ToArray();
        var k20 = Enumerable.Repeat((byte)1, 20).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(ContinuationToken.DeriveKey(k16), Is.EqualTo(k16));
            Assert.That(ContinuationToken.DeriveKey(new byte[24]), Has.Length.EqualTo(24));
            Assert.That(ContinuationToken.DeriveKey(k20), Has.Length.EqualTo(32).And.Not.EqualTo(ContinuationToken.DeriveKey(Enumerable.Repeat((byte)1, 21).ToArray())));
            Assert.That(ContinuationToken.DeriveKey(k20), Is.EqualTo(ContinuationToken.DeriveKey(Enumerable.Repeat((byte)1, 20).ToArray())), "deterministic");
            Assert.That(() => new TableOptions { ContinuationTokenKey = new byte[15] }, Throws.ArgumentException.With.Message.Contains("at least 16 bytes"));
            Assert.That(new TableOptions { ContinuationTokenKey = k20 }.ContinuationTokenKey.Length, Is.EqualTo(20));
        });
    }
}
