using Engage.Classifier.Signals.Families;
using Engage.Classifier.Verdicts;

namespace Engage.Classifier.Signals.Thread;

/// <summary>
/// What the thread context changes in a verdict (<see cref="CommentClassifier.ClassifyThread"/>), in one place. A
/// comment that nearly copies an earlier comment of its thread, or a sentence of the post, is at least Low relevance
/// (scraper bots fake relevance that way), with a first reason that names the source. A Low relevance comment that
/// answers an earlier comment (close in meaning, not a copy) and is far from the spam cutoff is Genuine: it is
/// conversation, even when it has drifted from the post. These are stated rules, not model features: no training
/// corpus gives comments in thread order.
/// </summary>
internal static class ThreadRule
{
    /// <summary>At least this share of a comment's distinct word 4-grams found in one earlier comment makes it a copy of it.</summary>
    public const float CopiedShare = 0.5f;

    /// <summary>A cosine of static embeddings at or above this to an earlier comment makes a near copy (a paraphrase, reordered words).</summary>
    public const float NearCopySimilarity = 0.93f;

    /// <summary>At least this share of a comment's word 4-grams copied from the post makes it a copy of the post.</summary>
    public const float CopiedFromPostShare = 0.5f;

    /// <summary>A cosine at or above this to an earlier comment, without copying it, is an answer to it.</summary>
    public const float AnswerSimilarity = 0.6f;

    /// <summary>The verdict in the light of the thread: <paramref name="verdict"/> as the comment alone gave it, changed as the class remarks say.</summary>
    /// <param name="verdict">The verdict of the comment alone.</param>
    /// <param name="evidence">How it compares with the earlier comments.</param>
    /// <param name="features">Its whole feature vector.</param>
    /// <param name="spamThreshold">The classifier's spam threshold.</param>
    /// <param name="includeReasons">Whether the verdict carries reasons.</param>
    public static Verdict Apply(Verdict verdict, ThreadEvidence evidence, ReadOnlySpan<float> features, double spamThreshold, bool includeReasons)
    {
        Reason? copy = CopyReason(evidence, features);
        if (copy is not null)
        {
            CommentLabel label = verdict.Label == CommentLabel.Genuine ? CommentLabel.LowRelevance : verdict.Label;
            return With(verdict, label, copy, includeReasons);
        }

        if (evidence.SimilarPosition > 0 && evidence.Similarity >= AnswerSimilarity && verdict.Label != CommentLabel.Spam)
        {
            bool farFromSpam = verdict.SpamProbability < spamThreshold / 2;
            CommentLabel label = verdict.Label == CommentLabel.LowRelevance && farFromSpam ? CommentLabel.Genuine : verdict.Label;
            return label == CommentLabel.Genuine ? With(verdict, label, AnswersComment(evidence.SimilarId, evidence.SimilarPosition), includeReasons) : verdict;
        }

        return verdict;
    }

    /// <summary>The reason for a comment that nearly copies an earlier comment.</summary>
    public static Reason CopiesComment(string? id, int position) =>
        ReasonText.Of("copies_comment", $"nearly copies comment {Name(id, position)} earlier in the thread", (Position, position));

    /// <summary>The reason for a comment that answers an earlier comment.</summary>
    public static Reason AnswersComment(string? id, int position) =>
        ReasonText.Of("answers_comment", $"answers comment {Name(id, position)} earlier in the thread", (Position, position));

    /// <summary>Name of the value that holds the earlier comment's 1-based position in the thread.</summary>
    private const string Position = "position";

    private static Reason? CopyReason(ThreadEvidence evidence, ReadOnlySpan<float> features)
    {
        if (evidence.CopiedPosition > 0 && evidence.CopiedShare >= CopiedShare)
        {
            return CopiesComment(evidence.CopiedId, evidence.CopiedPosition);
        }

        if (evidence.SimilarPosition > 0 && evidence.Similarity >= NearCopySimilarity)
        {
            return CopiesComment(evidence.SimilarId, evidence.SimilarPosition);
        }

        if (features[FeatureLayout.IndexOf(RelevanceSignals.Feature.CopiedFromPostShare)] >= CopiedFromPostShare)
        {
            return RelevanceSignals.CopiesPost;
        }

        return features[FeatureLayout.IndexOf(SemanticSignals.Feature.PostSentenceMeaning)] >= SemanticSignals.Restated
            ? SemanticSignals.RestatesPost
            : null;
    }

    /// <summary>The caller's id, quoted and made safe to show, or "#3" for the third comment of the thread.</summary>
    private static string Name(string? id, int position) =>
        id is null ? $"#{position.ToString(System.Globalization.CultureInfo.InvariantCulture)}" : SafeText.Quote(id);

    private static Verdict With(Verdict verdict, CommentLabel label, Reason first, bool includeReasons)
    {
        // A changed label makes the old reasons explain a verdict that is no longer given: only the thread's reason stays.
        IReadOnlyList<Reason> reasons = !includeReasons ? []
            : label != verdict.Label ? [first]
            : [first, .. verdict.ReasonDetails.Where(r => r.Code != first.Code).Take(ReasonBuilder.MaxReasons - 1)];
        return Verdict.Explained(label, verdict.SpamProbability, verdict.LowRelevanceProbability, verdict.Relevance, reasons) with { Payload = verdict.Payload };
    }
}
