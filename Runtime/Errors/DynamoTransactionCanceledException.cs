using System;
using System.Collections.Generic;
using System.Text;
using Amazon.DynamoDBv2.Model;

namespace DynamoGen;

/// <summary>Why one item of a cancelled transaction failed, from DynamoDB's cancellation reasons.</summary>
/// <param name="Index">The item's position in the transaction (0-based, in the order the items were added).</param>
/// <param name="TableName">The item's table.</param>
/// <param name="Key">The item's key (without a table key prefix).</param>
/// <param name="Code">DynamoDB's code: <c>None</c> (this item was fine), <c>ConditionalCheckFailed</c>, <c>TransactionConflict</c>, <c>ItemCollectionSizeLimitExceeded</c>, <c>ProvisionedThroughputExceeded</c>, <c>ThrottlingError</c>, <c>ValidationError</c>, ...</param>
/// <param name="Message">DynamoDB's message, if any.</param>
/// <param name="Item">The item as it stands, when the transaction asked for it on a condition failure.</param>
public sealed record TransactionItemFailure(int Index, string TableName, Dictionary<string, AttributeValue> Key, string Code, string? Message, Dictionary<string, AttributeValue>? Item)
{
    /// <summary>Whether this item caused (or shared in) the cancellation: its <see cref="Code"/> is not <c>None</c>.</summary>
    public bool Failed => !string.Equals(Code, "None", StringComparison.Ordinal);
}

/// <summary>
/// DynamoDB cancelled a transaction (its <c>TransactionCanceledException</c>, kept as
/// <see cref="Exception.InnerException"/>): nothing was written. <see cref="Reasons"/> lists, per item in the order
/// they were added, why.
/// </summary>
public sealed class DynamoTransactionCanceledException : DynamoException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="reasons">One entry per transaction item.</param>
    /// <param name="innerException">DynamoDB's exception.</param>
    public DynamoTransactionCanceledException(IReadOnlyList<TransactionItemFailure> reasons, Exception? innerException)
        : base(Describe(reasons), innerException)
    {
        Reasons = reasons;
    }

    /// <summary>One entry per transaction item, in the order the items were added (code <c>None</c> for items that were fine).</summary>
    public IReadOnlyList<TransactionItemFailure> Reasons { get; }

    private static string Describe(IReadOnlyList<TransactionItemFailure> reasons)
    {
        var text = new StringBuilder("The transaction was cancelled; nothing was written.");
        foreach (var reason in reasons)
        {
            if (reason.Failed)
            {
                text.Append(" Item ").Append(reason.Index).Append(" (table '").Append(reason.TableName).Append("', key ")
                    .Append(DynamoConditionFailedException.Describe(reason.Key)).Append("): ").Append(reason.Code);
                if (!string.IsNullOrEmpty(reason.Message))
                {
                    text.Append(" - ").Append(reason.Message);
                }

                text.Append('.');
            }
        }

        return text.ToString();
    }
}
