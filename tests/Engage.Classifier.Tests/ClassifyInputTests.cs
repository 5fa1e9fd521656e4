using System.Text;
using Engage.Classifier.Tests.Support;

namespace Engage.Classifier.Tests;

/// <summary>
/// Hostile and odd comment text through the public API, on the shipped default model: a clear argument error, or
/// a verdict that does not depend on whether reasons were asked for or on how often the comment was scored.
/// </summary>
public sealed class ClassifyInputTests
{
    private readonly CommentClassifier _classifier = CommentClassifier.LoadDefault();

    public static TheoryData<string, string> OddTexts()
    {
        var data = new TheoryData<string, string>
        {
            { "1 MB of prose", Repeat("The starter doubled overnight and the crumb was open. ", 1024 * 1024) },
            { "1 MB of one letter", new string('a', 1024 * 1024) },
            { "10,000 URLs", string.Join(' ', Enumerable.Range(0, 10_000).Select(i => $"http://spam{i}.example/p?q={i}")) },
            { "10,000 anchors", string.Concat(Enumerable.Range(0, 10_000).Select(i => $"<a href=\"http://s{i}.example\">buy {i}</a>")) },
            { "lone high surrogate", "cheap \uD83D pills" },
            { "lone low surrogate", "cheap \uDE00 pills" },
            { "reversed surrogate pair", "cheap \uDE00\uD83D pills" },
            { "high surrogate at the end", "cheap pills \uD83D" },
            { "surrogate pair across the 16k cut", new string('a', 16_383) + "\uD83D\uDE00 tail" },
            { "only lone surrogates", new string('\uD800', 5_000) },
            { "NUL characters", "hello\0world\0\0\0" },
            { "only NUL", new string('\0', 1_000) },
            { "C0 and C1 controls", string.Concat(Enumerable.Range(0, 32).Concat(Enumerable.Range(0x7F, 33)).Select(c => (char)c)) + " text" },
            { "zero-width characters", "c\u200Bh\u200Ce\u200Da\u2060p\uFEFF v\u00ADi\u034Fa\u200Bg\u200Br\u200Ba" },
            { "RTL override and marks", "\u202Egnp.exe\u202C \u200Fمرحبا\u200E hello \u2067isolate\u2069 \u061C" },
            { "only invisible characters", new string('\u200B', 10_000) },
            { "100k nested tags", Repeat("<div>", 500_000) + "deep" + Repeat("</div>", 600_000) },
            { "100k unclosed tags", Repeat("<b", 200_000) },
            { "100k lone angle brackets", Repeat("<", 100_000) },
            { "tag longer than the tag limit", "<a href=\"" + new string('x', 100_000) + "\">x</a>" },
            { "entities, valid and not", Repeat("&amp;&#x1F600;&#55357;&#0;&#99999999;&nosuch;", 1_000_000) },
            { "Cyrillic look-alikes", "Сheap рills оnline, buy nоw аt а lоw рriсe" },
            { "Greek look-alikes", "Cheap ΡΙLLS, Βuy Νοw ΑΤ ΤΗΕ ΒΕSΤ ΡRΙCΕ" },
            { "Armenian and Cherokee look-alikes", "օnlіnе ꮯᎪꮪᎥꮑꮻ ᏴᎬᏚᎢ ԁеаl" },
            { "fullwidth letters", "ｃｈｅａｐ ｐｉｌｌｓ ｏｎｌｉｎｅ ｈｔｔｐ：／／ｘ．ｅｘａｍｐｌｅ" },
            { "mathematical alphanumerics", "𝐜𝐡𝐞𝐚𝐩 𝘱𝘪𝘭𝘭𝘴 𝓸𝓷𝓵𝓲𝓷𝓮 𝔟𝔲𝔶 𝕟𝕠𝕨 𝚌𝚊𝚜𝚒𝚗𝚘" },
            { "circled and parenthesized letters", "ⓒⓗⓔⓐⓟ ⒫⒤⒧⒧⒮ 🅒🅐🅢🅘🅝🅞 🄱🅄🅈" },
            { "small capitals and superscripts", "ᴄʜᴇᴀᴘ ᴘɪʟʟs ᵒⁿˡⁱⁿᵉ ₛₚₐₘ" },
            { "upside-down letters", "ǝuıluo sllıd dɐǝɥɔ" },
            { "combining marks (zalgo)", "c̸̡̛h̷̢̛e̵̡͝a̶̧͠p̴̨̛" + Repeat("\u0301", 50_000) },
            { "regional indicators and emoji", "🇺🇸🇬🇧 💊💊💊 👉 🔥🔥 👨‍👩‍👧‍👦" },
            { "mixed scripts in one word", "pаypаl аccоunt vеrify" },
            { "real Russian", "Спасибо за статью, очень полезно и интересно" },
            { "real Chinese", "谢谢分享，这篇文章很有帮助" },
            { "real Arabic", "شكرا على المقال المفيد جدا" },
            { "line separators", "line\u2028line\u2029para\r\n\r\nend" },
        };
        return data;
    }

