using System;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.DataModel;
using Amazon.Runtime;

namespace DynamoGen.Benchmarks.Marshalling;

/// <summary>The AWS SDK's <c>DynamoDBContext</c>, set up the way the interoperability tests use it (conversion schema V2).</summary>
public static class Sdk
{
    /// <summary>A client that is never called: marshalling needs none, and table metadata comes from the attributes.</summary>
    public static IAmazonDynamoDB OfflineClient()
        => new AmazonDynamoDBClient(new BasicAWSCredentials("benchmark", "benchmark"), new AmazonDynamoDBConfig { ServiceURL = "http://127.0.0.1:1", AuthenticationRegion = "us-east-1" });

    /// <summary>DynamoDBContext with conversion V2, reading key schema from [DynamoDBHashKey] (no DescribeTable call).</summary>
    public static DynamoDBContext Context(IAmazonDynamoDB client)
        => new DynamoDBContextBuilder()
            .WithDynamoDBClient(() => client)
            .ConfigureContext(c =>
            {
                c.Conversion = DynamoDBEntryConversion.V2;
                c.DisableFetchingTableMetadata = true;
                c.RetrieveDateTimeInUtc = true;     // DynamoGen reads DateTime as UTC
                c.IsEmptyStringValueEnabled = true; // DynamoGen keeps "" as ""
            })
            .Build() as DynamoDBContext ?? throw new InvalidOperationException("DynamoDBContextBuilder built something else");
}
