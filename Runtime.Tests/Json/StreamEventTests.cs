using System;
using System.Linq;
using System.Text;
using DynamoGen.Tests.Models;
using NUnit.Framework;

namespace DynamoGen.Tests.Json;

/// <summary>Lambda DynamoDB events, as AWS documents them, read into typed records.</summary>
public sealed class StreamEventTests
{
    /// <summary>The example event of AWS's "Using AWS Lambda with Amazon DynamoDB" page, with a TTL deletion added.</summary>
    public const string AwsExampleEvent = """
        {
          "Records": [
            {
              "eventID": "c4ca4238a0b923820dcc509a6f75849b",
              "eventName": "INSERT",
              "eventVersion": "1.1",
              "eventSource": "aws:dynamodb",
              "awsRegion": "us-east-1",
              "dynamodb": {
                "Keys": { "Id": { "N": "101" } },
                "NewImage": { "Message": { "S": "New item!" }, "Id": { "N": "101" } },
                "ApproximateCreationDateTime": 1428537600,
                "SequenceNumber": "4421584500000000017450439091",
                "SizeBytes": 26,
                "StreamViewType": "NEW_AND_OLD_IMAGES"
              },
              "eventSourceARN": "arn:aws:dynamodb:us-east-1:123456789012:table/ExampleTableWithStream/stream/2015-06-27T00:48:05.899"
            },
            {
              "eventID": "c81e728d9d4c2f636f067f89cc14862c",
              "eventName": "MODIFY",
              "eventVersion": "1.1",
              "eventSource": "aws:dynamodb",
              "awsRegion": "us-east-1",
              "dynamodb": {
                "Keys": { "Id": { "N": "101" } },
                "NewImage": { "Message": { "S": "This item has changed" }, "Id": { "N": "101" } },
                "OldImage": { "Message": { "S": "New item!" }, "Id": { "N": "101" } },
                "ApproximateCreationDateTime": 1428537600,
                "SequenceNumber": "4421584500000000017450439092",
                "SizeBytes": 59,
                "StreamViewType": "NEW_AND_OLD_IMAGES"
              },
              "eventSourceARN": "arn:aws:dynamodb:us-east-1:123456789012:table/ExampleTableWithStream/stream/2015-06-27T00:48:05.899"
            },
            {
              "eventID": "eccbc87e4b5ce2fe28308fd9f2a7baf3",
              "eventName": "REMOVE",
              "eventVersion": "1.1",
              "eventSource": "aws:dynamodb",
              "awsRegion": "us-east-1",
              "dynamodb": {
                "Keys": { "Id": { "N": "101" } },
                "OldImage": { "Message": { "S": "This item has changed" }, "Id": { "N": "101" } },
                "ApproximateCreationDateTime": 1428537600,
                "SequenceNumber": "4421584500000000017450439093",
                "SizeBytes": 38,
                "StreamViewType": "NEW_AND_OLD_IMAGES"
              },
              "eventSourceARN": "arn:aws:dynamodb:us-east-1:123456789012:table/ExampleTableWithStream/stream/2015-06-27T00:48:05.899"
            },
            {
              "eventID": "a87ff679a2f3e71d9181a67b7542122c",
              "eventName": "REMOVE",
              "eventVersion": "1.1",
              "eventSource": "aws:dynamodb",
              "awsRegion": "us-east-1",
              "userIdentity": { "type": "Service", "principalId": "dynamodb.amazonaws.com" },
              "dynamodb": {
                "Keys": { "Id": { "N": "102" } },
                "OldImage": { "Message": { "S": "expired" }, "Id": { "N": "102" } },
                "ApproximateCreationDateTime": 1428537700,
                "SequenceNumber": "4421584500000000017450439094",
                "SizeBytes": 30,
                "StreamViewType": "NEW_AND_OLD_IMAGES"
              },
              "eventSourceARN": "arn:aws:dynamodb:us-east-1:123456789012:table/ExampleTableWithStream/stream/2015-06-27T00:48:05.899"
            }
          ]
        }
        """;

