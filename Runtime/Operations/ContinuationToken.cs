using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;
using Amazon.DynamoDBv2.Model;

namespace DynamoGen;

/// <summary>
/// Encodes a <c>LastEvaluatedKey</c> as an opaque, URL-safe continuation token and back. Every token is bound to its
/// scope (operation, table, index, partition or segment, key prefix), and any change to it is refused.
/// </summary>
/// <remarks>
/// <para>Layout, before canonical unpadded base64url:</para>
/// <list type="bullet">
/// <item><description>with a key (encrypted): <c>version (2) | flags | nonce (12) | AES-GCM ciphertext of the key JSON | tag (16)</c>;
/// the associated data is <c>version | flags | scope</c>, so the flags and the scope are authenticated too.</description></item>
/// <item><description>without a key (readable): <c>version (2) | flags | key JSON | checksum (16)</c>, where the checksum is the
/// first 16 bytes of SHA-256 over <c>version | flags | key JSON | scope</c>: it rejects every change, but anyone can
/// read the key and compute a new checksum, so it does not stop a deliberate forgery.</description></item>
/// </list>
/// <para>Flags: 1 = encrypted, 2 = key kept in stored form (an item of another key prefix, kept as it was).
/// The decoder accepts only the canonical text of a token: the base64url alphabet, no padding, and zero padding bits.</para>
/// </remarks>
internal static class ContinuationToken
{
    private const byte Version = 2;
    private const byte Encrypted = 1;
    private const byte StoredForm = 2;
    private const int HeaderLength = 2;
    private const int NonceLength = 12;
    private const int TagLength = 16;
    private const int ChecksumLength = 16;

    /// <summary>The longest token text accepted (DynamoDB keys are at most 3 KB; escaping and overhead stay well below).</summary>
    internal const int MaxTokenLength = 16 * 1024;

    private static readonly byte[] s_keyInfo = Encoding.UTF8.GetBytes("DynamoGen continuation token v2");

    /// <summary>
    /// The AES key for a configured <see cref="TableOptions.ContinuationTokenKey"/>: the key itself when it is 16, 24 or
    /// 32 bytes long, else 32 bytes derived from it with HKDF-SHA256.
    /// </summary>
    internal static byte[] DeriveKey(ReadOnlySpan<byte> configured)
        => configured.Length is 16 or 24 or 32
            ? configured.ToArray()
            : HKDF.DeriveKey(HashAlgorithmName.SHA256, configured.ToArray(), 32, salt: [], info: s_keyInfo);

    /// <summary>Encodes <paramref name="key"/> for <paramref name="scope"/>; encrypted when <paramref name="aesKey"/> is not empty.</summary>
    public static string Encode(Dictionary<string, AttributeValue> key, string scope, bool stored, ReadOnlySpan<byte> aesKey)
    {
        var json = KeyJson.Write(key);
        var encrypted = !aesKey.IsEmpty;
        var flags = (byte)((encrypted ? Encrypted : 0) | (stored ? StoredForm : 0));
        byte[] token;
        if (encrypted)
        {
            token = new byte[HeaderLength + NonceLength + json.Length + TagLength];
            token[0] = Version;
            token[1] = flags;
            var nonce = token.AsSpan(HeaderLength, NonceLength);
            RandomNumberGenerator.Fill(nonce);
            using var aes = new AesGcm(aesKey, TagLength);
            aes.Encrypt(nonce, json, token.AsSpan(HeaderLength + NonceLength, json.Length), token.AsSpan(token.Length - TagLength), AssociatedData(flags, scope));
        }
        else
        {
            token = new byte[HeaderLength + json.Length + ChecksumLength];
            token[0] = Version;
            token[1] = flags;
            json.CopyTo(token.AsSpan(HeaderLength));
            Checksum(token.AsSpan(0, token.Length - ChecksumLength), scope).CopyTo(token.AsSpan(token.Length - ChecksumLength));
        }

        return ToBase64Url(token);
    }

