using System;
using Amazon.DynamoDBv2;
using DynamoGen.Testing;

namespace DynamoGen.Tests.Connections;

/// <summary>
/// The server the connection tests use as "DynamoDB": the run's shared one (<see cref="LocalDynamoSetup"/>); tests that
/// need a second server (standing in for DAX) start their own dynalite.
/// </summary>
public static class ConnectionsSetup
{
    public static LocalDynamoDb Server => LocalDynamoSetup.Server;

    public static AmazonDynamoDBClient Client => LocalDynamoSetup.Client;

    /// <summary>A table name no other test uses.</summary>
    public static string UniqueTableName(string prefix) => LocalDynamoSetup.UniqueTableName(prefix);
}
