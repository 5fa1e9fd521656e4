using System.Globalization;
using System.Runtime.CompilerServices;
using Engage.Classifier.Signals;
using Engage.Classifier.Signals.Families;
using Engage.Classifier.Signals.Thread;
using Engage.Classifier.TextModel;
using Engage.Classifier.Verdicts;

namespace Engage.Classifier.Tests.Signals.Families;

/// <summary>
/// Every branch of every feature group's description: the stable code, the English text (unchanged from the texts
/// reasons had before they got codes) and the numbers the text shows.
/// </summary>
public sealed class FamilyReasonTests
{
    public static TheoryData<string, Func<Reason?>, string, string, string> Branches() => new()
    {
        { "no links", () => Describe<LinkSignals, LinkSignals.Feature>(CommentLabel.Spam), "no_links", "no links", "" },
        {
            "links to domains",
            () => Describe<LinkSignals, LinkSignals.Feature>(CommentLabel.Spam, (LinkSignals.Feature.LinkCount, 4), (LinkSignals.Feature.DistinctDomains, 2)),
            "links", "4 links to 2 domains", "count=4 domains=2 shopping_words=0"
        },
        {
            "a link with shopping words",
            () => Describe<LinkSignals, LinkSignals.Feature>(CommentLabel.Spam, (LinkSignals.Feature.LinkCount, 1), (LinkSignals.Feature.CommercialWordsInLinks, 2)),
            "links", "1 link to 1 domain, 2 shopping or loan words in the links", "count=1 domains=1 shopping_words=2"
        },
        { "genuine author", () => Describe<AuthorSignals, AuthorSignals.Feature>(CommentLabel.Genuine, (AuthorSignals.Feature.AuthorNameHasLink, 1)), "author_looks_personal", "author fields look like a person's", "" },
        { "author name link", () => Describe<AuthorSignals, AuthorSignals.Feature>(CommentLabel.Spam, (AuthorSignals.Feature.AuthorNameHasLink, 1)), "author_name_is_link", "author name is a link", "" },
        { "commercial author name", () => Describe<AuthorSignals, AuthorSignals.Feature>(CommentLabel.Spam, (AuthorSignals.Feature.AuthorNameCommercialWords, 1)), "author_name_is_keywords", "author name is a keyword phrase", "" },
        { "long author name", () => Describe<AuthorSignals, AuthorSignals.Feature>(CommentLabel.Spam, (AuthorSignals.Feature.AuthorNameWords, 5)), "author_name_is_keywords", "author name is a keyword phrase", "" },
        { "commercial author URL", () => Describe<AuthorSignals, AuthorSignals.Feature>(CommentLabel.Spam, (AuthorSignals.Feature.AuthorUrlCommercialWords, 2)), "author_url_is_keywords", "author URL is made of keywords", "" },
        { "author name in text", () => Describe<AuthorSignals, AuthorSignals.Feature>(CommentLabel.Spam, (AuthorSignals.Feature.AuthorNameInText, 1)), "author_name_in_text", "author name repeated in the text", "" },
        { "author website", () => Describe<AuthorSignals, AuthorSignals.Feature>(CommentLabel.LowRelevance, (AuthorSignals.Feature.AuthorUrlPresent, 1)), "author_website", "author left a website link", "" },
        { "unusual author", () => Describe<AuthorSignals, AuthorSignals.Feature>(CommentLabel.Spam), "author_unusual", "author fields look unusual", "" },
        { "keyword lines", () => Describe<ListShapeSignals, ListShapeSignals.Feature>(CommentLabel.Spam, (ListShapeSignals.Feature.KeywordLines, 3)), "keyword_lines", "3 keyword-only lines", "count=3" },
        { "shopping word", () => Describe<ListShapeSignals, ListShapeSignals.Feature>(CommentLabel.Spam, (ListShapeSignals.Feature.CommercialWords, 1)), "shopping_words", "1 shopping, loan or SEO word", "count=1" },
        { "keyword list", () => Describe<ListShapeSignals, ListShapeSignals.Feature>(CommentLabel.Spam, (ListShapeSignals.Feature.KeywordLines, 1)), "keyword_list", "reads like a keyword list", "" },
        { "short lines", () => Describe<ListShapeSignals, ListShapeSignals.Feature>(CommentLabel.Spam, (ListShapeSignals.Feature.LineCount, 5)), "short_lines", "laid out in 5 short lines", "count=5" },
        { "reference link", () => Describe<LinkSignals, LinkSignals.Feature>(CommentLabel.Genuine, (LinkSignals.Feature.LinkCount, 1), (LinkSignals.Feature.ReferenceLinks, 1)), "reference_link", "links to a reference site", "count=1" },
        { "reference links", () => Describe<LinkSignals, LinkSignals.Feature>(CommentLabel.Genuine, (LinkSignals.Feature.LinkCount, 2), (LinkSignals.Feature.ReferenceLinks, 2)), "reference_link", "links only to reference sites (2)", "count=2" },
        { "reply by name", () => Describe<ContactSignals, ContactSignals.Feature>(CommentLabel.Genuine, (ContactSignals.Feature.Handles, 1)), "replies_by_name", "replies to someone by name", "" },
        { "mentions accounts", () => Describe<ContactSignals, ContactSignals.Feature>(CommentLabel.Spam, (ContactSignals.Feature.Handles, 3)), "mentions_accounts", "mentions other accounts (3 @names)", "count=3" },
        { "no payload", () => Describe<PayloadSignals, PayloadSignals.Feature>(CommentLabel.Genuine), "no_payload", "no payload (no link elsewhere, contact, pitch, self-promotion or disguise)", "" },
        {
            "payload",
            () => Describe<PayloadSignals, PayloadSignals.Feature>(CommentLabel.Spam, (PayloadSignals.Feature.Kinds, (float)(PayloadKinds.Link | PayloadKinds.Pitch)), (PayloadSignals.Feature.Links, 2)),
            "payload", "carries a link, a sales or money pitch", "kinds=9"
        },
        { "technical", () => Describe<TechnicalSignals, TechnicalSignals.Feature>(CommentLabel.Genuine, (TechnicalSignals.Feature.CodeSpans, 1), (TechnicalSignals.Feature.TechnicalWords, 3)), "technical", "talks shop: 1 code fragment, 3 technical words", "code=1 technical_words=3" },
        { "no technical terms", () => Describe<TechnicalSignals, TechnicalSignals.Feature>(CommentLabel.Spam), "no_technical_terms", "no code or technical terms", "" },
        { "sentences", () => Describe<ListShapeSignals, ListShapeSignals.Feature>(CommentLabel.Genuine, (ListShapeSignals.Feature.CommercialWords, 1)), "written_in_sentences", "written in sentences, not keyword lines", "" },
        { "sentences, low relevance", () => Describe<ListShapeSignals, ListShapeSignals.Feature>(CommentLabel.LowRelevance, (ListShapeSignals.Feature.KeywordLines, 1)), "written_in_sentences", "written in sentences, not keyword lines", "" },
        {
            "signature",
            () => Describe<SignatureSignals, SignatureSignals.Feature>(CommentLabel.Spam, (SignatureSignals.Feature.SignaturePhrases, 1), (SignatureSignals.Feature.SignatureSeparators, 1)),
            "signature", "signature-style promotion (2 phrases like \"visit my site\" or \"::\")", "count=2"
        },
        { "no signature", () => Describe<SignatureSignals, SignatureSignals.Feature>(CommentLabel.Genuine), "no_signature", "no signature link", "" },
        { "mixed scripts", () => Describe<DisguiseSignals, DisguiseSignals.Feature>(CommentLabel.Spam, (DisguiseSignals.Feature.MixedScriptWords, 2), (DisguiseSignals.Feature.FoldedLetters, 5)), "mixed_script_words", "2 words mix Latin with Cyrillic or Greek letters", "count=2" },
        { "look-alike letter", () => Describe<DisguiseSignals, DisguiseSignals.Feature>(CommentLabel.Spam, (DisguiseSignals.Feature.FoldedLetters, 1)), "look_alike_letters", "1 look-alike letter from other scripts", "count=1" },
        { "invisible characters", () => Describe<DisguiseSignals, DisguiseSignals.Feature>(CommentLabel.Spam, (DisguiseSignals.Feature.InvisibleCharacters, 3)), "invisible_characters", "3 invisible characters", "count=3" },
        { "no disguise", () => Describe<DisguiseSignals, DisguiseSignals.Feature>(CommentLabel.Genuine), "no_disguise", "no disguised letters", "" },
        { "phone number", () => Describe<ContactSignals, ContactSignals.Feature>(CommentLabel.Spam, (ContactSignals.Feature.PhoneNumbers, 1), (ContactSignals.Feature.EmailsInText, 1)), "phone_numbers", "1 phone number", "count=1" },
        { "e-mail addresses", () => Describe<ContactSignals, ContactSignals.Feature>(CommentLabel.Spam, (ContactSignals.Feature.EmailsInText, 2)), "emails_in_text", "2 e-mail addresses in the text", "count=2" },
        { "messenger bait", () => Describe<ContactSignals, ContactSignals.Feature>(CommentLabel.Spam, (ContactSignals.Feature.MessengerWords, 1)), "contact_bait", "asks to be contacted by messenger, phone or e-mail", "" },
        { "no contact bait", () => Describe<ContactSignals, ContactSignals.Feature>(CommentLabel.Genuine), "no_contact_bait", "no contact bait", "" },
        { "question", () => Describe<ShapeSignals, ShapeSignals.Feature>(CommentLabel.Genuine, (ShapeSignals.Feature.Questions, 1)), "asks_question", "asks a question", "" },
        { "shouting", () => Describe<ShapeSignals, ShapeSignals.Feature>(CommentLabel.Spam, (ShapeSignals.Feature.UppercaseShare, 0.8f), (ShapeSignals.Feature.WordCount, 5)), "shouting", "mostly capital letters", "" },
        { "exclamations", () => Describe<ShapeSignals, ShapeSignals.Feature>(CommentLabel.Spam, (ShapeSignals.Feature.Exclamations, 4)), "exclamations", "4 exclamation marks", "count=4" },
        { "repetition", () => Describe<ShapeSignals, ShapeSignals.Feature>(CommentLabel.Spam, (ShapeSignals.Feature.RepeatedWordShare, 0.5f), (ShapeSignals.Feature.WordCount, 8)), "repeated_words", "repeats the same words", "" },
        { "reply shape", () => Describe<ShapeSignals, ShapeSignals.Feature>(CommentLabel.Genuine, (ShapeSignals.Feature.WordCount, 30)), "reply_shape", "length and style of a written reply (30 words)", "count=30" },
        { "reply shape, shortest", () => Describe<ShapeSignals, ShapeSignals.Feature>(CommentLabel.Genuine, (ShapeSignals.Feature.WordCount, ShapeSignals.WrittenReplyWords)), "reply_shape", "length and style of a written reply (6 words)", "count=6" },
        { "few words", () => Describe<ShapeSignals, ShapeSignals.Feature>(CommentLabel.LowRelevance, (ShapeSignals.Feature.WordCount, 2)), "few_words", "only 2 words", "count=2" },
        { "too short", () => Describe<ShapeSignals, ShapeSignals.Feature>(CommentLabel.LowRelevance, (ShapeSignals.Feature.WordCount, 9)), "too_short", "too short to say anything", "" },
        { "spam shape", () => Describe<ShapeSignals, ShapeSignals.Feature>(CommentLabel.Spam, (ShapeSignals.Feature.WordCount, 9)), "spam_shape", "length and layout typical of spam", "" },
        { "content words", () => Describe<FillerSignals, FillerSignals.Feature>(CommentLabel.Genuine, (FillerSignals.Feature.ContentWords, 5)), "content_words", "5 content words: says something specific", "count=5" },
        { "content words, fewest", () => Describe<FillerSignals, FillerSignals.Feature>(CommentLabel.Genuine, (FillerSignals.Feature.ContentWords, FillerSignals.SpecificContentWords)), "content_words", "3 content words: says something specific", "count=3" },
        {
            "mostly keywords",
            () => Describe<FillerSignals, FillerSignals.Feature>(CommentLabel.Spam, (FillerSignals.Feature.GenericWordShare, 0.25f), (FillerSignals.Feature.ContentWords, 6)),
            "mostly_keywords", "mostly keywords, few ordinary words (25% praise and function words)", "percent=25"
        },
        { "no words", () => Describe<FillerSignals, FillerSignals.Feature>(CommentLabel.Spam, new ReasonFacts(QuestionMarksInLinks: 0, Words: 0)), "no_words", "no words, only links or symbols", "" },
        { "generic praise", () => Describe<FillerSignals, FillerSignals.Feature>(CommentLabel.LowRelevance, (FillerSignals.Feature.GenericWordShare, 0.6f)), "generic_praise", "generic praise wording (60% praise and function words)", "percent=60" },
        { "talks about the post", () => Describe<RelevanceSignals, RelevanceSignals.Feature>(CommentLabel.Genuine, (RelevanceSignals.Feature.PostSharedWords, 3)), "talks_about_post", "talks about the post (3 words in common)", "count=3" },
        { "copies the post", () => Describe<RelevanceSignals, RelevanceSignals.Feature>(CommentLabel.Spam, (RelevanceSignals.Feature.CopiedFromPostShare, 0.5f), (RelevanceSignals.Feature.PostSharedWords, 9)), "copies_post", "copies sentences of the post", "" },
        { "off topic", () => Describe<RelevanceSignals, RelevanceSignals.Feature>(CommentLabel.LowRelevance, (RelevanceSignals.Feature.PostSharedWords, 1)), "off_topic", "shares almost no words with the post", "" },
        { "barely about the post", () => Describe<RelevanceSignals, RelevanceSignals.Feature>(CommentLabel.Spam, (RelevanceSignals.Feature.PostSharedWords, 4)), "barely_about_post", "barely about the post (only 4 words in common)", "count=4" },
        { "spam wording", () => Describe<TextScores, TextScores.Feature>(CommentLabel.Spam), "spam_wording", "wording resembles known spam", "" },
        { "about the post in meaning", () => Describe<SemanticSignals, SemanticSignals.Feature>(CommentLabel.Genuine, (SemanticSignals.Feature.PostMeaning, 0.62f)), "about_post_meaning", "about what the post is about (62% alike in meaning)", "percent=62" },
        { "restates the post", () => Describe<SemanticSignals, SemanticSignals.Feature>(CommentLabel.LowRelevance, (SemanticSignals.Feature.PostMeaning, 0.5f), (SemanticSignals.Feature.PostSentenceMeaning, 0.97f)), "restates_post", "restates a sentence of the post", "" },
        { "about something else", () => Describe<SemanticSignals, SemanticSignals.Feature>(CommentLabel.Spam, (SemanticSignals.Feature.PostMeaning, 0.12f)), "about_something_else", "about something else than the post (12% alike in meaning)", "percent=12" },
        { "copies an earlier comment", () => ThreadRule.CopiesComment("c7", 3), "copies_comment", "nearly copies comment 'c7' earlier in the thread", "position=3" },
        { "answers an earlier comment", () => ThreadRule.AnswersComment(null, 2), "answers_comment", "answers comment #2 earlier in the thread", "position=2" },
        { "filler wording", () => Describe<TextScores, TextScores.Feature>(CommentLabel.LowRelevance), "filler_wording", "wording resembles filler comments", "" },
        { "genuine wording", () => Describe<TextScores, TextScores.Feature>(CommentLabel.Genuine), "genuine_wording", "wording resembles genuine conversation", "" },
    };

