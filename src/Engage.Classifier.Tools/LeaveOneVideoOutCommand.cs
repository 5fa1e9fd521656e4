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
                $"  {video.Name}: stored {report.SpamThreshold:F3}, pooled {report.PooledSpamThreshold:F3}, per thread {string.Join(" ", report.Groups.Select(g => $"{g.Name}={g.SpamThreshold:F3}"))}; on the held-out video the threshold for 1% is {Metrics.ChooseThreshold(labels, spam, 0.01):F3}, for 2% {Metrics.ChooseThreshold(labels, spam, 0.02):F3}"));
        }

        foreach (HeldOutResult video in videos)
        {
            log.WriteLine($"  {video.Name} curve: " + string.Join("; ", video.OurReport().Thresholds.Where((_, i) => i % 2 == 0).Select(t => EvaluationMarkdown.Invariant($"{t.Threshold:F2}: R {t.SpamRecall:P0} FPR {t.GenuineFalsePositiveRate:P1}"))));
        }

        var md = new EvaluationMarkdown();
        md.Line($"## YouTube ({youTube.Length} comments, 4 videos), leave one video out, trained on YouTube only");
        md.Line();
        md.Line($"A team that retrains on its own few threads: `CommentClassifierTrainer` with default options trained on three videos, tested on the fourth at the threshold the model stores; plain ML.NET trained on the same rows at 0.5 (`{Command}`).");
        md.Line();
        md.ComparisonTable([.. videos, HeldOutResult.Concat("all 4 videos", videos)], threeClass: false);
        md.Line($"Mean accuracy over videos: ours {EvaluationMarkdown.P(videos.Average(v => v.OurBinaryAccuracy))}, plain {EvaluationMarkdown.P(videos.Average(v => v.PlainBinaryAccuracy))}.");
        md.Line();
        return md.ToString();
    }
}
