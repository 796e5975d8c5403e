using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using FsCheck;
using FsCheck.Fluent;
using NUnit.Framework;

namespace DynamoGen.Tests.Operations;

/// <summary>
/// Tokens from real queries and scans against the local DynamoDB, readable and encrypted: every change to one (any
/// character, truncation, extension, insertion, non-canonical base64url) and every use elsewhere (another table,
/// partition, key prefix, operation, key) is refused with <see cref="DynamoContinuationTokenException"/> before any
/// request is sent, and an encrypted token discloses no key value.
/// </summary>
public sealed class ContinuationTokenTamperingTests
{
    /// <summary>The partition key value: it must never be readable in an encrypted token.</summary>
    private const string SecretOwner = "tenant-4711-secret-owner";

    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    private static readonly byte[] s_key = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();

    private static readonly byte[] s_oddKey = Enumerable.Range(1, 20).Select(i => (byte)(i * 7)).ToArray();

    private static string s_tableName = null!;

    private static readonly List<TokenCase> s_cases = new();

    private static Table<Blob> s_plain = null!;

    /// <summary>A real token and the call that accepts it (and only it).</summary>
    public sealed record TokenCase(string Name, Table<Blob> Table, bool Scan, string Token)
    {
        public Task Use(string token) => Scan
            ? Table.ScanPageAsync(token, new ScanOptions { Limit = 2 })
            : Table.QueryPageAsync(BlobIndexes.Primary.Partition(SecretOwner), token, new QueryOptions { Limit = 2 });

        public override string ToString() => Name;
    }

    [OneTimeSetUp]
    public async Task SetUpAsync()
    {
        var context = new DynamoContext(LocalDynamoSetup.Client);
        s_tableName = LocalDynamoSetup.UniqueTableName("tokens");
        await context.CreateTableAsync<Blob>(s_tableName);
        s_plain = context.Table<Blob>(s_tableName);
        for (var i = 0; i < 6; i++)
        {
            await s_plain.PutAsync(new Blob { Owner = SecretOwner, Seq = 1_000_000 + i, Payload = "p" });
        }

        s_cases.Clear();
        foreach (var (name, table) in new[]
        {
            ("readable", s_plain),
            ("encrypted", s_plain.WithOptions(new TableOptions { ContinuationTokenKey = s_key })),
            ("encrypted, HKDF key", s_plain.WithOptions(new TableOptions { ContinuationTokenKey = s_oddKey })),
        })
        {
            var query = await table.QueryPageAsync(BlobIndexes.Primary.Partition(SecretOwner), null, new QueryOptions { Limit = 2 });
            var scan = await table.ScanPageAsync(null, new ScanOptions { Limit = 2 });
            s_cases.Add(new TokenCase(name + " query", table, false, query.ContinuationToken!));
            s_cases.Add(new TokenCase(name + " scan", table, true, scan.ContinuationToken!));
        }

        foreach (var c in s_cases)
        {
            await c.Use(c.Token);   // each original token is accepted where it was issued
        }
    }

    private static bool Refused(TokenCase c, string token)
    {
        try
        {
            c.Use(token).GetAwaiter().GetResult();
            return false;
        }
        catch (DynamoContinuationTokenException)
        {
            return true;
        }
    }

    [Test]
    public void Every_single_character_change_at_every_position_of_real_tokens_is_refused()
    {
        var replacements = Alphabet + "=+/ .~%é\0";
        var attempts = 0;
        foreach (var c in s_cases)
        {
            for (var i = 0; i < c.Token.Length; i++)
            {
                foreach (var r in replacements)
                {
                    if (r == c.Token[i])
                    {
                        continue;
                    }

                    var changed = c.Token[..i] + r + c.Token[(i + 1)..];
                    attempts++;
                    Assert.That(Refused(c, changed), Is.True, $"{c}: '{c.Token[i]}' -> '{r}' at {i} of {c.Token.Length}");
                }
            }
        }

        TestContext.Out.WriteLine($"{attempts} changed tokens, all refused");
    }

    [Test]
    public void Every_truncation_and_extension_of_real_tokens_is_refused()
    {
        foreach (var c in s_cases)
        {
            for (var length = 0; length < c.Token.Length; length++)
            {
                Assert.That(Refused(c, c.Token[..length]), Is.True, $"{c}: truncated to {length}");
                Assert.That(Refused(c, c.Token[(c.Token.Length - length)..]), Is.True, $"{c}: first {c.Token.Length - length} removed");
            }

            foreach (var extra in new[] { "A", "AA", "AAA", "AAAA", "=", "==", "_", c.Token })
            {
                Assert.That(Refused(c, c.Token + extra), Is.True, $"{c}: + {extra}");
                Assert.That(Refused(c, extra + c.Token), Is.True, $"{c}: {extra} + token");
            }
        }
    }