    [Test]
    public void AWS_example_event_reads_into_typed_records()
    {
        var records = DynamoStreamReader.ReadAll<ExampleItem>(Encoding.UTF8.GetBytes(AwsExampleEvent));

        Assert.That(records.Select(r => r.EventName), Is.EqualTo(new[] { DynamoStreamEventName.Insert, DynamoStreamEventName.Modify, DynamoStreamEventName.Remove, DynamoStreamEventName.Remove }));
        var insert = records[0];
        Assert.Multiple(() =>
        {
            Assert.That(insert.EventId, Is.EqualTo("c4ca4238a0b923820dcc509a6f75849b"));
            Assert.That(insert.Keys["Id"].N, Is.EqualTo("101"));
            Assert.That(insert.NewImage, Is.EqualTo(new ExampleItem { Id = 101, Message = "New item!" }));
            Assert.That(insert.HasOldImage, Is.False);
            Assert.That(insert.OldImage, Is.Null);
            Assert.That(insert.SequenceNumber, Is.EqualTo("4421584500000000017450439091"));
            Assert.That(insert.ApproximateCreationDateTime, Is.EqualTo(DateTimeOffset.FromUnixTimeSeconds(1428537600)));
            Assert.That(insert.SizeBytes, Is.EqualTo(26));
            Assert.That(insert.StreamViewType, Is.EqualTo("NEW_AND_OLD_IMAGES"));
            Assert.That(insert.AwsRegion, Is.EqualTo("us-east-1"));
            Assert.That(insert.EventSourceArn, Does.StartWith("arn:aws:dynamodb:us-east-1:123456789012:table/ExampleTableWithStream/stream/"));
            Assert.That(insert.IsTimeToLiveDeletion, Is.False);
            Assert.That(records[1].OldImage!.Message, Is.EqualTo("New item!"));
            Assert.That(records[1].NewImage!.Message, Is.EqualTo("This item has changed"));
            Assert.That(records[2].NewImage, Is.Null);
            Assert.That(records[2].OldImage, Is.EqualTo(new ExampleItem { Id = 101, Message = "This item has changed" }));
            Assert.That(records[2].IsTimeToLiveDeletion, Is.False);
            Assert.That(records[3].IsTimeToLiveDeletion, Is.True, "userIdentity dynamodb.amazonaws.com marks a TTL deletion");
        });
    }

    [Test]
    public void Single_table_records_are_routed_by_entity_attribute_and_by_key_template()
    {
        var order = new ShopOrder { CustomerId = "c-1", OrderDate = new DateOnly(2024, 5, 1), OrderNumber = 7, State = OrderState.Shipped, Total = 12.5m };
        var customer = new ShopCustomer { CustomerId = "c-1", Name = "Ada" };
        var profile = new AccountProfile { UserId = "u-1", Email = "u1@example.com" };
        var login = new AccountLogin { UserId = "u-1", At = new DateTime(2024, 5, 1, 8, 0, 0, DateTimeKind.Utc), Ip = "10.0.0.1" };
        var json = Event(
            Record("INSERT", order.ToItem(), newImage: DynamoJson.Serialize(order)),
            Record("MODIFY", customer.ToItem(), newImage: DynamoJson.Serialize(customer), oldImage: DynamoJson.Serialize(customer with { Name = "A." })),
            Record("INSERT", profile.ToItem(), newImage: DynamoJson.Serialize(profile)),
            Record("REMOVE", login.ToItem(), keysOnly: true),
            Record("INSERT", new() { ["PK"] = new() { S = "SOMETHING#else" }, ["SK"] = new() { S = "X" } }, keysOnly: true));

        var reader = new DynamoStreamReader().Add<ShopOrder>().Add<ShopCustomer>().Add<AccountProfile>().Add<AccountLogin>();
        var records = reader.Read(Encoding.UTF8.GetBytes(json));

        Assert.Multiple(() =>
        {
            Assert.That(records[0], Is.TypeOf<DynamoStreamRecord<ShopOrder>>());
            Assert.That(((DynamoStreamRecord<ShopOrder>)records[0]).NewImage, Is.EqualTo(order));
            Assert.That(records[1], Is.TypeOf<DynamoStreamRecord<ShopCustomer>>());
            Assert.That(((DynamoStreamRecord<ShopCustomer>)records[1]).OldImage!.Name, Is.EqualTo("A."));
            Assert.That(records[2], Is.TypeOf<DynamoStreamRecord<AccountProfile>>(), "routed by PK USER#... and SK PROFILE");
            Assert.That(((DynamoStreamRecord<AccountProfile>)records[2]).NewImage, Is.EqualTo(profile));
            Assert.That(records[3], Is.TypeOf<DynamoStreamRecord<AccountLogin>>(), "a keys-only REMOVE is routed by its keys");
            Assert.That(((DynamoStreamRecord<AccountLogin>)records[3]).HasOldImage, Is.False);
            Assert.That(records[4].GetType(), Is.EqualTo(typeof(DynamoStreamRecord)), "no type takes it: keys only");
            Assert.That(records[4].Keys["PK"].S, Is.EqualTo("SOMETHING#else"));
        });
    }

