using Engage.Classifier.ModelFile;
using System.IO.Compression;
using System.Text;
using Engage.Classifier.Tests.Support;

namespace Engage.Classifier.Tests.ModelFile;

[Collection(TrainedModelCollection.Name)]
public sealed class ModelFileTests(TrainedModelFixture fixture) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("engage-model-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private Comment[] Sample => fixture.HeldOut.Take(300).Select(c => c.Comment).ToArray();

    private string WriteFile(byte[] bytes)
    {
        string path = Path.Combine(_folder, $"{Guid.NewGuid():N}.zip");
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Broken files made from a good one, by kind.</summary>
    private byte[] Broken(string kind)
    {
        byte[] good = SavedBytes();
        return kind switch
        {
            "empty" => [],
            "truncated" => good[..(good.Length / 2)],
            "random" => RandomBytes(good.Length),
            "future" => WithFormatVersion(good, 99),
            "older" => WithFormatVersion(good, 0),
            "manifest not json" => RewriteEntry(good, "manifest.json", _ => "{ not json"u8.ToArray()),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown kind of broken model"),
        };
    }

    private static byte[] RandomBytes(int length)
    {
        var bytes = new byte[length];
        new Random(5).NextBytes(bytes);
        return bytes;
    }

    private static byte[] WithFormatVersion(byte[] model, int version) =>
        RewriteEntry(model, "manifest.json", content =>
            Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(content).Replace($"\"FormatVersion\": {ModelManifest.CurrentFormatVersion}", $"\"FormatVersion\": {version}", StringComparison.Ordinal)));

    private byte[] SavedBytes()
    {
        using var stream = new MemoryStream();
        fixture.Classifier.Save(stream);
        return stream.ToArray();
    }

    [Fact]
    public void SaveToPath_ThenLoad_GivesIdenticalVerdicts()
    {
        string path = Path.Combine(_folder, "model.zip");
        fixture.Classifier.Save(path);

        CommentClassifier loaded = CommentClassifier.Load(path);

        loaded.ClassifyBatch(Sample, includeReasons: true).Should().BeEquivalentTo(fixture.Classifier.ClassifyBatch(Sample, includeReasons: true), o => o.WithStrictOrdering());
        loaded.SpamThreshold.Should().Be(fixture.Classifier.SpamThreshold);
        loaded.TrainingReport!.HeldOut.Accuracy.Should().Be(fixture.Result.Report.HeldOut.Accuracy);
        Directory.GetFiles(_folder).Should().ContainSingle("the atomic save leaves no temporary file behind");
    }

    [Fact]
    public async Task SaveToStream_ThenLoadAsyncFromPath_GivesIdenticalScores()
    {
        string path = Path.Combine(_folder, "model.zip");
        await File.WriteAllBytesAsync(path, SavedBytes());

        CommentClassifier loaded = await CommentClassifier.LoadAsync(path);

        loaded.ClassifyBatch(Sample, includeReasons: false).Select(v => v.SpamProbability).Should().Equal(fixture.Classifier.ClassifyBatch(Sample, includeReasons: false).Select(v => v.SpamProbability));
    }

    [Fact]
    public void SaveOverAnExistingFile_ReplacesIt()
    {
        string path = Path.Combine(_folder, "model.zip");
        File.WriteAllText(path, "old content");

        fixture.Classifier.Save(path);

        CommentClassifier.Load(path).SpamThreshold.Should().Be(fixture.Classifier.SpamThreshold);
    }

    [Fact]
    public void WithSpamThreshold_IsSavedAndLoaded()
    {
        CommentClassifier strict = fixture.Classifier.WithSpamThreshold(0.97);
        using var stream = new MemoryStream();
        strict.Save(stream);
        stream.Position = 0;

        CommentClassifier.Load(stream).SpamThreshold.Should().Be(0.97);
        fixture.Classifier.SpamThreshold.Should().NotBe(0.97, "the original classifier is unchanged");
    }

    [Fact]
    public void Load_MissingFile_SaysTheFileDoesNotExist()
    {
        string path = Path.Combine(_folder, "nope.zip");

        Action act = () => CommentClassifier.Load(path);

        act.Should().Throw<ClassifierDataException>().WithMessage("*nope.zip*does not exist*").Which.FilePath.Should().Be(path);
    }

    [Theory]
    [InlineData("empty", "*not a readable model zip*")]
    [InlineData("truncated", "*truncated or corrupt*")]
    [InlineData("random", "*not a readable model zip*")]
    [InlineData("future", "*format version 99*Upgrade the package*")]
    [InlineData("older", "*format version 0*Retrain the model*")]
    [InlineData("manifest not json", "*manifest is not valid*")]
    public void Load_BrokenFile_SaysWhatIsWrongAndNamesTheFile(string kind, string message)
    {
        string path = WriteFile(Broken(kind));

        Action act = () => CommentClassifier.Load(path);

        act.Should().Throw<ClassifierDataException>().WithMessage(message).Where(e => e.FilePath == path);
    }

    [Theory]
    [InlineData("empty")]
    [InlineData("truncated")]
    [InlineData("future")]
    public async Task LoadAsync_BrokenFile_ThrowsClassifierDataException(string kind)
    {
        string path = WriteFile(Broken(kind));

        Func<Task> act = () => CommentClassifier.LoadAsync(path);

        (await act.Should().ThrowAsync<ClassifierDataException>()).Which.FilePath.Should().Be(path);
    }

    [Theory]
    [InlineData("random")]
    [InlineData("older")]
    public void LoadStream_BrokenBytes_ThrowsClassifierDataExceptionWithoutAFile(string kind)
    {
        Action act = () => CommentClassifier.Load(new MemoryStream(Broken(kind)));

        act.Should().Throw<ClassifierDataException>().Which.FilePath.Should().BeNull();
    }

    [Fact]
    public void Load_ManifestRewrittenWithTheSameVersion_StillLoads()
    {
        // Guards the helper: editing manifest.json alone keeps the file valid, so the version failures are about the version.
        CommentClassifier.Load(new MemoryStream(WithFormatVersion(SavedBytes(), ModelManifest.CurrentFormatVersion))).SpamThreshold.Should().Be(fixture.Classifier.SpamThreshold);
    }

    [Fact]
    public void Load_Directory_ThrowsClassifierDataException()
    {
        Action act = () => CommentClassifier.Load(_folder);

        act.Should().Throw<ClassifierDataException>();
    }

    [Fact]
    public void LoadAndSave_NullOrBlankArguments_ThrowArgumentExceptions()
    {
        Action nullPath = () => CommentClassifier.Load((string)null!);
        Action blankPath = () => CommentClassifier.Load("  ");
        Action nullStream = () => CommentClassifier.Load((Stream)null!);
        Action saveBlank = () => fixture.Classifier.Save(" ");

        nullPath.Should().Throw<ArgumentNullException>();
        blankPath.Should().Throw<ArgumentException>();
        nullStream.Should().Throw<ArgumentNullException>();
        saveBlank.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Save_IntoAMissingFolder_FailsAndLeavesNothingBehind()
    {
        string path = Path.Combine(_folder, "missing", "model.zip");

        Action act = () => fixture.Classifier.Save(path);

        act.Should().Throw<DirectoryNotFoundException>();
        Directory.EnumerateFileSystemEntries(_folder).Should().BeEmpty();
    }

    [Fact]
    public void Load_ZipWithoutManifest_SaysItIsNotAnEngageModel()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = new StreamWriter(zip.CreateEntry("readme.txt").Open());
            entry.Write("hello");
        }

        stream.Position = 0;
        Action act = () => CommentClassifier.Load(stream);

        act.Should().Throw<ClassifierDataException>().WithMessage("*no manifest.json*");
    }

    [Fact]
    public void Load_EntryChangedAfterSaving_FailsItsChecksum()
    {
        byte[] changed = RewriteEntry(SavedBytes(), "scoring.bin", content => content[100] ^= 0xFF);

        Action act = () => CommentClassifier.Load(new MemoryStream(changed));

        act.Should().Throw<ClassifierDataException>().WithMessage("*scoring.bin*checksum*corrupt*");
    }

    private static byte[] RewriteEntry(byte[] model, string name, Action<byte[]> change) =>
        RewriteEntry(model, name, content =>
        {
            change(content);
            return content;
        });

    private static byte[] RewriteEntry(byte[] model, string name, Func<byte[], byte[]> change)
    {
        var entries = new Dictionary<string, byte[]>();
        using (var zip = new ZipArchive(new MemoryStream(model), ZipArchiveMode.Read))
        {
            foreach (ZipArchiveEntry entry in zip.Entries)
            {
                using var buffer = new MemoryStream();
                entry.Open().CopyTo(buffer);
                entries[entry.FullName] = buffer.ToArray();
            }
        }

        entries[name] = change(entries[name]);
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (entryName, content) in entries)
            {
                using Stream stream = zip.CreateEntry(entryName).Open();
                stream.Write(content);
            }
        }

        return output.ToArray();
    }
}
