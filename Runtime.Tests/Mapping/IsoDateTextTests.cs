using System;
using System.Globalization;
using System.Text;
using Amazon.DynamoDBv2.Model;
using DynamoGen.Marshalling;
using NUnit.Framework;

namespace DynamoGen.Tests.Mapping;

/// <summary>
/// <see cref="IsoDates"/> writes and reads the wire format's dates itself (faster than .NET's "O" format) and must
/// agree with .NET exactly: the same text for every value in the whole range of each type and every offset, and for
/// every text of the exact shape it reads, the same answer (accepted with the same value and offset, or left to .NET,
/// which rejects it too).
/// </summary>
public sealed class IsoDateTextTests
{
    private static readonly CultureInfo s_invariant = CultureInfo.InvariantCulture;

    [Test]
    public void Edge_values_are_written_as_dotnet_writes_them()
    {
        var times = new[]
        {
            DateTime.MinValue, DateTime.MaxValue, new DateTime(2024, 2, 29, 23, 59, 59, DateTimeKind.Utc).AddTicks(9_999_999),
            new DateTime(1999, 12, 31, 0, 0, 0), new DateTime(2000, 1, 1), new DateTime(9999, 12, 31, 12, 0, 0), new DateTime(1, 1, 1, 0, 0, 1),
            new DateTime(1970, 1, 1).AddTicks(1), new DateTime(2024, 10, 5, 9, 8, 7).AddTicks(10),
        };
        var offsets = new[] { TimeSpan.Zero, TimeSpan.FromHours(14), TimeSpan.FromHours(-14), new TimeSpan(5, 45, 0), new TimeSpan(-3, -30, 0), TimeSpan.FromMinutes(-1), TimeSpan.FromMinutes(1) };
        foreach (var time in times)
        {
            var utc = DateTime.SpecifyKind(time, DateTimeKind.Utc);
            Assert.That(IsoDates.Format(utc), Is.EqualTo(utc.ToString("O", s_invariant)));
            Assert.That(IsoDates.Format(DateOnly.FromDateTime(time)), Is.EqualTo(DateOnly.FromDateTime(time).ToString("O", s_invariant)));
            foreach (var offset in offsets)
            {
                if (TryOffset(time.Ticks, offset, out var value))
                {
                    Assert.That(IsoDates.Format(value), Is.EqualTo(value.ToString("O", s_invariant)), value.ToString("O", s_invariant));
                }
            }
        }

        Assert.That(IsoDates.Format(DateTimeOffset.MinValue), Is.EqualTo(DateTimeOffset.MinValue.ToString("O", s_invariant)));
        Assert.That(IsoDates.Format(DateTimeOffset.MaxValue), Is.EqualTo(DateTimeOffset.MaxValue.ToString("O", s_invariant)));
        Assert.That(IsoDates.Format(DateOnly.MinValue), Is.EqualTo("0001-01-01"));
        Assert.That(IsoDates.Format(DateOnly.MaxValue), Is.EqualTo("9999-12-31"));
    }

    [Test]
    public void Random_values_are_written_as_dotnet_writes_them_and_read_back()
    {
        var random = new Random(20261129);
        for (var i = 0; i < 200_000; i++)
        {
            var ticks = random.NextInt64(DateTime.MaxValue.Ticks + 1);
            var utc = new DateTime(ticks, DateTimeKind.Utc);
            var text = IsoDates.Format(utc);
            Assert.That(text, Is.EqualTo(utc.ToString("O", s_invariant)));
            Assert.That(IsoDates.TryParseUtc(text, out var readUtc) && readUtc == utc && readUtc.Kind == DateTimeKind.Utc, Is.True, text);

            var date = DateOnly.FromDayNumber(random.Next(DateOnly.MaxValue.DayNumber + 1));
            text = IsoDates.Format(date);
            Assert.That(text, Is.EqualTo(date.ToString("O", s_invariant)));
            Assert.That(IsoDates.TryParseDate(text, out var readDate) && readDate == date, Is.True, text);

            if (TryOffset(ticks, TimeSpan.FromMinutes(random.Next(-14 * 60, 14 * 60 + 1)), out var value))
            {
                text = IsoDates.Format(value);
                Assert.That(text, Is.EqualTo(value.ToString("O", s_invariant)));
                Assert.That(IsoDates.TryParseOffset(text, out var read) && read == value && read.Offset == value.Offset, Is.True, text);
            }
        }
    }

