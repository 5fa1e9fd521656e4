using Engage.Classifier.Signals;

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

    protected override string Describe(FeatureValues<Feature> values, CommentLabel label) => label switch
    {
        CommentLabel.Spam => "wording resembles known spam",
        CommentLabel.LowRelevance => "wording resembles filler comments",
        _ => "wording resembles genuine conversation",
    };
}
