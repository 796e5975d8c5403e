using System;

namespace DynamoGen;

/// <summary>
/// A continuation token passed to a page call is not one this table issued for this query or scan: it is
/// not canonical base64url, was changed, truncated or extended, was encrypted with another key (or is readable when
/// the table requires encrypted tokens, or the reverse), or belongs to another table, index, partition, segment or
/// key prefix. The token came from a client, so a web API answers 400; retrying
/// with the same token fails the same way.
/// </summary>
public sealed class DynamoContinuationTokenException : DynamoException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong with the token.</param>
    public DynamoContinuationTokenException(string message)
        : base(message)
    {
    }
}