    /// <summary>The key, and whether it is in stored form. Every failure is a <see cref="DynamoContinuationTokenException"/>.</summary>
    public static (Dictionary<string, AttributeValue> Key, bool Stored) Decode(string token, string scope, ReadOnlySpan<byte> aesKey)
    {
        ArgumentNullException.ThrowIfNull(token);
        var bytes = FromBase64Url(token) ?? throw Invalid("it is not a token DynamoGen issued (not canonical base64url text)");
        if (bytes.Length < HeaderLength || bytes[0] != Version || (bytes[1] & ~(Encrypted | StoredForm)) != 0)
        {
            throw Invalid("it is not a token DynamoGen issued (or it is from an incompatible version)");
        }

        var flags = bytes[1];
        var encrypted = (flags & Encrypted) != 0;
        if (encrypted != !aesKey.IsEmpty)
        {
            throw new DynamoContinuationTokenException(encrypted
                ? "The continuation token is encrypted, but this table has no ContinuationTokenKey to open it with."
                : "The continuation token is not encrypted, but this table accepts only tokens encrypted with its ContinuationTokenKey.");
        }

        byte[] json;
        if (encrypted)
        {
            if (bytes.Length < HeaderLength + NonceLength + TagLength + 2)
            {
                throw Invalid("it is truncated");
            }

            json = new byte[bytes.Length - HeaderLength - NonceLength - TagLength];
            try
            {
                using var aes = new AesGcm(aesKey, TagLength);
                aes.Decrypt(bytes.AsSpan(HeaderLength, NonceLength), bytes.AsSpan(HeaderLength + NonceLength, json.Length), bytes.AsSpan(bytes.Length - TagLength), json, AssociatedData(flags, scope));
            }
            catch (AuthenticationTagMismatchException)
            {
                throw Invalid("it was changed, encrypted with another key, or issued for another table, index, partition, segment or key prefix");
            }
        }
        else
        {
            if (bytes.Length < HeaderLength + ChecksumLength + 2)
            {
                throw Invalid("it is truncated");
            }

            var body = bytes.AsSpan(0, bytes.Length - ChecksumLength);
            if (!CryptographicOperations.FixedTimeEquals(Checksum(body, scope), bytes.AsSpan(bytes.Length - ChecksumLength)))
            {
                throw Invalid("it was changed, or issued for another table, index, partition, segment or key prefix");
            }

            json = body[HeaderLength..].ToArray();
        }

        var key = KeyJson.TryRead(json) ?? throw Invalid("its key cannot be read");
        return (key, (flags & StoredForm) != 0);
    }

    private static DynamoContinuationTokenException Invalid(string why) => new($"The continuation token is not valid here: {why}.");

    private static byte[] AssociatedData(byte flags, string scope)
    {
        var data = new byte[HeaderLength + Encoding.UTF8.GetByteCount(scope)];
        data[0] = Version;
        data[1] = flags;
        Encoding.UTF8.GetBytes(scope, data.AsSpan(HeaderLength));
        return data;
    }

    private static byte[] Checksum(ReadOnlySpan<byte> body, string scope)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(body);
        hash.AppendData(Encoding.UTF8.GetBytes(scope));
        return hash.GetHashAndReset()[..ChecksumLength];
    }

    internal static string ToBase64Url(byte[] bytes)
        => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>
    /// Decodes canonical unpadded base64url: only <c>A-Z a-z 0-9 - _</c>, no padding, and the text must be exactly what
    /// <see cref="ToBase64Url"/> writes for the bytes (so unused low bits of the last character must be zero).
    /// </summary>
    internal static byte[]? FromBase64Url(string text)
    {
        if (text.Length == 0 || text.Length > MaxTokenLength || text.Length % 4 == 1)
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
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(base64);
        }
        catch (FormatException)
        {
            return null;
        }

        // Convert ignores the unused bits of the last character: "...Q" and "...R" can decode to the same bytes.
        return string.Equals(ToBase64Url(bytes), text, StringComparison.Ordinal) ? bytes : null;
    }
}
