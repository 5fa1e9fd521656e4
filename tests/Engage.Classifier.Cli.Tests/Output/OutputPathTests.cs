using Engage.Classifier.Cli.Tests.Support;

namespace Engage.Classifier.Cli.Tests.Output;

/// <summary>Output paths are checked before any work starts, so a typo never costs a training run.</summary>
[Collection(TrainedModelCollection.Name)]
public sealed class OutputPathTests(TrainedModel model) : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Train_OutIsAFolder_FailsBeforeTrainingSayingSo()
    {
        CliResult result = EngageTool.Run("train", "--comments", FixtureFiles.Comments, "--out", _folder.Path);

        result.ExitCode.Should().Be(1, result.ToString());
        result.Error.Should().Contain($"Cannot write --out '{_folder.Path}': it is a folder").And.Contain(Path.Combine(_folder.Path, "model.zip"));
        result.Error.Should().NotContain("featurizing", "no training was started");
    }

    [Fact]
    public void Train_OutFolderMissing_FailsBeforeTraining()
    {
        CliResult result = EngageTool.Run("train", "--comments", FixtureFiles.Comments, "--out", _folder.File(Path.Combine("missing", "model.zip")));

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("its folder does not exist").And.NotContain("featurizing");
    }

    [Fact]
    public void Score_OutUnderAFile_SaysTheParentIsAFile()
    {
        string file = _folder.Write("plain.txt", "x");

        CliResult result = EngageTool.Run("score", "--comments", FixtureFiles.HoldoutComments, "--out", Path.Combine(file, "v.csv"), "--model", model.ModelPath);

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("is a file, not a folder");
    }

    [Fact]
    public void Score_OutIsTheInput_RefusesToOverwriteIt()
    {
        string input = _folder.Write("comments.csv", File.ReadAllText(FixtureFiles.HoldoutComments));

        CliResult result = EngageTool.Run("score", "--comments", input, "--out", input, "--model", model.ModelPath);

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("is the same file as --comments");
        File.ReadAllText(input).Should().Be(File.ReadAllText(FixtureFiles.HoldoutComments));
    }

    [Fact]
    public void Score_ModelIsAFolder_SaysSoAndListsTheModelsInIt()
    {
        File.Copy(model.ModelPath, _folder.File("site.zip"));

        CliResult result = EngageTool.Run("score", "--text", "hello", "--model", _folder.Path);

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("is a folder").And.Contain("'site.zip'").And.NotContain("denied");
    }
}
