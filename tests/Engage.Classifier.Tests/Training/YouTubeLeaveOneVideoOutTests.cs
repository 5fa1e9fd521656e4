using Engage.Classifier.Evaluation;
using Engage.Classifier.Tests.Support;
using Xunit.Abstractions;

namespace Engage.Classifier.Tests.Training;

/// <summary>
/// Trains on three YouTube videos and tests on the fourth, for each video, beside the plain ML.NET
/// pipeline on the same folds. Needs ../shared/data/youtube-spam-collection; when it is absent the
/// test is reported as skipped with a message naming the missing file.
/// </summary>
public sealed class YouTubeLeaveOneVideoOutTests(ITestOutputHelper output)
{
    private const string Corpus = "youtube-spam-collection";

    [SkippableFact]
    public void Training_OnThreeVideos_ClassifiesTheFourthWellAndBeatsPlainMlNetOnAverage()
    {
        string? path = SharedData.DedupCsv(Corpus);
        Skip.If(path is null, SharedData.MissingMessage(Corpus));

        LabeledComment[] all = CommentCsv.ReadLabeled(path!).ToArray();
        string[] videos = all.Select(c => c.Comment.ThreadId!).Distinct().Order().ToArray();
        videos.Should().HaveCount(4);
        var ours = new List<double>();
        var baseline = new List<double>();
        foreach (string video in videos)
        {
            LabeledComment[] train = all.Where(c => c.Comment.ThreadId != video).ToArray();
            LabeledComment[] test = all.Where(c => c.Comment.ThreadId == video).ToArray();

            TrainingResult result = new CommentClassifierTrainer().Train(train);
            EvaluationReport report = result.Classifier.Evaluate(test);
            var h = result.Report.HeldOut;
            output.WriteLine($"  training held-out: acc {h.Accuracy:P1} auc {h.Auc:F3} thr {h.SpamThreshold} " + string.Join(" ", h.Thresholds.Select(t => $"[{t.Threshold}: P {t.SpamPrecision:P0} R {t.SpamRecall:P0} FPR {t.GenuineFalsePositiveRate:P1}]")));

            PlainMlNetBaseline plain = PlainMlNetBaseline.Train(train);
            float[] plainScores = plain.ScoreMany(test.Select(c => c.Comment.Text));
            double plainAccuracy = test.Select((c, i) => (plainScores[i] >= 0.5f) == (c.Label == CommentLabel.Spam)).Average(ok => ok ? 1.0 : 0.0);

            output.WriteLine($"{video}: ours accuracy {report.Accuracy:P1} (spam P {report.SpamPrecision:P1} R {report.SpamRecall:P1}, AUC {report.Auc:F3}, genuine FPR {report.GenuineFalsePositiveRate:P1}, threshold {report.SpamThreshold:F3}); plain ML.NET {plainAccuracy:P1}");
            ours.Add(report.Accuracy);
            baseline.Add(plainAccuracy);
            report.Accuracy.Should().BeGreaterThan(0.85, $"held-out video {video}");
        }

        output.WriteLine($"mean: ours {ours.Average():P1}, plain ML.NET {baseline.Average():P1}");
        ours.Average().Should().BeGreaterThan(baseline.Average());
    }
}
