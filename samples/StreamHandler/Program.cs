using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using DynamoGen;
using StreamHandler;

// What a Lambda function subscribed to the "shop" table's stream does with each event: read the records into typed
// entities and keep a projection up to date (here: revenue per customer, and the profiles that expired by TTL).
// In Lambda the event arrives as the request body; here it is read from a file (events/orders.json by default).
var path = args.Length > 0 ? args[0] : Path.Combine(AppContext.BaseDirectory, "events", "orders.json");
var lambdaEvent = File.ReadAllBytes(path);

var handler = new ShopStreamHandler();
handler.Handle(lambdaEvent);

foreach (var (customer, revenue) in handler.Revenue.OrderBy(p => p.Key, StringComparer.Ordinal))
{
    Console.WriteLine($"{customer}: {revenue.ToString("0.00", CultureInfo.InvariantCulture)} paid");
}

Console.WriteLine($"expired profiles: {string.Join(", ", handler.Expired)}");
Console.WriteLine($"records: {handler.Records}, skipped: {handler.Skipped}");

// The sample checks its own results (CI runs it as a native binary).
var expected = new Dictionary<string, decimal> { ["c-1"] = 59.90m, ["c-2"] = 15.00m };
if (args.Length == 0 && (!handler.Revenue.OrderBy(p => p.Key).SequenceEqual(expected.OrderBy(p => p.Key)) || !handler.Expired.SequenceEqual(["c-3"]) || handler.Records != 6 || handler.Skipped != 1))
{
    Console.Error.WriteLine("unexpected result");
    return 1;
}

return 0;

/// <summary>The handler: one <see cref="DynamoStreamReader"/> for the table's entity types, built once per process.</summary>
internal sealed class ShopStreamHandler
{
    private static readonly DynamoStreamReader s_reader = new DynamoStreamReader().Add<Order>().Add<Customer>();

    public Dictionary<string, decimal> Revenue { get; } = new(StringComparer.Ordinal);

    public List<string> Expired { get; } = [];

    public int Records { get; private set; }

    public int Skipped { get; private set; }

    public void Handle(ReadOnlySpan<byte> lambdaEvent)
    {
        foreach (var record in s_reader.Read(lambdaEvent))
        {
            Records++;
            switch (record)
            {
                // An order becomes paid: count it once, when its state changes to Paid.
                case DynamoStreamRecord<Order> { EventName: DynamoStreamEventName.Modify, OldImage: { State: not OrderState.Paid }, NewImage: { State: OrderState.Paid } paid }:
                    Revenue[paid.CustomerId] = Revenue.GetValueOrDefault(paid.CustomerId) + paid.Total;
                    break;
                // A paid order is deleted (refunded): take it back.
                case DynamoStreamRecord<Order> { EventName: DynamoStreamEventName.Remove, OldImage: { State: OrderState.Paid } refunded }:
                    Revenue[refunded.CustomerId] = Revenue.GetValueOrDefault(refunded.CustomerId) - refunded.Total;
                    break;
                case DynamoStreamRecord<Customer> { IsTimeToLiveDeletion: true, OldImage: { } expired }:
                    Expired.Add(expired.CustomerId);
                    break;
                case DynamoStreamRecord<Order> or DynamoStreamRecord<Customer>:
                    break;
                default:
                    Skipped++; // an item of a type this handler does not know
                    break;
            }
        }
    }
}
