namespace Engage.Classifier.Tools;

/// <summary>Held-out verdicts of our classifier and the plain ML.NET pipeline on the same comments.</summary>
internal sealed record HeldOutResult(string Name, LabeledComment[] Test, Verdict[] Ours, double[] OurThresholds, float[] Plain)
{
    /// <summary>What training measured on the training part, when the result comes from one training run.</summary>
    public TrainingReport? Training { get; init; }

    /// <summary>The classifier trained on the training part, when the result comes from one training run.</summary>
    public CommentClassifier? Classifier { get; init; }

    /// <summary>The training part, when the result comes from one training run.</summary>
    public LabeledComment[] Train { get; init; } = [];

    public EvaluationReport OurReport() =>
        EvaluationReport.Compute(Test.Select(t => t.Label).ToArray(), Ours, OurThresholds.Average(), Test.Select(t => t.Comment.ThreadId).ToArray());

    public EvaluationReport PlainReport()
    {
        var verdicts = Plain.Select(p => new Verdict(p >= 0.5f ? CommentLabel.Spam : CommentLabel.Genuine, p, 0, null, [])).ToArray();
        return EvaluationReport.Compute(Test.Select(t => t.Label).ToArray(), verdicts, 0.5, Test.Select(t => t.Comment.ThreadId).ToArray());
    }

    /// <summary>Spam against everything else, so a two-class model and a three-class model compare fairly.</summary>
    public static double BinaryAccuracy(LabeledComment[] test, Func<int, bool> calledSpam) =>
        test.Select((t, i) => (t.Label == CommentLabel.Spam) == calledSpam(i)).Average(ok => ok ? 1.0 : 0.0);

    public double OurBinaryAccuracy => BinaryAccuracy(Test, i => Ours[i].Label == CommentLabel.Spam);

    public double PlainBinaryAccuracy => BinaryAccuracy(Test, i => Plain[i] >= 0.5f);

    public static HeldOutResult Concat(string name, IReadOnlyList<HeldOutResult> parts) =>
        new(name, [.. parts.SelectMany(p => p.Test)], [.. parts.SelectMany(p => p.Ours)], [.. parts.SelectMany(p => p.OurThresholds)], [.. parts.SelectMany(p => p.Plain)]);
}
