using System;
using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace DynamoGen.Direct;

/// <summary>A header as SigV4 signs it: the name lower-cased, the value trimmed with inner runs of spaces collapsed.</summary>
/// <param name="Name">The lower-case header name.</param>
/// <param name="Value">The canonical value.</param>
internal readonly record struct SigV4Header(string Name, string Value);

/// <summary>The key material of one signature: an access key, its secret and, for temporary credentials, a session token.</summary>
/// <param name="AccessKey">The access key id.</param>
/// <param name="SecretKey">The secret access key.</param>
/// <param name="SessionToken">The session token of temporary credentials, or <see langword="null"/>.</param>
internal readonly record struct SigV4Credentials(string AccessKey, string SecretKey, string? SessionToken)
{
    /// <summary>Never prints the secret or the token.</summary>
    /// <returns>The access key id only.</returns>
    public override string ToString() => AccessKey;
}

/// <summary>
/// AWS Signature Version 4 (header signing) with the BCL's SHA-256 and HMAC-SHA256, for one region and service. The
/// canonical request is written into a pooled buffer and hashed there; the string to sign lives on the stack; the
/// signing key (four chained HMACs) is derived once per secret key and UTC day and cached. One string is allocated per
/// signature: the <c>Authorization</c> header value. Thread-safe.
/// </summary>
/// <remarks>
/// Canonical form: <c>METHOD\nURI\nQUERY\n(name:value\n)*\nsigned;headers\nhex(sha256(payload))</c>; string to sign:
/// <c>AWS4-HMAC-SHA256\nyyyyMMddTHHmmssZ\nyyyyMMdd/region/service/aws4_request\nhex(sha256(canonical))</c>; key:
/// <c>HMAC(HMAC(HMAC(HMAC("AWS4"+secret, date), region), service), "aws4_request")</c>. Proven against AWS's published
/// test suite and against the AWS SDK's own <c>AWS4Signer</c> (Runtime.Tests/Direct).
/// </remarks>
internal sealed class SigV4Signer
{
    /// <summary>The algorithm name that starts the string to sign and the Authorization header.</summary>
    public const string Algorithm = "AWS4-HMAC-SHA256";

    /// <summary>The hex SHA-256 of an empty payload.</summary>
    public const string EmptyPayloadHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    /// <summary>The content type of DynamoDB's JSON protocol.</summary>
    public const string JsonContentType = "application/x-amz-json-1.0";

    private const int StackLimit = 512;

    [ThreadStatic]
    private static SigV4Header[]? t_jsonHeaders;

    private readonly string _region;
    private readonly string _service;
    private volatile SigningKey? _key;

    /// <summary>Creates a signer for <paramref name="region"/> and <paramref name="service"/> (for DynamoDB: <c>dynamodb</c>).</summary>
    /// <param name="region">The signing region, such as <c>us-east-1</c>.</param>
    /// <param name="service">The signing name of the service.</param>
    public SigV4Signer(string region, string service)
    {
        ArgumentException.ThrowIfNullOrEmpty(region);
        ArgumentException.ThrowIfNullOrEmpty(service);
        _region = region;
        _service = service;
    }

    /// <summary>The signing region.</summary>
    public string Region => _region;

    /// <summary>The signing name of the service.</summary>
    public string Service => _service;

    /// <summary>Formats <paramref name="utc"/> as SigV4's timestamp <c>yyyyMMddTHHmmssZ</c> (the <c>X-Amz-Date</c> header).</summary>
    /// <param name="utc">A UTC time.</param>
    /// <returns>The 16-character timestamp.</returns>
    public static string FormatAmzDate(DateTime utc) => string.Create(16, utc, static (span, time) => WriteAmzDate(span, time));

