using Engage.Classifier.Verdicts;
using Engage.Classifier.Words;

namespace Engage.Classifier.Signals.Families;

/// <summary>Signature-style promotion: "visit my site", "my webpage ::", "surf to", and "--" signature lines.</summary>
internal sealed class SignatureSignals : SignalFamily<SignatureSignals.Feature>
{
    private static readonly ulong My = WordHash.Of("my");
    private static readonly ulong Out = WordHash.Of("out");
    private static readonly ulong Check = WordHash.Of("check");
    private static readonly ulong To = WordHash.Of("to");
    private static readonly ulong Surf = WordHash.Of("surf");

    internal enum Feature
    {
        SignaturePhrases,
        SignatureSeparators,
    }

    protected override void Compute(in SignalInput input, FeatureSlots<Feature> values)
    {
        values[Feature.SignaturePhrases] = Phrases(input.Words);
        values[Feature.SignatureSeparators] = SeparatorLines(input.Text.Text) + DoubleColons(input.Text.Text);
    }

    protected override string Describe(FeatureValues<Feature> values, CommentLabel label)
    {
        int found = values.Count(Feature.SignaturePhrases) + values.Count(Feature.SignatureSeparators);
        return found > 0
            ? $"signature-style promotion ({ReasonText.Plural(found, "phrase")} like \"visit my site\" or \"::\")"
            : "no signature link";
    }

    /// <summary>"my" + a signature noun ("my webpage"), a signature verb + "my" ("visit my"), "check out my", "surf to".</summary>
    private static int Phrases(WordPass words)
    {
        ReadOnlySpan<ulong> hashes = words.Hashes;
        ReadOnlySpan<WordClass> classes = words.Classes;
        int phrases = 0;
        for (int i = 0; i < hashes.Length; i++)
        {
            ulong hash = hashes[i];
            ulong previous = i > 0 ? hashes[i - 1] : 0;
            ulong beforePrevious = i > 1 ? hashes[i - 2] : 0;
            WordClass previousClass = i > 0 ? classes[i - 1] : WordClass.None;
            if ((previous == My && (classes[i] & WordClass.SignatureNoun) != 0)
                || (hash == My && ((previousClass & WordClass.SignatureVerb) != 0 || (previous == Out && beforePrevious == Check)))
                || (hash == To && previous == Surf))
            {
                phrases++;
            }
        }

        return phrases;
    }

    /// <summary>Lines that start like a signature: "--" or an em dash.</summary>
    private static int SeparatorLines(ReadOnlySpan<char> text)
    {
        int separators = 0;
        foreach (Range range in text.Split('\n'))
        {
            ReadOnlySpan<char> line = text[range].TrimStart();
            if (line.StartsWith("--", StringComparison.Ordinal) || line.StartsWith("\u2014", StringComparison.Ordinal))
            {
                separators++;
            }
        }

        return separators;
    }

    /// <summary>Non-overlapping "::" (as in "My webpage :: keyword").</summary>
    private static int DoubleColons(ReadOnlySpan<char> text)
    {
        int count = 0;
        for (int i = text.IndexOf("::", StringComparison.Ordinal); i >= 0;)
        {
            count++;
            int next = text[(i + 2)..].IndexOf("::", StringComparison.Ordinal);
            i = next < 0 ? -1 : i + 2 + next;
        }

        return count;
    }
}
