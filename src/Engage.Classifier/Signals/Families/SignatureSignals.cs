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

    protected override Reason? Describe(FeatureValues<Feature> values, CommentLabel label)
    {
        int found = values.Count(Feature.SignaturePhrases) + values.Count(Feature.SignatureSeparators);
        if (found > 0 && label == CommentLabel.Genuine)
        {
            // "signature-style promotion" is no reason to call a comment genuine ("my shop vac" reads as one such phrase).
            return null;
        }

        return found > 0
            ? ReasonText.Of("signature", $"signature-style promotion ({ReasonText.Plural(found, "phrase")} like \"visit my site\" or \"::\")", (ReasonText.Count, found))
            : ReasonText.Of("no_signature", "no signature link");
    }

    /// <summary>
    /// "my" + a signature noun ("my webpage"), a signature verb + "my" ("visit my"), "check out my", "surf to"; not a verb +
    /// "my" that points into the thread ("see my edit", <see cref="PayloadLexicon.PointsIntoThread"/>).
    /// </summary>
    internal static int Phrases(WordPass words)
    {
        // Every phrase has a signature noun ("webpage") or verb ("visit", "check", "surf"): most comments have neither.
        if (words.CountOf(WordClass.SignatureNoun) == 0 && words.CountOf(WordClass.SignatureVerb) == 0)
        {
            return 0;
        }

        ReadOnlySpan<ulong> hashes = words.Hashes;
        ReadOnlySpan<WordClass> classes = words.Classes;
        ulong my = My, check = Check, surf = Surf, to = To, @out = Out;
        ulong previous = 0, beforePrevious = 0;
        WordClass previousClass = WordClass.None;
        int phrases = 0;
        for (int i = 0; i < hashes.Length; i++)
        {
            ulong hash = hashes[i];
            WordClass wordClass = classes[i];
            if ((previous == my && (wordClass & WordClass.SignatureNoun) != 0)
                || (hash == my && ((previousClass & WordClass.SignatureVerb) != 0 || (previous == @out && beforePrevious == check)) && !PayloadLexicon.PointsIntoThread(words.Payload, i))
                || (hash == to && previous == surf))
            {
                phrases++;
            }

            (beforePrevious, previous, previousClass) = (previous, hash, wordClass);
        }

        return phrases;
    }

    /// <summary>Lines that start like a signature: "--" or an em dash (after any white space).</summary>
    private static int SeparatorLines(ReadOnlySpan<char> text)
    {
        // Jump from dash to dash instead of splitting lines: most comments have none.
        int separators = 0, from = 0;
        while (from < text.Length)
        {
            int found = text[from..].IndexOfAny('-', '\u2014');
            if (found < 0)
            {
                break;
            }

            int at = from + found;
            if (StartsItsLine(text, at) && (text[at] == '\u2014' || (at + 1 < text.Length && text[at + 1] == '-')))
            {
                separators++;
            }

            int lineEnd = text[at..].IndexOf('\n');
            from = lineEnd < 0 ? text.Length : at + lineEnd + 1;
        }

        return separators;
    }

    /// <summary>Whether only white space stands between the line's start and <paramref name="at"/>.</summary>
    private static bool StartsItsLine(ReadOnlySpan<char> text, int at)
    {
        int before = at - 1;
        while (before >= 0 && text[before] != '\n' && char.IsWhiteSpace(text[before]))
        {
            before--;
        }

        return before < 0 || text[before] == '\n';
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
