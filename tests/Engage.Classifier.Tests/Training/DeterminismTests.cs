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

    [Fact]
    public void Train_OnOneTwoAndFourThreads_GivesByteIdenticalModelFiles()
    {
        // The folds train in parallel, up to Parallelism at once, and FastTree uses as many threads. A part of the
        // fixture's training rows keeps the three trainings quick.
        LabeledComment[] rows = fixture.Training.Where((_, i) => i % 3 == 0).ToArray();
        TrainerOptions options = TrainedModelFixture.SmallOptions with { NumberOfTrees = 30 };

        byte[][] models = [.. new[] { 1, 2, 4 }.Select(threads => ModelBytes(new CommentClassifierTrainer(options) { Parallelism = threads }.Train(rows).Classifier))];

        models[1].Should().Equal(models[0], "two threads give the one-thread model");
        models[2].Should().Equal(models[0], "four threads give the one-thread model");
    }

    private static byte[] ModelBytes(CommentClassifier classifier)
    {
        using var stream = new MemoryStream();
        classifier.Save(stream);
        return stream.ToArray();
    }
}
