using DynamoGen.Generator.Diagnostics;
using DynamoGen.Generator.Model;

namespace DynamoGen.Generator.Parsing;

/// <summary>A member while parsing: its model plus the facts later checks need. Never leaves the parser.</summary>
internal sealed class ParsedMember
{
    public ParsedMember(MemberModel model, PropertyFacts property, int index)
    {
        Model = model;
        Property = property;
        Index = index;
    }

    public MemberModel Model { get; set; }

    public PropertyFacts Property { get; }

    /// <summary>The property's index in <see cref="TypeFacts.Properties"/>.</summary>
    public int Index { get; }

    public SourceLocation? Location => Property.Location;

    /// <summary>The attributes on the property (and on its positional record parameter).</summary>
    public EquatableArray<AttributeFacts> Attributes => Property.Attributes;

    public string Name => Model.Name;
}
