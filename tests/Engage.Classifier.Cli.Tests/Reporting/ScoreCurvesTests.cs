using Engage.Classifier.Cli.Reporting;

namespace Engage.Classifier.Cli.Tests.Reporting;

public sealed class ScoreCurvesTests
{
    [Fact]
    public void Roc_PerfectScores_GoesStraightUpThenAcrossWithAreaOne()
    {
        bool[] spam = [true, true, false, false];
        double[] scores = [0.9, 0.8, 0.2, 0.1];

        IReadOnlyList<CurvePoint> roc = ScoreCurves.Roc(spam, scores);

        roc.Select(p => (p.X, p.Y)).Should().Equal((0, 0), (0, 0.5), (0, 1), (0.5, 1), (1, 1));
        ScoreCurves.Area(roc).Should().Be(1);
    }

    [Fact]
    public void Roc_TiedScores_EnterTogetherAsOneDiagonalStep()
    {
        bool[] spam = [true, false];
        double[] scores = [0.5, 0.5];

        IReadOnlyList<CurvePoint> roc = ScoreCurves.Roc(spam, scores);

        roc.Select(p => (p.X, p.Y)).Should().Equal((0, 0), (1, 1));
        ScoreCurves.Area(roc).Should().Be(0.5);
    }

    [Fact]
    public void Roc_Area_MatchesTheLibrarysAuc()
    {
        var random = new Random(3);
        bool[] spam = Enumerable.Range(0, 300).Select(_ => random.NextDouble() < 0.3).ToArray();
        double[] scores = spam.Select(s => Math.Round(Math.Clamp((s ? 0.65 : 0.35) + ((random.NextDouble() - 0.5) * 0.8), 0, 1), 2)).ToArray();
        CommentLabel[] labels = spam.Select(s => s ? CommentLabel.Spam : CommentLabel.Genuine).ToArray();
        Verdict[] verdicts = scores.Select(p => new Verdict(p >= 0.5 ? CommentLabel.Spam : CommentLabel.Genuine, p, 0, null, [])).ToArray();

        double auc = EvaluationReport.Compute(labels, verdicts, 0.5).Auc;

        ScoreCurves.Area(ScoreCurves.Roc(spam, scores)).Should().BeApproximately(auc, 1e-9);
    }

    [Fact]
    public void PrecisionRecall_MixedScores_ReportsPrecisionAndRecallAtEachDistinctThreshold()
    {
        bool[] spam = [true, false, true, false];
        double[] scores = [0.9, 0.7, 0.6, 0.1];

        IReadOnlyList<CurvePoint> pr = ScoreCurves.PrecisionRecall(spam, scores);

        pr.Select(p => (p.Threshold, p.X, p.Y)).Should().Equal((0.9, 0.5, 1.0), (0.7, 0.5, 0.5), (0.6, 1.0, 2.0 / 3), (0.1, 1.0, 0.5));
    }

    [Fact]
    public void PrecisionRecall_ListsOfDifferentLengths_Throws()
    {
        Action act = () => ScoreCurves.PrecisionRecall([true], [0.1, 0.2]);

        act.Should().Throw<ArgumentException>();
    }
}
