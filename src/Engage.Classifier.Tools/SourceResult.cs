namespace Engage.Classifier.Tools;

/// <summary>
/// Verdicts on one held-out source: ours (the default recipe trained without it), the plain ML.NET pipeline
/// trained on the same rows, and the previous default model (which may have seen the source: see <see cref="PreviousSawIt"/>).
/// </summary>
internal sealed record SourceResult(
    CorpusSource Source,
    int TrainingRows,
    double Threshold,
    Verdict[] Ours,
    float[] Plain,
    Verdict[]? Previous,
    bool PreviousSawIt)
{
    public LabeledComment[] Test => Source.Comments;

    public int Genuine => Source.Count(CommentLabel.Genuine);

    public int Spam => Source.Count(CommentLabel.Spam);

    /// <summary>Share of genuine comments called spam.</summary>
    public static double GenuineCalledSpam(LabeledComment[] test, Func<int, bool> calledSpam) =>
        Share(test, CommentLabel.Genuine, calledSpam);

    /// <summary>Share of spam called spam.</summary>
    public static double SpamRecall(LabeledComment[] test, Func<int, bool> calledSpam) =>
        Share(test, CommentLabel.Spam, calledSpam);

    public double OursGenuineCalledSpam => GenuineCalledSpam(Test, i => Ours[i].IsSpam);

    public double OursSpamRecall => SpamRecall(Test, i => Ours[i].IsSpam);

    /// <summary>Share of comments given their true label, all three labels counted (LowRelevance for a genuine comment is an error).</summary>
    public double OursAccuracy => Test.Select((t, i) => t.Label == Ours[i].Label).Average(ok => ok ? 1.0 : 0.0);

    /// <summary>Spam against everything else.</summary>
    public double OursSpamVsRestAccuracy => Test.Select((t, i) => (t.Label == CommentLabel.Spam) == Ours[i].IsSpam).Average(ok => ok ? 1.0 : 0.0);

    public double PlainGenuineCalledSpam => GenuineCalledSpam(Test, i => Plain[i] >= 0.5f);

    public double PlainSpamRecall => SpamRecall(Test, i => Plain[i] >= 0.5f);

    public double PreviousGenuineCalledSpam => Previous is null ? double.NaN : GenuineCalledSpam(Test, i => Previous[i].IsSpam);

    public double PreviousSpamRecall => Previous is null ? double.NaN : SpamRecall(Test, i => Previous[i].IsSpam);

    public double PreviousAccuracy => Previous is null ? double.NaN : Test.Select((t, i) => t.Label == Previous[i].Label).Average(ok => ok ? 1.0 : 0.0);

    private static double Share(LabeledComment[] test, CommentLabel label, Func<int, bool> calledSpam)
    {
        int total = 0, called = 0;
        for (int i = 0; i < test.Length; i++)
        {
            if (test[i].Label == label)
            {
                total++;
                called += calledSpam(i) ? 1 : 0;
            }
        }

        return total == 0 ? double.NaN : called / (double)total;
    }
}
