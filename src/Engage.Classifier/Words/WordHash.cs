using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Engage.Classifier.Words;

/// <summary>FNV-1a hashes of lower-cased words, so words can be compared and looked up without allocating strings.</summary>
internal static class WordHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;
    private const ulong MixFirst = 0xFF51AFD7ED558CCDUL;
    private const ulong MixSecond = 0xC4CEB9FE1A85EC53UL;

    /// <summary>The hash of the empty word, where <see cref="Step"/> starts.</summary>
    public const ulong Empty = Offset;

    public static ulong Of(ReadOnlySpan<char> word)
    {
        ulong hash = Empty;
        foreach (char raw in word)
        {
            hash = Step(hash, raw);
        }

        return hash;
    }

    /// <summary>The hash of a word extended by one character (so a tokenizer can hash while it reads). Always inlined.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Step(ulong hash, char raw)
    {
        char c = ToLower(raw);
        if (c == '\u2019')
        {
            c = '\'';
        }

        return StepLowered(hash, c);
    }

    /// <summary><see cref="Step"/> for a character already lower-cased that is not '\u2019' (a word character).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong StepLowered(ulong hash, char lowered) => (hash ^ lowered) * Prime;

    /// <summary>Lower-cases one character, ASCII without a table lookup. Called per character: always inlined.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char ToLower(char raw) => raw < 128 ? (char)(raw | ((uint)(raw - 'A') <= 'Z' - 'A' ? 0x20 : 0)) : char.ToLowerInvariant(raw);

    /// <summary>Combines two hashes in order (for word pairs).</summary>
    public static ulong Combine(ulong first, ulong second) => (first * 31) ^ ((second << 17) | (second >> 47)) ^ 0x9E3779B97F4A7C15UL;

    /// <summary>Mixes a hash with a salt so different feature kinds land in different buckets.</summary>
    public static ulong Salt(ulong hash, ulong salt) => Mix(hash ^ salt);

    /// <summary>
    /// <c>(int)(Salt(hash, salt) &amp; mask)</c> for each <c>hash ^ salt</c> of <paramref name="salted"/>, into
    /// <paramref name="buckets"/>: the same integer arithmetic, eight hashes at a time where the processor multiplies
    /// 64-bit lanes (AVX-512 DQ), so the buckets are the same bits either way.
    /// </summary>
    /// <param name="salted">Each hash already XOR-ed with its salt.</param>
    /// <param name="mask">A bucket mask below 2^31 (a power of two minus one).</param>
    /// <param name="buckets">At least as long as <paramref name="salted"/>.</param>
    public static void SaltedBuckets(ReadOnlySpan<ulong> salted, ulong mask, Span<int> buckets)
    {
        buckets = buckets[..salted.Length];
        int i = 0;
        if (Vector512.IsHardwareAccelerated && Avx512DQ.IsSupported)
        {
            Vector512<ulong> masks = Vector512.Create(mask);
            for (; i + Vector512<ulong>.Count <= salted.Length; i += Vector512<ulong>.Count)
            {
                Vector512<ulong> mixed = Mix(Vector512.Create(salted.Slice(i, Vector512<ulong>.Count))) & masks;
                Vector256<int> narrowed = Avx512F.ConvertToVector256Int32(mixed.AsInt64());
                narrowed.CopyTo(buckets.Slice(i, Vector256<int>.Count));
            }
        }

        for (; i < salted.Length; i++)
        {
            buckets[i] = (int)(Mix(salted[i]) & mask);
        }
    }

    /// <summary>The 64-bit finalizer of MurmurHash3 (fmix64).</summary>
    private static ulong Mix(ulong x)
    {
        x ^= x >> 33;
        x *= MixFirst;
        x ^= x >> 33;
        x *= MixSecond;
        x ^= x >> 33;
        return x;
    }

    /// <summary><see cref="Mix(ulong)"/> on eight lanes.</summary>
    private static Vector512<ulong> Mix(Vector512<ulong> x)
    {
        x ^= Vector512.ShiftRightLogical(x, 33);
        x *= Vector512.Create(MixFirst);
        x ^= Vector512.ShiftRightLogical(x, 33);
        x *= Vector512.Create(MixSecond);
        x ^= Vector512.ShiftRightLogical(x, 33);
        return x;
    }
}
