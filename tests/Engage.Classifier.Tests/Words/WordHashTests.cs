using Engage.Classifier.Words;

namespace Engage.Classifier.Tests.Words;

/// <summary>The salted buckets computed many at a time are the buckets of <see cref="WordHash.Salt"/> one by one.</summary>
public sealed class WordHashTests
{
    private const ulong Mask = (1 << 17) - 1;

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(16)]
    [InlineData(45)]
    [InlineData(1_000)]
    public void SaltedBuckets_AnyLength_AreTheSaltedHashesBucketsOneByOne(int length)
    {
        var random = new Random(length);
        ulong[] hashes = [.. Enumerable.Range(0, length).Select(_ => (ulong)random.NextInt64() ^ ((ulong)random.Next() << 40))];
        var buckets = new int[length + 3];

        WordHash.SaltedBuckets(hashes.Select(h => h ^ 0x3333UL).ToArray(), Mask, buckets);

        buckets.Take(length).Should().Equal(hashes.Select(h => (int)(WordHash.Salt(h, 0x3333UL) & Mask)));
        buckets.Skip(length).Should().AllBeEquivalentTo(0, "nothing is written past the hashes given");
    }

    [Fact]
    public void SaltedBuckets_ExtremeHashes_StayInsideTheMask()
    {
        ulong[] hashes = [0, ulong.MaxValue, 1UL << 63, 0x8000_0000UL, 0xFFFF_FFFFUL, 0x1_0000_0000UL, 42, ulong.MaxValue - 1, 7];
        var buckets = new int[hashes.Length];

        WordHash.SaltedBuckets(hashes, Mask, buckets);

        buckets.Should().Equal(hashes.Select(h => (int)(WordHash.Salt(h, 0) & Mask)));
        buckets.Should().OnlyContain(b => b >= 0 && (ulong)b <= Mask);
    }
}
