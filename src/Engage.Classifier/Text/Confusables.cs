using System.Globalization;
using System.Runtime.CompilerServices;

namespace Engage.Classifier.Text;

/// <summary>
/// Look-alike letters from other scripts and the Latin letter they are a skeleton of
/// (after Unicode TR39 confusables, restricted to single letters that read as Latin), and the folding of
/// disguised words to that skeleton. Full-width and mathematical forms are already folded by NFKC before this
/// table is used.
/// </summary>
internal static class Confusables
{
    /// <summary>A text counts as Latin when it has more than this many Latin letters for each look-alike-script one.</summary>
    private const int MostlyLatinRatio = 3;

    /// <summary>Characters below this (ASCII and Latin-1) are never look-alikes.</summary>
    private const char FirstLookAlike = '\u0131';

    private static readonly Dictionary<char, char> Map = new()
    {
        // Cyrillic lower case
        ['а'] = 'a', ['в'] = 'b', ['с'] = 'c', ['ԁ'] = 'd', ['е'] = 'e', ['ё'] = 'e', ['һ'] = 'h', ['і'] = 'i', ['ї'] = 'i',
        ['ј'] = 'j', ['к'] = 'k', ['ӏ'] = 'l', ['м'] = 'm', ['п'] = 'n', ['о'] = 'o', ['р'] = 'p', ['ԛ'] = 'q', ['г'] = 'r',
        ['ѕ'] = 's', ['т'] = 't', ['ц'] = 'u', ['ѵ'] = 'v', ['ԝ'] = 'w', ['х'] = 'x', ['у'] = 'y', ['ү'] = 'y', ['з'] = 'z',
        ['ь'] = 'b', ['ɡ'] = 'g', ['ԍ'] = 'g',

        // Cyrillic upper case
        ['А'] = 'A', ['В'] = 'B', ['С'] = 'C', ['Ԁ'] = 'D', ['Е'] = 'E', ['Ё'] = 'E', ['Н'] = 'H', ['І'] = 'I', ['Ї'] = 'I',
        ['Ј'] = 'J', ['К'] = 'K', ['Ӏ'] = 'I', ['М'] = 'M', ['О'] = 'O', ['Р'] = 'P', ['Ԛ'] = 'Q', ['Ѕ'] = 'S', ['Т'] = 'T',
        ['Ԝ'] = 'W', ['Х'] = 'X', ['У'] = 'Y', ['Ү'] = 'Y', ['Ζ'] = 'Z', ['Ь'] = 'b', ['Ꮃ'] = 'W',

        // Greek
        ['α'] = 'a', ['β'] = 'b', ['ε'] = 'e', ['η'] = 'n', ['ι'] = 'i', ['κ'] = 'k', ['ν'] = 'v', ['ο'] = 'o', ['ρ'] = 'p',
        ['τ'] = 't', ['υ'] = 'u', ['χ'] = 'x', ['γ'] = 'y', ['ω'] = 'w', ['ϲ'] = 'c', ['ϳ'] = 'j',
        ['Α'] = 'A', ['Β'] = 'B', ['Ε'] = 'E', ['Η'] = 'H', ['Ι'] = 'I', ['Κ'] = 'K', ['Μ'] = 'M', ['Ν'] = 'N', ['Ο'] = 'O',
        ['Ρ'] = 'P', ['Τ'] = 'T', ['Υ'] = 'Y', ['Χ'] = 'X', ['Ϲ'] = 'C',

        // Armenian and Cherokee letters used the same way
        ['օ'] = 'o', ['ս'] = 'u', ['ց'] = 'g', ['հ'] = 'h', ['ո'] = 'n', ['ք'] = 'p', ['Տ'] = 'S', ['Ս'] = 'U', ['Օ'] = 'O',
        ['Ꭺ'] = 'A', ['Ᏼ'] = 'B', ['Ꮯ'] = 'C', ['Ꭼ'] = 'E', ['Ꮋ'] = 'H', ['Ꭻ'] = 'J', ['Ꮶ'] = 'K', ['Ꮇ'] = 'M', ['Ꮲ'] = 'P',
        ['Ꮪ'] = 'S', ['Ꭲ'] = 'T', ['Ꮩ'] = 'V', ['Ꮓ'] = 'Z',

        // Latin letters outside ASCII that are used as disguises
        ['ı'] = 'i', ['ɑ'] = 'a', ['ℓ'] = 'l', ['ɩ'] = 'i', ['ʏ'] = 'y', ['ɴ'] = 'n',
    };

    /// <summary>Returns the Latin skeleton letter of <paramref name="c"/>, or <see langword="false"/> when it has none.</summary>
    public static bool TryFold(char c, out char latin)
    {
        if (c < FirstLookAlike)
        {
            latin = c;
            return false;
        }

        return Map.TryGetValue(c, out latin);
    }

    /// <summary>Letters of scripts whose words, mixed with Latin ones, are a disguise.</summary>
    public static bool IsLookAlikeScript(char c) =>
        c is (>= '\u0370' and <= '\u03FF') // Greek
            or (>= '\u0400' and <= '\u052F') // Cyrillic
            or (>= '\u0530' and <= '\u058F') // Armenian
            or (>= '\u13A0' and <= '\u13FF'); // Cherokee

    /// <summary>ASCII letters and the Latin-1 / Latin Extended letters of Western languages.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLatinLetter(char c) =>
        c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') || (c is >= '\u00C0' and <= '\u024F' && c != '\u00D7' && c != '\u00F7');

    /// <summary>
    /// Folds look-alike letters in words that mix Latin with Greek, Cyrillic, Armenian or Cherokee letters,
    /// and in words made only of look-alikes when the text is otherwise Latin. Real Russian or Greek words
    /// (which contain letters with no Latin look-alike) are left alone.
    /// </summary>
    public static void FoldDisguisedWords(NormalizedText into)
    {
        if (into.LookAlikeScriptLetters == 0)
        {
            return;
        }

        bool mostlyLatin = into.LatinLetters > MostlyLatinRatio * into.LookAlikeScriptLetters;
        Span<char> text = into.Writable;
        int i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            int start = i;
            int latin = 0, foldable = 0, foreign = 0;
            while (i < text.Length && (char.IsLetter(text[i]) || char.GetUnicodeCategory(text[i]) == UnicodeCategory.NonSpacingMark))
            {
                char c = text[i];
                if (IsLatinLetter(c))
                {
                    latin++;
                }
                else if (TryFold(c, out _))
                {
                    foldable++;
                }
                else if (IsLookAlikeScript(c))
                {
                    foreign++;
                }

                i++;
            }

            if (latin > 0 && foldable + foreign > 0)
            {
                into.MixedScriptWords++;
            }

            bool disguised = foldable > 0 && (latin > 0 || (foreign == 0 && mostlyLatin));
            if (disguised)
            {
                FoldWord(text[start..i], into);
            }
        }
    }

    private static void FoldWord(Span<char> word, NormalizedText into)
    {
        for (int k = 0; k < word.Length; k++)
        {
            if (TryFold(word[k], out char folded))
            {
                word[k] = folded;
                into.FoldedLetters++;
            }
        }
    }
}
