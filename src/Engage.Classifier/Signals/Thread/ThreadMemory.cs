using System.Numerics.Tensors;
using Engage.Classifier.Semantics;

namespace Engage.Classifier.Signals.Thread;

/// <summary>
/// The earlier comments of one thread, as a later comment is compared with them: each one's name (its
/// <see cref="Comment.Id"/>, or its position), its distinct word 4-grams (indexed, so counting shared ones costs a
/// look-up per 4-gram of the new comment) and, when readable, its static embedding scaled to length 1. Holds the last
/// <see cref="Capacity"/> comments, so a long thread costs bounded memory and time per comment (about 200 dot
/// products of <see cref="TextEmbedder.Dimensions"/> values). Not thread-safe: one per thread being classified.
/// </summary>
internal sealed class ThreadMemory
{
    /// <summary>Earlier comments remembered per thread: copies in real threads sit near their source, and the cap bounds a comment's cost.</summary>
    public const int Capacity = 200;

    private readonly Queue<Earlier> _earlier = new();
    private readonly Dictionary<ulong, List<int>> _positionsByGram = [];
    private readonly Dictionary<int, int> _sharedByPosition = [];
    private readonly HashSet<ulong> _grams = [];
    private float[] _unit = [];
    private int _seen;

    /// <summary>Comments remembered now.</summary>
    public int Count => _earlier.Count;

    /// <summary>When this thread last classified a comment (a counter its owner sets), for evicting whole threads.</summary>
    public long LastUse { get; set; }

    /// <summary>Compares the comment in <paramref name="workspace"/> (featurized, its meaning run) with the earlier comments.</summary>
    public ThreadEvidence Compare(FeatureWorkspace workspace)
    {
        CollectGrams(workspace.Words.Hashes, _grams);
        _sharedByPosition.Clear();
        foreach (ulong gram in _grams)
        {
            if (_positionsByGram.TryGetValue(gram, out List<int>? positions))
            {
                foreach (int position in positions)
                {
                    _sharedByPosition[position] = _sharedByPosition.GetValueOrDefault(position) + 1;
                }
            }
        }

        int copiedPosition = 0, mostShared = 0;
        foreach (var (position, shared) in _sharedByPosition)
        {
            if (shared > mostShared || (shared == mostShared && position < copiedPosition))
            {
                (copiedPosition, mostShared) = (position, shared);
            }
        }

        Earlier? copied = copiedPosition == 0 ? null : _earlier.First(e => e.Position == copiedPosition);
        Earlier? similar = null;
        float similarity = 0;
        CommentMeaning meaning = workspace.Meaning;
        if (meaning.IsReadable && ToUnit(meaning.Vector))
        {
            foreach (Earlier earlier in _earlier)
            {
                if (earlier.Unit is not null)
                {
                    float cosine = TensorPrimitives.Dot(_unit, earlier.Unit);
                    if (cosine > similarity)
                    {
                        (similar, similarity) = (earlier, cosine);
                    }
                }
            }
        }

        float share = _grams.Count == 0 ? 0 : mostShared / (float)_grams.Count;
        return new ThreadEvidence(copied?.Name, copiedPosition, share, similar?.Name, similar?.Position ?? 0, Math.Min(similarity, 1f));
    }

    /// <summary>Remembers the comment just compared (<see cref="Compare"/> read its 4-grams and vector) for the ones after it.</summary>
    public void Add(string? id, FeatureWorkspace workspace)
    {
        if (_earlier.Count == Capacity)
        {
            Forget(_earlier.Dequeue());
        }

        int position = ++_seen;
        CollectGrams(workspace.Words.Hashes, _grams);
        ulong[] grams = [.. _grams];
        foreach (ulong gram in grams)
        {
            if (!_positionsByGram.TryGetValue(gram, out List<int>? positions))
            {
                positions = new List<int>(1);
                _positionsByGram[gram] = positions;
            }

            positions.Add(position);
        }

        CommentMeaning meaning = workspace.Meaning;
        float[]? unit = meaning.IsReadable && ToUnit(meaning.Vector) ? [.. _unit] : null;
        _earlier.Enqueue(new Earlier(id, position, grams, unit));
    }

    private void Forget(Earlier earlier)
    {
        foreach (ulong gram in earlier.Grams)
        {
            List<int> positions = _positionsByGram[gram];
            positions.Remove(earlier.Position);
            if (positions.Count == 0)
            {
                _positionsByGram.Remove(gram);
            }
        }
    }

    /// <summary>Writes <paramref name="vector"/> scaled to length 1 into the scratch buffer; <see langword="false"/> for a zero vector.</summary>
    private bool ToUnit(ReadOnlySpan<float> vector)
    {
        float norm = TensorPrimitives.Norm(vector);
        if (norm == 0)
        {
            return false;
        }

        if (_unit.Length != vector.Length)
        {
            _unit = new float[vector.Length];
        }

        TensorPrimitives.Divide(vector, norm, _unit);
        return true;
    }

    private static void CollectGrams(ReadOnlySpan<ulong> words, HashSet<ulong> grams)
    {
        grams.Clear();
        for (int i = PostProfile.ShingleLength - 1; i < words.Length; i++)
        {
            grams.Add(PostProfile.Shingle(words[i - 3], words[i - 2], words[i - 1], words[i]));
        }
    }

    /// <summary>An earlier comment.</summary>
    /// <param name="Name">Its <see cref="Comment.Id"/>, or <see langword="null"/>.</param>
    /// <param name="Position">Its 1-based position in the thread.</param>
    /// <param name="Grams">Its distinct word 4-grams.</param>
    /// <param name="Unit">Its static embedding scaled to length 1, or <see langword="null"/> when unreadable.</param>
    private sealed record Earlier(string? Name, int Position, ulong[] Grams, float[]? Unit);
}
