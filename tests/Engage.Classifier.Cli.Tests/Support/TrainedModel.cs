namespace Engage.Classifier.Cli.Tests.Support;

/// <summary>
/// Trains a model once per test run with <c>engage train</c> on the fixture files, and keeps what the command
/// printed, so the train tests can check it without training twice. Tests pass it with <c>--model</c>, so they
/// pass whether or not the package has an embedded default model.
/// </summary>
public sealed class TrainedModel : IDisposable
{
    private readonly TempFolder _folder = new();

    public TrainedModel()
    {
        ModelPath = _folder.File("model.zip");
        TrainRun = EngageTool.Run("train", "--comments", FixtureFiles.Comments, "--posts", FixtureFiles.Posts, "--out", ModelPath, "--seed", "7");
        if (TrainRun.ExitCode != 0)
        {
            throw new InvalidOperationException("Training the test model failed: " + TrainRun);
        }
    }

    public string ModelPath { get; }

    internal CliResult TrainRun { get; }

    public void Dispose() => _folder.Dispose();
}

/// <summary>The tests that share <see cref="TrainedModel"/>.</summary>
[CollectionDefinition(Name)]
public sealed class TrainedModelCollection : ICollectionFixture<TrainedModel>
{
    public const string Name = "trained model";
}
