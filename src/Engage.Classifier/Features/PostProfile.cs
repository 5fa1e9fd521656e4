using Engage.Classifier.Text;

namespace Engage.Classifier.Features;

/// <summary>
/// What relevance is measured against: the post's content-word stems with their counts, and its
/// word 4-grams (to notice a comment that copies a sentence of the post). Immutable once built.
/// </summary>
internal sealed class PostProfile
{
    /// <summary>Background probability of a word in the smoothed post language model.</summary>
    public const double Background = 1.0 / 50_000;

    /// <summary>Dirichlet smoothing mass of the post language model.</summary>
    public const double Smoothing = 50;

    private readonly Dictionary<ulong, StemStatistics> _stems;

    private PostProfile(Dictionary<ulong, int> stemCounts, HashSet<ulong> shingles, int totalStems)
    {
        Shingles = shingles;
        TotalStems = totalStems;
        _stems = new Dictionary<ulong, StemStatistics>(stemCounts.Count);
        double norm = 0;
        foreach (var (stem, count) in stemCounts)
        {
            double weight = 1 + Math.Log(count);
            norm += weight * weight;
            _stems[stem] = new StemStatistics(count, weight, LogRatio(count));
        }

        Norm = Math.Sqrt(norm);
        UnseenLogRatio = LogRatio(0);
    }

    /// <summary>Word 4-grams of the post (plain <see cref="HashSet{T}"/>: a profile is built per post and used briefly).</summary>
    public HashSet<ulong> Shingles { get; }

    /// <summary>The language-model log ratio of a stem the post does not contain.</summary>
    public double UnseenLogRatio { get; }

    /// <summary>Looks up a stem's count, log weight and language-model log ratio.</summary>
    public bool TryGetStem(ulong stem, out StemStatistics statistics) => _stems.TryGetValue(stem, out statistics);

    public int TotalStems { get; }

    /// <summary>Euclidean norm of the post's log-weighted stem vector.</summary>
    public double Norm { get; }

    public bool IsEmpty => TotalStems == 0;

    public static PostProfile Build(string title, string text)
    {
        var normalized = new NormalizedText();
        var stems = new Dictionary<ulong, int>();
        var shingles = new HashSet<ulong>();
        int total = 0;

        // The title names the topic, so its words count twice.
        foreach (string part in (string[])[title, title, text])
        {
            if (part.Length == 0)
            {
                continue;
            }

            TextNormalizer.Normalize(part, normalized);
            var words = new WordTokenizer(normalized.Text);
            ulong w1 = 0, w2 = 0, w3 = 0;
            int position = 0;
            while (words.MoveNext())
            {
                ReadOnlySpan<char> word = words.Current;
                ulong hash = WordHash.Of(word);
                if (++position >= 4)
                {
                    shingles.Add(Shingle(w1, w2, w3, hash));
                }

                (w1, w2, w3) = (w2, w3, hash);
                if (IsContentWord(word, Lexicons.Classify(hash)))
                {
                    ulong stem = WordHash.Of(Stemmer.Stem(word));
                    stems[stem] = stems.GetValueOrDefault(stem) + 1;
                    total++;
                }
            }
        }

        return new PostProfile(stems, shingles, total);
    }

    /// <summary>log(p_post(stem) / p_background) with Dirichlet smoothing, after Mishne et al. 2005.</summary>
    private double LogRatio(int count) => Math.Log((count + (Smoothing * Background)) / (TotalStems + Smoothing) / Background);

    /// <summary>What relevance needs to know of one post stem, computed once per post.</summary>
    internal readonly record struct StemStatistics(int Count, double Weight, double LogRatio);

    public static ulong Shingle(ulong w1, ulong w2, ulong w3, ulong w4) =>
        WordHash.Combine(WordHash.Combine(WordHash.Combine(w1, w2), w3), w4);

    /// <summary>Words that carry topic: not function words, not numbers, at least three characters.</summary>
    public static bool IsContentWord(ReadOnlySpan<char> word, WordClass wordClass) =>
        word.Length >= 3 && !char.IsDigit(word[0]) && (wordClass & WordClass.Stopword) == 0;
}
