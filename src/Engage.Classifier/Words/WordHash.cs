using System.Runtime.CompilerServices;

namespace Engage.Classifier.Words;

/// <summary>FNV-1a hashes of lower-cased words, so words can be compared and looked up without allocating strings.</summary>
internal static class WordHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Of(ReadOnlySpan<char> word)
    {
        ulong hash = Offset;
        foreach (char raw in word)
        {
            char c = ToLower(raw);
            if (c == '\u2019')
            {
                c = '\'';
            }

            hash = (hash ^ c) * Prime;
        }

        return hash;
    }

    /// <summary>Lower-cases one character, ASCII without a table lookup. Called per character: always inlined.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char ToLower(char raw) => raw < 128 ? (char)(raw | ((uint)(raw - 'A') <= 'Z' - 'A' ? 0x20 : 0)) : char.ToLowerInvariant(raw);

    /// <summary>Combines two hashes in order (for word pairs).</summary>
    public static ulong Combine(ulong first, ulong second) => (first * 31) ^ ((second << 17) | (second >> 47)) ^ 0x9E3779B97F4A7C15UL;

    /// <summary>Mixes a hash with a salt so different feature kinds land in different buckets.</summary>
    public static ulong Salt(ulong hash, ulong salt)
    {
        ulong x = hash ^ salt;
        x ^= x >> 33;
        x *= 0xFF51AFD7ED558CCDUL;
        x ^= x >> 33;
        x *= 0xC4CEB9FE1A85EC53UL;
        x ^= x >> 33;
        return x;
    }
}
