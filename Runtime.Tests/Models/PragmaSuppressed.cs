namespace DynamoGen.Tests.Models;

/// <summary>
/// Proves that DynamoGen's warnings honour '#pragma warning disable': this project treats warnings as errors, so if
/// the pragma below did not suppress DYNAMO015, the test project would not build.
/// </summary>
[DynamoTable("pragma")]
public partial class PragmaSuppressed
{
    [PartitionKey]
    public string Id { get; set; } = "";

#pragma warning disable DYNAMO015 // deliberately not stored: the session token is recreated on every read
    [DynamoIgnore]
    public required string SessionToken { get; init; }
#pragma warning restore DYNAMO015
}
