using Engage.Classifier.Tests.Support;

namespace Engage.Classifier.Tests;

/// <summary>
/// One policy for reasons: every method that returns verdicts explains them unless told not to, and a verdict's
/// reason texts and structured reasons are the same reasons.
/// </summary>
public sealed class ReasonsPolicyTests
{
    private static readonly Comment[] Comments =
    [
        new("Cheap watches and handbags at http://deals-outlet.example, best prices!!! Call +1 555 0100 now"),
        new("Tried the cold retard overnight and the crust finally blistered. How long do you bake the rye version?"),
        new("nice"),
    ];

    private readonly CommentClassifier _classifier = CommentClassifier.LoadDefault();

    [Fact]
    public void EveryVerdictMethod_ByDefault_ExplainsLikeClassify()
    {
        string[][] single = Comments.Select(c => _classifier.Classify(c).Reasons.ToArray()).ToArray();

        single.Should().OnlyContain(r => r.Length > 0, "the sample comments all have reasons");
        _classifier.ClassifyBatch(Comments).Select(v => v.Reasons).Should().BeEquivalentTo(single, o => o.WithStrictOrdering());
        _classifier.ClassifyStream(Comments).Select(v => v.Reasons).Should().BeEquivalentTo(single, o => o.WithStrictOrdering());
    }

    [Fact]
    public void EveryVerdictMethod_WithoutReasons_GivesTheSameScoresAndNoReasons()
    {
        Verdict[] explained = _classifier.ClassifyBatch(Comments);

        Verdict[][] bare =
        [
            Comments.Select(c => _classifier.Classify(c, includeReasons: false)).ToArray(),
            _classifier.ClassifyBatch(Comments, includeReasons: false),
            _classifier.ClassifyStream(Comments, includeReasons: false).ToArray(),
        ];

        foreach (Verdict[] verdicts in bare)
        {
            verdicts.Select(v => v.Scores()).Should().Equal(explained.Select(v => v.Scores()));
            verdicts.Should().OnlyContain(v => v.Reasons.Count == 0 && v.ReasonDetails.Count == 0);
        }
    }

    [Fact]
    public void ReasonDetails_AreTheReasonsWithCodes_InTheSameOrder()
    {
        foreach (Verdict verdict in _classifier.ClassifyBatch(Comments))
        {
            verdict.ReasonDetails.Select(r => r.Text).Should().Equal(verdict.Reasons);
            verdict.ReasonDetails.Should().OnlyContain(r => r.Code.Length > 0 && r.Code.All(c => char.IsAsciiLetterLower(c) || c == '_'));
        }
    }

    [Fact]
    public void EmptyComment_HasTheEmptyReasonWithItsCode()
    {
        Verdict verdict = _classifier.Classify(new Comment("  "));

        verdict.ReasonDetails.Should().ContainSingle().Which.Should().Be(new Reason("empty", "the comment is empty", new Dictionary<string, double>()));
    }
}
