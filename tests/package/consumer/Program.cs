using DynamoGen;

// Configured as in production, from DYNAMO_ENDPOINT, DYNAMO_REGION, DYNAMO_ACCESS_KEY_ID and DYNAMO_SECRET_ACCESS_KEY.
var context = new DynamoContext(DynamoConnections.FromEnvironment());

// A table of our own, so the test can share a DynamoDB with anything else.
var tableName = $"package-test-{Guid.NewGuid():N}";
await context.CreateTableAsync<Note>(tableName);
var notes = context.Table<Note>(tableName);

var note = new Note("alice", 42, "Hello from the package", ["nuget", "aot"]) { Pinned = true };
await notes.PutAsync(note);
var read = await notes.GetAsync(Note.Key("alice", 42));
Console.WriteLine($"Put:  {note.Owner}/{note.Id} \"{note.Text}\" [{string.Join(", ", note.Tags)}] pinned={note.Pinned}");
Console.WriteLine(read is null ? "Got:  nothing" : $"Got:  {read.Owner}/{read.Id} \"{read.Text}\" [{string.Join(", ", read.Tags)}] pinned={read.Pinned}");

await context.Client.DeleteTableAsync(tableName);
if (read is null || read.Text != note.Text || read.Pinned != note.Pinned || !read.Tags.SetEquals(note.Tags))
{
    Console.WriteLine("MISMATCH: the item read back differs from the item written.");
    return 1;
}

Console.WriteLine("The package works: the item read back equals the item written.");
return 0;

[DynamoTable("notes")]
public partial record Note(
    [property: PartitionKey] string Owner,
    [property: SortKey] long Id,
    string Text,
    HashSet<string> Tags)
{
    public bool Pinned { get; init; }
}
