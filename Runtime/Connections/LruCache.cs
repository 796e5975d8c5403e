using System.Collections.Generic;

namespace DynamoGen;

/// <summary>Per-table state of a <see cref="CachingConnection"/>: the key attribute names, and write counters.</summary>
internal sealed class CachedTable
{
    /// <summary>The key attribute names: from the schema the caller passed, or (for requests built by hand) a key read from the table.</summary>
    public string[]? KeyNames;

    /// <summary>The item cache's write generation (under the cache's lock): a read that began before a write does not store its result.</summary>
    public long Generation;

    /// <summary>Writes made through the connection (with query invalidation on): a page read before the last write is stale.</summary>
    public long Writes;
}

/// <summary>
/// A bounded map with least-recently-used eviction and per-entry expiry. Operations are O(1) under a short lock.
/// Expiry is measured in <see cref="System.TimeProvider.GetTimestamp"/> units.
/// </summary>
/// <typeparam name="TValue">The cached value.</typeparam>
internal sealed class LruCache<TValue> where TValue : class
{
    private readonly object _gate = new();
    private readonly Dictionary<string, LinkedListNode<Entry>> _map;
    private readonly LinkedList<Entry> _order = new();
    private readonly int _capacity;

    public LruCache(int capacity)
    {
        _capacity = capacity;
        _map = new Dictionary<string, LinkedListNode<Entry>>(capacity < 1024 ? capacity : 1024, System.StringComparer.Ordinal);
    }

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _map.Count;
            }
        }
    }

    public bool TryGet(string key, long now, out TValue? value)
    {
        lock (_gate)
        {
            if (_map.TryGetValue(key, out var node))
            {
                if (node.Value.ExpiresAt > now)
                {
                    _order.Remove(node);
                    _order.AddFirst(node);
                    value = node.Value.Value;
                    return true;
                }

                Unlink(node);
            }
        }

        value = null;
        return false;
    }

    public void Set(string key, TValue value, long expiresAt)
    {
        lock (_gate)
        {
            SetLocked(key, value, expiresAt);
        }
    }

    /// <summary>Stores a value read from the server, unless a write to its table completed since the read began.</summary>
    public void SetIfUnchanged(string key, TValue value, long expiresAt, CachedTable table, long generation)
    {
        lock (_gate)
        {
            if (table.Generation == generation)
            {
                SetLocked(key, value, expiresAt);
            }
        }
    }

    /// <summary>Records a completed write: bumps the table's generation and stores <paramref name="value"/> (or removes the entry when null).</summary>
    public void WriteThrough(CachedTable table, string? key, TValue? value, long expiresAt)
    {
        lock (_gate)
        {
            table.Generation++;
            if (key is null)
            {
                return;
            }

            if (value is null)
            {
                if (_map.TryGetValue(key, out var node))
                {
                    Unlink(node);
                }
            }
            else
            {
                SetLocked(key, value, expiresAt);
            }
        }
    }

    public long GenerationOf(CachedTable table)
    {
        lock (_gate)
        {
            return table.Generation;
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _map.Clear();
            _order.Clear();
        }
    }

    private void SetLocked(string key, TValue value, long expiresAt)
    {
        if (_map.TryGetValue(key, out var existing))
        {
            existing.Value.Value = value;
            existing.Value.ExpiresAt = expiresAt;
            _order.Remove(existing);
            _order.AddFirst(existing);
            return;
        }

        while (_map.Count >= _capacity && _order.Last is { } last)
        {
            Unlink(last);
        }

        var node = new LinkedListNode<Entry>(new Entry(key, value, expiresAt));
        _order.AddFirst(node);
        _map[key] = node;
    }

    private void Unlink(LinkedListNode<Entry> node)
    {
        _order.Remove(node);
        _map.Remove(node.Value.Key);
    }

    private sealed class Entry(string key, TValue value, long expiresAt)
    {
        public string Key { get; } = key;

        public TValue Value { get; set; } = value;

        public long ExpiresAt { get; set; } = expiresAt;
    }
}
