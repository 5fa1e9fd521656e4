using Engage.Classifier.Words;

namespace Engage.Classifier.Tests.Words;

/// <summary>The multiset of hashes: counts per key, keys in the order first added, growth and clearing.</summary>
public sealed class HashCounterTests
{
    [Fact]
    public void Add_RepeatedKeys_CountsEachAndListsThemInFirstAddedOrder()
    {
        var counter = new HashCounter();

        int[] returned = [.. new ulong[] { 30, 10, 30, 20, 30, 10 }.Select(counter.Add)];

        returned.Should().Equal(1, 1, 2, 1, 3, 2);
        counter.Distinct.Should().Be(3);
        Enumerable.Range(0, 3).Select(counter.KeyAt).Should().Equal(30UL, 10UL, 20UL);
        Enumerable.Range(0, 3).Select(counter.CountAt).Should().Equal(3, 2, 1);
    }

    [Fact]
    public void Add_ManyMoreKeysThanItsFirstSize_KeepsCountsAndOrderAcrossGrowth()
    {
        var counter = new HashCounter();
        ulong[] keys = [.. Enumerable.Range(1, 5_000).Select(i => WordHash.Of("w" + i))];

        foreach (ulong key in keys)
        {
            counter.Add(key);
        }

        counter.Add(keys[0]);

        counter.Distinct.Should().Be(keys.Length);
        Enumerable.Range(0, keys.Length).Select(counter.KeyAt).Should().Equal(keys);
        counter.CountAt(0).Should().Be(2);
        counter.CountAt(keys.Length - 1).Should().Be(1);
    }

    [Fact]
    public void Clear_ForgetsEveryKey()
    {
        var counter = new HashCounter();
        counter.Add(5);
        counter.Add(5);

        counter.Clear();

        counter.Distinct.Should().Be(0);
        counter.Add(5).Should().Be(1);
    }
}
