using System;
using System.Linq;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using DynamoGen.Tests.Models;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;

namespace DynamoGen.Tests.Schema;

// doc: model
[DynamoTable("tickets")]
public partial record Ticket
{
    [PartitionKey] public required string ProjectId { get; init; }
    [SortKey] public required string TicketId { get; init; }

    [GlobalIndex("ByAssignee")] public string? Assignee { get; init; }
    [GlobalIndex("ByAssignee", IsSortKey = true)] public DateTime? DueAt { get; init; }
    [LocalIndex("ByPriority")] public int Priority { get; init; }
    [TimeToLive] public DateTimeOffset? ArchiveAt { get; init; }
}
// end

/// <summary>
/// Every C# example of docs/schema.md, compiled. A test checks that each code block of the page appears here
/// verbatim (ignoring indentation), so the page cannot drift from code that compiles.
/// </summary>
public static class SchemaDocsExamples
{
    public static async Task<CreateTableResult> Create(IAmazonDynamoDB dynamo)
    {
        // doc: create
        var context = new DynamoContext(dynamo);
        CreateTableResult result = await context.CreateTableIfNotExistsAsync<Ticket>();
        foreach (var warning in result.Warnings)
        {
            Console.WriteLine(warning);   // for example: time to live not enabled, the endpoint has no UpdateTimeToLive
        }
        // end
        return result;
    }

    public static async Task<SchemaComparison> Compare(DynamoContext context)
    {
        // doc: compare
        SchemaComparison comparison = await context.CompareSchemaAsync<Ticket>();
        if (comparison.HasDifferences)
        {
            Console.Error.WriteLine(comparison);   // a summary line, then one line per difference
        }

        comparison.ThrowIfDifferent();   // or fail fast: a DynamoSchemaMismatchException listing them
        // end
        return comparison;
    }

    public static async Task<SchemaComparison> CompareWithoutTimeToLive(DynamoContext context)
    {
        // doc: compare-options
        var comparison = await context.CompareSchemaAsync<Ticket>(
            tableName: null,   // the resolved name
            new CompareSchemaOptions { CheckTimeToLive = false });   // dynalite always reports TTL off
        // end
        return comparison;
    }

    public static async Task<CreateTableResult> ByHand(DynamoContext context, string tableName)
    {
        // doc: by-hand
        var schema = new TableSchema("events", new KeyAttribute("PK", ScalarAttributeType.S), new KeyAttribute("SK", ScalarAttributeType.S))
        {
            Indexes =
            [
                new IndexSchema("GSI1", IndexKind.Global,
                    new KeyAttribute("GSI1PK", ScalarAttributeType.S), new KeyAttribute("GSI1SK", ScalarAttributeType.S),
                    IndexProjection.Include, ["Title", "Status"]),
                new IndexSchema("Inverted", IndexKind.Global,
                    new KeyAttribute("SK", ScalarAttributeType.S), new KeyAttribute("PK", ScalarAttributeType.S),
                    IndexProjection.KeysOnly, []),
            ],
            TimeToLiveAttribute = "ExpiresAt",
        };

        CreateTableRequest request = schema.ToCreateTableRequest();   // inspect or adjust it, and send it yourself
        CreateTableResult result = await context.CreateTableAsync(schema, tableName);   // or let the context send it and wait
        // end
        _ = request;
        return result;
    }

    public static CreateTableRequest RequestOf()
    {
        // doc: request
        TableSchema schema = DynamoSchema.Of<Ticket>();   // what the generator declares
        CreateTableRequest request = schema.ToCreateTableRequest("tickets-dev");
        // end
        return request;
    }

    public static DynamoContext Naming(IAmazonDynamoDB dynamo)
    {
        // doc: naming
        var context = new DynamoContext(new DynamoContextOptions
            {
                TableNamePrefix = "dev-",                  // [DynamoTable("tickets")] → dev-tickets
                TableNameSuffix = "-eu",                   //                          → dev-tickets-eu
            }
            .UseDefaultConnection(dynamo)
            .UseTableName<Order>("orders-v2")              // this type's table, exactly as given
            .MapTableName("customers", "crm-customers"));  // every type declared with "customers", exactly

        string name = context.TableNameFor<Ticket>();          // "dev-tickets-eu"
        Table<Ticket> tickets = context.Table<Ticket>();       // requests go to dev-tickets-eu
        Table<Ticket> mine = context.Table<Ticket>("my-test"); // an explicit name is used as given
        // end
        _ = (name, tickets, mine);
        return context;
    }

    public static ServiceProvider DependencyInjection(IAmazonDynamoDB dynamo, string stage)
    {
        // doc: di
        var services = new ServiceCollection();
        services.AddSingleton(dynamo);
        services.AddDynamoGen(options =>
        {
            options.TableNamePrefix = stage + "-";        // for example from configuration
            options.UseTableName<Order>("orders-shared")
                .UseKeyPrefix<Ticket>(stage + "#");
        });
        // end
        return services.BuildServiceProvider();
    }