    /// <summary>Every code the tests above expect, for <see cref="Verdicts.ReasonCodesDocumentedTests"/>.</summary>
    public static IEnumerable<string> ExpectedCodes => Branches().Select(row => (string)row[2]);

    [Theory]
    [MemberData(nameof(Branches))]
    public void Describe_Branch_GivesItsCodeTextAndValues(string branch, Func<Reason?> describe, string code, string text, string values)
    {
        _ = branch;

        Reason reason = describe() ?? throw new InvalidOperationException($"The {branch} branch said nothing.");

        reason.Code.Should().Be(code);
        reason.Text.Should().Be(text);
        Format(reason.Values).Should().Be(values);
        reason.ToString().Should().Be(text);
    }

    [Fact]
    public void Describe_GroupWithNothingTrueToSay_SaysNothing()
    {
        Describe<ListShapeSignals, ListShapeSignals.Feature>(CommentLabel.Spam).Should().BeNull("a comment without keyword lines or short lines is not a keyword list");
        Describe<RelevanceSignals, RelevanceSignals.Feature>(CommentLabel.Genuine, (RelevanceSignals.Feature.HasPost, 1)).Should().BeNull("no word in common is no sign of talking about the post");
        Describe<RelevanceSignals, RelevanceSignals.Feature>(CommentLabel.Genuine, (RelevanceSignals.Feature.HasPost, 1), (RelevanceSignals.Feature.PostSharedWords, 1))
            .Should().BeNull("one word in common is what a spam comment is called off topic for, so it is no sign of talking about the post");
        Describe<ListShapeSignals, ListShapeSignals.Feature>(CommentLabel.Genuine, (ListShapeSignals.Feature.KeywordLines, 2)).Should().BeNull("keyword lines are no reason to call a comment genuine");
        Describe<SemanticSignals, SemanticSignals.Feature>(CommentLabel.Genuine, (SemanticSignals.Feature.PostMeaning, 0.3f)).Should().BeNull("a middling likeness in meaning is no sign of talking about the post");
        Describe<SemanticSignals, SemanticSignals.Feature>(CommentLabel.LowRelevance, (SemanticSignals.Feature.PostMeaning, 0.35f)).Should().BeNull("nor of being about something else");
        Describe<FillerSignals, FillerSignals.Feature>(CommentLabel.Genuine, (FillerSignals.Feature.ContentWords, 0)).Should().BeNull("no content word is no sign of saying something specific");
        Describe<FillerSignals, FillerSignals.Feature>(CommentLabel.Spam, new ReasonFacts(QuestionMarksInLinks: 0, Words: 2))
            .Should().BeNull("words that are neither content nor praise or function words (\"42 x\") hold no keyword, and they are words");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Describe_GenuineCommentWithOneOrTwoContentWords_SaysNothingSpecific(int contentWords)
    {
        // "thanks, that fixed it" and "great video" hold one content word each: nothing specific is said.
        Describe<FillerSignals, FillerSignals.Feature>(CommentLabel.Genuine, (FillerSignals.Feature.ContentWords, contentWords)).Should().BeNull();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    [InlineData(5)]
    public void Describe_GenuineCommentShorterThanAWrittenReply_IsNotDescribedByItsShape(int words)
    {
        // "great video" is two words, a bare link none: neither has the length of a written reply.
        Describe<ShapeSignals, ShapeSignals.Feature>(CommentLabel.Genuine, (ShapeSignals.Feature.WordCount, words)).Should().BeNull();
    }

    [Fact]
    public void Describe_GenuineCommentWithASignaturePhrase_IsNotExplainedBySignaturePromotion()
    {
        // "Why does my shop vac keep tearing the fibres?" holds "my shop", one signature phrase; that is no reason to call it genuine.
        Describe<SignatureSignals, SignatureSignals.Feature>(CommentLabel.Genuine, (SignatureSignals.Feature.SignaturePhrases, 1)).Should().BeNull();
        Describe<SignatureSignals, SignatureSignals.Feature>(CommentLabel.LowRelevance, (SignatureSignals.Feature.SignaturePhrases, 1))!.Code.Should().Be("signature");
    }

    [Fact]
    public void Percent_ShownAndStored_AreTheSameWholeNumber()
    {
        foreach (float share in (float[])[0f, 0.004f, 0.005f, 0.125f, 0.3449f, 0.355f, 0.999f, 1f])
        {
            Reason reason = Describe<FillerSignals, FillerSignals.Feature>(CommentLabel.Spam, (FillerSignals.Feature.GenericWordShare, share), (FillerSignals.Feature.ContentWords, 2))!;

            string percent = reason.Values["percent"].ToString(CultureInfo.InvariantCulture);
            reason.Text.Should().Contain($"({percent}% praise", $"share {share}");
            percent.Should().Be((share * 100).ToString("F0", CultureInfo.InvariantCulture), "the text reads as it did before reasons had values");
        }
    }

    [Fact]
    public void Values_ReadByName_AndAMissingNameIsAbsent()
    {
        Reason reason = Describe<LinkSignals, LinkSignals.Feature>(CommentLabel.Spam, (LinkSignals.Feature.LinkCount, 3), (LinkSignals.Feature.DistinctDomains, 2))!;

        reason.Values["domains"].Should().Be(2);
        reason.Values.Keys.Should().Equal("count", "domains", "shopping_words");
        reason.Values.ContainsKey("links").Should().BeFalse();
        Action missing = () => _ = reason.Values["links"];
        missing.Should().Throw<KeyNotFoundException>();
        reason.Should().Be(new Reason("links", "3 links to 2 domains", new Dictionary<string, double> { ["shopping_words"] = 0, ["domains"] = 2, ["count"] = 3 }), "reasons compare by their values, in any order");
    }

    private static Reason? Describe<TGroup, TFeature>(CommentLabel label, params (TFeature Feature, float Value)[] values)
        where TGroup : FeatureGroup<TFeature>, new()
        where TFeature : struct, Enum =>
        Describe<TGroup, TFeature>(label, default, values);

    private static Reason? Describe<TGroup, TFeature>(CommentLabel label, ReasonFacts facts, params (TFeature Feature, float Value)[] values)
        where TGroup : FeatureGroup<TFeature>, new()
        where TFeature : struct, Enum
    {
        var group = new TGroup();
        var features = new float[group.FeatureNames.Count];
        foreach (var (feature, value) in values)
        {
            TFeature f = feature;
            features[Unsafe.As<TFeature, int>(ref f)] = value;
        }

        return ((IFeatureGroup)group).Describe(features, label, facts);
    }

    private static string Format(IReadOnlyDictionary<string, double> values) =>
        string.Join(' ', values.Select(v => $"{v.Key}={v.Value.ToString(CultureInfo.InvariantCulture)}"));
}
