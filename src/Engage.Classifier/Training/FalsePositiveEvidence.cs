namespace Engage.Classifier.Training;

/// <summary>
/// How many genuine comments a genuine false-positive rate needs before it can be measured: at all (the target allows
/// at least one of them to be called spam) and reliably (it allows <see cref="FalsePositivesToMeasureReliably"/>). The
/// one owner of both counts, for the trainer's threshold floor (<see cref="CorpusThresholdFloor"/>) and for what
/// `engage train` warns about.
/// </summary>
internal static class FalsePositiveEvidence
{
    /// <summary>
    /// False positives the target must allow among the genuine comments before a threshold chosen on them counts as
    /// measured: with fewer, the rate it keeps rests on a few comments (at 10, the count's Poisson spread is about a third).
    /// </summary>
    public const int FalsePositivesToMeasureReliably = 10;

    /// <summary>Genuine comments needed before <paramref name="target"/> (above 0) allows one false positive: 100 at 1%.</summary>
    public static long GenuineToMeasureAtAll(double target) => GenuineFor(1, target);

    /// <summary>Genuine comments needed to measure <paramref name="target"/> (above 0) reliably: 1,000 at 1%.</summary>
    public static long GenuineToMeasureReliably(double target) => GenuineFor(FalsePositivesToMeasureReliably, target);

    /// <summary>
    /// Whether <paramref name="genuine"/> genuine comments are too few for <paramref name="target"/> to allow even one of
    /// them above the threshold. A target of 0 is measured by any number (none may be called spam).
    /// </summary>
    public static bool CannotMeasure(int genuine, double target) => target > 0 && genuine < GenuineToMeasureAtAll(target);

    /// <summary>Whether <paramref name="genuine"/> genuine comments are too few to measure <paramref name="target"/> reliably (0 never is).</summary>
    public static bool TooFewToMeasureReliably(int genuine, double target) => target > 0 && genuine < GenuineToMeasureReliably(target);

    // Rounded first, so that 10 / 0.01 is 1,000 and not 1,001 by the binary fraction.
    private static long GenuineFor(int falsePositives, double target) => (long)Math.Min(Math.Ceiling(Math.Round(falsePositives / target, 6)), long.MaxValue);
}
