using Engage.Classifier.Tests.Support;
using Xunit.Abstractions;

namespace Engage.Classifier.Tests.Signals.Families;

/// <summary>
/// Issue 11, item 5: text the English table reads weakly (other languages, other scripts) must not be read as spam or
/// as off-topic by a model whose trees use relevance by meaning (the test fixture trains with every family on, as a
/// user's model does; the default model has the family switched off).
/// </summary>
[Collection(TrainedModelCollection.Name)]
public sealed class WeakMeaningTests(TrainedModelFixture fixture, ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(RealWorldCasesTests.NonEnglishGenuineCases), MemberType = typeof(RealWorldCasesTests))]
    public void ModelWithMeaning_NonEnglishCommentUnderAnEnglishPost_IsNotSpamNorOffTopicByMeaning(string kind, string text)
    {
        Verdict verdict = fixture.Classifier.Classify(new Comment(text) { Post = RealWorldCasesTests.Tutorial });

        verdict.Label.Should().NotBe(CommentLabel.Spam, $"a {kind} is conversation ({verdict.Label}: {string.Join("; ", verdict.Reasons)})");
        verdict.ReasonDetails.Select(r => r.Code).Should().NotContain("about_something_else", "a vector the English table reads weakly is no evidence of being off-topic");
    }

    [Fact]
    public void ModelWithMeaning_HeldOutNonEnglishGenuineComments_AreNeverCalledOffTopicByMeaning()
    {
        Comment[] nonEnglish = fixture.HeldOut
            .Where(c => c.Label == CommentLabel.Genuine && c.Comment.Post is not null && HasLettersOutsideAscii(c.Comment.Text))
            .Select(c => c.Comment)
            .ToArray();
        Verdict[] verdicts = nonEnglish.Select(c => fixture.Classifier.Classify(c)).ToArray();
        output.WriteLine($"{nonEnglish.Length} held-out genuine comments with a post, at least one letter in twenty outside ASCII (other languages); labels: {string.Join(", ", verdicts.GroupBy(v => v.Label).Select(g => $"{g.Key} {g.Count()}"))}");

        nonEnglish.Should().NotBeEmpty("data/ holds genuine comments in other languages");
        verdicts.Should().NotContain(v => v.ReasonDetails.Any(r => r.Code == "about_something_else"));
        verdicts.Count(v => v.Label == CommentLabel.Spam).Should().BeLessThanOrEqualTo(nonEnglish.Length / 20, "a weak vector must not push toward spam");
    }

    /// <summary>At least one letter in twenty outside ASCII: accented Latin languages and other scripts, not an English comment with one "café".</summary>
    private static bool HasLettersOutsideAscii(string text)
    {
        int letters = text.Count(char.IsLetter);
        return letters > 0 && text.Count(c => char.IsLetter(c) && c > '\u007F') * 20 > letters;
    }
}