    [Test]
    public void The_unused_bits_of_the_last_character_are_checked_so_base64url_is_canonical()
    {
        var aliases = 0;
        foreach (var c in s_cases.Where(c => c.Token.Length % 4 is 2 or 3))
        {
            // A lenient decoder (Convert.FromBase64String) reads these aliases as the same bytes; the token must not.
            var original = Convert.FromBase64String(Standard(c.Token));
            foreach (var r in Alphabet.Where(r => r != c.Token[^1]))
            {
                var alias = c.Token[..^1] + r;
                if (Convert.FromBase64String(Standard(alias)).SequenceEqual(original))
                {
                    aliases++;
                    Assert.That(Refused(c, alias), Is.True, $"{c}: alias ending '{r}'");
                }
            }
        }

        Assert.That(aliases, Is.GreaterThan(0), "the real tokens have aliases to check");
    }

    private static string Standard(string url) => url.Replace('-', '+').Replace('_', '/') + new string('=', (4 - (url.Length % 4)) % 4);

    /// <summary>An edit of a token: replace, insert or delete characters, truncate, extend, swap; several at once.</summary>
    private static Gen<Func<string, string>> Edit()
    {
        var ch = Gen.Elements((Alphabet + "=+/.").ToCharArray());
        var position = Gen.Choose(0, 10_000);
        return Gen.OneOf(
            Gen.Zip(position, ch).Select<(int, char), Func<string, string>>(v => t => t.Length == 0 ? t : t[..(v.Item1 % t.Length)] + v.Item2 + t[(v.Item1 % t.Length + 1)..]),
            Gen.Zip(position, ch).Select<(int, char), Func<string, string>>(v => t => t.Insert(v.Item1 % (t.Length + 1), v.Item2.ToString())),
            position.Select<int, Func<string, string>>(p => t => t.Length == 0 ? t : t.Remove(p % t.Length, 1)),
            position.Select<int, Func<string, string>>(p => t => t[..(p % (t.Length + 1))]),
            Gen.ArrayOf(ch).Select<char[], Func<string, string>>(s => t => t + new string(s)),
            Gen.Zip(position, position).Select<(int, int), Func<string, string>>(v => t =>
            {
                if (t.Length == 0)
                {
                    return t;
                }

                var a = t.ToCharArray();
                (a[v.Item1 % a.Length], a[v.Item2 % a.Length]) = (a[v.Item2 % a.Length], a[v.Item1 % a.Length]);
                return new string(a);
            }));
    }

    [FsCheck.NUnit.Property(MaxTest = 2000)]
    public Property Any_edit_of_a_real_token_is_refused()
    {
        var gen = Gen.Zip(Gen.Choose(0, s_cases.Count - 1), Gen.NonEmptyListOf(Edit()).Select(edits => edits.Take(4).ToArray()));
        return Prop.ForAll(gen.ToArbitrary(), v =>
        {
            var c = s_cases[v.Item1];
            var edited = v.Item2.Aggregate(c.Token, (token, edit) => edit(token));
            return edited == c.Token || Refused(c, edited);
        });
    }

    [Test]
    public void An_encrypted_token_contains_the_key_values_in_no_decoding_and_a_readable_one_does()
    {
        foreach (var c in s_cases)
        {
            var bytes = ContinuationToken.FromBase64Url(c.Token)!;
            var disclosed = Disclosures(c.Token, bytes, SecretOwner).Concat(Disclosures(c.Token, bytes, "1000002")).Concat(Disclosures(c.Token, bytes, "Owner")).ToList();
            if (c.Name.StartsWith("readable", StringComparison.Ordinal))
            {
                Assert.That(disclosed, Is.Not.Empty, $"{c}: readable tokens are readable (the check below can fail)");
            }
            else
            {
                Assert.That(disclosed, Is.Empty, $"{c}: {c.Token}");
            }
        }
    }

    /// <summary>Where <paramref name="value"/> shows in a token: in its text, in its bytes as UTF-8 or UTF-16, or in the text as base64 at any of the three alignments.</summary>
    private static IEnumerable<string> Disclosures(string token, byte[] bytes, string value)
    {
        if (token.Contains(value, StringComparison.OrdinalIgnoreCase))
        {
            yield return "text";
        }

        if (bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(value)) >= 0)
        {
            yield return "utf-8";
        }

        if (bytes.AsSpan().IndexOf(Encoding.Unicode.GetBytes(value)) >= 0)
        {
            yield return "utf-16";
        }

