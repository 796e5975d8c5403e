using System;
using DynamoGen;

namespace DaxUsers;

/// <summary>A user, as in the DAX guide: table <c>Users</c>, partition key <c>userId</c>, a <c>StatusIndex</c> on <c>status</c>.</summary>
[DynamoTable("Users", NamingPolicy = DynamoNamingPolicy.CamelCase)]
public partial record User
{
    [PartitionKey]
    public required string UserId { get; init; }

    public required string Email { get; init; }

    public required string Name { get; init; }

    /// <summary>The user's status; the <c>StatusIndex</c> global index (<c>User.Indexes.StatusIndex</c>) is keyed on it.</summary>
    [GlobalIndex(UserIndexes.StatusIndex)]
    public string Status { get; init; } = "active";

    public DateTimeOffset CreatedAt { get; init; }
}

/// <summary>Index names of the Users table.</summary>
public static class UserIndexes
{
    public const string StatusIndex = "StatusIndex";
}
