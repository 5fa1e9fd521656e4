using Engage.Classifier.Signals;
using Engage.Classifier.Verdicts;

namespace Engage.Classifier.TextModel;

/// <summary>
/// The two text-model scores as tree features (they follow the signal families in <see cref="FeatureLayout"/>),
/// explained together as the wording of the comment.
/// </summary>
internal sealed class TextScores : FeatureGroup<TextScores.Feature>
{
    internal enum Feature
    {
        SpamTextScore,
        FillerTextScore,
    }

    protected override Reason? Describe(FeatureValues<Feature> values, CommentLabel label) => label switch
    {
        CommentLabel.Spam => ReasonText.Of("spam_wording", "wording resembles known spam"),
        CommentLabel.LowRelevance => ReasonText.Of("filler_wording", "wording resembles filler comments"),
        _ => ReasonText.Of("genuine_wording", "wording resembles genuine conversation"),
    };
}
