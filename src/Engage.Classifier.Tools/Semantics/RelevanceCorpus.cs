using Engage.Classifier.Semantics;

namespace Engage.Classifier.Tools.Semantics;

/// <summary>
/// A public corpus with posts, ready for the post-ranking measure: every comment that has a post, the
/// corpus's posts, and the WordPiece ids of each (normalized as the featurizer normalizes).
/// </summary>
internal sealed class RelevanceCorpus
{
    private RelevanceCorpus(string name, string[] comments, int[] ownPost, string[] titles, string[] texts, WordPieceTokenizer tokenizer)
    {
        Name = name;
        Comments = comments;
        OwnPost = ownPost;
        Titles = titles;
        Texts = texts;
        CommentIds = comments.Select(c => tokenizer.Tokenize(c)).ToArray();
        TitleIds = titles.Select(t => tokenizer.Tokenize(t)).ToArray();
        TextIds = texts.Select(t => tokenizer.Tokenize(t)).ToArray();
    }

    public string Name { get; }

    /// <summary>Normalized comment texts.</summary>
    public string[] Comments { get; }

    /// <summary>Index of each comment's own post in <see cref="Titles"/> and <see cref="Texts"/>.</summary>
    public int[] OwnPost { get; }

    public string[] Titles { get; }

    public string[] Texts { get; }

    public int[][] CommentIds { get; }

    public int[][] TitleIds { get; }

    public int[][] TextIds { get; }

    public int PostCount => Titles.Length;

    public static RelevanceCorpus Load(Corpora corpora, string name, WordPieceTokenizer tokenizer)
    {
        LabeledComment[] rows = corpora.Shared(name);
        var postIndex = new Dictionary<Post, int>(ReferenceEqualityComparer.Instance);
        var comments = new List<string>();
        var own = new List<int>();
        foreach (LabeledComment row in rows)
        {
            if (row.Comment.Post is not { } post)
            {
                continue;
            }

            if (!postIndex.TryGetValue(post, out int index))
            {
                index = postIndex.Count;
                postIndex[post] = index;
            }

            comments.Add(SemanticText.Normalize(row.Comment.Text));
            own.Add(index);
        }

        Post[] posts = postIndex.OrderBy(p => p.Value).Select(p => p.Key).ToArray();
        return new RelevanceCorpus(
            name,
            [.. comments],
            [.. own],
            posts.Select(p => SemanticText.Normalize(p.Title)).ToArray(),
            posts.Select(p => SemanticText.Normalize(p.Text)).ToArray(),
            tokenizer);
    }
}
