using Engage.Classifier.Words;

namespace Engage.Classifier.TextModel;

/// <summary>
/// Stage 4's input: the comment's words, word pairs, character 4-grams, author-name words and link domains,
/// each hashed with its own salt (<see cref="WordHash.Salt"/>) into <see cref="Dimension"/> buckets for the linear text models.
/// </summary>
internal static class HashedGrams
{
    /// <summary>Number of buckets for hashed text features (a power of two).</summary>
    public const int Dimension = 1 << 17;

    /// <summary>Character n-grams are taken from this many leading characters only.</summary>
    private const int MaxCharacterGramSpan = 4_096;

    /// <summary>Characters in a character n-gram.</summary>
    private const int CharacterGramLength = 4;

    private const ulong UnigramSalt = 0x1111;
    private const ulong BigramSalt = 0x2222;
    private const ulong CharGramSalt = 0x3333;
    private const ulong AuthorSalt = 0x4444;
    private const ulong DomainSalt = 0x5555;

    /// <summary>Fills <paramref name="into"/> with the buckets of one comment, in a fixed order.</summary>
    public static void Emit(WordPass words, WordPass authorWords, ReadOnlySpan<char> text, ReadOnlySpan<ulong> domains, GramOccurrences into)
    {
        if (text.Length > MaxCharacterGramSpan)
        {
            text = text[..MaxCharacterGramSpan];
        }

        // Each hash is XOR-ed with its kind's salt here, in order; the mixing into buckets runs on all of them at once.
        ReadOnlySpan<ulong> hashes = words.Hashes;
        int capacity = (2 * hashes.Length) + authorWords.Count + text.Length + domains.Length;
        Span<ulong> salted = into.Salted(capacity);
        int count = 0;
        for (int i = 0; i < hashes.Length; i++)
        {
            salted[count++] = hashes[i] ^ UnigramSalt;
            if (i > 0)
            {
                salted[count++] = WordHash.Combine(hashes[i - 1], hashes[i]) ^ BigramSalt;
            }
        }

        foreach (ulong hash in authorWords.Hashes)
        {
            salted[count++] = hash ^ AuthorSalt;
        }

        count = AddCharacterGrams(text, salted, count);
        foreach (ulong domain in domains)
        {
            salted[count++] = domain ^ DomainSalt;
        }

        WordHash.SaltedBuckets(salted[..count], Dimension - 1, into.Reserve(capacity));
        into.Commit(count);
    }

    /// <summary>Character 4-grams of the lower-cased text with runs of non-word characters folded to one space (at most one per character).</summary>
    private static int AddCharacterGrams(ReadOnlySpan<char> text, Span<ulong> salted, int count)
    {
        ulong window = ' ';
        int filled = 1;
        bool lastWasSpace = true;
        foreach (char raw in text)
        {
            char c = WordTokenizer.LoweredWordChar(raw);
            if (c == '\0')
            {
                if (lastWasSpace)
                {
                    continue;
                }

                c = ' ';
                lastWasSpace = true;
            }
            else
            {
                lastWasSpace = false;
            }

            window = (window << 16) | c;
            if (++filled >= CharacterGramLength)
            {
                salted[count++] = window ^ CharGramSalt;
            }
        }

        return count;
    }
}
