using Engage.Classifier.Scoring;
using Engage.Classifier.Signals;
using Engage.Classifier.Signals.Families;
using Engage.Classifier.Signals.Thread;
using Engage.Classifier.Verdicts;

namespace Engage.Classifier;

// Classifying one comment, or the comments of a thread in order.
public sealed partial class CommentClassifier
{
    /// <summary>Classifies a comment given only its text, with its reasons.</summary>
    /// <param name="text">The comment text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public Verdict Classify(string text) => Classify(new Comment(text));

    /// <summary>Classifies one comment.</summary>
    /// <param name="comment">The comment, with its post and author fields when known.</param>
    /// <param name="includeReasons">Whether to explain the verdict (computed in the same pass as the scores, a fraction of their cost); the label and probabilities are the same either way.</param>
    /// <returns>The verdict. Empty or white-space text is <see cref="CommentLabel.LowRelevance"/> with the reason <c>empty</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="comment"/> is null.</exception>
    public Verdict Classify(Comment comment, bool includeReasons = true)
    {
        Guard.NotNull(comment);
        if (string.IsNullOrWhiteSpace(comment.Text))
        {
            return Empty(comment, includeReasons);
        }

        return Classify(comment, TreeInputOf(comment, FeatureWorkspace.Current), includeReasons);
    }

    /// <summary>
    /// Classifies the comments of one or more threads in thread order, each compared with the earlier comments of its
    /// own thread (same <see cref="Comment.ThreadId"/>; comments without one form one thread). A comment that nearly
    /// copies an earlier comment (80 % of its word 4-grams, or nearly the same meaning; at least 12 words) or a sentence of
    /// the post is at least <see cref="CommentLabel.LowRelevance"/>, and its first reason (<c>copies_comment</c>) names the
    /// earlier comment by its <see cref="Comment.Id"/> (or "#position"); a <see cref="CommentLabel.Genuine"/> comment that
    /// answers an earlier comment (close in meaning, not a copy) says so first (<c>answers_comment</c>). Otherwise the verdict is the one
    /// <see cref="Classify(Comment, bool)"/> gives. The last 200 comments of each thread are remembered, and at most
    /// 10,000 in all (the threads used least recently are forgotten first).
    /// </summary>
    /// <param name="comments">The comments in the order they were written (oldest first); enumerated once, lazily, on the calling thread.</param>
    /// <param name="includeReasons">Whether to explain each verdict (see the class remarks).</param>
    /// <param name="cancellationToken">Checked before each comment.</param>
    /// <returns>A lazy sequence of verdicts, one per comment, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="comments"/> is null.</exception>
    /// <exception cref="ArgumentException">While enumerating: an item is null; the message names its index (<c>comments[3]</c>).</exception>
    /// <exception cref="OperationCanceledException">While enumerating: <paramref name="cancellationToken"/> was cancelled.</exception>
    /// <example>
    /// <code>
    /// var post = new Post("Fixing slow Wi-Fi at home", postBody);
    /// Comment[] thread =
    /// [
    ///     new("Moving the router off the floor doubled my speed.") { Id = "c1", Post = post },
    ///     new("Moving the router off the floor doubled my speed!!") { Id = "c2", Post = post },
    /// ];
    /// foreach (Verdict verdict in classifier.ClassifyThread(thread))
    /// {
    ///     Console.WriteLine(verdict); // c2: LowRelevance, "nearly copies comment 'c1' earlier in the thread"
    /// }
    /// </code>
    /// </example>
    public IEnumerable<Verdict> ClassifyThread(IEnumerable<Comment> comments, bool includeReasons = true, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(comments);
        return Iterate();

        IEnumerable<Verdict> Iterate()
        {
            var threads = new ThreadMemories();
            long index = 0;
            foreach (Comment comment in comments)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Guard.ItemNotNull(comment, index++, nameof(comments));
                if (string.IsNullOrWhiteSpace(comment.Text))
                {
                    yield return Empty(comment, includeReasons);
                    continue;
                }

                yield return ClassifyInThread(comment, threads.For(comment.ThreadId), includeReasons);
            }
        }
    }

    private Verdict ClassifyInThread(Comment comment, ThreadMemory thread, bool includeReasons)
    {
        FeatureWorkspace workspace = FeatureWorkspace.Current;
        ReadOnlySpan<float> features = TreeInputOf(comment, workspace);
        if (!workspace.Meaning.HasRun)
        {
            // Without a post the featurizer skips the embedding; the thread compares meanings, so it is computed here.
            workspace.Meaning.Run(workspace.Links.Mask(workspace.Text.Text));
        }

        ThreadEvidence evidence = thread.Compare(workspace);
        thread.Add(comment.Id, workspace);
        Verdict alone = Classify(comment, features, includeReasons);
        return ThreadRule.Apply(alone, evidence, features, includeReasons);
    }

    private static Verdict Empty(Comment comment, bool includeReasons) =>
        Verdict.Explained(CommentLabel.LowRelevance, 0, 1, comment.TopicPost is null ? null : 0, includeReasons ? [ReasonBuilder.EmptyComment] : []);

    private Verdict Classify(Comment comment, ReadOnlySpan<float> features, bool includeReasons)
    {
        double spam, filler;
        var shares = new GroupShares(stackalloc double[FeatureLayout.Groups.Length], stackalloc double[FeatureLayout.Groups.Length]);
        if (includeReasons)
        {
            // The reasons come from the same pass over the trees as the scores.
            (spam, filler) = _scoring.Score(features, shares);
        }
        else
        {
            spam = _scoring.SpamProbability(features);
            filler = _scoring.FillerProbability(features);
        }

        CommentLabel label = VerdictRule.Decide(spam, filler, SpamThreshold, _manifest.LowRelevanceThreshold, CanDetectLowRelevance);
        double? relevance = comment.TopicPost is null ? null : RelevanceBlend.Of(features);
        IReadOnlyList<Reason> reasons = includeReasons ? ReasonBuilder.Explain(shares, features, ReasonFacts.Of(FeatureWorkspace.Current), label, spam, CanDetectLowRelevance ? filler : null, SpamThreshold) : [];
        return Verdict.Explained(label, spam, filler, relevance, reasons, PayloadSignals.KindsOf(features));
    }

    /// <summary>The trees' input for <paramref name="comment"/> as serving computes it: signals, then the text models' scores.</summary>
    internal ReadOnlySpan<float> TreeInputOf(Comment comment, FeatureWorkspace workspace)
    {
        CommentFeaturizer.Featurize(comment, workspace);
        (float spamText, float fillerText) = _scoring.Text.Score(workspace.Grams.Buckets);
        return TreeInput.Compose(workspace.Signals, spamText, fillerText, workspace.TreeInput);
    }
}
