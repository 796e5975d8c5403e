namespace DynamoGen;

/// <summary>A DynamoDB attribute type, for <c>attribute_type(path, :type)</c> conditions (<see cref="FieldConditions.HasType{TValue}"/>).</summary>
#pragma warning disable CA1720 // The members are DynamoDB's type names.
public enum DynamoAttributeType
{
    /// <summary><c>S</c>: a string.</summary>
    String = 0,

    /// <summary><c>SS</c>: a string set.</summary>
    StringSet,

    /// <summary><c>N</c>: a number.</summary>
    Number,

    /// <summary><c>NS</c>: a number set.</summary>
    NumberSet,

    /// <summary><c>B</c>: binary.</summary>
    Binary,

    /// <summary><c>BS</c>: a binary set.</summary>
    BinarySet,

    /// <summary><c>BOOL</c>: a Boolean.</summary>
    Boolean,

    /// <summary><c>NULL</c>: null.</summary>
    Null,

    /// <summary><c>L</c>: a list.</summary>
    List,

    /// <summary><c>M</c>: a map.</summary>
    Map,
}
#pragma warning restore CA1720
