using System.Globalization;
using Engage.Classifier.Evaluation;

namespace Engage.Classifier.Cli.Output;

/// <summary>
/// The one wording of the warning for a threshold stored between separated scores (no genuine comment scored 0.05 or
/// more, so the threshold is the middle of an empty span), for `engage train` (held-out scores) and `engage calibrate`
/// (the site's comments).
/// </summary>
internal static class SeparatedScoresMessage
{
    /// <summary>The warning.</summary>
    /// <param name="threshold">The stored threshold.</param>
    /// <param name="scored">Where the scores come from, after "scored ... or more": "held out", "on these comments".</param>
    /// <param name="top">What sets the top of the span: "the threshold the held-out spam comments set".</param>
    /// <param name="advice">What to do, one sentence.</param>
    public static string Of(double threshold, string scored, string top, string advice) =>
        $"no genuine comment scored a spam probability of {Probability(Metrics.LowestThreshold)} or more {scored}: the model took none of them for anything like spam (none carries a link, contact or pitch it scored as suspicious), so the scores cannot show where the first genuine comment it does mistake would score. The stored spam threshold, {threshold.ToString("F3", CultureInfo.InvariantCulture)}, lies halfway (in log-odds) between {Probability(Metrics.LowestThreshold)} and {top}, and promises nothing about such a comment. {advice}";

    private static string Probability(double p) => p.ToString("0.00", CultureInfo.InvariantCulture);
}
