using System.Globalization;
using Engage.Classifier.Signals;
using Engage.Classifier.Signals.Families;

namespace Engage.Classifier.Tools.Semantics;

/// <summary>
/// Chooses the shape of <see cref="RelevanceBlend"/>: for each candidate way to combine the lexical relevance
/// and the cosine by meaning, the post-ranking AUC on the two corpora with posts and, on <see cref="RelevanceDevSet"/>,
/// the mean gap between the on-topic and the off-topic comment of each post and how many posts rank them right.
/// </summary>
internal static class RelevanceBlendExploration
{
    public static void Run(RelevanceCorpus[] corpora, LibraryRelevance[] library, TextWriter output)
    {
        LibraryRelevance dev = MeasureDevSet();
        var candidates = new List<(string Name, Func<double, float, double> Blend)>
        {
            ("linear, 70 % lexical + 30 % cosine (before)", LinearBefore),
            ("linear, 50 % lexical + 50 % cosine", (l, c) => Linear(l, c, 0.5, 0.5, 0)),
        };
        foreach (double floor in (double[])[0.1, 0.2])
        {
            candidates.Add(($"linear, 70 % lexical + 30 % cosine mapped from {floor}..1 to 0..1", (l, c) => Linear(l, c, 0.7, 0.3, floor)));
        }

        foreach (double lexical in (double[])[2, 2.5, 3])
        {
            foreach (double meaning in (double[])[1, 1.5, 2])
            {
                candidates.Add(($"sum, {lexical} × lexical + {meaning} × cosine, clamped to 0..1", (l, c) => c <= SemanticSignals.Unread ? Math.Min(1, lexical * l) : Math.Clamp((lexical * l) + (meaning * c), 0, 1)));
            }
        }

        foreach (double lexical in (double[])[2, 2.5, 3])
        {
            foreach (double steepness in (double[])[4, 6, 8])
            {
                foreach (double middle in (double[])[0.2, 0.3, 0.4])
                {
                    string shipped = lexical == RelevanceBlend.LexicalWeight && steepness == RelevanceBlend.Steepness && middle == RelevanceBlend.Midpoint ? " (**shipped**)" : "";
                    candidates.Add(($"logistic, {steepness} × ({lexical} × lexical + cosine - {middle})", (l, c) => 1 / (1 + Math.Exp(-steepness * ((lexical * l) + (c <= SemanticSignals.Unread ? 0 : c) - middle)))));
                    candidates.Add(($"logistic, {steepness} × ({lexical} × lexical + cosine - {middle}), rescaled so that 0 maps to 0{shipped}", (l, c) => RelevanceBlend.Of(l, c, lexical, steepness, middle)));
                }
            }
        }

        output.WriteLine("| blend | fox-news AUC | cardano AUC | dev set: mean gap | dev set: posts ranked right | dev set: AUC |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var (name, blend) in candidates)
        {
            double[] auc = library.Select((l, i) => PostRanking.Auc(l.Blend(blend), corpora[i].OwnPost)).ToArray();
            double[][] devScores = dev.Blend(blend);
            int cases = RelevanceDevSet.Cases.Length;
            double[] gaps = Enumerable.Range(0, cases).Select(i => devScores[2 * i][i] - devScores[(2 * i) + 1][i]).ToArray();
            int[] own = Enumerable.Range(0, 2 * cases).Select(c => c / 2).ToArray();
            double devAuc = PostRanking.Auc(devScores.Where((_, c) => c % 2 == 0).ToArray(), own.Where((_, c) => c % 2 == 0).ToArray());
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {auc[0]:F3} | {auc[1]:F3} | {gaps.Average():F3} | {gaps.Count(g => g > 0)} of {cases} | {devAuc:F3} |"));
        }

        int sharing = Enumerable.Range(0, RelevanceDevSet.Cases.Length).Count(i => dev.Lexical[2 * i][i] > 0);
        output.WriteLine();
        output.WriteLine($"Development set: {sharing} of {RelevanceDevSet.Cases.Length} on-topic comments share a word with their post (lexical relevance above 0); the set is written so that none does.");
    }

    private static LibraryRelevance MeasureDevSet()
    {
        Post[] posts = RelevanceDevSet.Cases.Select(c => new Post(c.Title, c.Text)).ToArray();
        Comment[] comments = RelevanceDevSet.Cases.SelectMany(c => (Comment[])[new Comment(c.OnTopic), new Comment(c.OffTopic)]).ToArray();
        return LibraryRelevance.Measure(comments, posts);
    }

    /// <summary><see cref="Verdict.Relevance"/> before the logistic blend: 70 % lexical, 30 % the cosine clamped to 0..1.</summary>
    public static double LinearBefore(double lexical, float cosine) => Linear(lexical, cosine, 0.7, 0.3, 0);

    private static double Meaning(float cosine, double floor) => Math.Clamp((cosine - floor) / (1 - floor), 0, 1);

    private static double Linear(double lexical, float cosine, double lexicalWeight, double meaningWeight, double floor) =>
        cosine <= SemanticSignals.Unread ? Math.Min(1, lexicalWeight * lexical) : Math.Min(1, (lexicalWeight * lexical) + (meaningWeight * Meaning(cosine, floor)));
}