    public static DynamoContext KeyPrefix(IAmazonDynamoDB dynamo)
    {
        // doc: key-prefix
        var context = new DynamoContext(new DynamoContextOptions { DefaultKeyPrefix = "prod#" }   // every table...
            .UseDefaultConnection(dynamo)
            .UseKeyPrefix<Ticket>("staging#")       // ...but this type's
            .UseKeyPrefix<Order>(null));            // ...and none for this one
        // end
        return context;
    }
}

/// <summary>Runs the examples of docs/schema.md against the local DynamoDB, and keeps the page in step with them.</summary>
public sealed class SchemaDocsExamplesTests
{
    [Test]
    public void Every_csharp_block_of_the_page_is_compiled_code()
        => Docs.DocPages.AssertEveryCSharpBlockIsCompiled("docs/schema.md", 8, "Runtime.Tests/Schema/SchemaDocsExamples.cs");

    [Test]
    public async Task Create_then_compare_finds_the_table_as_declared()
    {
        // The examples use the declared name "tickets"; a unique prefix keeps this test independent.
        var prefix = LocalDynamoSetup.UniqueTableName("docs") + "-";
        var context = new DynamoContext(new DynamoContextOptions { TableNamePrefix = prefix }.UseDefaultConnection(LocalDynamoSetup.Client));

        var result = await context.CreateTableIfNotExistsAsync<Ticket>();
        var again = await context.CreateTableIfNotExistsAsync<Ticket>();
        var comparison = await SchemaDocsExamples.CompareWithoutTimeToLive(context);
        SchemaComparison checkedTtl;
        try
        {
            checkedTtl = await SchemaDocsExamples.Compare(context);
        }
        catch (DynamoSchemaMismatchException e)
        {
            checkedTtl = e.Comparison;   // dynalite cannot turn time to live on: that is the only difference allowed
        }

        Assert.Multiple(() =>
        {
            Assert.That(result.TableName, Is.EqualTo(prefix + "tickets"));
            Assert.That(result.Created, Is.True);
            Assert.That(again.Created, Is.False);
            Assert.That(comparison.IsEmpty, Is.True, comparison.ToString());
            Assert.That(checkedTtl.Differences.Select(d => d.Kind), Is.All.EqualTo(SchemaDifferenceKind.TimeToLive), checkedTtl.ToString());
        });
    }

    [Test]
    public async Task A_schema_built_by_hand_creates_its_table()
    {
        var name = LocalDynamoSetup.UniqueTableName("events");

        var result = await SchemaDocsExamples.ByHand(new DynamoContext(LocalDynamoSetup.Client), name);

        Assert.Multiple(() =>
        {
            Assert.That(result.Table.GlobalSecondaryIndexes.Select(i => i.IndexName), Is.EquivalentTo(new[] { "GSI1", "Inverted" }));
            Assert.That(result.Table.AttributeDefinitions.Select(d => d.AttributeName), Is.EquivalentTo(new[] { "PK", "SK", "GSI1PK", "GSI1SK" }));
            Assert.That(result.TimeToLive, Is.AnyOf(TimeToLiveSetup.Enabled, TimeToLiveSetup.NotSupported));
        });
    }

    [Test]
    public void The_naming_and_key_prefix_examples_resolve_as_their_comments_say()
    {
        var naming = SchemaDocsExamples.Naming(LocalDynamoSetup.Client);
        var prefixes = SchemaDocsExamples.KeyPrefix(LocalDynamoSetup.Client);
        using var provider = SchemaDocsExamples.DependencyInjection(LocalDynamoSetup.Client, "qa");
        var injected = provider.GetRequiredService<DynamoContext>();

        Assert.Multiple(() =>
        {
            Assert.That(naming.TableNameFor<Ticket>(), Is.EqualTo("dev-tickets-eu"));
            Assert.That(naming.TableNameFor<Order>(), Is.EqualTo("orders-v2"));
            Assert.That(naming.TableNameFor<Customer>(), Is.EqualTo("crm-customers"));
            Assert.That(prefixes.KeyPrefixFor<Ticket>(), Is.EqualTo("staging#"));
            Assert.That(prefixes.KeyPrefixFor<Customer>(), Is.EqualTo("prod#"));
            Assert.That(prefixes.KeyPrefixFor<Order>(), Is.Null);
            Assert.That(injected.TableNameFor<Ticket>(), Is.EqualTo("qa-tickets"));
            Assert.That(injected.TableNameFor<Order>(), Is.EqualTo("orders-shared"));
            Assert.That(injected.KeyPrefixFor<Ticket>(), Is.EqualTo("qa#"));
            Assert.That(SchemaDocsExamples.RequestOf().TableName, Is.EqualTo("tickets-dev"));
        });
    }



}
