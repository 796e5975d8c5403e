using System.Text;
using DynamoGen.Generator.Model;

namespace DynamoGen.Generator.Parsing;

/// <summary>Applies a <see cref="NamingPolicy"/> to a member name.</summary>
internal static class NamingPolicies
{
    public static string Apply(NamingPolicy policy, string name)
        => policy switch
        {
            NamingPolicy.CamelCase => Camel(name),
            NamingPolicy.SnakeCase => Separated(name, '_'),
            NamingPolicy.KebabCase => Separated(name, '-'),
            _ => name,
        };

    /// <summary><c>OrderId</c> to <c>orderId</c>, <c>URLValue</c> to <c>urlValue</c>, <c>ID</c> to <c>id</c>.</summary>
    public static string Camel(string name)
    {
        if (name.Length == 0 || !char.IsUpper(name[0]))
        {
            return name;
        }

        var chars = name.ToCharArray();
        for (var i = 0; i < chars.Length && char.IsUpper(chars[i]); i++)
        {
            // Keep the last capital of a run that starts a new word: URLValue -> urlValue.
            if (i > 0 && i + 1 < chars.Length && char.IsLower(chars[i + 1]))
            {
                break;
            }

            chars[i] = char.ToLowerInvariant(chars[i]);
        }

        return new string(chars);
    }

    /// <summary><c>OrderId</c> to <c>order_id</c>, <c>URLValue</c> to <c>url_value</c>, <c>Line2</c> to <c>line2</c>.</summary>
    public static string Separated(string name, char separator)
    {
        var text = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                var previousIsLowerOrDigit = i > 0 && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]));
                var startsWordInRun = i > 0 && char.IsUpper(name[i - 1]) && i + 1 < name.Length && char.IsLower(name[i + 1]);
                if ((previousIsLowerOrDigit || startsWordInRun) && text.Length > 0 && text[text.Length - 1] != separator)
                {
                    text.Append(separator);
                }

                text.Append(char.ToLowerInvariant(c));
            }
            else
            {
                text.Append(c == '_' || c == '-' ? separator : c);
            }
        }

        return text.ToString();
    }
}