        for (var shift = 0; shift < 3; shift++)
        {
            var encoded = ContinuationToken.ToBase64Url([.. new byte[shift], .. Encoding.UTF8.GetBytes(value)]);
            var stable = encoded[((shift * 4 + 2) / 3)..^2];   // the characters that depend on the value alone
            if (stable.Length > 4 && token.Contains(stable, StringComparison.Ordinal))
            {
                yield return "base64 shifted " + shift;
            }
        }
    }

    [Test]
    public async Task Tokens_are_refused_by_another_table_partition_key_prefix_operation_or_key()
    {
        var context = new DynamoContext(LocalDynamoSetup.Client);
        var otherName = LocalDynamoSetup.UniqueTableName("tokens-other");
        await context.CreateTableAsync<Blob>(otherName);
        var otherTable = context.Table<Blob>(otherName);
        var readable = s_cases.Single(c => c.Name == "readable query");
        var encrypted = s_cases.Single(c => c.Name == "encrypted query");
        var encryptedScan = s_cases.Single(c => c.Name == "encrypted scan");
        var prefixed = new DynamoContext(new DynamoContextOptions().UseDefaultConnection(LocalDynamoSetup.Client).UseKeyPrefix<Blob>("tenant-a#")).Table<Blob>(s_tableName);
        var p = BlobIndexes.Primary.Partition(SecretOwner);

        foreach (var (c, options) in new[] { (readable, TableOptions.Default), (encrypted, new TableOptions { ContinuationTokenKey = s_key }) })
        {
            var token = c.Token;
            Assert.Multiple(() =>
            {
                Assert.That(() => otherTable.WithOptions(options).QueryPageAsync(p, token), Throws.InstanceOf<DynamoContinuationTokenException>(), $"{c}: another table");
                Assert.That(() => c.Table.QueryPageAsync(BlobIndexes.Primary.Partition("someone-else"), token), Throws.InstanceOf<DynamoContinuationTokenException>(), $"{c}: another partition");
                Assert.That(() => prefixed.WithOptions(options).QueryPageAsync(p, token), Throws.InstanceOf<DynamoContinuationTokenException>(), $"{c}: another key prefix");
                Assert.That(() => c.Table.ScanPageAsync(token), Throws.InstanceOf<DynamoContinuationTokenException>(), $"{c}: a scan");
                Assert.That(() => c.Table.ScanPageAsync(token, new ScanOptions { Segment = 0, TotalSegments = 2 }), Throws.InstanceOf<DynamoContinuationTokenException>(), $"{c}: a scan segment");
                Assert.That(() => c.Table.QueryPageAsync(p, token, new QueryOptions { Descending = true }), Throws.InstanceOf<DynamoContinuationTokenException>(), $"{c}: the other direction");
                Assert.That(() => c.Table.QueryPageAsync(p.GreaterThan(1), token), Throws.InstanceOf<DynamoContinuationTokenException>(), $"{c}: a sort key condition");
                Assert.That(() => c.Table.QueryPageAsync(p, token, new QueryOptions { Limit = 2 }), Throws.Nothing, $"{c}: the same query still takes it");
            });
        }

        Assert.Multiple(() =>
        {
            Assert.That(() => encryptedScan.Table.ScanPageAsync(encryptedScan.Token, new ScanOptions { Segment = 1, TotalSegments = 2 }), Throws.InstanceOf<DynamoContinuationTokenException>(), "another segment");
            Assert.That(() => s_plain.QueryPageAsync(p, encrypted.Token), Throws.InstanceOf<DynamoContinuationTokenException>().With.Message.Contains("no ContinuationTokenKey"));
            Assert.That(() => encrypted.Table.QueryPageAsync(p, readable.Token), Throws.InstanceOf<DynamoContinuationTokenException>().With.Message.Contains("not encrypted"));
            Assert.That(() => s_plain.WithOptions(new TableOptions { ContinuationTokenKey = s_oddKey }).QueryPageAsync(p, encrypted.Token), Throws.InstanceOf<DynamoContinuationTokenException>().With.Message.Contains("another key"));
        });
    }

    [Test]
    public async Task Encrypted_pages_cover_the_query_exactly_once()
    {
        var encrypted = s_cases.Single(c => c.Name == "encrypted, HKDF key query");
        var seen = new List<long>();
        string? token = null;
        do
        {
            var page = await encrypted.Table.QueryPageAsync(BlobIndexes.Primary.Partition(SecretOwner), token, new QueryOptions { Limit = 4 });
            seen.AddRange(page.Items.Select(b => b.Seq));
            token = page.ContinuationToken;
        }
        while (token is not null);

        Assert.That(seen, Is.EqualTo(Enumerable.Range(1_000_000, 6).Select(i => (long)i)));
    }
}
