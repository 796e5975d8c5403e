using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Amazon;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace DynamoGen.Tests.Connections;

/// <summary>
/// Every C# example of docs/connections.md, compiled. A test checks that each code block of the page appears here
/// verbatim (ignoring indentation), so the page cannot drift from code that compiles.
/// </summary>
public static class DocsExamples
{
    public static DynamoContext DefaultConnection()
    {
        // doc: default
        var context = new DynamoContext(new AmazonDynamoDBClient());
        // end
        return context;
    }

    public static DynamoContext DirectEngine(AmazonDynamoDBClient client, AWSCredentials credentials)
    {
        // doc: direct-engine
        // Every table on the direct engine: endpoint, region and retries from the client's config,
        // the credentials given (or the SDK's default chain when none are).
        var context = new DynamoContext(new DynamoContextOptions().UseDirectEngine(client, credentials));

        // Or one table only: one DirectConnection (one pool of HTTP connections) serves any number of tables.
        var direct = new DirectConnection(client, credentials);
        var mixed = new DynamoContext(new DynamoContextOptions()
            .UseDefaultConnection(client)                  // the SDK engine
            .UseConnectionFor<Product>(direct));           // Product's table on the direct engine
        // end
        _ = mixed;
        return context;
    }

    public static DynamoContext FromEnvironment()
    {
        // doc: environment
        // DYNAMO_ENDPOINT, DYNAMO_REGION, DYNAMO_ACCESS_KEY_ID, DYNAMO_SECRET_ACCESS_KEY when set,
        // otherwise the AWS SDK's default chain (AWS_REGION, AWS_PROFILE, container and instance roles).
        var context = new DynamoContext(DynamoConnections.FromEnvironment());
        // end
        return context;
    }

    public static DynamoContext PerTable(IAmazonDynamoDB daxClient)
    {
        // doc: per-table
        var dynamo = new AmazonDynamoDBClient();                               // default chain: region, credentials
        var europe = new AmazonDynamoDBClient(RegionEndpoint.EUWest1);         // another region (or account)
        var local = new AmazonDynamoDBClient(
            new BasicAWSCredentials("local", "local"),
            new AmazonDynamoDBConfig { ServiceURL = "http://localhost:8000" }); // a local endpoint

        var context = new DynamoContext(new DynamoContextOptions()
            .UseDefaultConnection(dynamo)                                       // every other table
            .UseConnectionFor<Product>(new DaxConnection(daxClient, dynamo))    // by item type
            .UseConnectionForTable("audit-eu", new DynamoDbConnection(europe, "eu")) // by table name
            .UseConnectionFor<Setting>(new DynamoDbConnection(local, "local")));

        Table<Product> products = context.Table<Product>();   // goes through DAX
        // end
        _ = products;
        return context;
    }

    public static DaxConnection Dax(IAmazonDynamoDB daxClient, IAmazonDynamoDB dynamo)
    {
        // doc: dax
        // daxClient: any IAmazonDynamoDB that talks to DAX, for example the official client
        // (package AWSSDK.DAX.Client): new ClusterDaxClient(new DaxClientConfig(clusterEndpoint, 8111) { ... }).
        // Give it few retries and a short timeout, so an unreachable cluster is noticed quickly.
        var dax = new DaxConnection(daxClient, dynamo, new DaxConnectionOptions
        {
            ProbeInterval = TimeSpan.FromSeconds(5),   // how often to probe DAX after it became unreachable
            ProbeTableName = "products",               // the probe is a GetItem on this table
            ProbeKeyAttribute = "Category",
        });
        var context = new DynamoContext(new DynamoContextOptions()
            .UseDefaultConnection(dynamo)
            .UseConnectionFor<Product>(dax));
        // end
        _ = context;
        return dax;
    }

    public static async Task<GetItemResponse> FreshRead(DaxConnection dax, CancellationToken cancellationToken)
    {
        // doc: fresh
        var response = await dax.GetItemAsync(
            new GetItemRequest { TableName = "products", Key = Product.Key("books", "b-1").ToAttributeValues() },
            new DynamoCallOptions(Fresh: true),   // straight to DynamoDB, bypassing DAX's caches
            cancellationToken);
        // end
        return response;
    }

    public static CachingConnection Cache(IAmazonDynamoDB dynamo)
    {
        // doc: cache
        var cached = new CachingConnection(new DynamoDbConnection(dynamo), new CacheOptions
        {
            ItemTtl = TimeSpan.FromMinutes(5),     // DAX's record-ttl; TimeSpan.Zero turns the item cache off
            QueryTtl = TimeSpan.FromSeconds(30),   // DAX's query-ttl; TimeSpan.Zero turns the query cache off
            MaxItems = 50_000,                     // least recently used entries are evicted beyond this
        });
        var context = new DynamoContext(new DynamoContextOptions()
            .UseDefaultConnection(dynamo)
            .UseConnectionFor<Setting>(cached));

        Console.WriteLine($"item cache: {cached.ItemHits} hits, {cached.ItemMisses} misses");
        // end
        _ = context;
        return cached;
    }

