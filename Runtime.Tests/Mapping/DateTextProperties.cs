using System;
using System.Globalization;
using Amazon.DynamoDBv2.Model;
using DynamoGen.Marshalling;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.NUnit;

namespace DynamoGen.Tests.Mapping;

/// <summary>
/// The wire format of dates is defined by <see cref="DynamoFormats"/>' custom format strings; <c>Write</c> and
/// <c>Parse</c> use .NET's faster "O" format, which must give exactly the same text for every value, and read back
/// every text the custom format writes (and the texts the general parser accepted before: without an offset, with
/// 'Z', with fewer fraction digits).
/// </summary>
public sealed class DateTextProperties
{
    private static readonly CultureInfo s_invariant = CultureInfo.InvariantCulture;

    [Property(MaxTest = 1000)]
    public Property DateTimeOffset_text_is_the_custom_format_and_reads_back() => Prop.ForAll(Gens.DateTimeOffset.ToArbitrary(), value =>
    {
        var text = value.ToString(DynamoFormats.DateTimeOffset, s_invariant);
        var written = Write.DateTimeOffset(value).S;
        var read = Parse.DateTimeOffset(new AttributeValue { S = text });
        return written == text && read == value && read.Offset == value.Offset;
    });

    [Property(MaxTest = 1000)]
    public Property DateOnly_text_is_the_custom_format_and_reads_back() => Prop.ForAll(Gens.DateOnly.ToArbitrary(), value =>
    {
        var text = value.ToString(DynamoFormats.DateOnly, s_invariant);
        return Write.DateOnly(value).S == text && Parse.DateOnly(new AttributeValue { S = text }) == value;
    });

    [Property(MaxTest = 1000)]
    public Property TimeOnly_text_is_the_custom_format_and_reads_back() => Prop.ForAll(Gens.TimeOnly.ToArbitrary(), value =>
    {
        var text = value.ToString(DynamoFormats.TimeOnly, s_invariant);
        return Write.TimeOnly(value).S == text && Parse.TimeOnly(new AttributeValue { S = text }) == value;
    });

    [Property(MaxTest = 300)]
    public Property Other_ISO_8601_texts_read_as_the_general_parser_reads_them() => Prop.ForAll(Gens.DateTimeOffset.ToArbitrary(), value =>
    {
        // Texts a program other than DynamoGen may have written: milliseconds only, 'Z' for UTC, no offset at all.
        var texts = new[]
        {
            value.ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", s_invariant),
            value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", s_invariant),
            value.ToString("yyyy-MM-dd'T'HH:mm:ss", s_invariant),
        };
        foreach (var text in texts)
        {
            var expected = DateTimeOffset.TryParse(text, s_invariant, DateTimeStyles.RoundtripKind, out var general) ? general : (DateTimeOffset?)null;
            DateTimeOffset? actual;
            try
            {
                actual = Parse.DateTimeOffset(new AttributeValue { S = text });
            }
            catch (AttributeFormatException)
            {
                actual = null;
            }

            if (actual != expected || actual?.Offset != expected?.Offset)
            {
                return false;
            }
        }

        return true;
    });

    [NUnit.Framework.Test]
    public void Texts_that_are_not_dates_are_still_rejected()
    {
        foreach (var text in new[] { "2024-13-01T00:00:00.0000000+00:00", "2024-01-31T13:45:00.1234567+15:00", "not a date at all, 33 characters", "2024-01-31T13:45:00.1234567 00:00" })
        {
            NUnit.Framework.Assert.Throws<AttributeFormatException>(() => Parse.DateTimeOffset(new AttributeValue { S = text }), text);
        }

        NUnit.Framework.Assert.Throws<AttributeFormatException>(() => Parse.DateOnly(new AttributeValue { S = "2024-1-31" }));
        NUnit.Framework.Assert.Throws<AttributeFormatException>(() => Parse.TimeOnly(new AttributeValue { S = "25:00:00.0000000" }));
    }
}
