namespace Engage.Classifier.TextModel;

/// <summary>
/// The two logistic-regression text models (spam vs. rest, filler vs. genuine) over hashed n-grams,
/// with their weights interleaved so one memory access serves both. The text vector is defined by
/// <see cref="TextVector"/>, so a score is the sum of the occurrences' weights times its scale. Training scores
/// its out-of-fold rows with this same type, so training and serving cannot drift apart.
/// </summary>
internal sealed class LinearTextModel
{
    private readonly float[] _weights;

    public LinearTextModel(float[] spamWeights, float spamBias, float[]? fillerWeights, float fillerBias)
    {
        if (spamWeights.Length != HashedGrams.Dimension || (fillerWeights is not null && fillerWeights.Length != HashedGrams.Dimension))
        {
            throw new ArgumentException("Text model weights do not match the hashed feature dimension.");
        }

        _weights = new float[2 * HashedGrams.Dimension];
        for (int i = 0; i < spamWeights.Length; i++)
        {
            _weights[2 * i] = spamWeights[i];
            _weights[(2 * i) + 1] = fillerWeights?[i] ?? 0f;
        }

        SpamBias = spamBias;
        FillerBias = fillerBias;
        HasFiller = fillerWeights is not null;
    }

    public float SpamBias { get; }

    public float FillerBias { get; }

    public bool HasFiller { get; }

    public float SpamWeight(int index) => _weights[2 * index];

    public float FillerWeight(int index) => _weights[(2 * index) + 1];

    /// <summary>Both models' scores (log-odds) of the comment whose hashed n-gram occurrences are <paramref name="indices"/>.</summary>
    public (float Spam, float Filler) Score(ReadOnlySpan<int> indices)
    {
        if (indices.IsEmpty)
        {
            return (SpamBias, FillerBias);
        }

        // Summed in double, in occurrence order, and scaled once: the order of a float sum would otherwise show in the last digits.
        double spam = 0, filler = 0;
        float[] weights = _weights;
        foreach (int index in indices)
        {
            spam += weights[2 * index];
            filler += weights[(2 * index) + 1];
        }

        double scale = TextVector.Scale(indices.Length);
        return ((float)((spam * scale) + SpamBias), (float)((filler * scale) + FillerBias));
    }
}
