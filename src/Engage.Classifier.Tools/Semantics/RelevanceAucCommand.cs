using System.Globalization;
using Engage.Classifier.Semantics;
using Engage.Classifier.Signals;

namespace Engage.Classifier.Tools.Semantics;

/// <summary>
/// Reproduces the relevance table of issue 11: on fox-news-comments and cardano-stackexchange-comments,
/// rank each comment's own post against the other posts of its corpus (<see cref="PostRanking"/>) by word
/// TF-IDF cosine, by the shipped static table, by their mean, and (slow, optional) by the full encoder.
/// With <c>--explore</c> it also measures the distillation choices (token position, dimensions, weights,
/// title weight, quantization).
/// </summary>
internal sealed class RelevanceAucCommand(Corpora corpora, string cacheFolder, TextWriter log)
{
    public static readonly string[] CorpusNames = [Corpora.FoxNews, Corpora.Cardano];

    /// <summary>Share of the static cosine in the blend: the plain mean, as in the issue's prototype.</summary>
    public const double BlendWeight = 0.5;

    /// <summary>The share that measured best with the shipped table (tuned on these two corpora: a starting point for the wiring, not a held-out result).</summary>
    public const double RecommendedBlendWeight = 0.3;

    public void Run(StaticEmbeddingTable shipped, bool fullEncoder, bool explore, bool blends, TextWriter output)
    {
        var embedder = new TextEmbedder(shipped);
        RelevanceCorpus[] corpusData = CorpusNames.Select(name => RelevanceCorpus.Load(corpora, name, embedder.Tokenizer)).ToArray();
        foreach (RelevanceCorpus corpus in corpusData)
        {
            log.WriteLine($"{corpus.Name}: {corpus.Comments.Length} comments on {corpus.PostCount} posts");
        }

        double[][][] tfIdf = corpusData.Select(TfIdfCosine.Scores).ToArray();
        double[][][] shippedScores = corpusData.Select(c => ShippedScores(c, embedder)).ToArray();
        var rows = new List<(string Measure, double[] Auc)>
        {
            ("word TF-IDF cosine", Auc(corpusData, tfIdf)),
            ($"static table (shipped, {shipped.Dimensions} dimensions, int8)", Auc(corpusData, shippedScores)),
            ("mean of the two", Auc(corpusData, Blend(tfIdf, shippedScores))),
            ($"blend, {RecommendedBlendWeight:P0} static", Auc(corpusData, Blend(tfIdf, shippedScores, RecommendedBlendWeight))),
        };

        LibraryRelevance[] library = CorpusNames.Select(name => LibraryRelevance.Measure(corpora, name)).ToArray();
        rows.Add(("library lexical relevance (stem cosine; Verdict.Relevance before meaning)", Auc(corpusData, library.Select(l => l.Lexical).ToArray())));
        rows.Add(("library relevance by meaning (SemanticSignals.PostMeaning)", Auc(corpusData, library.Select(l => l.Semantic.Select(r => r.Select(v => (double)v).ToArray()).ToArray()).ToArray())));
        rows.Add(("Verdict.Relevance before: 70 % lexical + 30 % cosine", Auc(corpusData, library.Select(l => l.Blend(RelevanceBlendExploration.LinearBefore)).ToArray())));
        rows.Add(($"**Verdict.Relevance (shipped: logistic, {RelevanceBlend.Steepness} × ({RelevanceBlend.LexicalWeight} × lexical + cosine - {RelevanceBlend.Midpoint}), rescaled so that 0 maps to 0)**", Auc(corpusData, library.Select(l => l.Shipped()).ToArray())));
        DistillationInputs? inputs = null;
        if (fullEncoder || explore)
        {
            inputs = DistillationInputs.Load(corpora, cacheFolder, log);
        }

        if (fullEncoder)
        {
            DistilledEmbeddings distilled = inputs!.Distill(new DistillationSettings { Dimensions = shipped.Dimensions });
            var full = corpusData.Select(FullEncoderVectors).ToArray();
            double[][][] fullScores = corpusData.Select((c, i) => PostRanking.Cosines(full[i].Comments, full[i].Posts)).ToArray();
            double[][][] fullPostStaticComment = corpusData.Select((c, i) => PostRanking.Cosines(
                c.Comments.Select(text => embedder.Embed(text)).ToArray(),
                full[i].Posts.Select(p => distilled.Pca.Project(p, shipped.Dimensions)).ToArray())).ToArray();
            rows.Add(("full encoder, mean-pooled, comment and post", Auc(corpusData, fullScores)));
            rows.Add(("full encoder for the post (PCA-projected), static comment", Auc(corpusData, fullPostStaticComment)));
            rows.Add(("mean of that and word TF-IDF cosine", Auc(corpusData, Blend(tfIdf, fullPostStaticComment))));
        }

        output.WriteLine($"| relevance measure (post-ranking AUC, chance 0.5) | {string.Join(" | ", CorpusNames)} |");
        output.WriteLine($"|---|{string.Concat(CorpusNames.Select(_ => "---:|"))}");
        foreach (var (measure, auc) in rows)
        {
            output.WriteLine($"| {measure} | {string.Join(" | ", auc.Select(F3))} |");
        }

        if (blends)
        {
            output.WriteLine();
            RelevanceBlendExploration.Run(corpusData, library, output);
        }

        if (explore)
        {
            output.WriteLine();
            new DistillationExploration(inputs!, corpusData, tfIdf, log).Run(corpora, output);
        }
    }

