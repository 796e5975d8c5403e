using System.Text;
using DynamoGen.Marshalling;
using NUnit.Framework;

namespace DynamoGen.Tests.Mapping;

/// <summary>
/// The lone-surrogate check on every string written has separate paths by length (a few compares, 8-character vector
/// tests for 8 to 32 characters, .NET's search above that, an ASCII test from 64): each length from 0 to 80, with a lone
/// high or low surrogate, a whole pair, or a reversed pair at every position, against .NET's own UTF-16 validation.
/// </summary>
public sealed class Utf16Tests
{
    [Test]
    public void The_check_agrees_with_dotnet_at_every_length_and_position()
    {
        var checkedStrings = 0;
        for (var length = 0; length <= 80; length++)
        {
            var plain = new string('a', length);
            Assert.That(Utf16.IsStorable(plain), Is.True, "plain text of length " + length);
            for (var at = 0; at < length; at++)
            {
                foreach (var insert in new[] { "\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uD83D\uDE00", "\uDE00\uD83D" })
                {
                    var text = plain.Remove(at, 1).Insert(at, insert);
                    var expected = IsWellFormed(text);
                    Assert.That(Utf16.IsStorable(text), Is.EqualTo(expected), "length " + text.Length + ", '" + Escape(insert) + "' at " + at);
                    checkedStrings++;
                }
            }
        }

        Assert.That(checkedStrings, Is.EqualTo(6 * 80 * 81 / 2), "every length and position was tried");
    }

    [Test]
    public void Well_formed_text_in_other_scripts_is_storable_at_every_length()
    {
        for (var length = 1; length <= 80; length++)
        {
            var text = new StringBuilder().Insert(0, "Größe✓€ø", (length / 8) + 1).ToString(0, length);
            Assert.That(Utf16.IsStorable(text), Is.True, "length " + length);
        }
    }

    // .NET's own UTF-16 validation: a strict UTF-8 encoder refuses exactly the strings with half a surrogate pair.
    private static bool IsWellFormed(string text)
    {
        try
        {
            _ = new UTF8Encoding(false, throwOnInvalidBytes: true).GetByteCount(text);
            return true;
        }
        catch (EncoderFallbackException)
        {
            return false;
        }
    }

    private static string Escape(string text)
    {
        var result = new StringBuilder();
        foreach (var c in text)
        {
            result.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
        }

        return result.ToString();
    }
}