    /// <summary>Writes the lower-case hex SHA-256 of <paramref name="payload"/> (64 ASCII bytes) into <paramref name="hex"/>.</summary>
    /// <param name="payload">The request body.</param>
    /// <param name="hex">At least 64 bytes.</param>
    public static void HashPayload(ReadOnlySpan<byte> payload, Span<byte> hex)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(payload, hash);
        WriteHex(hash, hex);
    }

    /// <summary>
    /// Signs a request whose parts are already canonical and returns the <c>Authorization</c> header value.
    /// </summary>
    /// <param name="method">The HTTP method, upper case.</param>
    /// <param name="canonicalUri">The canonical URI (see <see cref="SigV4Canonical.Uri"/>); <c>/</c> for DynamoDB.</param>
    /// <param name="canonicalQuery">The canonical query string (see <see cref="SigV4Canonical.Query"/>); empty for DynamoDB.</param>
    /// <param name="headers">The headers to sign, canonical (lower-case names, trimmed values) and sorted by name (ordinal), names unique.</param>
    /// <param name="payloadHash">The lower-case hex SHA-256 of the body: 64 ASCII bytes.</param>
    /// <param name="credentials">The credentials to sign with (a session token is sent, and signed, as a header the caller includes in <paramref name="headers"/>).</param>
    /// <param name="utcNow">The signing time (the same instant as the <c>x-amz-date</c> header among <paramref name="headers"/>).</param>
    /// <returns>The value of the Authorization header.</returns>
    public string Sign(
        string method,
        string canonicalUri,
        string canonicalQuery,
        ReadOnlySpan<SigV4Header> headers,
        ReadOnlySpan<byte> payloadHash,
        in SigV4Credentials credentials,
        DateTime utcNow)
    {
        if (payloadHash.Length != 64)
        {
            throw new ArgumentException("The payload hash is 64 hex characters.", nameof(payloadHash));
        }

        // 1. The canonical request, hashed where it was written.
        var length = method.Length + canonicalUri.Length + canonicalQuery.Length + 64 + 5;
        var signedLength = -1;
        for (var i = 0; i < headers.Length; i++)
        {
            length += headers[i].Name.Length + 2 + Encoding.UTF8.GetMaxByteCount(headers[i].Value.Length);
            signedLength += headers[i].Name.Length + 1;
        }

        length += Math.Max(signedLength, 0) + Encoding.UTF8.GetMaxByteCount(canonicalUri.Length + canonicalQuery.Length);
        Span<byte> canonicalHash = stackalloc byte[32];
        var rented = length > StackLimit ? ArrayPool<byte>.Shared.Rent(length) : null;
        try
        {
            Span<byte> buffer = rented is null ? stackalloc byte[StackLimit] : rented;
            var written = WriteCanonicalRequest(buffer, method, canonicalUri, canonicalQuery, headers, payloadHash);
            SHA256.HashData(buffer[..written], canonicalHash);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }

        // 2. The string to sign, on the stack; 3. its HMAC with the day's key.
        var key = KeyFor(credentials.SecretKey, utcNow);
        var toSignLength = Algorithm.Length + 1 + 16 + 1 + key.Scope.Length + 1 + 64;
        Span<byte> toSign = toSignLength <= StackLimit ? stackalloc byte[StackLimit] : new byte[toSignLength];
        var at = Ascii(toSign, 0, Algorithm);
        toSign[at++] = (byte)'\n';
        Span<char> amzDate = stackalloc char[16];
        WriteAmzDate(amzDate, utcNow);
        for (var i = 0; i < 16; i++)
        {
            toSign[at++] = (byte)amzDate[i];
        }

        toSign[at++] = (byte)'\n';
        at = Ascii(toSign, at, key.Scope);
        toSign[at++] = (byte)'\n';
        WriteHex(canonicalHash, toSign.Slice(at, 64));
        at += 64;

        Span<byte> signature = stackalloc byte[32];
        HMACSHA256.HashData(key.Key, toSign[..at], signature);

        // 4. The header: one string.
        var authorizationLength = AuthorizationLength(credentials.AccessKey, key.Scope, headers);
        var rentedChars = authorizationLength > StackLimit ? ArrayPool<char>.Shared.Rent(authorizationLength) : null;
        try
        {
            Span<char> authorization = rentedChars is null ? stackalloc char[StackLimit] : rentedChars;
            WriteAuthorization(authorization, credentials.AccessKey, key.Scope, headers, signature);
            return new string(authorization[..authorizationLength]);
        }
        finally
        {
            if (rentedChars is not null)
            {
                ArrayPool<char>.Shared.Return(rentedChars);
            }
        }
    }

    /// <summary>
    /// Signs a request of DynamoDB's JSON protocol, <c>POST /</c> with no query, as the direct engine sends it: the
    /// signed headers are <c>content-type</c> (<see cref="JsonContentType"/>), <c>host</c>, <c>x-amz-content-sha256</c>
    /// (the body's hash, sent too), <c>x-amz-date</c>, <c>x-amz-security-token</c> (temporary credentials only) and
    /// <c>x-amz-target</c>: the set the AWS SDK signs for the same request.
    /// </summary>
    /// <param name="host">The Host header: the endpoint's host, with <c>:port</c> when the port is not the scheme's default.</param>
    /// <param name="target">The X-Amz-Target header, such as <c>DynamoDB_20120810.GetItem</c>.</param>
    /// <param name="body">The request body.</param>
    /// <param name="credentials">The credentials.</param>
    /// <param name="utcNow">The signing time.</param>
    /// <param name="amzDate">The X-Amz-Date header sent: <see cref="FormatAmzDate"/> of <paramref name="utcNow"/>.</param>
    /// <param name="contentHash">The X-Amz-Content-SHA256 header to send: the hex SHA-256 of <paramref name="body"/>.</param>
    /// <returns>The value of the Authorization header.</returns>
    public string SignJsonPost(string host, string target, ReadOnlySpan<byte> body, in SigV4Credentials credentials, DateTime utcNow, string amzDate, out string contentHash)
    {
        Span<byte> payloadHash = stackalloc byte[64];
        HashPayload(body, payloadHash);
        contentHash = Encoding.ASCII.GetString(payloadHash);
        var headers = t_jsonHeaders ??= new SigV4Header[6];
        var count = 0;
        headers[count++] = new SigV4Header("content-type", JsonContentType);
        headers[count++] = new SigV4Header("host", host);
        headers[count++] = new SigV4Header("x-amz-content-sha256", contentHash);
        headers[count++] = new SigV4Header("x-amz-date", amzDate);
        if (credentials.SessionToken is { } token)
        {
            headers[count++] = new SigV4Header("x-amz-security-token", token);
        }

        headers[count++] = new SigV4Header("x-amz-target", target);
        try
        {
            return Sign("POST", "/", string.Empty, headers.AsSpan(0, count), payloadHash, credentials, utcNow);
        }
        finally
        {
            // Never keep a token alive in a thread's scratch array.
            headers.AsSpan().Clear();
        }
    }

    /// <summary>The signing key of <paramref name="secretKey"/> on the UTC day of <paramref name="utcNow"/>, cached until either changes.</summary>
    internal byte[] SigningKeyFor(string secretKey, DateTime utcNow) => KeyFor(secretKey, utcNow).Key;

    private SigningKey KeyFor(string secretKey, DateTime utcNow)
    {
        var day = (utcNow.Year * 10000) + (utcNow.Month * 100) + utcNow.Day;
        var cached = _key;
        if (cached is not null && cached.Day == day && ReferenceEquals(cached.SecretKey, secretKey))
        {
            return cached;
        }

        if (cached is not null && cached.Day == day && string.Equals(cached.SecretKey, secretKey, StringComparison.Ordinal))
        {
            return cached;
        }

        var created = SigningKey.Derive(secretKey, day, _region, _service);
        _key = created;
        return created;
    }

    /// <summary>The canonical request <see cref="Sign"/> hashes, as text (for tests and diagnostics).</summary>
    internal static string CanonicalRequest(string method, string canonicalUri, string canonicalQuery, ReadOnlySpan<SigV4Header> headers, ReadOnlySpan<byte> payloadHash)
    {
        var buffer = new byte[64 * 1024];
        var written = WriteCanonicalRequest(buffer, method, canonicalUri, canonicalQuery, headers, payloadHash);
        return Encoding.UTF8.GetString(buffer, 0, written);
    }

    private static int WriteCanonicalRequest(
        Span<byte> buffer,
        string method,
        string canonicalUri,
        string canonicalQuery,
        ReadOnlySpan<SigV4Header> headers,
        ReadOnlySpan<byte> payloadHash)
    {
        var at = Ascii(buffer, 0, method);
        buffer[at++] = (byte)'\n';
        at += Encoding.UTF8.GetBytes(canonicalUri, buffer[at..]);
        buffer[at++] = (byte)'\n';
        at += Encoding.UTF8.GetBytes(canonicalQuery, buffer[at..]);
        buffer[at++] = (byte)'\n';
        for (var i = 0; i < headers.Length; i++)
        {
            at = Ascii(buffer, at, headers[i].Name);
            buffer[at++] = (byte)':';
            at += Encoding.UTF8.GetBytes(headers[i].Value, buffer[at..]);
            buffer[at++] = (byte)'\n';
        }

        buffer[at++] = (byte)'\n';
        for (var i = 0; i < headers.Length; i++)
        {
            if (i > 0)
            {
                buffer[at++] = (byte)';';
            }

            at = Ascii(buffer, at, headers[i].Name);
        }

        buffer[at++] = (byte)'\n';
        payloadHash.CopyTo(buffer[at..]);
        return at + 64;
    }

    private static int AuthorizationLength(string accessKey, string scope, ReadOnlySpan<SigV4Header> headers)
    {
        // "AWS4-HMAC-SHA256 Credential=" key "/" scope ", SignedHeaders=" names ", Signature=" 64 hex
        var length = Algorithm.Length + 12 + accessKey.Length + 1 + scope.Length + 16 + 12 + 64;
        for (var i = 0; i < headers.Length; i++)
        {
            length += headers[i].Name.Length + (i > 0 ? 1 : 0);
        }

        return length;
    }

    private static void WriteAuthorization(Span<char> span, string accessKey, string scope, ReadOnlySpan<SigV4Header> headers, ReadOnlySpan<byte> signature)
    {
        var at = Append(span, 0, Algorithm);
        at = Append(span, at, " Credential=");
        at = Append(span, at, accessKey);
        span[at++] = '/';
        at = Append(span, at, scope);
        at = Append(span, at, ", SignedHeaders=");
        for (var i = 0; i < headers.Length; i++)
        {
            if (i > 0)
            {
                span[at++] = ';';
            }

            at = Append(span, at, headers[i].Name);
        }

        at = Append(span, at, ", Signature=");
        const string digits = "0123456789abcdef";
        for (var i = 0; i < signature.Length; i++)
        {
            span[at++] = digits[signature[i] >> 4];
            span[at++] = digits[signature[i] & 0xF];
        }
    }

    private static int Append(Span<char> span, int at, string text)
    {
        text.AsSpan().CopyTo(span[at..]);
        return at + text.Length;
    }

    private static int Ascii(Span<byte> destination, int at, string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            destination[at + i] = (byte)text[i];
        }

        return at + text.Length;
    }

    internal static void WriteHex(ReadOnlySpan<byte> bytes, Span<byte> hex)
    {
        const string digits = "0123456789abcdef";
        for (var i = 0; i < bytes.Length; i++)
        {
            hex[2 * i] = (byte)digits[bytes[i] >> 4];
            hex[(2 * i) + 1] = (byte)digits[bytes[i] & 0xF];
        }
    }

    private static void WriteAmzDate(Span<char> span, DateTime utc)
    {
        WriteDigits(span[..4], utc.Year);
        WriteDigits(span.Slice(4, 2), utc.Month);
        WriteDigits(span.Slice(6, 2), utc.Day);
        span[8] = 'T';
        WriteDigits(span.Slice(9, 2), utc.Hour);
        WriteDigits(span.Slice(11, 2), utc.Minute);
        WriteDigits(span.Slice(13, 2), utc.Second);
        span[15] = 'Z';
    }

    private static void WriteDigits(Span<char> span, int value)
    {
        for (var i = span.Length - 1; i >= 0; i--)
        {
            span[i] = (char)('0' + (value % 10));
            value /= 10;
        }
    }

    /// <summary>A derived signing key and its credential scope, for one secret key and one UTC day.</summary>
    private sealed class SigningKey
    {
        private SigningKey(string secretKey, int day, string scope, byte[] key)
        {
            SecretKey = secretKey;
            Day = day;
            Scope = scope;
            Key = key;
        }

        public string SecretKey { get; }

        public int Day { get; }

        /// <summary><c>yyyyMMdd/region/service/aws4_request</c>.</summary>
        public string Scope { get; }

        public byte[] Key { get; }

        public static SigningKey Derive(string secretKey, int day, string region, string service)
        {
            Span<char> date = stackalloc char[8];
            WriteDigits(date, day);
            var scope = string.Concat(date, "/", region, "/" + service + "/aws4_request");

            var secretLength = 4 + Encoding.UTF8.GetByteCount(secretKey);
            var secret = new byte[secretLength];
            "AWS4"u8.CopyTo(secret);
            Encoding.UTF8.GetBytes(secretKey, secret.AsSpan(4));
            Span<byte> current = stackalloc byte[32];
            Span<byte> text = stackalloc byte[Math.Max(Math.Max(region.Length, service.Length), 12) * 3];

            var length = Encoding.UTF8.GetBytes(date, text);
            HMACSHA256.HashData(secret, text[..length], current);
            CryptographicOperations.ZeroMemory(secret);
            length = Encoding.UTF8.GetBytes(region, text);
            HMACSHA256.HashData(current, text[..length], current);
            length = Encoding.UTF8.GetBytes(service, text);
            HMACSHA256.HashData(current, text[..length], current);
            var key = new byte[32];
            HMACSHA256.HashData(current, "aws4_request"u8, key);
            return new SigningKey(secretKey, day, scope, key);
        }
    }
}
