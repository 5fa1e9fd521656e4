using Engage.Classifier.Semantics;
using Engage.Classifier.Verdicts;

namespace Engage.Classifier.Signals.Families;

/// <summary>
/// Relevance to the post by meaning, not shared words: the cosine of the comment's static embedding
/// (<see cref="TextEmbedder"/>) with the post's title and text, with the title alone, and with the nearest sentence of
/// the post (a restated sentence). Every feature is <see cref="Unread"/> without a post, or when the comment's or the
/// post's vector is too weak to compare (<see cref="SemanticReading"/>): a non-English comment is unread, not off-topic.
/// </summary>
internal sealed class SemanticSignals : SignalFamily<SemanticSignals.Feature>
{
    /// <summary>Value of every feature when there is nothing to compare (below any cosine).</summary>
    public const float Unread = -2f;

    /// <summary>A cosine to the post's title and text at or above this reads as about the post (English comments on their own post sit around 0.4 to 0.7).</summary>
    public const float AboutPost = 0.45f;

    /// <summary>A cosine below this reads as about something else (unrelated English text sits around 0.1 to 0.3).</summary>
    public const float SomethingElse = 0.25f;

    /// <summary>A cosine to one sentence of the post at or above this is a restatement of it.</summary>
    public const float Restated = 0.92f;

    /// <summary>The reason for a comment that restates a sentence of the post (also given by the thread rule).</summary>
    public static Reason RestatesPost { get; } = ReasonText.Of("restates_post", "restates a sentence of the post");

    internal enum Feature
    {
        PostMeaning,
        TitleMeaning,
        PostSentenceMeaning,
    }

    /// <summary>The comment's cosine to the post's title and text from the whole feature vector, or <see cref="Unread"/>.</summary>
    public static float PostMeaningOf(ReadOnlySpan<float> features) => features[FeatureLayout.IndexOf(Feature.PostMeaning)];

    protected override void Compute(in SignalInput input, FeatureSlots<Feature> values)
    {
        PostEmbedding? post = input.PostMeaning;
        if (post is null || !input.Meaning.IsReadable || !post.IsReadable)
        {
            values[Feature.PostMeaning] = Unread;
            values[Feature.TitleMeaning] = Unread;
            values[Feature.PostSentenceMeaning] = Unread;
            return;
        }

        ReadOnlySpan<float> comment = input.Meaning.Vector;
        float norm = input.Meaning.Norm;
        values[Feature.PostMeaning] = post.RelevanceOf(comment, norm);
        values[Feature.TitleMeaning] = post.TitleRelevanceOf(comment, norm);
        values[Feature.PostSentenceMeaning] = post.NearestSentenceOf(comment, norm);
    }

    protected override bool CanExplain(FeatureValues<Feature> values) => values[Feature.PostMeaning] > Unread;

    protected override Reason? Describe(FeatureValues<Feature> values, CommentLabel label)
    {
        float meaning = values[Feature.PostMeaning];
        int percent = ReasonText.PercentOf(Math.Max(0, meaning));
        if (label == CommentLabel.Genuine)
        {
            return meaning >= AboutPost
                ? ReasonText.Of("about_post_meaning", $"about what the post is about ({ReasonText.Percent(percent)} alike in meaning)", (ReasonText.PercentValue, percent))
                : null;
        }

        if (values[Feature.PostSentenceMeaning] >= Restated)
        {
            return RestatesPost;
        }

        return meaning < SomethingElse
            ? ReasonText.Of("about_something_else", $"about something else than the post ({ReasonText.Percent(percent)} alike in meaning)", (ReasonText.PercentValue, percent))
            : null;
    }
}
