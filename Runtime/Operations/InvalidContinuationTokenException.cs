using System;

namespace DynamoGen;

/// <summary>
/// A continuation token passed to a page call is not one this table issued for this query or scan: it is
/// malformed, was changed, was signed with another key (or not signed when the table requires it), or belongs to
/// another table, index, partition or segment. An <see cref="ArgumentException"/>, so a web API can answer 400.
/// </summary>
public sealed class InvalidContinuationTokenException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong with the token.</param>
    public InvalidContinuationTokenException(string message)
        : base(message, "continuationToken")
    {
    }
}
