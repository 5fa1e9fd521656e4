using Engage.Classifier.ModelFile;
using Engage.Classifier.Scoring;
using Engage.Classifier.Signals;
using Engage.Classifier.TextModel;
using static Engage.Classifier.Tests.Support.HandBuiltModels;

namespace Engage.Classifier.Tests.ModelFile;

/// <summary>The compiled "scoring.bin" entry: what is written is read back exactly, and a damaged entry is refused.</summary>
public sealed class ScoringModelSerializerTests
{
    private static ScoringModel Sample(bool withFiller)
    {
        var random = new Random(3);
        float[] Weights() => Enumerable.Range(0, HashedGrams.Dimension).Select(_ => (float)random.NextDouble() - 0.5f).ToArray();
        var text = new LinearTextModel(Weights(), 0.25f, withFiller ? Weights() : null, withFiller ? -0.75f : 0);
        var spamTrees = new TreeEnsemble([new TreeEnsemble.Tree(0.5, [2, 0], [1.5f, 0f], [1, ~0], [~2, ~1], [1, -2, 3]), Stump(7, 0.25f, -1, 1)], bias: 0.125);
        TreeEnsemble? fillerTrees = withFiller ? Trees(Stump(11, 2f, 0.5, -0.5)) : null;
        float[] reference = Enumerable.Range(0, FeatureLayout.Count).Select(i => i / 10f).ToArray();
        return new ScoringModel(text, spamTrees, new PlattCalibration(-1.5, 0.2), fillerTrees, withFiller ? new PlattCalibration(-0.9, -0.1) : default, reference);
    }

    private static byte[] Bytes(ScoringModel model)
    {
        using var stream = new MemoryStream();
        ScoringModelSerializer.Write(model, stream);
        return stream.ToArray();
    }

    private static ScoringModel Read(byte[] bytes) => ScoringModelSerializer.Read(new MemoryStream(bytes));

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void WriteThenRead_GivesTheSameModel(bool withFiller)
    {
        ScoringModel original = Sample(withFiller);
        float[] features = Enumerable.Range(0, FeatureLayout.Count).Select(i => (float)Math.Sin(i)).ToArray();
        int[] occurrences = [3, 99, 3, 131_071, 0];

        ScoringModel read = Read(Bytes(original));

        read.Text.Score(occurrences).Should().Be(original.Text.Score(occurrences));
        read.Text.HasFiller.Should().Be(withFiller);
        read.SpamTrees.Score(features).Should().Be(original.SpamTrees.Score(features));
        read.SpamCalibration.Should().Be(original.SpamCalibration);
        (read.FillerTrees is null).Should().Be(!withFiller);
        read.FillerProbability(features).Should().Be(original.FillerProbability(features));
        read.Reference.Should().Equal(original.Reference);
        Bytes(read).Should().Equal(Bytes(original), "reading and writing again changes nothing");
    }

    [Fact]
    public void Read_WrongMarker_IsRefused()
    {
        byte[] bytes = Bytes(Sample(withFiller: false));
        bytes[0] ^= 0xFF;

        Action act = () => Read(bytes);

        act.Should().Throw<InvalidDataException>().WithMessage("*expected marker*");
    }

    [Fact]
    public void Read_OtherTextDimension_IsRefused()
    {
        byte[] bytes = Bytes(Sample(withFiller: false));
        BitConverter.GetBytes(HashedGrams.Dimension / 2).CopyTo(bytes, 4);

        Action act = () => Read(bytes);

        act.Should().Throw<InvalidDataException>().WithMessage("*text buckets*");
    }

    [Fact]
    public void Read_EndsEarly_IsRefused()
    {
        byte[] bytes = Bytes(Sample(withFiller: true));

        Action act = () => Read(bytes[..(bytes.Length / 2)]);

        act.Should().Throw<EndOfStreamException>();
    }

    [Fact]
    public void Read_TreeWithACycle_IsRefused()
    {
        // Node 1 leads back to node 0: scoring would never end.
        var looping = new TreeEnsemble.Tree(1, [0, 0], [0f, 0f], [1, 0], [~0, ~1], [1, 2, 3]);

        Action act = () => Read(Bytes(ScoringWith(Trees(looping))));

        act.Should().Throw<InvalidDataException>().WithMessage("*cycle*");
    }

    [Fact]
    public void Read_TreeNodePointingOutsideItsTree_IsRefused()
    {
        var broken = new TreeEnsemble.Tree(1, [0], [0f], [5], [~1], [1, 2]);

        Action act = () => Read(Bytes(ScoringWith(Trees(broken))));

        act.Should().Throw<InvalidDataException>().WithMessage("*outside its tree*");
    }
}
