using System.IO.Compression;
using Engage.Classifier.Hosting.Tests.Support;

namespace Engage.Classifier.Hosting.Tests.Hardening;

/// <summary>Broken and incompatible model files: every one is a <see cref="ClassifierDataException"/> that says what is wrong.</summary>
public sealed class ModelFileTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly byte[] _good = TrainedModels.Instance.ModelA;

    public void Dispose() => _temp.Dispose();

    private string Write(byte[] bytes)
    {
        string path = _temp.File($"{Guid.NewGuid():N}.zip");
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Theory]
    [InlineData("empty", "*not a readable model zip*")]
    [InlineData("truncated", "*not a readable model zip*")]
    [InlineData("random", "*not a readable model zip*")]
    [InlineData("corrupt", "*")]
    [InlineData("future", "*format version 99*Upgrade*")]
    public void Load_BadFile_ThrowsClassifierDataExceptionNamingTheFile(string kind, string message)
    {
        string path = Write(BadModels.Make(kind, _good));

        Action load = () => CommentClassifier.Load(path);

        load.Should().Throw<ClassifierDataException>().WithMessage(message).Where(e => e.FilePath == path);
    }

    [Theory]
    [InlineData("empty")]
    [InlineData("truncated")]
    [InlineData("random")]
    [InlineData("corrupt")]
    [InlineData("future")]
    public void LoadStream_BadBytes_ThrowsClassifierDataException(string kind)
    {
        using var stream = new MemoryStream(BadModels.Make(kind, _good));

        Action load = () => CommentClassifier.Load(stream);

        load.Should().Throw<ClassifierDataException>();
    }

    [Theory]
    [InlineData("empty")]
    [InlineData("truncated")]
    [InlineData("random")]
    [InlineData("future")]
    public async Task LoadAsync_BadFile_ThrowsClassifierDataException(string kind)
    {
        string path = Write(BadModels.Make(kind, _good));

        Func<Task> load = () => CommentClassifier.LoadAsync(path);

        await load.Should().ThrowAsync<ClassifierDataException>();
    }

    [Fact]
    public void Load_OlderFormatVersion_SaysRetrain()
    {
        string path = Write(BadModels.WithFormatVersion(_good, 0));

        Action load = () => CommentClassifier.Load(path);

        load.Should().Throw<ClassifierDataException>().WithMessage("*Retrain*");
    }

    [Fact]
    public void Load_ManifestRewrittenWithSameVersion_StillLoads()
    {
        // Guards the helper: editing manifest.json alone keeps the file valid, so the future-version failure is about the version.
        string path = Write(BadModels.WithFormatVersion(_good, 1));

        CommentClassifier.Load(path).Classify("hello").ShouldBeSane();
    }

    [Fact]
    public void Load_ZipWithoutManifest_SaysItIsNotAModel()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = new StreamWriter(zip.CreateEntry("readme.txt").Open());
            entry.Write("not a model");
        }

        string path = Write(buffer.ToArray());

        Action load = () => CommentClassifier.Load(path);

        load.Should().Throw<ClassifierDataException>().WithMessage("*no manifest.json*");
    }

    [Fact]
    public void Load_ManifestNotJson_SaysTheManifestIsInvalid()
    {
        using var buffer = new MemoryStream();
        buffer.Write(_good);
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry("manifest.json")!.Delete();
            using var entry = new StreamWriter(zip.CreateEntry("manifest.json").Open());
            entry.Write("{ not json");
        }

        string path = Write(buffer.ToArray());

        Action load = () => CommentClassifier.Load(path);

        load.Should().Throw<ClassifierDataException>().WithMessage("*manifest is not valid*");
    }

    [Fact]
    public void Load_MissingFile_SaysItDoesNotExist()
    {
        string path = _temp.File("missing.zip");

        Action load = () => CommentClassifier.Load(path);

        load.Should().Throw<ClassifierDataException>().WithMessage("*does not exist*").Where(e => e.FilePath == path);
    }

    [Fact]
    public void Load_Directory_ThrowsClassifierDataException()
    {
        Action load = () => CommentClassifier.Load(_temp.Path);

        load.Should().Throw<ClassifierDataException>();
    }

    [Fact]
    public void Load_NullOrBlankArguments_ThrowArgumentExceptions()
    {
        Action nullPath = () => CommentClassifier.Load((string)null!);
        Action blankPath = () => CommentClassifier.Load("  ");
        Action nullStream = () => CommentClassifier.Load((Stream)null!);

        nullPath.Should().Throw<ArgumentNullException>();
        blankPath.Should().Throw<ArgumentException>();
        nullStream.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void SaveThenLoad_GoodModel_RoundTripsVerdicts()
    {
        CommentClassifier original = TrainedModels.Instance.ClassifierB;
        string path = _temp.File("roundtrip.zip");

        original.Save(path);
        CommentClassifier loaded = CommentClassifier.Load(path);

        loaded.Classify("cheap pills http://x.example").Parts().Should().Be(original.Classify("cheap pills http://x.example").Parts());
        Directory.GetFiles(_temp.Path).Should().ContainSingle("the atomic save leaves no temporary file behind");
    }
}