    public static CachingConnection StoreCache(IAmazonDynamoDB dynamo)
    {
        // doc: store cache
        var store = new CachingConnection(new DynamoDbConnection(dynamo), new CacheOptions
        {
            ItemTtl = TimeSpan.FromSeconds(30),
            QueryTtl = TimeSpan.FromSeconds(30),
            InvalidateQueriesOnWrite = true,   // a write through this connection drops the cached queries of its table
            CacheConsistentReads = true,       // consistent reads are cached too: a miss is read consistently
        });
        // end
        return store;
    }

    public static ServiceProvider DependencyInjection()
    {
        // doc: di
        var services = new ServiceCollection();
        services.AddSingleton<IAmazonDynamoDB>(_ => new AmazonDynamoDBClient());
        services.AddDynamoGen((options, sp) => options
            .UseConnectionFor<Setting>(new CachingConnection(
                new DynamoDbConnection(sp.GetRequiredService<IAmazonDynamoDB>()),
                new CacheOptions { ItemTtl = TimeSpan.FromSeconds(30) })));
        services.Configure<DynamoContextOptions>(options => options.TableNamePrefix = "dev-");   // later, from another module

        using var provider = services.BuildServiceProvider();
        var settings = provider.GetRequiredService<DynamoContext>().Table<Setting>();
        // end
        _ = settings;
        return services.BuildServiceProvider();
    }

    public static IDisposable[] OpenTelemetry()
    {
        // doc: otel
        // Packages: OpenTelemetry, OpenTelemetry.Exporter.OpenTelemetryProtocol (or OpenTelemetry.Extensions.Hosting).
        var tracing = Sdk.CreateTracerProviderBuilder()
            .AddSource(DynamoTelemetry.ActivitySourceName)   // "DynamoGen"
            .AddOtlpExporter()                               // to the ADOT collector, which exports to X-Ray
            .Build();
        var metrics = Sdk.CreateMeterProviderBuilder()
            .AddMeter(DynamoTelemetry.MeterName)             // "DynamoGen"
            .AddOtlpExporter()                               // to the ADOT collector: CloudWatch (EMF) or Prometheus
            .Build();
        // end
        return [tracing!, metrics!];
    }
}

/// <summary>Runs the examples that need no server, and keeps docs/connections.md in step with them.</summary>
public sealed class DocsExamplesTests
{
    [Test]
    public void Every_csharp_block_of_the_page_is_compiled_code()
        => Docs.DocPages.AssertEveryCSharpBlockIsCompiled("docs/connections.md", 9, "Runtime.Tests/Connections/DocsExamples.cs");

    [Test]
    [NonParallelizable]
    public void The_examples_build_their_objects()
    {
        // The examples use the SDK's default chain, which needs a region; a developer machine or CI may have none.
        var region = Environment.GetEnvironmentVariable("AWS_REGION");
        Environment.SetEnvironmentVariable("AWS_REGION", region ?? "us-east-1");
        try
        {
            BuildAll();
        }
        finally
        {
            Environment.SetEnvironmentVariable("AWS_REGION", region);
        }
    }

    private static void BuildAll()
    {
        using var dax = Servers.DaxClient(new Uri("http://127.0.0.1:9"));
        Assert.Multiple(() =>
        {
            Assert.That(DocsExamples.DefaultConnection().Connection, Is.InstanceOf<DynamoDbConnection>());
            Assert.That(DocsExamples.PerTable(dax).ConnectionFor<Product>(), Is.InstanceOf<DaxConnection>());
            Assert.That(DocsExamples.PerTable(dax).ConnectionFor<Setting>("audit-eu").Name, Is.EqualTo("eu"));
            Assert.That(DocsExamples.Dax(dax, ConnectionsSetup.Client).IsUsingDax, Is.True);
            Assert.That(DocsExamples.Cache(ConnectionsSetup.Client).Name, Is.EqualTo("dynamodb+cache"));
        });
        using var provider = DocsExamples.DependencyInjection();
        Assert.That(provider.GetRequiredService<DynamoContext>().ConnectionFor<Setting>(), Is.InstanceOf<CachingConnection>());
        foreach (var disposable in DocsExamples.OpenTelemetry())
        {
            disposable.Dispose();
        }
    }



}
