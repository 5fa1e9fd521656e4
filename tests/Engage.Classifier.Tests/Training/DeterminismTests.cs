using Engage.Classifier.Tests.Support;

namespace Engage.Classifier.Tests.Training;

[Collection(TrainedModelCollection.Name)]
public sealed class DeterminismTests(TrainedModelFixture fixture)
{
    [Fact]
    public void Train_SameSeedAndSameData_GivesTheSameModelFile()
    {
        TrainingResult again = new CommentClassifierTrainer(TrainedModelFixture.SmallOptions).Train(fixture.Training);

        ModelBytes(again.Classifier).Should().Equal(ModelBytes(fixture.Classifier));
        again.Report.HeldOut.Should().BeEquivalentTo(fixture.Result.Report.HeldOut);
    }

    [Fact]
    public void Train_AnotherSeed_GivesAnotherModel()
    {
        TrainingResult other = new CommentClassifierTrainer(TrainedModelFixture.SmallOptions with { Seed = 12 }).Train(fixture.Training);

        ModelBytes(other.Classifier).Should().NotEqual(ModelBytes(fixture.Classifier));
    }

    private static byte[] ModelBytes(CommentClassifier classifier)
    {
        using var stream = new MemoryStream();
        classifier.Save(stream);
        return stream.ToArray();
    }
}
