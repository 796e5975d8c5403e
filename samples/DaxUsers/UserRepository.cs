using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using DynamoGen;

namespace DaxUsers;

/// <summary>
/// The DAX guide's user repository, on <see cref="Table{T}"/>. Every call goes through the context's connection (a
/// <see cref="DaxConnection"/> here), which sends eventually consistent reads to DAX, consistent and "fresh" reads to
/// DynamoDB, writes through DAX, and falls back to DynamoDB when DAX is unreachable.
/// </summary>
public sealed class UserRepository(DynamoContext context)
{
    private static readonly GetOptions Consistent = new() { ConsistentRead = true };

    private readonly Table<User> _users = context.Table<User>();

    /// <summary>Eventually consistent: from DAX's item cache.</summary>
    public Task<User?> GetAsync(string userId, CancellationToken cancellationToken = default)
        => _users.GetAsync(User.Key(userId), cancellationToken);

    /// <summary>Strongly consistent: straight to DynamoDB (DAX never caches these).</summary>
    public Task<User?> GetConsistentAsync(string userId, CancellationToken cancellationToken = default)
        => _users.GetAsync(User.Key(userId), Consistent, cancellationToken);

    /// <summary>Writes through DAX: its item cache holds the new item at once.</summary>
    public Task PutAsync(User user, CancellationToken cancellationToken = default) => _users.PutAsync(user, cancellationToken);

    /// <summary>Changes an existing user's status; returns the updated user (<see cref="DynamoConditionFailedException"/> when there is none).</summary>
    public async Task<User> UpdateStatusAsync(string userId, string status, CancellationToken cancellationToken = default)
        => (await _users.UpdateAsync(User.Key(userId), new UpdateExpression().Set(User.Fields.Status, status), cancellationToken).ConfigureAwait(false))!;

    /// <summary>
    /// Users with a status, from the StatusIndex. Through DAX the result may come from its query cache, which writes
    /// do not invalidate; <paramref name="fresh"/> reads DynamoDB itself (after a write, when it matters).
    /// </summary>
    public async Task<List<User>> QueryByStatusAsync(string status, bool fresh = false, CancellationToken cancellationToken = default)
    {
        var users = new List<User>();
        await foreach (var user in _users.Query(User.Indexes.StatusIndex.Partition(status), new QueryOptions { Fresh = fresh }, cancellationToken).ConfigureAwait(false))
        {
            users.Add(user);
        }

        return users;
    }

    /// <summary>
    /// Several users in as few round trips as possible (100 keys a request, unprocessed keys retried with backoff; DAX
    /// caches each item); absent ids are left out.
    /// </summary>
    public async Task<IReadOnlyList<User>> BatchGetAsync(IReadOnlyCollection<string> userIds, CancellationToken cancellationToken = default)
        => (await _users.BatchGetAsync(userIds.Select(id => User.Key(id)), cancellationToken: cancellationToken).ConfigureAwait(false)).Items;
}
