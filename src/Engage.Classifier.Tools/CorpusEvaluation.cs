using Engage.Classifier.Workbench;

namespace Engage.Classifier.Tools;

/// <summary>
/// Held-out evaluations for data/EVALUATION.md. Every split is by thread: no thread is in both the
/// training and the test part. Ours and the plain ML.NET pipeline always train on the same rows.
/// </summary>
internal sealed class CorpusEvaluation(TrainerOptions options, TextWriter log)
{
    /// <summary>Trains on <paramref name="train"/> and scores <paramref name="test"/>, ours and plain.</summary>
    public HeldOutResult Run(string name, LabeledComment[] train, LabeledComment[] test)
    {
        log.WriteLine($"  {name}: training on {train.Length} comments, testing on {test.Length}");
        TrainingResult ours = new CommentClassifierTrainer(options).Train(train);
        Verdict[] verdicts = ours.Classifier.ClassifyBatch(test.Select(t => t.Comment).ToArray(), includeReasons: false);
        PlainMlNetBaseline plain = PlainMlNetBaseline.Train(train, options.Seed);
        float[] plainScores = plain.ScoreMany(test.Select(t => t.Comment.Text));
        return new HeldOutResult(name, test, verdicts, Enumerable.Repeat(ours.Classifier.SpamThreshold, test.Length).ToArray(), plainScores) { Training = ours.Report, Classifier = ours.Classifier, Train = train };
    }

    /// <summary>One fold per thread: train on the others, test on it.</summary>
    public IReadOnlyList<HeldOutResult> LeaveOneThreadOut(LabeledComment[] corpus)
    {
        string[] threads = corpus.Select(c => c.Comment.ThreadId ?? string.Empty).Distinct().Order(StringComparer.Ordinal).ToArray();
        return threads.Select(thread => Run(
            thread,
            corpus.Where(c => c.Comment.ThreadId != thread).ToArray(),
            corpus.Where(c => c.Comment.ThreadId == thread).ToArray())).ToArray();
    }
}
