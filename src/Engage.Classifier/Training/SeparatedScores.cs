using Engage.Classifier.Evaluation;

namespace Engage.Classifier.Training;

/// <summary>
/// The threshold to store when the out-of-fold spam probabilities separate perfectly: no comment but spam scores at or
/// above <see cref="Metrics.LowestThreshold"/>, so every threshold between that floor and the lowest spam probability
/// called spam keeps the same held-out numbers, and the data cannot say where in that span a genuine comment would score.
/// </summary>
/// <remarks>
/// <para>
/// Why: only a comment with a payload (a link, contact, pitch or disguise) gets a spam probability above 0. When none of
/// the given genuine comments carries one (a video's 202 first comments, say), the spam model never saw the two classes
/// side by side, it scores every payload comment about alike, and the threshold <see cref="Metrics.ChooseThreshold"/>
/// picks is that score itself, the top of the span. The final model, trained on all rows, gives the same comments a
/// probability a few millionths away, on either side: on Youtube04-Eminem's first half the held-out spam scored 0.99375
/// and the stored threshold was 0.99375, and every spam comment of the second half scored just below it, so the model
/// caught none (data/EVALUATION.md, "Training on top of the default corpus").
/// </para>
/// <para>
/// The stored threshold is then the middle of the span in log-odds, the one farthest from both ends: halfway between
/// <see cref="Metrics.LowestThreshold"/> (0.05) and the lowest spam probability called spam (0.99375 gives 0.743). It
/// still calls no held-out genuine comment spam. It rests on no genuine comment with a payload, so it promises nothing
/// about the first such comment; the training report says so (<see cref="TrainingReport.ThresholdBetweenSeparatedScores"/>).
/// When some genuine or low-relevance comment scores at or above the floor, its score is the evidence and the chosen
/// threshold stands.
/// </para>
/// </remarks>
internal static class SeparatedScores
{
    /// <summary>
    /// Whether no comment but spam scores at or above <see cref="Metrics.LowestThreshold"/> while some spam does:
    /// the held-out probabilities leave a span with no evidence of where a genuine comment would score.
    /// </summary>
    /// <param name="actual">The labels.</param>
    /// <param name="spamProbability">The out-of-fold spam probabilities, in the same order.</param>
    public static bool Separate(IReadOnlyList<CommentLabel> actual, IReadOnlyList<double> spamProbability)
    {
        bool spamAboveFloor = false;
        for (int i = 0; i < actual.Count; i++)
        {
            if (spamProbability[i] < Metrics.LowestThreshold)
            {
                continue;
            }

            if (actual[i] != CommentLabel.Spam)
            {
                return false;
            }

            spamAboveFloor = true;
        }

        return spamAboveFloor;
    }

    /// <summary>
    /// The threshold to store: the middle, in log-odds, of <see cref="Metrics.LowestThreshold"/> and
    /// <paramref name="chosen"/> when the scores <see cref="Separate"/>; otherwise <paramref name="chosen"/>.
    /// </summary>
    /// <param name="chosen">The threshold chosen on the held-out probabilities (at or above the floor; 1 calls nothing spam).</param>
    /// <param name="separate">Whether the held-out scores <see cref="Separate"/>.</param>
    public static double Stored(double chosen, bool separate) =>
        chosen < 1 && separate ? Midpoint(Metrics.LowestThreshold, chosen) : chosen;

    private static double Midpoint(double low, double high) => Logistic((LogOdds(low) + LogOdds(high)) / 2);

    private static double LogOdds(double p) => Math.Log(p / (1 - p));

    private static double Logistic(double x) => 1 / (1 + Math.Exp(-x));
}
