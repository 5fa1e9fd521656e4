using Microsoft.ML.OnnxRuntime;

namespace Engage.Classifier.Tools.Semantics;

/// <summary>
/// Runs all-MiniLM-L6-v2 with ONNX Runtime on the CPU (maintainer time only; the library never loads
/// ONNX). Single-token passes for distillation and mean-pooled sentence embeddings for comparison.
/// Not thread-safe: one encoder per command.
/// </summary>
internal sealed class MiniLmEncoder : IDisposable
{
    public const int ClsId = 101;
    public const int SepId = 102;

    private const int VocabularyBatch = 512;
    private const int SentenceBatch = 16;

    private readonly SessionOptions _options;
    private readonly InferenceSession _session;

    public MiniLmEncoder()
    {
        // Deterministic kernels; a fixed thread count keeps the work split the same on every run.
        _options = new SessionOptions
        {
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
            IntraOpNumThreads = Environment.ProcessorCount,
            InterOpNumThreads = 1,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
        };
        _options.AddSessionConfigEntry("session.use_deterministic_compute", "1");
        _session = new InferenceSession(MiniLmPackage.ModelBytes(), _options);
    }

    /// <summary>
    /// The encoder's output for every vocabulary entry <c>t</c> passed alone as <c>[CLS] t [SEP]</c>: at position 1
    /// (the token itself) and averaged over the three positions. Row i belongs to vocabulary id i.
    /// </summary>
    public (float[][] AtToken, float[][] Averaged) EncodeVocabulary(int vocabularySize, IProgress<int>? progress = null)
    {
        var atToken = new float[vocabularySize][];
        var averaged = new float[vocabularySize][];
        for (int start = 0; start < vocabularySize; start += VocabularyBatch)
        {
            int count = Math.Min(VocabularyBatch, vocabularySize - start);
            var ids = new long[count * 3];
            for (int i = 0; i < count; i++)
            {
                ids[(i * 3) + 0] = ClsId;
                ids[(i * 3) + 1] = start + i;
                ids[(i * 3) + 2] = SepId;
            }

            float[] hidden = Run(ids, Ones(ids.Length), count, 3);
            for (int i = 0; i < count; i++)
            {
                var token = new float[MiniLmPackage.HiddenSize];
                var mean = new float[MiniLmPackage.HiddenSize];
                for (int d = 0; d < token.Length; d++)
                {
                    int at = (i * 3 * MiniLmPackage.HiddenSize) + d;
                    token[d] = hidden[at + MiniLmPackage.HiddenSize];
                    mean[d] = (hidden[at] + hidden[at + MiniLmPackage.HiddenSize] + hidden[at + (2 * MiniLmPackage.HiddenSize)]) / 3f;
                }

                atToken[start + i] = token;
                averaged[start + i] = mean;
            }

            progress?.Report(start + count);
        }

        return (atToken, averaged);
    }

    /// <summary>
    /// Sentence embeddings as sentence-transformers computes them for this model: the mean of the last hidden
    /// states over the tokens of <c>[CLS] pieces [SEP]</c>, truncated to <see cref="MiniLmPackage.MaxSequenceLength"/>
    /// (not normalized; cosine does not need it).
    /// </summary>
    public float[][] EncodeMeanPooled(IReadOnlyList<int[]> pieces, IProgress<int>? progress = null)
    {
        var result = new float[pieces.Count][];

        // Batches of similar length waste little on padding.
        int[] order = Enumerable.Range(0, pieces.Count).OrderBy(i => pieces[i].Length).ThenBy(i => i).ToArray();
        for (int start = 0; start < order.Length; start += SentenceBatch)
        {
            int[] batch = order[start..Math.Min(order.Length, start + SentenceBatch)];
            int[][] sequences = batch.Select(i => Sequence(pieces[i])).ToArray();
            int length = sequences.Max(s => s.Length);
            var ids = new long[batch.Length * length];
            var mask = new long[batch.Length * length];
            for (int b = 0; b < batch.Length; b++)
            {
                for (int t = 0; t < sequences[b].Length; t++)
                {
                    ids[(b * length) + t] = sequences[b][t];
                    mask[(b * length) + t] = 1;
                }
            }

            float[] hidden = Run(ids, mask, batch.Length, length);
            for (int b = 0; b < batch.Length; b++)
            {
                var mean = new float[MiniLmPackage.HiddenSize];
                for (int t = 0; t < sequences[b].Length; t++)
                {
                    int at = ((b * length) + t) * MiniLmPackage.HiddenSize;
                    for (int d = 0; d < mean.Length; d++)
                    {
                        mean[d] += hidden[at + d];
                    }
                }

                for (int d = 0; d < mean.Length; d++)
                {
                    mean[d] /= sequences[b].Length;
                }

                result[batch[b]] = mean;
            }

            progress?.Report(Math.Min(order.Length, start + SentenceBatch));
        }

        return result;
    }

    public void Dispose()
    {
        _session.Dispose();
        _options.Dispose();
    }

    private static int[] Sequence(int[] pieces)
    {
        int kept = Math.Min(pieces.Length, MiniLmPackage.MaxSequenceLength - 2);
        return [ClsId, .. pieces.AsSpan(0, kept), SepId];
    }

    private static long[] Ones(int count)
    {
        var ones = new long[count];
        Array.Fill(ones, 1L);
        return ones;
    }

    /// <summary>Runs the model on a [batch, length] input and returns last_hidden_state flattened as [batch, length, 384].</summary>
    private float[] Run(long[] ids, long[] mask, int batch, int length)
    {
        long[] shape = [batch, length];
        using var inputIds = OrtValue.CreateTensorValueFromMemory(ids, shape);
        using var attention = OrtValue.CreateTensorValueFromMemory(mask, shape);
        using var tokenTypes = OrtValue.CreateTensorValueFromMemory(new long[ids.Length], shape);
        using var runOptions = new RunOptions();
        using IDisposableReadOnlyCollection<OrtValue> outputs = _session.Run(
            runOptions,
            ["input_ids", "attention_mask", "token_type_ids"],
            [inputIds, attention, tokenTypes],
            ["last_hidden_state"]);
        return outputs[0].GetTensorDataAsSpan<float>().ToArray();
    }
}
