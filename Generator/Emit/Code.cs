using DynamoGen.Generator.Model;
using Microsoft.CodeAnalysis.CSharp;

namespace DynamoGen.Generator.Emit;

/// <summary>Small text helpers every emitter uses: C# literals and XML-doc text.</summary>
internal static class Code
{
    /// <summary>A C# string literal: <c>"status"</c>, escaped.</summary>
    public static string Literal(string value) => SymbolDisplay.FormatLiteral(value, quote: true);

    /// <summary>The type's name as an XML-doc <c>cref</c>: generic brackets become braces.</summary>
    public static string Cref(TableModel model) => model.FullyQualifiedName.Replace('<', '{').Replace('>', '}');

    /// <summary>Text for an XML-doc comment, with <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> escaped.</summary>
    public static string XmlText(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
}
