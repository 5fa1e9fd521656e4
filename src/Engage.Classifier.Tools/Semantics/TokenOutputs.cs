using System.Runtime.InteropServices;

namespace Engage.Classifier.Tools.Semantics;

/// <summary>
/// The encoder's outputs for every vocabulary entry alone (see <see cref="MiniLmEncoder.EncodeVocabulary"/>),
/// cached under artifacts/ (git-ignored) by model hash: the pass takes about a minute on two cores and the
/// commands that measure variants need it again and again.
/// </summary>
internal sealed record TokenOutputs(string[] Vocabulary, float[][] AtToken, float[][] Averaged)
{
    public static TokenOutputs Load(string cacheFolder, TextWriter log)
    {
        string[] vocabulary = MiniLmPackage.Vocabulary();
        string path = Path.Combine(cacheFolder, $"minilm-token-outputs-{MiniLmPackage.ModelHash()}.bin");
        if (File.Exists(path))
        {
            log.WriteLine($"encoder outputs for {vocabulary.Length} tokens: cached in {path}");
            using var reader = new BinaryReader(File.OpenRead(path));
            return new TokenOutputs(vocabulary, ReadRows(reader, vocabulary.Length), ReadRows(reader, vocabulary.Length));
        }

        log.WriteLine($"running {MiniLmPackage.PackageName} over {vocabulary.Length} tokens ([CLS] t [SEP]) ...");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        using var encoder = new MiniLmEncoder();
        var (atToken, averaged) = encoder.EncodeVocabulary(vocabulary.Length);
        log.WriteLine($"  done in {clock.Elapsed.TotalSeconds:F1} s on {Environment.ProcessorCount} cores");
        Directory.CreateDirectory(cacheFolder);
        using (var writer = new BinaryWriter(File.Create(path)))
        {
            WriteRows(writer, atToken);
            WriteRows(writer, averaged);
        }

        return new TokenOutputs(vocabulary, atToken, averaged);
    }

    private static float[][] ReadRows(BinaryReader reader, int count)
    {
        var rows = new float[count][];
        for (int i = 0; i < count; i++)
        {
            rows[i] = new float[MiniLmPackage.HiddenSize];
            reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(rows[i].AsSpan()));
        }

        return rows;
    }

    private static void WriteRows(BinaryWriter writer, float[][] rows)
    {
        foreach (float[] row in rows)
        {
            writer.Write(MemoryMarshal.AsBytes(row.AsSpan()));
        }
    }
}
