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
        md.Line();
        md.ComparisonTable([.. videos, HeldOutResult.Concat("all 4 videos", videos)], threeClass: false);
        md.Line($"Mean accuracy over videos: ours {EvaluationMarkdown.P(videos.Average(v => v.OurBinaryAccuracy))}, plain {EvaluationMarkdown.P(videos.Average(v => v.PlainBinaryAccuracy))}.");
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

    private static string Arp(EvaluationReport r) => $"{EvaluationMarkdown.P(r.Accuracy)} / {EvaluationMarkdown.P(r.GenuineFalsePositiveRate)} / {EvaluationMarkdown.P(r.SpamRecall)}";
}
