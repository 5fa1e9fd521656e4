namespace Engage.Classifier.Tools;

/// <summary>
/// The "Calibrating to a site" section of data/EVALUATION.md: for each YouTube video and each public comment corpus
/// with both labels, the default model calibrated (<see cref="CommentClassifier.Calibrate"/>) on the first
/// <see cref="CalibrationComments"/> comments in file order (time order) and scored on the rest, before and after.
/// </summary>
internal static class CalibrationCommand
{
    public const string Command = "dotnet run -c Release --project src/Engage.Classifier.Tools -- calibration";

    /// <summary>Comments calibrated on: the first ones in file order.</summary>
    public const int CalibrationComments = 200;

    public static string Section(Corpora corpora, TextWriter log)
    {
        CommentClassifier model = CommentClassifier.LoadDefault();
        var md = new EvaluationMarkdown();
        md.Line("## Calibrating to a site");
        md.Line();
        md.Line($"The default model calibrated (`CommentClassifier.Calibrate`, target genuine false-positive rate 1%) on the first {CalibrationComments} comments of each");
        md.Line("corpus in file order (time order), then scored on the rest; \"before\" is the default model as shipped on the same rest. The default");
        md.Line("model was trained on these corpora (other rows of them), so \"before\" is not held out; the calibration only moves its probability and threshold.");
        md.Line($"`{Command}`");
        md.Line();
        md.Line("| corpus | rest: genuine / spam | genuine→Spam before | after | spam recall before | after | accuracy before | after | threshold before | after | probability refitted |");
        md.Line("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (CorpusSource source in Sources(corpora))
        {
            LabeledComment[] first = source.Comments.Take(CalibrationComments).ToArray();
            LabeledComment[] rest = source.Comments.Skip(CalibrationComments).ToArray();
            string counts = $"{rest.Count(c => c.Label == CommentLabel.Genuine)} / {rest.Count(c => c.Label == CommentLabel.Spam)}";
            EvaluationReport before = model.Evaluate(rest);
            CalibrationResult calibrated;
            try
            {
                calibrated = model.Calibrate(first, source: source.Name);
            }
            catch (ArgumentException ex)
            {
                log.WriteLine($"  {source.Name}: cannot calibrate: {ex.Message}");
                md.Line($"| {source.Name} | {counts} | {EvaluationMarkdown.P(before.GenuineFalsePositiveRate)} | cannot calibrate: {first.Count(c => c.Label == CommentLabel.Spam)} spam in the first {CalibrationComments} | {EvaluationMarkdown.P(before.SpamRecall)} | | {EvaluationMarkdown.P(before.Accuracy)} | | {EvaluationMarkdown.F3(model.SpamThreshold)} | | |");
                continue;
            }

            EvaluationReport after = calibrated.Classifier.Evaluate(rest);
            log.WriteLine($"  {source.Name}: threshold {model.SpamThreshold:F3} -> {calibrated.Classifier.SpamThreshold:F3}");
            md.Line($"| {source.Name} | {counts} | {EvaluationMarkdown.P(before.GenuineFalsePositiveRate)} | {EvaluationMarkdown.P(after.GenuineFalsePositiveRate)} | {EvaluationMarkdown.P(before.SpamRecall)} | {EvaluationMarkdown.P(after.SpamRecall)} | {EvaluationMarkdown.P(before.Accuracy)} | {EvaluationMarkdown.P(after.Accuracy)} | {EvaluationMarkdown.F3(model.SpamThreshold)} | {EvaluationMarkdown.F3(calibrated.Classifier.SpamThreshold)} | {(calibrated.Report.ProbabilityRefitted ? "yes" : "no: the comments with a payload have one label")} |");
        }

        md.Line();
        md.Line("Accuracy counts all three labels (a low-relevance verdict on a genuine comment is an error). With fewer genuine comments than");
        md.Line("1/target among the 200, the threshold may let one of them through (the smallest rate they can measure).");
        md.Line();
        return md.ToString();
    }

    /// <summary>Each YouTube video, then each public comment corpus that has both spam and genuine comments, in file order.</summary>
    internal static IEnumerable<CorpusSource> Sources(Corpora corpora)
    {
        LabeledComment[] youTube = corpora.Shared(Corpora.YouTube);
        foreach (var video in youTube.GroupBy(c => c.Comment.ThreadId ?? string.Empty).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            yield return new CorpusSource(video.Key, video.ToArray(), IsReal: true);
        }

        foreach (string corpus in Corpora.RealCommentCorpora.Where(c => c != Corpora.YouTube))
        {
            LabeledComment[] comments = corpora.Shared(corpus);
            if (comments.Any(c => c.Label == CommentLabel.Spam) && comments.Any(c => c.Label == CommentLabel.Genuine))
            {
                yield return new CorpusSource(corpus, comments, IsReal: true);
            }
        }
    }
}