    [Test]
    public void Key_template_texts_are_the_wire_formats_custom_strings()
    {
        // Key templates write DateTimeOffset in UTC and DateOnly through IsoDates: the text must stay the custom
        // format's (stored keys are compared as text), for every value.
        var random = new Random(5);
        for (var i = 0; i < 20_000; i++)
        {
            var ticks = random.NextInt64(TimeSpan.TicksPerDay, DateTime.MaxValue.Ticks - TimeSpan.TicksPerDay);
            var value = new DateTimeOffset(ticks, TimeSpan.FromMinutes(random.Next(-600, 601)));
            Assert.That(KeyText.Of(value), Is.EqualTo(value.ToUniversalTime().ToString(DynamoFormats.DateTimeOffset, s_invariant)));
            var date = DateOnly.FromDayNumber(random.Next(DateOnly.MaxValue.DayNumber + 1));
            Assert.That(KeyText.Of(date), Is.EqualTo(date.ToString(DynamoFormats.DateOnly, s_invariant)));
        }
    }

    [Test]
    public void Texts_of_the_exact_shape_read_as_dotnet_reads_them()
    {
        // Every field drawn from a range wider than valid (month 00-19, day 00-39, hour 00-29, minute and second 00-69,
        // offset hours 00-19): each text is either read by IsoDates with .NET's value, or rejected by both.
        var random = new Random(7);
        var accepted = 0;
        for (var i = 0; i < 100_000; i++)
        {
            var clock = Two(random, 0, 99) + Two(random, 0, 99) + "-" + Two(random, 0, 19) + "-" + Two(random, 0, 39)
                + "T" + Two(random, 0, 29) + ":" + Two(random, 0, 69) + ":" + Two(random, 0, 69) + "." + random.Next(10_000_000).ToString("D7", s_invariant);
            var utcText = clock + "Z";
            var offsetText = clock + (random.Next(2) == 0 ? "+" : "-") + Two(random, 0, 19) + ":" + Two(random, 0, 69);
            var dateText = clock[..10];

            var dotnetUtc = DateTimeOffset.TryParseExact(utcText, "O", s_invariant, DateTimeStyles.None, out var expectedUtc);
            Assert.That(IsoDates.TryParseUtc(utcText, out var utc), Is.EqualTo(dotnetUtc), utcText);
            Assert.That(utc, Is.EqualTo(dotnetUtc ? expectedUtc.UtcDateTime : default(DateTime)), utcText);

            var dotnetOffset = DateTimeOffset.TryParseExact(offsetText, "O", s_invariant, DateTimeStyles.None, out var expectedOffset);
            // .NET's "O" parse also takes offset minutes of 60 to 99 (+01:75 is 2 h 15 min); IsoDates leaves those texts
            // to it (Parse falls back to .NET), which is the only difference allowed.
            var oddMinutes = offsetText[31] >= '6';
            Assert.That(IsoDates.TryParseOffset(offsetText, out var offset), Is.EqualTo(dotnetOffset && !oddMinutes), offsetText);
            if (!oddMinutes)
            {
                Assert.That((offset, offset.Offset), Is.EqualTo((expectedOffset, expectedOffset.Offset)), offsetText);
            }
            else if (dotnetOffset)
            {
                Assert.That(Parse.DateTimeOffset(new AttributeValue { S = offsetText }), Is.EqualTo(expectedOffset), offsetText);
                Assert.That(Parse.DateTimeOffset(new AttributeValue { S = offsetText }).Offset, Is.EqualTo(expectedOffset.Offset), offsetText);
            }

            var dotnetDate = DateOnly.TryParseExact(dateText, "O", s_invariant, DateTimeStyles.None, out var expectedDate);
            Assert.That(IsoDates.TryParseDate(dateText, out var date), Is.EqualTo(dotnetDate), dateText);
            Assert.That(date, Is.EqualTo(expectedDate), dateText);
            accepted += dotnetOffset ? 1 : 0;
        }

        Assert.That(accepted, Is.GreaterThan(1000), "the drawn texts include valid ones");
    }

