using Engage.Classifier.Semantics;

namespace Engage.Classifier.Signals.Thread;

/// <summary>
/// The earlier comments of one thread, as a later comment is compared with them: each one's name (its
/// <see cref="Comment.Id"/>, or its position), its word 4-grams and, when readable, its static embedding. Holds the
/// last <see cref="Capacity"/> comments, so a long thread costs bounded memory and time per comment. One per thread
/// being classified; not thread-safe.
/// </summary>
internal sealed class ThreadMemory
{
    /// <summary>Earlier comments remembered: copies in real threads sit near their source, and a cap keeps a comment's cost bounded.</summary>
    public const int Capacity = 1_000;

    private readonly Queue<Earlier> _earlier = new();
    private int _seen;

    /// <summary>Compares the comment in <paramref name="workspace"/> (featurized, its meaning run) with the earlier comments.</summary>
    public ThreadEvidence Compare(FeatureWorkspace workspace)
    {
        HashSet<ulong> grams = Shingles(workspace.Words.Hashes);
        CommentMeaning meaning = workspace.Meaning;
        Earlier? copied = null, similar = null;
        float copiedShare = 0, similarity = 0;
        foreach (Earlier earlier in _earlier)
        {
            if (grams.Count > 0)
            {
                int shared = 0;
                foreach (ulong gram in grams)
                {
                    shared += earlier.Grams.Contains(gram) ? 1 : 0;
                }

                float share = shared / (float)grams.Count;
                if (share > copiedShare)
                {
                    (copied, copiedShare) = (earlier, share);
                }
            }

            if (meaning.IsReadable && earlier.Vector is not null)
            {
                float cosine = SemanticRelevance.Cosine(meaning.Vector, earlier.Vector);
                if (cosine > similarity)
                {
                    (similar, similarity) = (earlier, cosine);
                }
            }
        }

        return new ThreadEvidence(copied?.Name, copied?.Position ?? 0, copiedShare, similar?.Name, similar?.Position ?? 0, similarity);
    }

    /// <summary>Remembers the comment in <paramref name="workspace"/> as an earlier comment for the ones after it.</summary>
    public void Add(string? id, FeatureWorkspace workspace)
    {
        _seen++;
        if (_earlier.Count == Capacity)
        {
            _earlier.Dequeue();
        }

        CommentMeaning meaning = workspace.Meaning;
        _earlier.Enqueue(new Earlier(id, _seen, Shingles(workspace.Words.Hashes), meaning.IsReadable ? meaning.Vector.ToArray() : null));
    }

    private static HashSet<ulong> Shingles(ReadOnlySpan<ulong> words)
    {
        var grams = new HashSet<ulong>();
        for (int i = PostProfile.ShingleLength - 1; i < words.Length; i++)
        {
            grams.Add(PostProfile.Shingle(words[i - 3], words[i - 2], words[i - 1], words[i]));
        }

        return grams;
    }

    /// <summary>An earlier comment.</summary>
    /// <param name="Name">Its <see cref="Comment.Id"/>, or <see langword="null"/>.</param>
    /// <param name="Position">Its 1-based position in the thread.</param>
    /// <param name="Grams">Its distinct word 4-grams.</param>
    /// <param name="Vector">Its static embedding, or <see langword="null"/> when unreadable.</param>
    private sealed record Earlier(string? Name, int Position, HashSet<ulong> Grams, float[]? Vector);
}
