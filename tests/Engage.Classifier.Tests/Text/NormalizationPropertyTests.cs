using System.Text;
using Engage.Classifier.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Engage.Classifier.Tests.Text;

/// <summary>
/// Properties of text normalization, checked through the classifier (the shipped default model) on generated
/// hostile text: NFKC folding is part of normalization, so a text and its folded form must score alike.
/// </summary>
[Properties(Arbitrary = [typeof(CommentTextArbitraries)], MaxTest = 300)]
public sealed class NormalizationPropertyTests
{
    private static readonly CommentClassifier Classifier = CommentClassifier.LoadDefault();

    [Property]
    public void Classify_AnyText_ScoresTheSameWithAndWithoutReasons(string text)
    {
        Verdict verdict = Classifier.Classify(new Comment(text), includeReasons: true);

        Classifier.Classify(new Comment(text), includeReasons: false).Scores().Should().Be(verdict.Scores());
    }

    [Property]
    public void Classify_AnyTextInEveryField_ScoresTheSameWithAndWithoutReasons(string text, string author, string postBody)
    {
        var comment = new Comment(text) { AuthorName = author, AuthorUrl = author, AuthorEmail = author, Post = new Post(postBody, postBody) };

        Classifier.Classify(comment, includeReasons: false).Scores().Should().Be(Classifier.Classify(comment).Scores());
    }

    [Property]
    public void Classify_SameTextTwice_GivesTheSameVerdict(string text)
    {
        Classifier.Classify(text).Parts().Should().Be(Classifier.Classify(text).Parts());
    }

    [Property]
    public void Classify_TextAndItsNfkcFoldedForm_GiveTheSameVerdict(string text)
    {
        string valid = WithoutCodePointsNormalizeRejects(text);
        string folded = valid.Normalize(NormalizationForm.FormKC);

        Classifier.Classify(folded).Parts().Should().Be(Classifier.Classify(valid).Parts());
    }

    [Property]
    public void Classify_FullWidthSpellingOfAscii_GivesTheSameVerdictAsAscii(NonEmptyString ascii)
    {
        string text = new(ascii.Get.Where(c => c is >= ' ' and <= '~').ToArray());
        string fullWidth = new(text.Select(c => c == ' ' ? ' ' : (char)(c - 0x21 + 0xFF01)).ToArray());

        Classifier.Classify(fullWidth).Parts().Should().Be(Classifier.Classify(text).Parts());
    }

    /// <summary>
    /// The text without what <see cref="string.Normalize(NormalizationForm)"/> throws on (lone surrogates, U+FFFE, U+FFFF),
    /// so that the test can fold it; the classifier itself replaces them (UnicodeCleanup), which other properties check.
    /// </summary>
    private static string WithoutCodePointsNormalizeRejects(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(text[i]).Append(text[++i]);
            }
            else if (!char.IsSurrogate(text[i]) && text[i] is not ('\uFFFE' or '\uFFFF'))
            {
                builder.Append(text[i]);
            }
        }

        return builder.ToString();
    }
}

/// <summary>Comment-like hostile text: words, links, markup, entities, look-alikes, invisible and control characters, broken surrogates.</summary>
public static class CommentTextArbitraries
{
    private static readonly string[] Pieces =
    [
        "cheap", "pills", "great post", "thanks", "sourdough", "http://spam.example/x?y=1", "www.shop.example", "me@mail.example",
        "<a href=\"http://x.example\">", "</a>", "<b>", "<br/>", "<div", "<!-- c -->", "<", ">", "&amp;", "&#x1F600;", "&#55357;", "&nbsp;", "&bogus;", "&#",
        "Сheap", "рills", "ΡΙLLS", "ｃｈｅａｐ", "𝐜𝐡𝐞𝐚𝐩", "ⓒⓗⓔⓐⓟ", "ᴄʜᴇᴀᴘ", "օnlіnе", "ﬁ", "ﷺ", "\u0301\u0301",
        "\u200B", "\u200D", "\u202E", "\u2066", "\uFEFF", "\u00AD", "\0", "\u0007", "\u001B[31m", "\u0085", "\r\n", "\n", "\t", "\u2028",
        "\uD83D", "\uDE00", "\uD83D\uDE00", "\uFFFE", "\uFFFF", "🇺🇸", "👨‍👩‍👧", " ", "  ", ",", "\"", "!!!", "$$$", "1234567890",
    ];

    public static Arbitrary<string> CommentText()
    {
        Gen<string> piece = Gen.Elements(Pieces);
        Gen<string> anyChar = Gen.Choose(0, 0xFFFF).Select(c => ((char)c).ToString());
        Gen<string> token = Gen.Frequency((4, piece), (1, anyChar));
        Gen<string> text = Gen.ListOf(token).Select(tokens => string.Concat(tokens));
        return Arb.From(text, Shrink);
    }

    private static IEnumerable<string> Shrink(string text)
    {
        if (text.Length == 0)
        {
            yield break;
        }

        yield return text[..(text.Length / 2)];
        yield return text[(text.Length / 2)..];
        yield return text[1..];
    }
}