    [Test]
    public void An_image_that_does_not_fit_names_the_member_and_a_bad_event_is_a_clear_error()
    {
        var bad = AwsExampleEvent.Replace("{ \"Message\": { \"S\": \"New item!\" }, \"Id\": { \"N\": \"101\" } }", "{ \"Message\": { \"S\": \"New item!\" }, \"Id\": { \"S\": \"oops\" } }");
        var error = Assert.Throws<DynamoMappingException>(() => DynamoStreamReader.ReadAll<ExampleItem>(Encoding.UTF8.GetBytes(bad)))!;
        Assert.That((error.MemberName, error.AttributeName), Is.EqualTo(("Id", "Id")));

        Assert.Throws<DynamoJsonException>(() => DynamoStreamReader.ReadAll<ExampleItem>(Encoding.UTF8.GetBytes("{\"Records\":[{\"eventName\":\"UPSERT\",\"dynamodb\":{}}]}")));
        Assert.Throws<DynamoJsonException>(() => DynamoStreamReader.ReadAll<ExampleItem>(Encoding.UTF8.GetBytes("{\"Records\":[")));
        Assert.Throws<DynamoJsonException>(() => DynamoStreamReader.ReadAll<ExampleItem>(Encoding.UTF8.GetBytes("{\"Items\":[]}")));
    }

    /// <summary>A Lambda DynamoDB event holding <paramref name="records"/>.</summary>
    internal static string Event(params string[] records) => "{\"Records\":[" + string.Join(",", records) + "]}";

    /// <summary>One record of a Lambda DynamoDB event, in AWS's layout.</summary>
    internal static string Record(string eventName, System.Collections.Generic.Dictionary<string, Amazon.DynamoDBv2.Model.AttributeValue> item, string? newImage = null, string? oldImage = null, bool keysOnly = false)
    {
        var keys = item.Where(p => p.Key is "PK" or "SK" or "CustomerId" or "Id").ToDictionary(p => p.Key, p => p.Value);
        var buffer = new System.IO.MemoryStream();
        using (var writer = new System.Text.Json.Utf8JsonWriter(buffer))
        {
            DynamoJson.WriteAttributes(writer, keys);
        }

        var images = (newImage is null ? "" : ",\"NewImage\":" + newImage) + (oldImage is null ? "" : ",\"OldImage\":" + oldImage);
        return "{\"eventID\":\"" + Guid.NewGuid().ToString("N") + "\",\"eventName\":\"" + eventName + "\",\"eventVersion\":\"1.1\",\"eventSource\":\"aws:dynamodb\",\"awsRegion\":\"us-east-1\","
            + "\"dynamodb\":{\"Keys\":" + Encoding.UTF8.GetString(buffer.ToArray()) + images + ",\"ApproximateCreationDateTime\":1714550400,\"SequenceNumber\":\"100\",\"SizeBytes\":10,\"StreamViewType\":\"" + (keysOnly ? "KEYS_ONLY" : "NEW_AND_OLD_IMAGES") + "\"},"
            + "\"eventSourceARN\":\"arn:aws:dynamodb:us-east-1:123456789012:table/shop/stream/2024-05-01T00:00:00.000\"}";
    }
}
