using Engage.Classifier.Evaluation;

namespace Engage.Classifier.Tests.Evaluation;

public sealed class MetricsTests
{
    private static readonly CommentLabel G = CommentLabel.Genuine;
    private static readonly CommentLabel L = CommentLabel.LowRelevance;
    private static readonly CommentLabel S = CommentLabel.Spam;

    [Fact]
    public void Compute_KnownPredictions_GivesHandCountedMetrics()
    {
        CommentLabel[] actual = [S, S, S, G, G, L];
        CommentLabel[] predicted = [S, S, G, S, G, L];
        double[] probability = [0.9, 0.8, 0.3, 0.7, 0.1, 0.2];

        EvaluationReport report = Metrics.Compute(actual, predicted, probability, 0.5, null);

        report.Accuracy.Should().BeApproximately(4 / 6.0, 1e-12);
        report.SpamPrecision.Should().BeApproximately(2 / 3.0, 1e-12);
        report.SpamRecall.Should().BeApproximately(2 / 3.0, 1e-12);
        report.GenuineFalsePositiveRate.Should().BeApproximately(0.5, 1e-12);
        report.ConfusionMatrix[S, G].Should().Be(1);
        report.ConfusionMatrix[G, S].Should().Be(1);
        report.ConfusionMatrix[L, L].Should().Be(1);
    }

    [Fact]
    public void Auc_PerfectRanking_IsOne_AndReversedIsZero()
    {
        CommentLabel[] actual = [S, S, G, G];

        Metrics.Auc(actual, [0.9, 0.8, 0.2, 0.1]).Should().Be(1);
        Metrics.Auc(actual, [0.1, 0.2, 0.8, 0.9]).Should().Be(0);
    }

    [Fact]
    public void Auc_AllTied_IsOneHalf()
    {
        Metrics.Auc([S, G, S, G], [0.5, 0.5, 0.5, 0.5]).Should().Be(0.5);
    }

    [Fact]
    public void ChooseThreshold_KeepsGenuineFalsePositivesAtTheTarget()
    {
        // 100 genuine scored 0.00 to 0.99, 100 spam scored 0.500 to 0.995.
        var actual = new List<CommentLabel>();
        var scores = new List<double>();
        for (int i = 0; i < 100; i++)
        {
            actual.Add(G);
            scores.Add(i / 100.0);
            actual.Add(S);
            scores.Add(0.5 + (i / 200.0));
        }

        double threshold = Metrics.ChooseThreshold(actual, scores, targetFalsePositiveRate: 0.02);

        int genuineCalled = actual.Where((a, i) => a == G && scores[i] >= threshold).Count();
        genuineCalled.Should().BeLessOrEqualTo(2);
        threshold.Should().BeApproximately(0.975, 1e-9, "the lowest threshold that still keeps two genuine comments or fewer has the best F1");
    }

    [Fact]
    public void ChooseThreshold_TargetUnreachable_CallsNothingSpam()
    {
        Metrics.ChooseThreshold([G, S], [0.9, 0.1], 0.0).Should().Be(1.0);
    }
}
