using Engage.Classifier.Text;
using Engage.Classifier.Words;

namespace Engage.Classifier.Signals;

/// <summary>
/// What relevance is measured against, computed once per <see cref="Post"/> and cached in it: the stems of the
/// post's topic words (<see cref="TopicWords"/>) with their log weights and language-model ratios, and its word
/// 4-grams (to notice a comment that copies a sentence of the post). Immutable once built.
/// </summary>
internal sealed class PostProfile
{
    /// <summary>Background probability of a word in the smoothed post language model.</summary>
    public const double Background = 1.0 / 50_000;

    /// <summary>Dirichlet smoothing mass of the post language model.</summary>
    public const double Smoothing = 50;

    /// <summary>The title names the topic, so its words count this many times.</summary>
    private const int TitleWeight = 2;

    /// <summary>Words in a shingle (a copied phrase).</summary>
    public const int ShingleLength = 4;

    /// <summary><see cref="LogWeight"/> of the small counts almost every word has.</summary>
    private static readonly double[] SmallLogWeights = Enumerable.Range(0, 64).Select(c => c == 0 ? 0 : 1 + Math.Log(c)).ToArray();

    private readonly Dictionary<ulong, StemStatistics> _stems;

    private PostProfile(Dictionary<ulong, int> stemCounts, HashSet<ulong> shingles, int totalStems)
    {
        Shingles = shingles;
        TotalStems = totalStems;
        _stems = new Dictionary<ulong, StemStatistics>(stemCounts.Count);
        double norm = 0;
        foreach (var (stem, count) in stemCounts)
        {
            double weight = LogWeight(count);
            norm += weight * weight;
            _stems[stem] = new StemStatistics(weight, LogRatio(count));
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

        foreach (string part in Enumerable.Repeat(title, TitleWeight).Append(text))
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
                ulong hash = words.Hash;
                if (++position >= ShingleLength)
                {
                    shingles.Add(Shingle(w1, w2, w3, hash));
                }

                (w1, w2, w3) = (w2, w3, hash);
                if (TopicWords.Is(word, Lexicons.Classify(hash)))
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

    /// <summary>The log weight 1 + ln(count) of a word seen <paramref name="count"/> times (0 for none).</summary>
    public static double LogWeight(int count) => count < SmallLogWeights.Length ? SmallLogWeights[count] : 1 + Math.Log(count);

    /// <summary>What relevance needs to know of one post stem, computed once per post.</summary>
    /// <param name="Weight">The stem's <see cref="LogWeight"/> in the post.</param>
    /// <param name="LogRatio">Its smoothed language-model log ratio.</param>
    internal readonly record struct StemStatistics(double Weight, double LogRatio);

    public static ulong Shingle(ulong w1, ulong w2, ulong w3, ulong w4) =>
        WordHash.Combine(WordHash.Combine(WordHash.Combine(w1, w2), w3), w4);
}
