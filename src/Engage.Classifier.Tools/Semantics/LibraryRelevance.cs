using Engage.Classifier.Signals;
using Engage.Classifier.Signals.Families;

namespace Engage.Classifier.Tools.Semantics;

/// <summary>
/// The library's own relevance measures on a relevance corpus, computed by the featurizer exactly as serving does:
/// for every comment and every post of the corpus, the lexical relevance (<see cref="RelevanceSignals"/>) and the
/// cosine by meaning (<see cref="SemanticSignals"/>, <see cref="SemanticSignals.Unread"/> when unreadable). Comments
/// and posts in the order <see cref="RelevanceCorpus.Load"/> takes them.
/// </summary>
internal sealed class LibraryRelevance
{
    private LibraryRelevance(double[][] lexical, float[][] semantic)
    {
        Lexical = lexical;
        Semantic = semantic;
    }

    /// <summary>Lexical[c][p]: the lexical relevance of comment c to post p.</summary>
    public double[][] Lexical { get; }

    /// <summary>Semantic[c][p]: the cosine by meaning of comment c to post p, or <see cref="SemanticSignals.Unread"/>.</summary>
    public float[][] Semantic { get; }

    /// <summary><see cref="Verdict.Relevance"/> as shipped (<see cref="RelevanceBlend"/>), for every comment and post.</summary>
    public double[][] Shipped() => Blend((lexical, cosine) => RelevanceBlend.Of(lexical, cosine));

    public static LibraryRelevance Measure(Corpora corpora, string name)
    {
        Comment[] comments = corpora.Shared(name).Select(r => r.Comment).Where(c => c.Post is not null).ToArray();
        var order = new Dictionary<Post, int>(ReferenceEqualityComparer.Instance);
        foreach (Comment comment in comments)
        {
            order.TryAdd(comment.Post!, order.Count);
        }

        return Measure(comments, order.OrderBy(p => p.Value).Select(p => p.Key).ToArray());
    }

    /// <summary>The measures of every comment against every post (each comment's own post is ignored).</summary>
    public static LibraryRelevance Measure(Comment[] comments, Post[] posts)
    {
        var lexical = new double[comments.Length][];
        var semantic = new float[comments.Length][];
        Parallel.For(0, comments.Length, c =>
        {
            FeatureWorkspace workspace = FeatureWorkspace.Current;
            lexical[c] = new double[posts.Length];
            semantic[c] = new float[posts.Length];
            for (int p = 0; p < posts.Length; p++)
            {
                CommentFeaturizer.Featurize(comments[c] with { Post = posts[p] }, workspace);
                lexical[c][p] = RelevanceSignals.Relevance(workspace.Signals);
                semantic[c][p] = SemanticSignals.PostMeaningOf(workspace.Signals);
            }
        });
        return new LibraryRelevance(lexical, semantic);
    }

    /// <summary>Any blend of the two measures (lexical, cosine or <see cref="SemanticSignals.Unread"/>), for every comment and post.</summary>
    public double[][] Blend(Func<double, float, double> blend) =>
        Lexical.Select((row, c) => row.Select((lexical, p) => blend(lexical, Semantic[c][p])).ToArray()).ToArray();
}
