using System.Globalization;
using System.Runtime.CompilerServices;

namespace Engage.Classifier.Words;

/// <summary>Splits text into words (letters and digits, with inner apostrophes) without allocating, hashing each as it reads it.</summary>
internal ref struct WordTokenizer
{
    private readonly ReadOnlySpan<char> _text;
    private int _position;

    public WordTokenizer(ReadOnlySpan<char> text)
    {
        _text = text;
        _position = 0;
        Start = 0;
        Length = 0;
        Hash = WordHash.Empty;
    }

    public int Start { get; private set; }

    public int Length { get; private set; }

    /// <summary>The <see cref="WordHash"/> of <see cref="Current"/>, computed while reading it.</summary>
    public ulong Hash { get; private set; }

    public readonly ReadOnlySpan<char> Current => _text.Slice(Start, Length);

    /// <remarks>Called per word: inlined into the loops that read words.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MoveNext()
    {
        int i = _position;
        while (i < _text.Length && !IsWordChar(_text[i]))
        {
            i++;
        }

        if (i >= _text.Length)
        {
            _position = i;
            return false;
        }

        int start = i;
        ulong hash = WordHash.Empty;
        while (i < _text.Length)
        {
            char c = _text[i];
            char lowered = LoweredWordChar(c);
            if (lowered != '\0')
            {
                hash = WordHash.StepLowered(hash, lowered);
                i++;
            }
            else if ((c == '\'' || c == '\u2019') && i + 1 < _text.Length && char.IsLetter(_text[i + 1]) && i > start)
            {
                hash = WordHash.Step(hash, c);
                i++;
            }
            else
            {
                break;
            }
        }

        Start = start;
        Length = i - start;
        Hash = hash;
        _position = i;
        return true;
    }

    /// <summary>
    /// <paramref name="c"/> lower-cased (<see cref="WordHash.ToLower"/>) if it is a word character (<see cref="IsWordChar"/>),
    /// else '\0', which is none. ASCII is read from a table.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char LoweredWordChar(char c) => c < 128 ? (char)AsciiLoweredWordChars[c] : IsNonAsciiWordChar(c) ? WordHash.ToLower(c) : '\0';

    /// <summary>Called per character: the ASCII test is inlined, the rest is a call.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWordChar(char c) => c < 128 ? char.IsAsciiLetterOrDigit(c) : IsNonAsciiWordChar(c);

    private static bool IsNonAsciiWordChar(char c) =>
        char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    /// <summary><see cref="LoweredWordChar"/> of each ASCII character.</summary>
    private static readonly byte[] AsciiLoweredWordChars = BuildAsciiLoweredWordChars();

    private static byte[] BuildAsciiLoweredWordChars()
    {
        var table = new byte[128];
        for (char c = '\0'; c < 128; c++)
        {
            table[c] = IsWordChar(c) ? (byte)WordHash.ToLower(c) : (byte)0;
        }

        return table;
    }
}
