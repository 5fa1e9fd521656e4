using Engage.Classifier.Cli.Input;

namespace Engage.Classifier.Cli.Tests.Input;

public sealed class ReadAheadTests
{
    [Theory]
    [InlineData(0, 4)]
    [InlineData(3, 4)]
    [InlineData(4, 4)]
    [InlineData(1001, 7)]
    public void Chunks_AnySource_ComeInOrderWithEveryItemOnce(int items, int size)
    {
        int[][] chunks = ReadAhead.Chunks(Enumerable.Range(0, items), size, capacity: 2).ToArray();

        chunks.SelectMany(c => c).Should().Equal(Enumerable.Range(0, items));
        int[] fullChunks = Enumerable.Repeat(size, items / size).ToArray();
        chunks.Select(c => c.Length).Should().Equal(items % size == 0 ? fullChunks : [.. fullChunks, items % size]);
    }

    [Fact]
    public void Chunks_SourceThrows_TheChunksBeforeItArriveThenItsException()
    {
        var taken = new List<int[]>();

        Action act = () =>
        {
            foreach (int[] chunk in ReadAhead.Chunks(ThrowsAfter(10), size: 4, capacity: 2))
            {
                taken.Add(chunk);
            }
        };

        act.Should().Throw<FormatException>().WithMessage("row 10 is malformed");
        taken.SelectMany(c => c).Should().Equal(Enumerable.Range(0, 8));
    }

    [Fact]
    public void Chunks_ConsumerStopsEarly_StopsTheReaderBeforeTheSourceEnds()
    {
        var source = new CountingSource();

        int[] first = ReadAhead.Chunks(source.Items(), size: 10, capacity: 2).First();

        first.Should().Equal(Enumerable.Range(0, 10));
        source.Finished.Should().BeFalse("the reader stops once the consumer leaves, a few chunks ahead at most");
        source.Read.Should().BeLessThanOrEqualTo(10 * 4);
    }

    private static IEnumerable<int> ThrowsAfter(int count)
    {
        for (int i = 0; i < count; i++)
        {
            yield return i;
        }

        throw new FormatException($"row {count} is malformed");
    }

    private sealed class CountingSource
    {
        public int Read { get; private set; }

        public bool Finished { get; private set; }

        public IEnumerable<int> Items()
        {
            for (int i = 0; i < 1_000_000; i++)
            {
                Read++;
                yield return i;
            }

            Finished = true;
        }
    }
}
