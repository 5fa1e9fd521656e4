using Engage.Classifier.Semantics;

namespace Engage.Classifier.Tools.Semantics;

/// <summary>
/// What every distillation starts from: the encoder's outputs for each vocabulary token, the run-time
/// tokenizer over the same vocabulary, the token counts of the weight corpus, and one PCA per token position.
/// </summary>
internal sealed class DistillationInputs
{
    private readonly Dictionary<TokenPosition, PrincipalComponents> _pca = [];

    private DistillationInputs(TokenOutputs outputs, WordPieceTokenizer tokenizer, int[][] weightCorpus, TokenFrequencies frequencies)
    {
        Outputs = outputs;
        Tokenizer = tokenizer;
        WeightCorpusIds = weightCorpus;
        Frequencies = frequencies;
    }

    public TokenOutputs Outputs { get; }

    public WordPieceTokenizer Tokenizer { get; }

    /// <summary>Counts on <see cref="WeightCorpus"/>: what the shipped weights are made of.</summary>
    public TokenFrequencies Frequencies { get; }

    /// <summary>The weight corpus, tokenized.</summary>
    public int[][] WeightCorpusIds { get; }

    public string[] Vocabulary => Outputs.Vocabulary;

    public static DistillationInputs Load(Corpora corpora, string cacheFolder, TextWriter log)
    {
        TokenOutputs outputs = TokenOutputs.Load(cacheFolder, log);
        WordPieceTokenizer tokenizer = WordPieceTokenizer.Create(string.Join("\n", outputs.Vocabulary));
        int[][] weightCorpus = TokenFrequencies.Tokenize(WeightCorpus.Texts(corpora), tokenizer);
        TokenFrequencies frequencies = TokenFrequencies.Count(weightCorpus, outputs.Vocabulary.Length, WeightCorpus.Description);
        log.WriteLine($"token counts: {frequencies.Total} tokens in {frequencies.Texts} texts ({WeightCorpus.Description})");
        return new DistillationInputs(outputs, tokenizer, weightCorpus, frequencies);
    }

    public PrincipalComponents Pca(TokenPosition position)
    {
        if (!_pca.TryGetValue(position, out PrincipalComponents? pca))
        {
            pca = PrincipalComponents.Fit(position == TokenPosition.Token ? Outputs.AtToken : Outputs.Averaged);
            _pca[position] = pca;
        }

        return pca;
    }

    /// <summary>Distills with <paramref name="settings"/>, weights from <paramref name="frequencies"/> (default: <see cref="Frequencies"/>); <paramref name="uniformWeights"/> gives every non-special token weight 1.</summary>
    public DistilledEmbeddings Distill(DistillationSettings settings, TokenFrequencies? frequencies = null, bool uniformWeights = false)
    {
        float[] weights = uniformWeights
            ? Vocabulary.Select(t => TokenFrequencies.IsSpecial(t) ? 0f : 1f).ToArray()
            : (frequencies ?? Frequencies).SmoothInverseWeights(settings.SmoothingA, Vocabulary);
        return DistilledEmbeddings.Distill(Outputs, Pca(settings.Position), weights, settings, WeightCorpusIds);
    }
}
