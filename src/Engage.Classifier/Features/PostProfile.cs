using System.Collections.Frozen;
using Engage.Classifier.Text;

namespace Engage.Classifier.Features;

/// <summary>
/// What relevance is measured against: the post's content-word stems with their counts, and its
/// word 4-grams (to notice a comment that copies a sentence of the post). Immutable once built.
/// </summary>
internal sealed class PostProfile
{
    private PostProfile(FrozenDictionary<ulong, int> stemCounts, FrozenSet<ulong> shingles, int totalStems)
    {
        StemCounts = stemCounts;
        Shingles = shingles;
        TotalStems = totalStems;
        double norm = 0;
        foreach (int count in stemCounts.Values)
        {
            double weight = 1 + Math.Log(count);
            norm += weight * weight;
        }

        Norm = Math.Sqrt(norm);
    }

    public FrozenDictionary<ulong, int> StemCounts { get; }

    public FrozenSet<ulong> Shingles { get; }

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

        return new PostProfile(stems.ToFrozenDictionary(), shingles.ToFrozenSet(), total);
    }

    public static ulong Shingle(ulong w1, ulong w2, ulong w3, ulong w4) =>
        WordHash.Combine(WordHash.Combine(WordHash.Combine(w1, w2), w3), w4);

    /// <summary>Words that carry topic: not function words, not numbers, at least three characters.</summary>
    public static bool IsContentWord(ReadOnlySpan<char> word, WordClass wordClass) =>
        word.Length >= 3 && !char.IsDigit(word[0]) && (wordClass & WordClass.Stopword) == 0;
}
