namespace Engage.Classifier.Hosting.Tests.Support;

/// <summary>
/// Two small models trained once per test run from the fixture comments, with different seeds and options,
/// so that they disagree on some inputs: the load test can tell which one served a verdict.
/// </summary>
public sealed class TrainedModels
{
    private static readonly Lazy<TrainedModels> Shared = new(() => new TrainedModels(), LazyThreadSafetyMode.ExecutionAndPublication);

    private TrainedModels()
    {
        string fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures");
        CommentsPath = Path.Combine(fixtures, "comments.csv");
        PostsPath = Path.Combine(fixtures, "posts.csv");
        LabeledComment[] comments = CommentCsv.ReadLabeled(CommentsPath, PostsPath).ToArray();
        ModelA = Train(comments, new TrainerOptions { Seed = 1, NumberOfTrees = 30, NumberOfLeaves = 6, MinimumExampleCountPerLeaf = 2, Folds = 2 });
        ModelB = Train(comments, new TrainerOptions { Seed = 7, NumberOfTrees = 40, NumberOfLeaves = 8, MinimumExampleCountPerLeaf = 3, LearningRate = 0.3, Folds = 2 });
        ClassifierA = CommentClassifier.Load(new MemoryStream(ModelA));
        ClassifierB = CommentClassifier.Load(new MemoryStream(ModelB));
    }

    /// <summary>The models, trained on first use and shared by every test class.</summary>
    public static TrainedModels Instance => Shared.Value;

    public string CommentsPath { get; }

    public string PostsPath { get; }

    /// <summary>Model A as saved bytes.</summary>
    public byte[] ModelA { get; }

    /// <summary>Model B as saved bytes.</summary>
    public byte[] ModelB { get; }

    public CommentClassifier ClassifierA { get; }

    public CommentClassifier ClassifierB { get; }

    private static byte[] Train(LabeledComment[] comments, TrainerOptions options)
    {
        CommentClassifier classifier = new CommentClassifierTrainer(options).Train(comments).Classifier;
        using var buffer = new MemoryStream();
        classifier.Save(buffer);
        return buffer.ToArray();
    }
}
