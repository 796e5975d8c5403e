using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Amazon.DynamoDBv2.Model;
using DynamoGen;

namespace DaxUsers;

/// <summary>
/// The DAX guide's user repository. Every call goes through one connection (a <see cref="DaxConnection"/> here),
/// which sends eventually consistent reads to DAX, consistent and "fresh" reads to DynamoDB, writes through DAX, and
/// falls back to DynamoDB when DAX is unreachable. Calls the typed <see cref="Table{T}"/> where it has the
/// operation, and builds the request by hand (mapped by the generated ToItem/FromItem) where it does not yet.
/// </summary>
public sealed class UserRepository(DynamoContext context, IDynamoConnection connection)
{
    private readonly Table<User> _users = context.Table<User>();

    /// <summary>Eventually consistent: from DAX's item cache.</summary>
    public Task<User?> GetAsync(string userId, CancellationToken cancellationToken = default)
        => _users.GetAsync(User.Key(userId), cancellationToken);

    /// <summary>Strongly consistent: straight to DynamoDB (DAX never caches these).</summary>
    public async Task<User?> GetConsistentAsync(string userId, CancellationToken cancellationToken = default)
    {
        // TODO(issue 5): _users.GetAsync(User.Key(userId), consistentRead: true, cancellationToken)
        var request = new GetItemRequest { TableName = _users.Name, Key = User.Key(userId), ConsistentRead = true };
        var response = await connection.GetItemAsync(request, default, cancellationToken).ConfigureAwait(false);
        return response.Item is { Count: > 0 } item ? User.FromItem(item) : null;
    }

    /// <summary>Writes through DAX: its item cache holds the new item at once.</summary>
    public Task PutAsync(User user, CancellationToken cancellationToken = default) => _users.PutAsync(user, cancellationToken);

    /// <summary>Changes a user's status; returns the updated user.</summary>
    public async Task<User> UpdateStatusAsync(string userId, string status, CancellationToken cancellationToken = default)
    {
        // TODO(issue 5, with issue 4's descriptors): _users.UpdateAsync(User.Key(userId), User.Fields.Status.Set(status),
        //   condition: User.Fields.UserId.Exists(), returnValues: AllNew)
        var request = new UpdateItemRequest
        {
            TableName = _users.Name,
            Key = User.Key(userId),
            UpdateExpression = "SET #status = :status",
            ConditionExpression = "attribute_exists(#userId)",
            ExpressionAttributeNames = new Dictionary<string, string> { ["#status"] = "status", ["#userId"] = "userId" },
            ExpressionAttributeValues = new Dictionary<string, AttributeValue> { [":status"] = new() { S = status } },
            ReturnValues = Amazon.DynamoDBv2.ReturnValue.ALL_NEW,
        };
        var response = await connection.UpdateItemAsync(request, default, cancellationToken).ConfigureAwait(false);
        return User.FromItem(response.Attributes);
    }

    /// <summary>
    /// Users with a status, from the StatusIndex. Through DAX the result may come from its query cache, which writes
    /// do not invalidate; <paramref name="fresh"/> reads DynamoDB itself (after a write, when it matters).
    /// </summary>
    public async Task<List<User>> QueryByStatusAsync(string status, bool fresh = false, CancellationToken cancellationToken = default)
    {
        // TODO(issue 5, with issue 4's index accessor): _users.Query(User.Indexes.StatusIndex, status, fresh: fresh)
        var users = new List<User>();
        var request = new QueryRequest
        {
            TableName = _users.Name,
            IndexName = UserIndexes.StatusIndex,
            KeyConditionExpression = "#status = :status",
            ExpressionAttributeNames = new Dictionary<string, string> { ["#status"] = "status" },
            ExpressionAttributeValues = new Dictionary<string, AttributeValue> { [":status"] = new() { S = status } },
        };
        do
        {
            var page = await connection.QueryAsync(request, new DynamoCallOptions(Fresh: fresh), cancellationToken).ConfigureAwait(false);
            users.AddRange(page.Items.Select(User.FromItem));
            request.ExclusiveStartKey = page.LastEvaluatedKey is { Count: > 0 } last ? last : null;
        }
        while (request.ExclusiveStartKey is not null);

        return users;
    }

    /// <summary>Several users in one round trip (each cached individually by DAX); absent ids are left out.</summary>
    public async Task<List<User>> BatchGetAsync(IReadOnlyCollection<string> userIds, CancellationToken cancellationToken = default)
    {
        // TODO(issue 5): _users.BatchGetAsync(userIds.Select(id => User.Key(id))), which splits into requests of 100
        // keys and retries unprocessed keys with backoff.
        var users = new List<User>();
        var pending = new Dictionary<string, KeysAndAttributes>
        {
            [_users.Name] = new() { Keys = userIds.Select(id => User.Key(id)).ToList() },
        };
        while (pending.Count > 0)
        {
            var response = await connection.BatchGetItemAsync(new BatchGetItemRequest { RequestItems = pending }, default, cancellationToken).ConfigureAwait(false);
            if (response.Responses.TryGetValue(_users.Name, out var items))
            {
                users.AddRange(items.Select(User.FromItem));
            }

            pending = response.UnprocessedKeys is { Count: > 0 } unprocessed ? unprocessed : [];
        }

        return users;
    }
}
