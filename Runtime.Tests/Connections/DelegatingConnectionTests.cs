using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Amazon.DynamoDBv2.Model;
using NUnit.Framework;

namespace DynamoGen.Tests.Connections;

/// <summary>A decorator written on <see cref="DelegatingConnection"/> sees every operation through one override, against the real local DynamoDB.</summary>
public sealed class DelegatingConnectionTests
{
    private sealed class OperationLog(IDynamoConnection inner) : DelegatingConnection(inner)
    {
        public ConcurrentQueue<string> Operations { get; } = new();

        protected override Task<TResponse> SendAsync<TRequest, TResponse>(
            string operation, TRequest request, DynamoCallOptions options, Func<IDynamoConnection, TRequest, DynamoCallOptions, CancellationToken, Task<TResponse>> send, CancellationToken cancellationToken)
        {
            Operations.Enqueue(operation + " " + TableOf(request));
            return base.SendAsync(operation, request, options, send, cancellationToken);
        }

        private static string TableOf(object request) => request switch
        {
            GetItemRequest r => r.TableName,
            PutItemRequest r => r.TableName,
            QueryRequest r => r.TableName,
            BatchGetItemRequest r => string.Join(",", r.RequestItems.Keys),
            _ => "?",
        };
    }

    [Test]
    public async Task One_override_sees_every_operation_and_the_calls_still_reach_DynamoDB()
    {
        var log = new OperationLog(new DynamoDbConnection(ConnectionsSetup.Client));
        var context = new DynamoContext(new DynamoContextOptions { EnableTelemetry = false }.UseDefaultConnection(log));
        var name = "delegating-" + Guid.NewGuid().ToString("N")[..8];
        await context.CreateTableAsync<Product>(name);
        var products = context.Table<Product>(name);

        await products.PutAsync(new Product { Category = "c", Sku = "1", Source = "x" });
        var read = await products.GetAsync(Product.Key("c", "1"));
        var listed = await products.Query(Product.Indexes.Primary.Partition("c")).ToListAsync();
        await products.BatchGetAsync(new[] { Product.Key("c", "1") });

        Assert.Multiple(() =>
        {
            Assert.That(read!.Source, Is.EqualTo("x"));
            Assert.That(listed, Has.Count.EqualTo(1));
            Assert.That(log.Operations, Is.EqualTo(new[] { "PutItem " + name, "GetItem " + name, "Query " + name, "BatchGetItem " + name }));
            Assert.That(log.Name, Is.EqualTo("dynamodb"), "the inner connection's name");
        });
    }
}