    private static string Repeat(string piece, int totalLength)
    {
        var builder = new StringBuilder(totalLength);
        while (builder.Length < totalLength)
        {
            builder.Append(piece);
        }

        return builder.ToString(0, totalLength);
    }

    [Theory]
    [MemberData(nameof(OddTexts))]
    public void Classify_OddText_ScoresTheSameWithAndWithoutReasons(string description, string text)
    {
        _ = description;
        var comment = new Comment(text);

        Verdict explained = _classifier.Classify(comment, includeReasons: true);
        Verdict bare = _classifier.Classify(comment, includeReasons: false);

        bare.Scores().Should().Be(explained.Scores(), "explaining a verdict must not change it");
        explained.Reasons.Should().OnlyHaveUniqueItems().And.NotContain(r => string.IsNullOrWhiteSpace(r));
        _classifier.Classify(comment, includeReasons: true).Parts().Should().Be(explained.Parts(), "a second call sees no state left by the first");
    }

    [Theory]
    [MemberData(nameof(OddTexts))]
    public void Classify_OddTextInAuthorFieldsAndPost_ScoresTheSameWithAndWithoutReasons(string description, string text)
    {
        _ = description;
        var comment = new Comment(text) { AuthorName = text, AuthorUrl = text, AuthorEmail = text, ThreadId = text, Post = new Post(text, text) };

        Verdict explained = _classifier.Classify(comment, includeReasons: true);

        _classifier.Classify(comment, includeReasons: false).Scores().Should().Be(explained.Scores());
        _classifier.Classify(comment with { AuthorName = null, AuthorUrl = null, AuthorEmail = null, Post = null }).Relevance.Should().BeNull();
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\t\r\n")]
    [InlineData("\n\t  \r\n")]
    [InlineData("\u00A0\u2003\u3000")]
    public void Classify_EmptyOrWhiteSpace_IsLowRelevanceBecauseItIsEmpty(string text)
    {
        Verdict verdict = _classifier.Classify(text);

        verdict.Label.Should().Be(CommentLabel.LowRelevance);
        verdict.SpamProbability.Should().Be(0);
        verdict.Reasons.Should().Equal("the comment is empty");
    }

    [Theory]
    [InlineData("\uFFFE")]
    [InlineData("caf\u00E9 \uFFFE pills")]
    public void Classify_NoncharacterFFFE_ScoresLikeTheReplacementCharacter(string text)
    {
        _classifier.Classify(text).Parts().Should().Be(_classifier.Classify(text.Replace('\uFFFE', '\uFFFD')).Parts());
    }

    [Fact]
    public void Classify_NullText_ThrowsArgumentNull()
    {
        Action act = () => _classifier.Classify((string)null!);

        act.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Classify_NullComment_ThrowsArgumentNull()
    {
        Action act = () => _classifier.Classify((Comment)null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("comment");
    }

    [Fact]
    public void Comment_NullText_ThrowsArgumentNull()
    {
        Action act = () => _ = new Comment(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("text");
    }

    [Fact]
    public void ClassifyBatch_Empty_ReturnsEmpty()
    {
        _classifier.ClassifyBatch([]).Should().BeEmpty();
    }

    [Fact]
    public void ClassifyBatch_LargeBatchOfOddTexts_MatchesOneByOne()
    {
        Comment[] comments = OddTexts().Select(row => new Comment((string)row[1])).ToArray();
        Comment[] many = Enumerable.Range(0, 300).Select(i => comments[i % comments.Length]).ToArray();

        Verdict[] batch = _classifier.ClassifyBatch(many, includeReasons: false);

        batch.Select(v => v.Parts()).Should().Equal(many.Select(c => _classifier.Classify(c, includeReasons: false).Parts()));
    }

    [Fact]
    public void ClassifyStream_Null_ThrowsArgumentNull()
    {
        Action act = () => _classifier.ClassifyStream(null!);

        act.Should().Throw<ArgumentNullException>();
    }
}
