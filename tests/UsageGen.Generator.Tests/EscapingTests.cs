using UsageGen.Generator.Emit;
using UsageGen.Generator.Helpers;
using Xunit;

namespace UsageGen.Generator.Tests;

/// <summary>
/// The escapers return their input unchanged, without a copy, exactly when no character in it needs escaping; their
/// fast checks are held, character by character over all of UTF-16, to the rules written out plainly here.
/// </summary>
public sealed class EscapingTests
{
    private static bool XmlDocEscapes(char c) =>
        c is '&' or '<' or '>' or '"' or '\'' or '\r' or '\u0085' or '\u2028' or '\u2029' || char.IsSurrogate(c) || (char.IsControl(c) && c != '\n');

    private static bool CSharpLiteralEscapes(char c) =>
        c is '\\' or '"' or '\u2028' or '\u2029' || char.IsControl(c);

    [Fact]
    public void An_XML_doc_text_is_copied_exactly_when_one_of_its_characters_needs_escaping()
    {
        for (var code = 0; code <= char.MaxValue; code++)
        {
            var text = "a" + (char)code + "b";
            Assert.True(XmlDocEscapes((char)code) != ReferenceEquals(text, XmlDoc.Escape(text)), $"U+{code:X4}");
        }
    }

    [Fact]
    public void A_CSharp_literal_is_copied_exactly_when_one_of_its_characters_needs_escaping()
    {
        for (var code = 0; code <= char.MaxValue; code++)
        {
            var text = "a" + (char)code + "b";
            Assert.True(CSharpLiteralEscapes((char)code) != ReferenceEquals(text, CSharpLiteral.Escape(text)), $"U+{code:X4}");
        }
    }

    [Theory]
    [InlineData("Plain text, 100% ASCII.", "Plain text, 100% ASCII.")]
    [InlineData("a < b & c > d", "a &lt; b &amp; c &gt; d")]
    [InlineData("\"it's\"", "&quot;it&apos;s&quot;")]
    [InlineData("line\r\nnext\u2028last", "line\nnext\nlast")]
    [InlineData("tab\there", "tab here")]
    public void XML_doc_text_is_escaped(string text, string expected) => Assert.Equal(expected, XmlDoc.Escape(text));

    // Built in code: a lone surrogate does not survive in an attribute's string.
    [Fact]
    public void A_surrogate_pair_is_kept_and_a_lone_half_replaced() =>
        Assert.Equal("pair \uD83D\uDE00 lone \uFFFD.", XmlDoc.Escape("pair \uD83D\uDE00 lone " + '\uD83D' + "."));

    [Theory]
    [InlineData("C:\\path", "C:\\\\path")]
    [InlineData("say \"hi\"", "say \\\"hi\\\"")]
    [InlineData("a\nb\tc\0", "a\\nb\\tc\\0")]
    [InlineData("del\u007F next\u2028", "del\\u007f next\\u2028")]
    public void CSharp_literals_are_escaped(string text, string expected) => Assert.Equal(expected, CSharpLiteral.Escape(text));
}
