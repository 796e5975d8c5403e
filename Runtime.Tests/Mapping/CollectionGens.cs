using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;

namespace DynamoGen.Tests.Mapping;

/// <summary>
/// Generators for the members of <see cref="CollectionRow"/>, built on the scalar generators of <see cref="Gens"/>:
/// the widest ones for in-memory round trips, the storable ones (see <see cref="Gens"/>) for DynamoDB.
/// </summary>
internal sealed class CollectionGens
{
    public static readonly CollectionGens Any = new(Gens.String, Gens.Double);
    public static readonly CollectionGens Storable = new(Gens.StorableString, Gens.StorableDouble);

    private CollectionGens(Gen<string> text, Gen<double> number)
    {
        String = text;
        Double = number;
        Leaf =
            from name in Gens.OrNull(text)
            from count in Gens.Int32
            from amount in Gens.Decimal
            from at in Gens.DateTimeOffset
            from tags in Gens.OrNull(Gens.SmallList(text))
            from data in Gens.OrNull(Gens.Bytes)
            select new Leaf { Name = name, Count = count, Amount = amount, At = at, Tags = tags, Data = data };
        Tree = Gen.Choose(0, 3).SelectMany(TreeOfDepth);
    }

    public Gen<string> String { get; }

    public Gen<double> Double { get; }

    public Gen<Leaf> Leaf { get; }

    /// <summary>A recursive tree up to three levels deep, through lists, maps and a direct reference.</summary>
    public Gen<Tree> Tree { get; }

    private Gen<Tree> TreeOfDepth(int depth) => depth == 0
        ? String.Select(label => new Tree { Label = label })
        : from label in String
          from children in Gens.SmallList(TreeOfDepth(depth - 1), 3)
          from named in Gens.OrNull(Gens.SmallMap(TreeOfDepth(depth - 1), 2))
          from next in Gens.OrNull(TreeOfDepth(depth - 1))
          select new Tree { Label = label, Children = children, Named = named, Next = next };
}
