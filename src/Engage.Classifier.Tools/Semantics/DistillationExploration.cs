using System.Globalization;
using Engage.Classifier.Semantics;

namespace Engage.Classifier.Tools.Semantics;

/// <summary>
/// Measures the choices behind the shipped table on the post-ranking AUC, each against the shipped
/// recipe in float: token position, dimensions, the a of the weights, where the counts come from,
/// how much the title counts, the blend share, and what int8 costs (cosine of quantized to float sums).
/// </summary>
internal sealed class DistillationExploration(DistillationInputs inputs, RelevanceCorpus[] corpusData, double[][][] tfIdf, TextWriter log)
{
    public void Run(Corpora corpora, TextWriter output)
    {
        var recipe = new DistillationSettings();
        output.WriteLine("| variant (float unless marked) | static: " + string.Join(" | static: ", corpusData.Select(c => c.Name)) + " | mean with TF-IDF: " + string.Join(" | mean with TF-IDF: ", corpusData.Select(c => c.Name)) + " |");
        output.WriteLine("|---|" + string.Concat(Enumerable.Repeat("---:|", corpusData.Length * 2)));
        DistilledEmbeddings shipped = inputs.Distill(recipe);
        Row(output, string.Create(CultureInfo.InvariantCulture, $"shipped recipe: position 1, PCA-{recipe.Dimensions}, a = {recipe.SmoothingA:G3}, {recipe.CommonComponents} common directions removed, title × {PostEmbedding.TitleWeight}"), shipped, PostEmbedding.TitleWeight);
        Row(output, "mean of the three positions", inputs.Distill(recipe with { Position = TokenPosition.Averaged }), PostEmbedding.TitleWeight);
        foreach (int dimensions in (int[])[64, 128, 192, 256, 384])
        {
            Row(output, $"PCA-{dimensions}", inputs.Distill(recipe with { Dimensions = dimensions }), PostEmbedding.TitleWeight);
        }

        foreach (double a in (double[])[3e-5, 3e-4, 1e-3])
        {
            Row(output, string.Create(CultureInfo.InvariantCulture, $"a = {a:G3}"), inputs.Distill(recipe with { SmoothingA = a }), PostEmbedding.TitleWeight);
        }

        foreach (int common in (int[])[0, 1, 4])
        {
            Row(output, $"{common} common directions removed", inputs.Distill(recipe with { CommonComponents = common }), PostEmbedding.TitleWeight);
        }

        Row(output, "no frequency weights (every token 1)", inputs.Distill(recipe, uniformWeights: true), PostEmbedding.TitleWeight);
        Row(output, "counts from genuine comments of data/, YouTube, ScamSpot only (117k tokens)", inputs.Distill(recipe, Counts(WeightCorpus.GenuineComments(corpora))), PostEmbedding.TitleWeight);
        Row(output, "counts also from the fox-news and cardano comments (in sample)", inputs.Distill(recipe, Counts(WeightCorpus.TextsWithEvaluationCorpora(corpora))), PostEmbedding.TitleWeight);
        foreach (int titleWeight in (int[])[1, 3])
        {
            Row(output, $"title × {titleWeight}", shipped, titleWeight);
        }

        StaticEmbeddingTable quantized = shipped.Quantize("exploration");
        var embedder = new TextEmbedder(quantized);
        double[][][] quantizedScores = corpusData.Select(c => Scores(c, c.Comments.Select(text => embedder.Embed(text)).ToArray(), shipped, PostEmbedding.TitleWeight)).ToArray();
        output.WriteLine($"| shipped recipe, int8 | {string.Join(" | ", RelevanceAucCommand.Auc(corpusData, quantizedScores).Select(RelevanceAucCommand.F3))} | {string.Join(" | ", RelevanceAucCommand.Auc(corpusData, RelevanceAucCommand.Blend(tfIdf, quantizedScores)).Select(RelevanceAucCommand.F3))} |");
        double[][][] floatScores = corpusData.Select(c => Scores(c, FloatSums(c, shipped), shipped, PostEmbedding.TitleWeight)).ToArray();
        foreach (double share in (double[])[0.2, 0.3, 0.4, 0.7])
        {
            double[][][] blended = RelevanceAucCommand.Blend(tfIdf, floatScores, share);
            output.WriteLine($"| blend with {share:P0} static (float) | | | {string.Join(" | ", RelevanceAucCommand.Auc(corpusData, blended).Select(RelevanceAucCommand.F3))} |");
        }

        output.WriteLine();
        foreach (RelevanceCorpus corpus in corpusData)
        {
            double[] cosines = corpus.CommentIds.Select((ids, c) => (double)SemanticRelevance.Cosine(embedder.Embed(corpus.Comments[c]), shipped.Sum(ids)))
                .Where((_, c) => corpus.CommentIds[c].Length > 0).Order().ToArray();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"int8 vs float, {corpus.Name} comments: cosine min {cosines[0]:F5}, 1st percentile {cosines[cosines.Length / 100]:F5}, median {cosines[cosines.Length / 2]:F5}"));
        }
    }

    private void Row(TextWriter output, string name, DistilledEmbeddings distilled, int titleWeight)
    {
        log.WriteLine($"  {name}");
        double[][][] scores = corpusData.Select(c => Scores(c, FloatSums(c, distilled), distilled, titleWeight)).ToArray();
        double[] alone = RelevanceAucCommand.Auc(corpusData, scores);
        double[] blended = RelevanceAucCommand.Auc(corpusData, RelevanceAucCommand.Blend(tfIdf, scores));
        output.WriteLine($"| {name} | {string.Join(" | ", alone.Select(RelevanceAucCommand.F3))} | {string.Join(" | ", blended.Select(RelevanceAucCommand.F3))} |");
    }

    private TokenFrequencies Counts(IEnumerable<string> texts) =>
        TokenFrequencies.Count(TokenFrequencies.Tokenize(texts, inputs.Tokenizer), inputs.Vocabulary.Length, "comparison");

    private static float[][] FloatSums(RelevanceCorpus corpus, DistilledEmbeddings distilled) => corpus.CommentIds.Select(ids => distilled.Sum(ids)).ToArray();

    /// <summary>Cosine scores of <paramref name="comments"/> with float post vectors (title × <paramref name="titleWeight"/> + text).</summary>
    private static double[][] Scores(RelevanceCorpus corpus, float[][] comments, DistilledEmbeddings distilled, int titleWeight)
    {
        float[][] posts = corpus.TitleIds.Select((title, p) =>
        {
            float[] titleSum = distilled.Sum(title);
            float[] textSum = distilled.Sum(corpus.TextIds[p]);
            return titleSum.Select((t, d) => (titleWeight * t) + textSum[d]).ToArray();
        }).ToArray();
        return PostRanking.Cosines(comments, posts);
    }
}
