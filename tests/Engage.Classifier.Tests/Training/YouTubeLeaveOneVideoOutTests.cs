using Engage.Classifier.Evaluation;
using Engage.Classifier.Tests.Support;
using Engage.Classifier.Tools;
using Engage.Classifier.Workbench;
using Xunit.Abstractions;

namespace Engage.Classifier.Tests.Training;

/// <summary>
/// Trains on three YouTube videos and tests on the fourth, for each video, beside the plain ML.NET
/// pipeline (FeaturizeText + SdcaLogisticRegression) trained on the same rows. Needs
/// ../shared/data/youtube-spam-collection; when it is absent the tests are reported as skipped with a
/// message naming the missing file.
/// </summary>
public sealed class YouTubeLeaveOneVideoOutTests(YouTubeLeaveOneVideoOutTests.Videos videos, ITestOutputHelper output) : IClassFixture<YouTubeLeaveOneVideoOutTests.Videos>
{
    private const string Corpus = Corpora.YouTube;

    /// <summary>Comments of the held-out video a site would label first, in file (time) order, to calibrate on.</summary>
    private const int CalibrationComments = 200;

    [SkippableFact]
    public void Training_OnThreeVideos_RanksTheFourthWell_AndMatchesPlainMlNetAtTheSameThreshold()
    {
        Skip.If(videos.Missing is not null, videos.Missing);
        videos.HeldOut.Should().HaveCount(4);
        var oursAtHalf = new List<double>();
        var plainAtHalf = new List<double>();
        foreach (HeldOutVideo video in videos.HeldOut)
        {
            EvaluationReport stored = video.Ours.Evaluate(video.Test);
            EvaluationReport half = video.Ours.WithSpamThreshold(0.5).Evaluate(video.Test);
            double plainAccuracy = video.Test.Select((c, i) => (video.Plain[i] >= 0.5f) == (c.Label == CommentLabel.Spam)).Average(ok => ok ? 1.0 : 0.0);
            double plainAuc = Metrics.Auc(video.Test.Select(c => c.Label).ToArray(), video.Plain.Select(s => (double)s).ToArray());

            output.WriteLine(
                $"{video.Name}: ours accuracy {stored.Accuracy:P1} at its stored threshold {stored.SpamThreshold:F3} (spam P {stored.SpamPrecision:P1} R {stored.SpamRecall:P1}, genuine FPR {stored.GenuineFalsePositiveRate:P1}), "
                + $"{half.Accuracy:P1} at 0.5, AUC {stored.Auc:F3}; plain ML.NET accuracy {plainAccuracy:P1} at 0.5, AUC {plainAuc:F3}");
            oursAtHalf.Add(half.Accuracy);
            plainAtHalf.Add(plainAccuracy);

            // Spam without a payload (about 8% of this corpus's spam) scores 0 by the payload rule and ties with genuine comments.
            stored.Auc.Should().BeGreaterThan(0.92, $"the spam probability ranks held-out video {video.Name} well");
            stored.GenuineFalsePositiveRate.Should().BeLessThan(0.05, "the stored threshold is chosen for precision");
        }

        output.WriteLine($"mean accuracy at 0.5: ours {oursAtHalf.Average():P1}, plain ML.NET {plainAtHalf.Average():P1}");
        oursAtHalf.Average().Should().BeGreaterThan(plainAtHalf.Average());
    }

    [SkippableFact]
    public void Training_OnThreeVideos_MeanAccuracyOnTheFourthAtTheStoredThreshold_IsAtLeast93Percent()
    {
        Skip.If(videos.Missing is not null, videos.Missing);

        double mean = videos.HeldOut.Average(v => v.Ours.Evaluate(v.Test).Accuracy);

        // Measured 96.5% (data/EVALUATION.md, with each video's address as its post); issue 12 sets 93% as the regression floor.
        mean.Should().BeGreaterOrEqualTo(0.93);
    }

    [SkippableFact]
    public void Calibrating_OnTheHeldOutVideosFirstComments_KeepsFalsePositivesLowOnTheRest()
    {
        Skip.If(videos.Missing is not null, videos.Missing);
        var calibrated = new List<double>();
        foreach (HeldOutVideo video in videos.HeldOut)
        {
            LabeledComment[] first = video.Test.Take(CalibrationComments).ToArray();
            LabeledComment[] rest = video.Test.Skip(CalibrationComments).ToArray();

            EvaluationReport before = video.Ours.Evaluate(rest);
            EvaluationReport after = video.Ours.Calibrate(first).Classifier.Evaluate(rest);

            output.WriteLine($"{video.Name}: on the {rest.Length} later comments, accuracy {before.Accuracy:P1} -> {after.Accuracy:P1}, genuine FPR {before.GenuineFalsePositiveRate:P1} -> {after.GenuineFalsePositiveRate:P1}, spam recall {before.SpamRecall:P1} -> {after.SpamRecall:P1}");
            after.GenuineFalsePositiveRate.Should().BeLessOrEqualTo(0.05, $"a threshold calibrated on {video.Name}'s first comments stays precise on its later ones");
            calibrated.Add(after.Accuracy);
        }

        // Measured 91.8% (data/EVALUATION.md). The stored threshold of a model trained on three videos already transfers
        // (94.6% on the same comments): calibrating trades recall for the target rate where the first comments ask for it.
        calibrated.Average().Should().BeGreaterOrEqualTo(0.90);
    }

    /// <summary>One held-out video: our model and plain ML.NET trained on the other three, and the video's comments.</summary>
    public sealed record HeldOutVideo(string Name, LabeledComment[] Test, CommentClassifier Ours, float[] Plain);

    /// <summary>The four leave-one-video-out runs, trained once for the class (about 45 s on 2 cores).</summary>
    public sealed class Videos
    {
        public Videos()
        {
            if (SharedData.DedupCsv(Corpus) is null)
            {
                Missing = SharedData.MissingMessage(Corpus);
                return;
            }

            // As the Tools read it: each video's comments with the video's address as their post.
            LabeledComment[] all = Corpora.FromRepositoryRoot(RepositoryData.Root).Shared(Corpora.YouTube);
            string[] names = all.Select(c => c.Comment.ThreadId!).Distinct().Order(StringComparer.Ordinal).ToArray();
            HeldOut = names.Select(name =>
            {
                LabeledComment[] train = all.Where(c => c.Comment.ThreadId != name).ToArray();
                LabeledComment[] test = all.Where(c => c.Comment.ThreadId == name).ToArray();
                CommentClassifier ours = new CommentClassifierTrainer().Train(train).Classifier;
                float[] plain = PlainMlNetBaseline.Train(train).ScoreMany(test.Select(c => c.Comment.Text));
                return new HeldOutVideo(name, test, ours, plain);
            }).ToArray();
        }

        /// <summary>Why the runs are absent (the corpus is missing), or <see langword="null"/>.</summary>
        public string? Missing { get; }

        public IReadOnlyList<HeldOutVideo> HeldOut { get; } = [];
    }
}
