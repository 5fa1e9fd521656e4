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
            float[][] both = FloatRowsFile.Read(path, 2 * vocabulary.Length);
            return new TokenOutputs(vocabulary, both[..vocabulary.Length], both[vocabulary.Length..]);
        }

        log.WriteLine($"running {MiniLmPackage.PackageName} over {vocabulary.Length} tokens ([CLS] t [SEP]) ...");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        using var encoder = new MiniLmEncoder();
        var (atToken, averaged) = encoder.EncodeVocabulary(vocabulary.Length);
        log.WriteLine($"  done in {clock.Elapsed.TotalSeconds:F1} s on {Environment.ProcessorCount} cores");
        FloatRowsFile.Write(path, atToken.Concat(averaged));
        return new TokenOutputs(vocabulary, atToken, averaged);
    }
}
