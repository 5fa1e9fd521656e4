namespace Engage.Classifier.Calibration;

/// <summary>What a site's labeled comments must have before a model can be calibrated on them, with messages that say what to add.</summary>
internal static class CalibrationChecks
{
    private const string Parameter = "comments";

    public static void Usable(CommentClassifier model, IReadOnlyList<LabeledComment> comments)
    {
        for (int i = 0; i < comments.Count; i++)
        {
            Guard.ItemNotNull(comments[i], i, Parameter);
            Guard.ValidItem(comments[i].Comment is not null, i, Parameter, "has a null Comment");
            Guard.ValidItem(Enum.IsDefined(comments[i].Label), i, Parameter, $"has Label {(int)comments[i].Label}, which is not a CommentLabel");
            Guard.ValidItem(double.IsFinite(comments[i].Weight) && comments[i].Weight > 0, i, Parameter, $"has weight {comments[i].Weight}; weights must be positive and finite");
        }

        if (comments.Count < SiteCalibrator.MinimumComments)
        {
            throw new ArgumentException($"Calibration needs at least {SiteCalibrator.MinimumComments} labeled comments (a few hundred is better); got {comments.Count}.", Parameter);
        }

        if (!model.CanDetectLowRelevance && comments.Any(c => c.Label == CommentLabel.LowRelevance))
        {
            int first = comments.ToList().FindIndex(c => c.Label == CommentLabel.LowRelevance);
            int count = comments.Count(c => c.Label == CommentLabel.LowRelevance);
            throw new ArgumentException(
                $"{count} of the {comments.Count} comments are labeled LowRelevance (the first is comment {first + 1} in the order given), but this model only tells spam from genuine (it was trained without low-relevance examples): the comments were labeled for another model's label set. Relabel them spam or genuine, or calibrate a model that detects low relevance.",
                Parameter);
        }

        int spam = comments.Count(c => c.Label == CommentLabel.Spam);
        int genuine = comments.Count(c => c.Label == CommentLabel.Genuine);
        if (spam == 0 || genuine == 0)
        {
            throw new ArgumentException($"Calibration needs both spam and genuine comments; got {spam} spam and {genuine} genuine out of {comments.Count}.", Parameter);
        }
    }
}
