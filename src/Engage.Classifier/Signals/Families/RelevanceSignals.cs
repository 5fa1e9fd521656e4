using Engage.Classifier.Verdicts;
using Engage.Classifier.Words;

namespace Engage.Classifier.Signals.Families;

/// <summary>
/// Relevance to the post: log-weighted cosine of topic-word stems, the share of the comment's topic words found
/// in the post, a smoothed language-model log ratio (after Mishne et al. 2005), and the share of the comment's
/// word 4-grams copied from the post. Without a post every feature but <see cref="Feature.HasPost"/> is
/// <see cref="NoPost"/>.
/// </summary>
internal sealed class RelevanceSignals : SignalFamily<RelevanceSignals.Feature>
{
    /// <summary>Value of the relevance features when the post is unknown.</summary>
    public const float NoPost = -1f;

    /// <summary>At least this share of copied 4-grams makes a comment a copy of the post.</summary>
    private const float CopiedShare = 0.3f;

    /// <summary>
    /// At most this many words in common with the post is almost none, whatever the verdict: off topic for spam or filler,
    /// and no sign of talking about the post for a genuine comment ("great video" under a video shares one word).
    /// </summary>
    internal const int AlmostNoSharedWords = 1;

    /// <summary>The reason for a comment that copies sentences of the post (also given by the thread rule).</summary>
    public static Reason CopiesPost { get; } = ReasonText.Of("copies_post", "copies sentences of the post");

    internal enum Feature
    {
        HasPost,
        PostCosine,
        PostWordShare,
        PostLanguageModelRatio,
        CopiedFromPostShare,
        PostSharedWords,
    }

    /// <summary>The lexical relevance, 0 to 1, from the whole feature vector of a comment that has a post (<see cref="RelevanceBlend"/> blends it with meaning).</summary>
    public static double Relevance(ReadOnlySpan<float> features) => Math.Clamp(features[FeatureLayout.IndexOf(Feature.PostCosine)], 0, 1);

    protected override void Compute(in SignalInput input, FeatureSlots<Feature> values)
    {
        PostProfile? profile = input.Post;
        if (profile is null)
        {
            values[Feature.HasPost] = 0;
            values[Feature.PostCosine] = NoPost;
            values[Feature.PostWordShare] = NoPost;
            values[Feature.PostLanguageModelRatio] = NoPost;
            values[Feature.CopiedFromPostShare] = NoPost;
            values[Feature.PostSharedWords] = NoPost;
            return;
        }

        HashCounter stems = input.Scratch;
        stems.Clear();
        int topicTokens = 0, tokensInPost = 0;
        double logRatio = 0;
        WordPass words = input.Words;
        ReadOnlySpan<char> text = input.Text.Text;
        for (int i = 0; i < words.Count; i++)
        {
            if (!words.IsTopic(text, i))
            {
                continue;
            }

            ulong stem = WordHash.Of(Stemmer.Stem(words.Word(text, i)));
            stems.Add(stem);
            topicTokens++;
            if (profile.TryGetStem(stem, out PostProfile.StemStatistics inPost))
            {
                tokensInPost++;
                logRatio += inPost.LogRatio;
            }
            else
            {
                logRatio += profile.UnseenLogRatio;
            }
        }

        double dot = 0, norm = 0;
        int shared = 0;
        for (int i = 0; i < stems.Distinct; i++)
        {
            double weight = PostProfile.LogWeight(stems.CountAt(i));
            norm += weight * weight;
            if (profile.TryGetStem(stems.KeyAt(i), out PostProfile.StemStatistics inPost))
            {
                shared++;
                dot += weight * inPost.Weight;
            }
        }

        (int grams, int copied) = CopiedShingles(input.Words.Hashes, profile);
        values[Feature.HasPost] = profile.IsEmpty ? 0 : 1;
        values[Feature.PostCosine] = norm == 0 || profile.Norm == 0 ? 0 : (float)(dot / (Math.Sqrt(norm) * profile.Norm));
        values[Feature.PostWordShare] = topicTokens == 0 ? 0 : tokensInPost / (float)topicTokens;
        values[Feature.PostLanguageModelRatio] = topicTokens == 0 ? 0 : (float)(logRatio / topicTokens);
        values[Feature.CopiedFromPostShare] = grams == 0 ? 0 : copied / (float)grams;
        values[Feature.PostSharedWords] = shared;
    }

    protected override bool CanExplain(FeatureValues<Feature> values) => values[Feature.HasPost] > 0;

    protected override Reason? Describe(FeatureValues<Feature> values, CommentLabel label)
    {
        int shared = values.Count(Feature.PostSharedWords);
        if (label == CommentLabel.Genuine)
        {
            // With almost no word in common there is no honest way to say it talks about the post: nothing is said.
            return shared <= AlmostNoSharedWords
                ? null
                : ReasonText.Of("talks_about_post", $"talks about the post ({ReasonText.Plural(shared, "word")} in common)", (ReasonText.Count, shared));
        }

        if (values[Feature.CopiedFromPostShare] >= CopiedShare)
        {
            return CopiesPost;
        }

        return shared <= AlmostNoSharedWords
            ? ReasonText.Of("off_topic", "shares almost no words with the post")
            : ReasonText.Of("barely_about_post", $"barely about the post (only {ReasonText.Plural(shared, "word")} in common)", (ReasonText.Count, shared));
    }

    private static (int Grams, int Copied) CopiedShingles(ReadOnlySpan<ulong> words, PostProfile profile)
    {
        int grams = 0, copied = 0;
        for (int i = PostProfile.ShingleLength - 1; i < words.Length; i++)
        {
            grams++;
            if (profile.Shingles.Contains(PostProfile.Shingle(words[i - 3], words[i - 2], words[i - 1], words[i])))
            {
                copied++;
            }
        }

        return (grams, copied);
    }
}