    /// <summary>Static relevance exactly as the library serves it: <see cref="PostEmbedding"/> and <see cref="TextEmbedder"/>.</summary>
    private static double[][] ShippedScores(RelevanceCorpus corpus, TextEmbedder embedder)
    {
        float[][] comments = corpus.Comments.Select(text => embedder.Embed(text)).ToArray();
        PostEmbedding[] posts = corpus.Titles.Select((title, p) => PostEmbedding.Build(title, corpus.Texts[p], embedder)).ToArray();
        return comments.Select(c => posts.Select(p => (double)p.RelevanceOf(c)).ToArray()).ToArray();
    }

    public static double[] Auc(RelevanceCorpus[] corpusData, double[][][] scores) =>
        corpusData.Select((c, i) => PostRanking.Auc(scores[i], c.OwnPost)).ToArray();

    public static double[][][] Blend(double[][][] lexical, double[][][] semantic, double share = BlendWeight) =>
        lexical.Select((l, i) => PostRanking.Blend(l, semantic[i], share)).ToArray();

    public static string F3(double value) => value.ToString("F3", CultureInfo.InvariantCulture);

    /// <summary>Mean-pooled encoder vectors of a corpus's comments and posts (title, line break, text), cached under artifacts/.</summary>
    private (float[][] Comments, float[][] Posts) FullEncoderVectors(RelevanceCorpus corpus)
    {
        string path = Path.Combine(cacheFolder, $"minilm-mean-pooled-{corpus.Name}-{corpus.Comments.Length}-{corpus.PostCount}-{MiniLmPackage.ModelHash()}.bin");
        int count = corpus.Comments.Length + corpus.PostCount;
        if (File.Exists(path))
        {
            float[][] cached = FloatRowsFile.Read(path, count);
            return (cached[..corpus.Comments.Length], cached[corpus.Comments.Length..]);
        }

        log.WriteLine($"  {corpus.Name}: running the full encoder on {count} texts ...");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        int[][] postIds = corpus.TitleIds.Select((t, p) => (int[])[.. t, .. corpus.TextIds[p]]).ToArray();
        using var encoder = new MiniLmEncoder();
        float[][] vectors = encoder.EncodeMeanPooled([.. corpus.CommentIds, .. postIds]);
        log.WriteLine($"  done in {clock.Elapsed.TotalSeconds:F0} s ({clock.Elapsed.TotalMilliseconds / count:F1} ms a text)");
        FloatRowsFile.Write(path, vectors);
        return (vectors[..corpus.Comments.Length], vectors[corpus.Comments.Length..]);
    }
}
