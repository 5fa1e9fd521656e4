namespace Engage.Classifier.Tools.Semantics;

/// <summary>
/// The relevance measure of issue 11: for each comment, how often its own post scores above each other
/// post of the corpus (ties count half), averaged over comments. 0.5 is chance, 1 is a perfect ranking.
/// </summary>
internal static class PostRanking
{
    /// <param name="scores">scores[c][p]: relevance of comment c to post p.</param>
    /// <param name="ownPost">The index of each comment's own post.</param>
    public static double Auc(double[][] scores, int[] ownPost)
    {
        double total = 0;
        for (int c = 0; c < scores.Length; c++)
        {
            double own = scores[c][ownPost[c]];
            double wins = 0;
            for (int p = 0; p < scores[c].Length; p++)
            {
                if (p == ownPost[c])
                {
                    continue;
                }

                double other = scores[c][p];
                wins += own > other ? 1 : own == other ? 0.5 : 0;
            }

            total += wins / (scores[c].Length - 1);
        }

        return total / scores.Length;
    }

    /// <summary>Cosine of every comment vector with every post vector.</summary>
    public static double[][] Cosines(float[][] comments, float[][] posts) =>
        comments.Select(c => posts.Select(p => (double)Engage.Classifier.Semantics.SemanticRelevance.Cosine(c, p)).ToArray()).ToArray();

    /// <summary>The element-wise mean of two score matrices, each weighted.</summary>
    public static double[][] Blend(double[][] a, double[][] b, double weightOfB) =>
        a.Select((row, c) => row.Select((value, p) => ((1 - weightOfB) * value) + (weightOfB * b[c][p])).ToArray()).ToArray();
}