    [Test]
    public void Texts_one_character_away_are_never_read_differently()
    {
        // One character of a valid text replaced by something else (another digit, a letter, a separator, a digit of
        // another script, a space): IsoDates either reads it as .NET's exact parse does or leaves it (to .NET).
        var random = new Random(11);
        var replacements = "0123456789+-:.TZ tz\u0663\uFF15a\u00A0/";
        for (var i = 0; i < 50_000; i++)
        {
            var value = new DateTimeOffset(random.NextInt64(DateTime.MaxValue.Ticks - TimeSpan.TicksPerDay) + TimeSpan.TicksPerDay, TimeSpan.FromMinutes(random.Next(-600, 601)));
            foreach (var canonical in new[] { value.ToString("O", s_invariant), value.UtcDateTime.ToString("O", s_invariant), DateOnly.FromDateTime(value.DateTime).ToString("O", s_invariant) })
            {
                var text = new StringBuilder(canonical);
                text[random.Next(text.Length)] = replacements[random.Next(replacements.Length)];
                var mutated = text.ToString();
                if (IsoDates.TryParseOffset(mutated, out var offset))
                {
                    Assert.That(DateTimeOffset.TryParseExact(mutated, "O", s_invariant, DateTimeStyles.None, out var expected) && expected == offset && expected.Offset == offset.Offset, Is.True, mutated);
                }

                if (IsoDates.TryParseUtc(mutated, out var utc))
                {
                    Assert.That(DateTimeOffset.TryParseExact(mutated, "O", s_invariant, DateTimeStyles.None, out var expected) && expected.UtcDateTime == utc, Is.True, mutated);
                }

                if (IsoDates.TryParseDate(mutated, out var date))
                {
                    Assert.That(DateOnly.TryParseExact(mutated, "O", s_invariant, DateTimeStyles.None, out var expected) && expected == date, Is.True, mutated);
                }
            }
        }
    }

    [Test]
    public void Texts_IsoDates_leaves_are_still_read_by_dotnet()
    {
        // The general parser still reads what it read before: a 'Z' where an offset is expected, milliseconds, no fraction.
        Assert.That(Parse.DateTimeOffset(new AttributeValue { S = "2024-01-31T13:45:00.1234567Z" }), Is.EqualTo(new DateTimeOffset(2024, 1, 31, 13, 45, 0, TimeSpan.Zero).AddTicks(1_234_567)));
        Assert.That(Parse.DateTimeOffset(new AttributeValue { S = "2024-01-31T13:45:00.123+01:00" }).Offset, Is.EqualTo(TimeSpan.FromHours(1)));
        Assert.That(Parse.DateTime(new AttributeValue { S = "2024-01-31T13:45:00Z" }), Is.EqualTo(new DateTime(2024, 1, 31, 13, 45, 0, DateTimeKind.Utc)));
        Assert.That(Parse.DateTime(new AttributeValue { S = "2024-01-31T14:45:00.1234567+01:00" }), Is.EqualTo(new DateTime(2024, 1, 31, 13, 45, 0, DateTimeKind.Utc).AddTicks(1_234_567)));
        // The UTC time of this text is before year 1: IsoDates leaves it, and .NET rejects it too.
        Assert.That(IsoDates.TryParseOffset("0001-01-01T00:00:00.0000000+01:00", out _), Is.False);
        Assert.Throws<AttributeFormatException>(() => Parse.DateTimeOffset(new AttributeValue { S = "0001-01-01T00:00:00.0000000+01:00" }));
    }

    private static string Two(Random random, int min, int max) => random.Next(min, max + 1).ToString("D2", s_invariant);

    private static bool TryOffset(long clockTicks, TimeSpan offset, out DateTimeOffset value)
    {
        var utc = clockTicks - offset.Ticks;
        value = utc >= 0 && utc <= DateTime.MaxValue.Ticks ? new DateTimeOffset(clockTicks, offset) : default;
        return utc >= 0 && utc <= DateTime.MaxValue.Ticks;
    }
}
