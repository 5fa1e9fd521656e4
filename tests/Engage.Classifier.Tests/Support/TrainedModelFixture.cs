namespace Engage.Classifier.Tests.Support;

/// <summary>
/// A small model trained once per test run on part of the team's corpus (every other thread of data/),
/// with fewer trees so the suite stays quick. The other threads are the held-out comments.
/// </summary>
public sealed class TrainedModelFixture
{
    public static readonly TrainerOptions SmallOptions = new() { NumberOfTrees = 60, Folds = 3, Seed = 11 };

    public TrainedModelFixture()
    {
        LabeledComment[] all = CommentCsv.ReadLabeled(Path.Combine(RepositoryData.DataFolder, "comments.csv"), Path.Combine(RepositoryData.DataFolder, "posts.csv")).ToArray();
        string[] threads = all.Select(c => c.Comment.ThreadId!).Distinct().Order(StringComparer.Ordinal).ToArray();
        var trainThreads = threads.Where((_, i) => i % 2 == 0).ToHashSet();
        Training = all.Where(c => trainThreads.Contains(c.Comment.ThreadId!)).ToArray();
        HeldOut = all.Where(c => !trainThreads.Contains(c.Comment.ThreadId!)).ToArray();
        Result = new CommentClassifierTrainer(SmallOptions).Train(Training);
    }

    public LabeledComment[] Training { get; }

    public LabeledComment[] HeldOut { get; }

    public TrainingResult Result { get; }

    public CommentClassifier Classifier => Result.Classifier;
}

[CollectionDefinition(Name)]
public sealed class TrainedModelCollection : ICollectionFixture<TrainedModelFixture>
{
    public const string Name = "trained model";
}
