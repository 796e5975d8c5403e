using System;
using System.Collections.Generic;

namespace DynamoGen;

/// <summary>
/// A context's table names and key prefixes, copied from <see cref="DynamoContextOptions"/>; resolution order in the
/// remarks of <see cref="DynamoContextOptions"/>.
/// </summary>
internal sealed class TableNaming
{
    private readonly string _prefix;
    private readonly string _suffix;
    private readonly Dictionary<Type, string> _byType;
    private readonly Dictionary<string, string> _byDeclaredName;
    private readonly Dictionary<Type, string?> _keyPrefixes;
    private readonly string? _defaultKeyPrefix;

    public TableNaming(DynamoContextOptions options)
    {
        _prefix = options.TableNamePrefix ?? string.Empty;
        _suffix = options.TableNameSuffix ?? string.Empty;
        _byType = new Dictionary<Type, string>(options.TypeTableNames);
        _byDeclaredName = new Dictionary<string, string>(options.TableNameMap, StringComparer.Ordinal);
        _keyPrefixes = new Dictionary<Type, string?>(options.TypeKeyPrefixes);
        _defaultKeyPrefix = string.IsNullOrEmpty(options.DefaultKeyPrefix) ? null : options.DefaultKeyPrefix;
    }

    /// <summary>The DynamoDB table name of <paramref name="schema"/> (declared by <paramref name="type"/>, when known).</summary>
    public string Resolve(TableSchema schema, Type? type, string? explicitName)
    {
        if (explicitName is not null)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(explicitName, "tableName");
            return explicitName;
        }

        if (type is not null && _byType.Count > 0 && _byType.TryGetValue(type, out var byType))
        {
            return byType;
        }

        if (_byDeclaredName.Count > 0 && _byDeclaredName.TryGetValue(schema.TableName, out var mapped))
        {
            return mapped;
        }

        return _prefix.Length == 0 && _suffix.Length == 0 ? schema.TableName : string.Concat(_prefix, schema.TableName, _suffix);
    }

    /// <summary>The key prefix of <paramref name="type"/>'s tables, or <see langword="null"/>.</summary>
    public string? KeyPrefix(Type type)
        => _keyPrefixes.Count > 0 && _keyPrefixes.TryGetValue(type, out var prefix) ? prefix : _defaultKeyPrefix;
}
