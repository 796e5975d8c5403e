namespace DynamoGen.Generator.Model;

/// <summary>How C# member names become attribute names. Values match the runtime's <c>DynamoNamingPolicy</c>.</summary>
internal enum NamingPolicy
{
    AsDeclared = 0,
    CamelCase = 1,
    SnakeCase = 2,
    KebabCase = 3,
}

/// <summary>Which members reading requires. Values match the runtime's <c>MissingAttributePolicy</c>.</summary>
internal enum MissingAttributePolicy
{
    /// <summary>What C# requires is required, as System.Text.Json does.</summary>
    FollowCSharp = 0,

    /// <summary>Every non-nullable member without an initializer is required.</summary>
    Strict = 1,
}

/// <summary>What a secondary index copies. Values and names match the runtime's <c>IndexProjection</c>.</summary>
internal enum IndexProjection
{
    All = 0,
    KeysOnly = 1,
    Include = 2,
}
