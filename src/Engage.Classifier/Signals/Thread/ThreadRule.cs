using Engage.Classifier.Signals.Families;
using Engage.Classifier.Verdicts;

namespace Engage.Classifier.Signals.Thread;

/// <summary>
/// What the thread context changes in a verdict (<see cref="CommentClassifier.ClassifyThread"/>), in one place. A
/// comment that nearly copies an earlier comment of its thread, or a sentence of the post, is at least Low relevance
/// (scraper bots fake relevance that way), with a first reason that names the source; only comments of at least
/// <see cref="MinimumWords"/> words count as copies (short replies repeat each other by nature). A Genuine comment that
/// answers an earlier comment (close in meaning, not a copy) says so; its label is not changed (turning Low relevance
/// into Genuine this way was wrong more often than right on the corpora: data/EVALUATION.md). These are stated rules,
/// not model features: no training corpus gives comments in thread order.
/// </summary>
internal static class ThreadRule
{
    /// <summary>Fewer words than this never make a copy: "what forced perversion?" repeats an earlier question, it does not copy it.</summary>
    public const int MinimumWords = 12;

    /// <summary>At least this share of a comment's distinct word 4-grams found in one earlier comment makes it a copy of it (a reply quoting half of a comment is not one).</summary>
    public const float CopiedShare = 0.8f;

    /// <summary>A cosine of static embeddings at or above this to an earlier comment makes a near copy (reordered words, a few changed).</summary>
    public const float NearCopySimilarity = 0.95f;

    /// <summary>At least this share of a comment's word 4-grams copied from the post makes it a copy of the post.</summary>
    public const float CopiedFromPostShare = 0.8f;

    /// <summary>A cosine at or above this to one sentence of the post makes a restatement of it.</summary>
    public const float RestatedPostSentence = 0.95f;

    /// <summary>A cosine at or above this to an earlier comment, without copying it, is an answer to it.</summary>
    public const float AnswerSimilarity = 0.6f;

    /// <summary>The verdict in the light of the thread: <paramref name="verdict"/> as the comment alone gave it, changed as the class remarks say.</summary>
    /// <param name="verdict">The verdict of the comment alone.</param>
    /// <param name="evidence">How it compares with the earlier comments.</param>
    /// <param name="features">Its whole feature vector.</param>
    /// <param name="includeReasons">Whether the verdict carries reasons.</param>
    public static Verdict Apply(Verdict verdict, ThreadEvidence evidence, ReadOnlySpan<float> features, bool includeReasons)
    {
        Reason? copy = CopyReason(evidence, features);
        if (copy is not null)
        {
            CommentLabel label = verdict.Label == CommentLabel.Genuine ? CommentLabel.LowRelevance : verdict.Label;
            return With(verdict, label, copy, includeReasons);
        }

        return verdict.Label == CommentLabel.Genuine && evidence.SimilarPosition > 0 && evidence.Similarity >= AnswerSimilarity
            ? With(verdict, verdict.Label, AnswersComment(evidence.SimilarId, evidence.SimilarPosition), includeReasons)
            : verdict;
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
        if (features[FeatureLayout.IndexOf(ShapeSignals.Feature.WordCount)] < MinimumWords)
        {
            return null;
        }

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

        return features[FeatureLayout.IndexOf(SemanticSignals.Feature.PostSentenceMeaning)] >= RestatedPostSentence
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
        return Verdict.Explained(label, verdict.SpamProbability, verdict.LowRelevanceProbability, verdict.Relevance, reasons, verdict.Payload);
    }
}
