using Engage.Classifier.Verdicts;
using Engage.Classifier.Words;

namespace Engage.Classifier.Signals.Families;

/// <summary>Text laid out as a keyword list ("cheap oakley sunglasses" on a line of its own) and shopping words.</summary>
internal sealed class ListShapeSignals : SignalFamily<ListShapeSignals.Feature>
{
    /// <summary>A keyword line has at most this many words...</summary>
    private const int MaxKeywordLineWords = 8;

    /// <summary>...and at most this many function words.</summary>
    private const int MaxKeywordLineStopwords = 1;

    /// <summary>A spam verdict's layout is worth naming from this many lines.</summary>
    private const int ShortLinesWorthSaying = 3;

    internal enum Feature
    {
        LineCount,
        KeywordLines,
        KeywordLineShare,
        CommercialWords,
        CommercialWordShare,
    }

    protected override void Compute(in SignalInput input, FeatureSlots<Feature> values)
    {
        ReadOnlySpan<char> text = input.Text.Text;
        WordPass words = input.Words;
        ReadOnlySpan<int> starts = words.Starts;
        ReadOnlySpan<WordClass> classes = words.Classes;
        ReadOnlySpan<ulong> hashes = words.Hashes;
        int lines = 0, keywordLines = 0, word = 0;
        foreach (Range range in text.Split('\n'))
        {
            // The words of this line: tokens never cross a line break, so they are the next ones of the pass.
            int lineEnd = range.End.GetOffset(text.Length);
            int firstWord = word;
            while (word < starts.Length && starts[word] < lineEnd)
            {
                word++;
            }

            ReadOnlySpan<char> line = text[range].Trim();
            if (line.IsEmpty)
            {
                continue;
            }

            lines++;
            if (IsKeywordLine(line, classes[firstWord..word], hashes[firstWord..word]))
            {
                keywordLines++;
            }
        }

        int commercial = words.CountOf(WordClass.Commercial);
        values[Feature.LineCount] = lines;
        values[Feature.KeywordLines] = keywordLines;
        values[Feature.KeywordLineShare] = lines == 0 ? 0 : keywordLines / (float)lines;
        values[Feature.CommercialWords] = commercial;
        values[Feature.CommercialWordShare] = words.Count == 0 ? 0 : commercial / (float)words.Count;
    }

    protected override Reason? Describe(FeatureValues<Feature> values, CommentLabel label)
    {
        int lines = values.Count(Feature.KeywordLines);
        if (label == CommentLabel.Genuine)
        {
            // Toward genuine this group can only mean the absence of keyword lines; a shopping word it counted is no
            // reason to call a comment genuine, and a keyword line is none either.
            return lines == 0 ? ReasonText.Of("written_in_sentences", "written in sentences, not keyword lines") : null;
        }

        if (lines > 1)
        {
            return ReasonText.Of("keyword_lines", $"{lines} keyword-only lines", (ReasonText.Count, lines));
        }

        int commercial = values.Count(Feature.CommercialWords);
        if (commercial > 0)
        {
            return ReasonText.Of("shopping_words", ReasonText.Plural(commercial, "shopping, loan or SEO word"), (ReasonText.Count, commercial));
        }

        if (label != CommentLabel.Spam)
        {
            return ReasonText.Of("written_in_sentences", "written in sentences, not keyword lines");
        }

        // Say only what the comment has: one keyword line, or its layout in lines; with neither, nothing true to say.
        int lineCount = values.Count(Feature.LineCount);
        return lines == 1 ? ReasonText.Of("keyword_list", "reads like a keyword list")
            : lineCount >= ShortLinesWorthSaying ? ReasonText.Of("short_lines", $"laid out in {lineCount} short lines", (ReasonText.Count, lineCount))
            : null;
    }

    /// <summary>
    /// A short line of a few keywords, without sentence punctuation, that does not address anyone. A greeting or
    /// sign-off ("Viele Grüße", "Best regards"), a lone name ("Markus") and a line of code or an error message
    /// ("Removed 2417 rows (stat_bin)", "Warning message:") are not keyword lines.
    /// </summary>
    private static bool IsKeywordLine(ReadOnlySpan<char> line, ReadOnlySpan<WordClass> words, ReadOnlySpan<ulong> hashes)
    {
        if (line[0] == '@' || line.IndexOfAny(",;!?():=`{}[]<>") >= 0)
        {
            return false;
        }

        if (words.Length == 1 && char.IsUpper(line[0]) && (words[0] & (WordClass.Commercial | WordClass.TopLevelDomain)) == 0)
        {
            return false;
        }

        bool signOff = true;
        foreach (ulong hash in hashes)
        {
            signOff &= PayloadLexicon.IsSignOff(hash);
        }

        if (signOff)
        {
            return false;
        }

        // A full stop ends a sentence only when followed by a space or the end of the line ("site.com" is not one).
        if (line.IndexOf(". ", StringComparison.Ordinal) >= 0 || line[^1] == '.')
        {
            return false;
        }

        int stopwords = 0, keywordish = 0;
        foreach (WordClass wordClass in words)
        {
            if ((wordClass & WordClass.Stopword) != 0)
            {
                stopwords++;
            }

            if ((wordClass & (WordClass.Commercial | WordClass.TopLevelDomain)) != 0)
            {
                keywordish++;
            }
        }

        return words.Length is >= 1 and <= MaxKeywordLineWords && stopwords <= MaxKeywordLineStopwords && (words.Length >= 2 || keywordish > 0);
    }
}
