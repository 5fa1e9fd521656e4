using System.Text.RegularExpressions;

namespace Engage.Classifier.Tools.Semantics;

/// <summary>
/// The word-overlap baseline: cosine of sublinear TF-IDF vectors (1 + log tf) × log((N + 1) / (df + 1)) + 1,
/// words being lower-cased runs of letters and digits, document frequencies counted over the corpus's
/// posts and comments together.
/// </summary>
internal static partial class TfIdfCosine
{
    public static double[][] Scores(RelevanceCorpus corpus)
    {
        string[] posts = corpus.Titles.Select((t, i) => t + "\n" + corpus.Texts[i]).ToArray();
        Dictionary<string, int>[] commentCounts = corpus.Comments.Select(Count).ToArray();
        Dictionary<string, int>[] postCounts = posts.Select(Count).ToArray();
        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var counts in commentCounts.Concat(postCounts))
        {
            foreach (string word in counts.Keys)
            {
                documentFrequency[word] = documentFrequency.GetValueOrDefault(word) + 1;
            }
        }

        int documents = commentCounts.Length + postCounts.Length;
        Dictionary<string, double>[] commentVectors = commentCounts.Select(Vector).ToArray();
        Dictionary<string, double>[] postVectors = postCounts.Select(Vector).ToArray();
        return commentVectors.Select(c => postVectors.Select(p => Dot(c, p)).ToArray()).ToArray();

        Dictionary<string, double> Vector(Dictionary<string, int> counts)
        {
            var vector = counts.ToDictionary(
                w => w.Key,
                w => (1 + Math.Log(w.Value)) * (Math.Log((documents + 1.0) / (documentFrequency[w.Key] + 1)) + 1),
                StringComparer.Ordinal);
            double norm = Math.Sqrt(vector.Values.Sum(v => v * v));
            foreach (string word in vector.Keys)
            {
                vector[word] /= norm;
            }

            return vector;
        }
    }

    private static Dictionary<string, int> Count(string text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (Match word in Word().Matches(text.ToLowerInvariant()))
        {
            counts[word.Value] = counts.GetValueOrDefault(word.Value) + 1;
        }

        return counts;
    }

    private static double Dot(Dictionary<string, double> a, Dictionary<string, double> b)
    {
        if (a.Count > b.Count)
        {
            (a, b) = (b, a);
        }

        double sum = 0;
        foreach (var (word, value) in a)
        {
            if (b.TryGetValue(word, out double other))
            {
                sum += value * other;
            }
        }

        return sum;
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
