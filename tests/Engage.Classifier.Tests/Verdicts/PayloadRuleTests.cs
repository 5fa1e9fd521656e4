using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Engage.Classifier.Tests.Verdicts;

/// <summary>
/// The rule the default model must keep: spam needs a payload. Style alone (praise, a sign-off, a code block, a real
/// person's name as author, a reply opener) never makes a comment spam. Generated from pieces written for this test.
/// </summary>
[Properties(MaxTest = 200)]
public sealed class PayloadRuleTests
{
    private static readonly CommentClassifier Classifier = CommentClassifier.LoadDefault();

    private static readonly string[] Bases =
    [
        "The second method worked on my Mac but not on the Linux box.",
        "Does this also apply when the table has no primary key?",
        "I tried it with 3 cups instead of 2 and it was far too salty.",
        "Why would you pick Postgres over SQLite for something this small",
        "we did the same at work last year and the build got twice as fast",
        "Nice.",
        "Thanks!",
    ];

    private static readonly string[] Praise = ["Great post, really helpful!", "Amazing article, thank you so much!!", "Wonderful write-up, loved every word.", "Very informative and well written."];

    private static readonly string[] SignOffs = ["Cheers,\nAnna", "Best regards\nDavid Okafor", "Thanks again\n-- Lena", "Saludos,\nMartín"];

    private static readonly string[] Code = ["```\nSELECT id, total FROM orders ORDER BY total DESC;\n```", "`df.dropna(subset=['price'])`", "    at Object.<anonymous> (index.js:4:11)", "ValueError: could not convert string to float: 'n/a'"];

    private static readonly string[] Names = ["Priya Raman", "Tomás Ferreira", "Olumide Adeyemi", "Mei Chen", "Jürgen Weiß"];

    private static Gen<Comment> Comments() =>
        from text in Gen.Elements(Bases)
        from praise in Gen.Elements(Praise).Select(p => (string?)p).Or(Gen.Constant((string?)null))
        from signOff in Gen.Elements(SignOffs).Select(s => (string?)s).Or(Gen.Constant((string?)null))
        from code in Gen.Elements(Code).Select(c => (string?)c).Or(Gen.Constant((string?)null))
        from name in Gen.Elements(Names).Select(n => (string?)n).Or(Gen.Constant((string?)null))
        from reply in Gen.Elements("@Sam ", "@jo_dev ", string.Empty)
        select new Comment(string.Join("\n\n", new[] { praise, reply + text, code, signOff }.OfType<string>())) { AuthorName = name };

    [Property]
    public Property Classify_PraiseSignOffCodeOrAName_AddedToAPayloadFreeComment_NeverMakeItSpam() =>
        Prop.ForAll(Comments().ToArbitrary(), comment =>
        {
            Verdict verdict = Classifier.Classify(comment);
            return verdict.Payload == PayloadKinds.None && verdict.Label != CommentLabel.Spam && verdict.SpamProbability == 0;
        });

    [Fact]
    public void Classify_SameTextWithALinkInTheAuthorUrl_CarriesAPayload()
    {
        Verdict verdict = Classifier.Classify(new Comment("Thanks!") { AuthorName = "Mei Chen", AuthorUrl = "https://best-essay-writers.net" });

        verdict.Payload.Should().Be(PayloadKinds.AuthorLink);
        verdict.SpamProbability.Should().BeGreaterThan(0);
    }
}
