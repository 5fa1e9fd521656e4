using Engage.Classifier.Tests.Support;

namespace Engage.Classifier.Tests;

[Collection(TrainedModelCollection.Name)]
public sealed class ClassifierBehaviourTests(TrainedModelFixture fixture)
{
    private CommentClassifier Classifier => fixture.Classifier;

    [Fact]
    public void Classify_OneMegabyteOfLinkSpam_IsSpamLikeItsFeaturizedPrefix()
    {
        string huge = string.Concat(Enumerable.Repeat("discount swiss replica watches http://replica-time.example/buy\n", 16_000));

        Verdict verdict = Classifier.Classify(new Comment(huge));

        verdict.Label.Should().Be(CommentLabel.Spam);
        verdict.SpamProbability.Should().BeGreaterThan(Classifier.SpamThreshold);
    }

    [Fact]
    public void Classify_KeywordLinkList_IsSpamExplainedByItsLinksOrLines()
    {
        const string text = "designer handbags wholesale http://bags-direct.example\nnfl jerseys cheap http://jersey-depot.example\nugg boots discount http://boots-sale.example\nswiss replica watches http://time-deals.example";

        Verdict verdict = Classifier.Classify(new Comment(text));

        verdict.Label.Should().Be(CommentLabel.Spam);
        verdict.SpamProbability.Should().BeGreaterThan(Classifier.SpamThreshold);
        verdict.Reasons.Should().Contain(r => r.StartsWith("4 links to 4 domains", StringComparison.Ordinal) || r == "4 keyword-only lines" || r.EndsWith("shopping, loan or SEO words", StringComparison.Ordinal));
    }

    [Fact]
    public void Classify_OnTopicQuestion_IsGenuineWithRelevance()
    {
        var post = new Post("Sourdough starter in seven days", "Mix equal weights of flour and water, discard half each day and feed again. By day five the starter should double within six hours of feeding.");
        var comment = new Comment("Mine doubled on day four but then smelled like nail polish remover on day six. Should I feed it more often or switch to rye flour?") { Post = post };

        Verdict verdict = Classifier.Classify(comment);

        verdict.Label.Should().Be(CommentLabel.Genuine);
        verdict.Relevance.Should().BeGreaterThan(0.1);
    }

    [Fact]
    public void Classify_WithoutPost_HasNoRelevance()
    {
        Classifier.Classify("hello there").Relevance.Should().BeNull();
    }

    [Fact]
    public void Classify_WithoutReasons_ReturnsNoReasonsButTheSameScores()
    {
        var comment = new Comment("Visit my site best payday loans http://loans.example");

        Verdict with = Classifier.Classify(comment, includeReasons: true);
        Verdict without = Classifier.Classify(comment, includeReasons: false);

        without.Reasons.Should().BeEmpty();
        without.SpamProbability.Should().Be(with.SpamProbability);
        without.Label.Should().Be(with.Label);
    }

    [Fact]
    public void WithSpamThreshold_OutOfRange_Throws()
    {
        Action act = () => Classifier.WithSpamThreshold(1.5);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void WithSpamThreshold_Zero_CallsEverythingSpam()
    {
        Classifier.WithSpamThreshold(0).Classify("What a lovely photo of the harbour.").Label.Should().Be(CommentLabel.Spam);
    }

    [Fact]
    public void ClassifyStream_GivesTheSameVerdictsAsClassifyBatch()
    {
        Comment[] comments = fixture.HeldOut.Take(400).Select(c => c.Comment).ToArray();

        Classifier.ClassifyStream(comments).Select(v => v.Parts()).Should().Equal(Classifier.ClassifyBatch(comments).Select(v => v.Parts()));
    }

    [Fact]
    public void Evaluate_HeldOutThreads_ReportsConsistentMetrics()
    {
        EvaluationReport report = Classifier.Evaluate(fixture.HeldOut);

        report.Count.Should().Be(fixture.HeldOut.Length);
        report.ConfusionMatrix.Total.Should().Be(fixture.HeldOut.Length);
        report.Accuracy.Should().BeGreaterThan(0.85);
        report.Auc.Should().BeGreaterThan(0.95);
        report.SpamThreshold.Should().Be(Classifier.SpamThreshold);
        report.Thresholds.Select(t => t.Threshold).Should().Equal(Engage.Classifier.Evaluation.Metrics.TableThresholds);
    }
}
