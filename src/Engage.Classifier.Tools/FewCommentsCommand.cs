namespace Engage.Classifier.Tools;

/// <summary>
/// A site's first few labeled comments trained on top of the default corpus, scored on other threads: for each YouTube
/// video, <c>engage train --with-default-corpus</c> on its first <see cref="FirstComments"/> comments in file order
/// (one thread, so folded by comment), scored on each of the other three videos at the threshold the model stores,
/// beside the same comments trained alone. What a new user who labels one thread's first comments gets on the next.
/// </summary>
internal static class FewCommentsCommand
{
    public const string Command = "nice dotnet run -c Release --project src/Engage.Classifier.Tools -- few-comments-with-default-corpus";

    /// <summary>Comments trained on: the first ones of the video in file order.</summary>
    public const int FirstComments = 200;

    public static string Section(Corpora corpora, TextWriter log)
    {
        CorpusSource[] videos = CalibrationCommand.Sources(corpora).Where(s => s.Name.StartsWith("Youtube", StringComparison.Ordinal)).ToArray();
        var md = new EvaluationMarkdown();
        md.Line($"Each YouTube video's first {FirstComments} comments (file order; one thread, so folded by comment) trained with the default corpus");
        md.Line("(`--with-default-corpus`) and alone, each model scored on the other three videos at the threshold it stores. Cells: genuine→Spam rate / spam recall.");
        md.Line($"`{Command}`");
        md.Line();
        md.Line("| trained on (genuine / spam) | threshold: with corpus / alone | scored on | with default corpus | alone |");
        md.Line("|---|---|---|---|---|");
        var with = new List<EvaluationReport>();
        var alone = new List<EvaluationReport>();
        foreach (CorpusSource video in videos)
        {
            LabeledComment[] first = DefaultCorpusCommand.FoldableByComment(video.Comments[..FirstComments]);
            log.WriteLine($"  {video.Name}: training on its first {FirstComments} comments, with the default corpus and alone");
            TrainingResult withCorpus = new CommentClassifierTrainer(new TrainerOptions { WithDefaultCorpus = true }).Train(first);
            TrainingResult trainedAlone = new CommentClassifierTrainer(new TrainerOptions()).Train(first);
            string trainedOn = $"{video.Name} ({first.Count(c => c.Label == CommentLabel.Genuine)} / {first.Count(c => c.Label == CommentLabel.Spam)})";
            string thresholds = $"{EvaluationMarkdown.F3(withCorpus.Report.SpamThreshold)} / {EvaluationMarkdown.F3(trainedAlone.Report.SpamThreshold)}";
            log.WriteLine($"    thresholds {thresholds}, held-out genuine FPR {withCorpus.Report.HeldOut.GenuineFalsePositiveRate:P1}");
            foreach (CorpusSource other in videos.Where(v => v.Name != video.Name))
            {
                EvaluationReport w = withCorpus.Classifier.Evaluate(other.Comments);
                EvaluationReport a = trainedAlone.Classifier.Evaluate(other.Comments);
                with.Add(w);
                alone.Add(a);
                md.Line($"| {trainedOn} | {thresholds} | {other.Name} | {Cell(w)} | {Cell(a)} |");
                trainedOn = string.Empty;
                thresholds = string.Empty;
            }
        }

        md.Line($"| mean of {with.Count} pairs | | | {Mean(with)} | {Mean(alone)} |");
        md.Line($"| worst pair | | | {EvaluationMarkdown.P(with.Max(r => r.GenuineFalsePositiveRate))} / {EvaluationMarkdown.P(with.Min(r => r.SpamRecall))} | {EvaluationMarkdown.P(alone.Max(r => r.GenuineFalsePositiveRate))} / {EvaluationMarkdown.P(alone.Min(r => r.SpamRecall))} |");
        md.Line();
        return md.ToString();
    }

    private static string Cell(EvaluationReport r) => $"{EvaluationMarkdown.P(r.GenuineFalsePositiveRate)} / {EvaluationMarkdown.P(r.SpamRecall)}";

    private static string Mean(IReadOnlyList<EvaluationReport> reports) =>
        $"{EvaluationMarkdown.P(reports.Average(r => r.GenuineFalsePositiveRate))} / {EvaluationMarkdown.P(reports.Average(r => r.SpamRecall))}";
}
