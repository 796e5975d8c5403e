using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;
using Amazon.DynamoDBv2.Model;

namespace DynamoGen;

/// <summary>
/// Encodes a <c>LastEvaluatedKey</c> as an opaque, URL-safe continuation token and back. Layout (then base64url):
/// version (1 byte) | flags (1 byte: 1 = signed, 2 = key kept in stored form) | scope hash (8 bytes) | key JSON | tag (HMAC-SHA256, 32 bytes,
/// when signed; else the first 8 bytes of SHA-256 over the rest, a checksum). The scope names the table, index,
/// operation, partition and segment, so a token is accepted only where it was issued.
/// </summary>
internal static class ContinuationToken
{
    private const byte Version = 1;
    private const int ScopeLength = 8;
    private const int HeaderLength = 2 + ScopeLength;
    private const int ChecksumLength = 8;
    private const int MacLength = 32;

    public static string Encode(Dictionary<string, AttributeValue> key, string scope, bool stored, ReadOnlySpan<byte> signingKey)
    {
        var json = KeyJson.Write(key);
        var signed = !signingKey.IsEmpty;
        var tagLength = signed ? MacLength : ChecksumLength;
        var token = new byte[HeaderLength + json.Length + tagLength];
        token[0] = Version;
        token[1] = (byte)((signed ? 1 : 0) | (stored ? 2 : 0));
        ScopeHash(scope).CopyTo(token.AsSpan(2));
        json.CopyTo(token.AsSpan(HeaderLength));
        Tag(token.AsSpan(0, HeaderLength + json.Length), signingKey).CopyTo(token.AsSpan(HeaderLength + json.Length));
        return ToBase64Url(token);
    }

    /// <summary>The key, and whether it is in stored form (an item of another key prefix, kept as it was).</summary>
    public static (Dictionary<string, AttributeValue> Key, bool Stored) Decode(string token, string scope, ReadOnlySpan<byte> signingKey)
    {
        ArgumentNullException.ThrowIfNull(token);
        var bytes = FromBase64Url(token) ?? throw new DynamoContinuationTokenException("The continuation token is not valid: it is not base64url text.");
        if (bytes.Length < HeaderLength + ChecksumLength + 2 || bytes[0] != Version || bytes[1] > 3)
        {
            throw new DynamoContinuationTokenException("The continuation token is not valid: it is not a token this library issued (or from an incompatible version).");
        }

        var signed = (bytes[1] & 1) == 1;
        if (signed != !signingKey.IsEmpty)
        {
            throw new DynamoContinuationTokenException(signed
                ? "The continuation token is signed, but this table has no ContinuationTokenKey to check it with."
                : "The continuation token is not signed, but this table requires tokens signed with its ContinuationTokenKey.");
        }

        var tagLength = signed ? MacLength : ChecksumLength;
        if (bytes.Length < HeaderLength + tagLength + 2)
        {
            throw new DynamoContinuationTokenException("The continuation token is not valid: it is truncated.");
        }

        var body = bytes.AsSpan(0, bytes.Length - tagLength);
        if (!CryptographicOperations.FixedTimeEquals(Tag(body, signingKey), bytes.AsSpan(bytes.Length - tagLength)))
        {
            throw new DynamoContinuationTokenException(signed
                ? "The continuation token's signature does not match: it was changed or signed with another key."
                : "The continuation token's checksum does not match: it was changed or truncated.");
        }

        if (!CryptographicOperations.FixedTimeEquals(ScopeHash(scope), body.Slice(2, ScopeLength)))
        {
            throw new DynamoContinuationTokenException("The continuation token belongs to another table, index, partition, operation or segment.");
        }

        var key = KeyJson.TryRead(body[HeaderLength..]) ?? throw new DynamoContinuationTokenException("The continuation token is not valid: its key cannot be read.");
        return (key, (bytes[1] & 2) == 2);
    }

    private static byte[] ScopeHash(string scope) => SHA256.HashData(Encoding.UTF8.GetBytes(scope))[..ScopeLength];

    private static byte[] Tag(ReadOnlySpan<byte> body, ReadOnlySpan<byte> signingKey)
        => signingKey.IsEmpty ? SHA256.HashData(body)[..ChecksumLength] : HMACSHA256.HashData(signingKey, body);

    internal static string ToBase64Url(byte[] bytes)
        => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    internal static byte[]? FromBase64Url(string text)
    {
        if (text.Length == 0 || text.Length % 4 == 1)
        {
            return null;
        }

        foreach (var c in text)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '-' || c == '_'))
            {
                return null;
            }
        }

        var base64 = text.Replace('-', '+').Replace('_', '/') + new string('=', (4 - (text.Length % 4)) % 4);
        try
        {
            return Convert.FromBase64String(base64);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
