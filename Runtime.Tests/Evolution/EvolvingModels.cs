using System;
using System.Collections.Generic;
using Amazon.DynamoDBv2.DataModel;
using DynamoGen.Tests.Models;

namespace DynamoGen.Tests.Evolution;

// The examples of docs/type-mapping.md, "Missing attributes" (the docs test finds every C# block of that page here).

// doc: rule
[DynamoTable("profiles")]
public partial record Profile
{
    [PartitionKey] public required string Id { get; init; }   // required: a key
    public required string Name { get; init; }                 // required: the 'required' modifier
    public int Visits { get; init; }                           // missing: 0
    public byte Level { get; init; }                           // missing: 0
    public bool Active { get; init; } = true;                  // missing: true (the initializer)
    public string Plan { get; init; } = "free";                // missing: "free"
    public DateTime? LastSeen { get; init; }                   // missing: null
    public HashSet<string> Tags { get; init; } = [];           // missing: an empty set
}
// end

// doc: positional
[DynamoTable("visits")]
public partial record Visit([property: PartitionKey] string Id, int Count, string Source = "web");
// Count is required (a parameter without a default value); Source reads "web" when missing.
// end

// doc: strict
[DynamoTable("profiles", MissingAttributes = MissingAttributePolicy.Strict)]
public partial record StrictProfile
{
    [PartitionKey] public required string Id { get; init; }
    public int Visits { get; init; }                           // missing: DynamoMappingException
    public bool Active { get; init; } = true;                  // missing: true (an initializer is a default)
}
// end

// doc: json
[DynamoTable("hooks")]
public partial record HookHolder
{
    [PartitionKey] public required string Id { get; init; }
    [DynamoJson(typeof(TestJsonContext))] public Webhook? Primary { get; init; }          // S "null" reads null
    [DynamoJson(typeof(TestJsonContext))] public List<Webhook> All { get; init; } = [];   // S "null" is an error
}
// end

/// <summary>A single-table entity: an update that creates one must also write its entity attribute.</summary>
[DynamoTable("counters", Entity = "Counter")]
public partial record Counter
{
    [PartitionKey] public required string Id { get; init; }
    public long Hits { get; init; }
}

/// <summary>The first version of <see cref="Profile"/>, as a team wrote it with DynamoDBContext before adding members.</summary>
[DynamoDBTable("profiles")]
public sealed class ProfileV1
{
    [DynamoDBHashKey]
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";
}
