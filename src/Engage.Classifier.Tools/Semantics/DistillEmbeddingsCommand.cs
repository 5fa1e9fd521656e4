using System.Security.Cryptography;
using Engage.Classifier.Semantics;

namespace Engage.Classifier.Tools.Semantics;

/// <summary>
/// Builds src/Engage.Classifier/Semantics/static-embeddings.bin: encoder outputs for every vocabulary
/// token → PCA → frequency weights → int8. The same package, corpora and settings give the same bytes.
/// </summary>
internal static class DistillEmbeddingsCommand
{
    public const string DefaultOutput = "src/Engage.Classifier/Semantics/static-embeddings.bin";
    public const string DefaultCache = "artifacts/semantics";

    public static void Run(Corpora corpora, string outputPath, string cacheFolder, TextWriter log)
    {
        DistillationInputs inputs = DistillationInputs.Load(corpora, cacheFolder, log);
        DistilledEmbeddings distilled = inputs.Distill(new DistillationSettings());
        StaticEmbeddingTable table = distilled.Quantize(distilled.Describe(inputs.Frequencies));
        using (var buffer = new MemoryStream())
        {
            StaticEmbeddingFormat.Write(buffer, table);
            File.WriteAllBytes(outputPath, buffer.ToArray());
        }

        byte[] written = File.ReadAllBytes(outputPath);
        log.WriteLine(table.Description);
        log.WriteLine($"wrote {outputPath}: {written.Length:N0} bytes, {table.Rows} rows × {table.Dimensions} dimensions, SHA-256 {Convert.ToHexString(SHA256.HashData(written))}");
    }
}
