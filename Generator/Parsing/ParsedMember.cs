using System.Collections.Immutable;
using DynamoGen.Generator.Model;
using Microsoft.CodeAnalysis;

namespace DynamoGen.Generator.Parsing;

/// <summary>A member while parsing: its model plus the symbol facts later checks need. Never leaves the parser.</summary>
internal sealed class ParsedMember
{
    public ParsedMember(MemberModel model, IPropertySymbol property, Location location, ImmutableArray<AttributeData> attributes)
    {
        Model = model;
        Property = property;
        Location = location;
        Attributes = attributes;
    }

    public MemberModel Model { get; set; }

    public IPropertySymbol Property { get; }

    public Location Location { get; }

    /// <summary>The attributes on the property (and on its positional record parameter).</summary>
    public ImmutableArray<AttributeData> Attributes { get; }

    public string Name => Model.Name;
}
