using System.IO.Compression;
using System.Text;
using Engage.Classifier.Tests.Support;

namespace Engage.Classifier.Tests.Scoring;

[Collection(TrainedModelCollection.Name)]
public sealed class ModelFileTests(TrainedModelFixture fixture) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("engage-model-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private Comment[] Sample => fixture.HeldOut.Take(300).Select(c => c.Comment).ToArray();

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

        loaded.ClassifyBatch(Sample).Select(v => v.SpamProbability).Should().Equal(fixture.Classifier.ClassifyBatch(Sample).Select(v => v.SpamProbability));
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

    [Fact]
    public void Load_EmptyFile_SaysItIsNotAReadableModel()
    {
        string path = Path.Combine(_folder, "empty.zip");
        File.WriteAllBytes(path, []);

        Action act = () => CommentClassifier.Load(path);

        act.Should().Throw<ClassifierDataException>().WithMessage("*empty.zip*not a readable model zip*");
    }

    [Fact]
    public void Load_TruncatedFile_SaysItIsCorrupt()
    {
        byte[] bytes = SavedBytes();
        using var stream = new MemoryStream(bytes[..(bytes.Length / 2)]);

        Action act = () => CommentClassifier.Load(stream);

        act.Should().Throw<ClassifierDataException>().WithMessage("*truncated or corrupt*");
    }

    [Fact]
    public void Load_RandomBytes_SaysItIsNotAModel()
    {
        var random = new Random(5);
        var bytes = new byte[10_000];
        random.NextBytes(bytes);

        Action act = () => CommentClassifier.Load(new MemoryStream(bytes));

        act.Should().Throw<ClassifierDataException>();
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

    [Fact]
    public void Load_FutureFormatVersion_SaysToUpgrade()
    {
        byte[] future = RewriteEntry(SavedBytes(), "manifest.json", content =>
        {
            string json = Encoding.UTF8.GetString(content).Replace("\"FormatVersion\": 1", "\"FormatVersion\": 99", StringComparison.Ordinal);
            return Encoding.UTF8.GetBytes(json);
        });

        Action act = () => CommentClassifier.Load(new MemoryStream(future));

        act.Should().Throw<ClassifierDataException>().WithMessage("*format version 99*Upgrade*");
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
