using System.Buffers.Binary;
using System.Diagnostics;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Engage.Classifier.ModelFile;
using Engage.Classifier.Tests.Support;
using Engage.Classifier.Workbench;
using Xunit.Abstractions;

namespace Engage.Classifier.Tests.ModelFile;

/// <summary>
/// Model files made to hurt the reader are refused before they cost much: the manifest is read first, then only the
/// entries it names, within caps on entry count, archive size and inflated size; each entry is hashed as it streams in.
/// Memory is measured as the bytes this process allocated during the call (<see cref="GC.GetTotalAllocatedBytes"/>,
/// precise), in a collection that runs alone so no other test's allocations are counted.
/// </summary>
[Collection(MemoryMeasuringCollection.Name)]
public sealed class HostileModelFileTests(HostileModelFileTests.Files files, ITestOutputHelper output) : IClassFixture<HostileModelFileTests.Files>, IDisposable
{
    private const long MemoryBudget = 100L * 1024 * 1024;

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Load_IssueZipOfTwelveEntriesOfZeros_IsRefusedAtOnceWithLittleMemory()
    {
        string path = _temp.File("bomb.zip");
        File.WriteAllBytes(path, files.IssueZip);
        Refuse(() => CommentClassifier.Load(_temp.Write("not a zip"))); // warm up: the zip reader's code is compiled before it is timed

        var clock = Stopwatch.StartNew();
        (ClassifierDataException error, long allocated) = Refuse(() => CommentClassifier.Load(path));
        clock.Stop();

        output.WriteLine($"{files.IssueZip.Length:N0}-byte zip of {HostileModelFiles.IssueEntries} × {HostileModelFiles.IssueEntryBytes:N0} zeros: refused in {clock.Elapsed.TotalMilliseconds:F1} ms, {allocated:N0} bytes allocated");
        error.Message.Should().Contain("has no manifest.json");
        error.FilePath.Should().Be(path);
        allocated.Should().BeLessThan(MemoryBudget);

        // Not a speed test (that is BenchmarkDotNet's job): the refusal takes milliseconds, and this bound is the issue's
        // 1 s, over a hundred times that, so a loaded 2-core machine cannot make it flake; inflating even one entry takes longer.
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task LoadAsyncAndLoadStream_IssueZip_AreRefusedWithLittleMemoryToo()
    {
        string path = _temp.File("bomb.zip");
        await File.WriteAllBytesAsync(path, files.IssueZip);

        long before = GC.GetTotalAllocatedBytes(precise: true);
        Func<Task> loadAsync = () => CommentClassifier.LoadAsync(path);
        await loadAsync.Should().ThrowAsync<ClassifierDataException>().WithMessage("*no manifest.json*");
        Refuse(() => CommentClassifier.Load(new NonSeekableStream(files.IssueZip))).Error.Message.Should().Contain("no manifest.json");
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        allocated.Should().BeLessThan(MemoryBudget, "a 2.4 MB file is read whole, its entries are not inflated");
    }

    [Fact]
    public void Load_ManifestNamingTheZeroEntries_IsRefusedBeforeInflatingThem()
    {
        var names = Enumerable.Range(1, HostileModelFiles.IssueEntries).Select(HostileModelFiles.ZeroEntryName);
        byte[] zip = HostileModelFiles.Zeros(HostileModelFiles.IssueEntries, HostileModelFiles.IssueEntryBytes, new Dictionary<string, byte[]>
        {
            ["manifest.json"] = files.ManifestNaming(names.ToDictionary(n => n, _ => new string('0', 64))),
        });

        (ClassifierDataException error, long allocated) = Refuse(() => CommentClassifier.Load(new MemoryStream(zip)));

        error.Message.Should().Contain($"its entries claim {12L * HostileModelFiles.IssueEntryBytes} bytes inflated, more than a model can hold ({ModelArchive.MaxInflatedBytes})");
        allocated.Should().BeLessThan(MemoryBudget);
    }

    [Fact]
    public void Load_EntryThatInflatesPastItsDeclaredSize_IsReadOnlyToThatSizeAndRefused()
    {
        byte[] payload = new byte[32 * 1024 * 1024];
        byte[] zip = files.ModelWith("mlnet/extra.bin", payload);
        PatchDeclaredSize(zip, "mlnet/extra.bin", 1000);

        (ClassifierDataException error, long allocated) = Refuse(() => CommentClassifier.Load(new MemoryStream(zip)));

        // The zip reader stops at the declared size; the 1,000 bytes read are not what the manifest's hash says.
        error.Message.Should().Contain("entry 'mlnet/extra.bin' does not match its checksum");
        allocated.Should().BeLessThan(16L * 1024 * 1024, "the entry is read into a buffer of its declared size, not inflated whole");
    }

    [Fact]
    public void Load_EntriesTheManifestDoesNotName_AreNotInflated()
    {
        byte[] zip = files.ModelPlus(HostileModelFiles.Zeros(1, HostileModelFiles.IssueEntryBytes));
        long before = GC.GetTotalAllocatedBytes(precise: true);

        CommentClassifier loaded = CommentClassifier.Load(new MemoryStream(zip));
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        loaded.SpamThreshold.Should().Be(CommentClassifier.LoadDefault().SpamThreshold);
        allocated.Should().BeLessThan(MemoryBudget, "the 200 MB entry outside the manifest is never inflated");
        using var resaved = new MemoryStream();
        loaded.Save(resaved);
        using var check = new ZipArchive(new MemoryStream(resaved.ToArray()));
        check.Entries.Select(e => e.FullName).Should().NotContain(HostileModelFiles.ZeroEntryName(1), "only the model's own entries are kept");
    }

    [Fact]
    public void Load_MoreEntriesThanAModelHas_IsRefusedBeforeTheZipIsRead()
    {
        byte[] zip = HostileModelFiles.Zeros(ModelArchive.MaxEntries + 36, 10);

        (ClassifierDataException error, _) = Refuse(() => CommentClassifier.Load(new MemoryStream(zip)));

        error.Message.Should().Contain($"it has {ModelArchive.MaxEntries + 36} entries, more than a model can have ({ModelArchive.MaxEntries})");
    }

    [Fact]
    public void Load_ManifestLargerThanAManifestCanBe_IsRefusedUnread()
    {
        byte[] zip = HostileModelFiles.Zeros(0, 0, new Dictionary<string, byte[]> { ["manifest.json"] = new byte[(int)ModelArchive.MaxManifestBytes + 1] });

        (ClassifierDataException error, _) = Refuse(() => CommentClassifier.Load(new MemoryStream(zip)));

        error.Message.Should().Contain($"its manifest.json claims {ModelArchive.MaxManifestBytes + 1} bytes, more than a manifest can hold");
    }

    [Fact]
    public async Task Load_FileLargerThanAModelCanBe_IsRefusedUnread()
    {
        string path = _temp.File("huge.zip");
        using (FileStream file = File.Create(path))
        {
            file.SetLength(ModelArchive.MaxArchiveBytes + 1); // sparse: nothing is written
        }

        (ClassifierDataException error, long allocated) = Refuse(() => CommentClassifier.Load(path));
        Func<Task> loadAsync = () => CommentClassifier.LoadAsync(path);

        error.Message.Should().Contain($"it is larger than a model can be ({ModelArchive.MaxArchiveBytes} bytes)");
        allocated.Should().BeLessThan(1024 * 1024);
        (await loadAsync.Should().ThrowAsync<ClassifierDataException>()).WithMessage("*larger than a model can be*");
    }

    [Fact]
    public void Load_StreamThatCannotSeekAndNeverEnds_IsRefusedAtTheArchiveLimit()
    {
        (ClassifierDataException error, _) = Refuse(() => CommentClassifier.Load(new NonSeekableStream(null)));

        error.Message.Should().Contain("larger than a model can be");
    }

    [Fact]
    public void Load_ManifestNamingAnEntryWithControlCharacters_EscapesItInTheMessage()
    {
        byte[] zip = HostileModelFiles.Zeros(0, 0, new Dictionary<string, byte[]>
        {
            ["manifest.json"] = files.ManifestNaming(new Dictionary<string, string> { ["evil\u001b[2J.bin"] = "00" }),
        });

        (ClassifierDataException error, _) = Refuse(() => CommentClassifier.Load(new MemoryStream(zip)));

        error.Message.Should().Contain("entry 'evil\\u001B[2J.bin' listed in the manifest is missing").And.NotContain("\u001b");
    }

    /// <summary>Runs a load that must fail, and measures what the process allocated meanwhile.</summary>
    private static (ClassifierDataException Error, long Allocated) Refuse(Action load)
    {
        long before = GC.GetTotalAllocatedBytes(precise: true);
        ClassifierDataException error = load.Should().Throw<ClassifierDataException>().Which;
        return (error, GC.GetTotalAllocatedBytes(precise: true) - before);
    }

    /// <summary>Sets the uncompressed size an entry declares, in its local header and in the central directory.</summary>
    private static void PatchDeclaredSize(byte[] zip, string name, uint size)
    {
        byte[] nameBytes = Encoding.UTF8.GetBytes(name);
        int patched = 0;
        for (int at = 0; at + 46 <= zip.Length; at++)
        {
            int signature = BinaryPrimitives.ReadInt32LittleEndian(zip.AsSpan(at));
            (int sizeAt, int nameLengthAt, int nameAt) = signature switch
            {
                0x04034b50 => (22, 26, 30),
                0x02014b50 => (24, 28, 46),
                _ => (0, 0, 0),
            };
            if (sizeAt > 0 && BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(at + nameLengthAt)) == nameBytes.Length
                && zip.AsSpan(at + nameAt, nameBytes.Length).SequenceEqual(nameBytes))
            {
                BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(at + sizeAt), size);
                patched++;
            }
        }

        patched.Should().Be(2, "the entry has a local header and a central directory record");
    }

    /// <summary>The issue's zip, made once, and a good model's parts to build hostile variants of it.</summary>
    public sealed class Files
    {
        private readonly Dictionary<string, byte[]> _model;

        public Files()
        {
            IssueZip = HostileModelFiles.IssueZip();
            using var saved = new MemoryStream();
            CommentClassifier.LoadDefault().Save(saved);
            saved.Position = 0;
            using var zip = new ZipArchive(saved, ZipArchiveMode.Read);
            _model = zip.Entries.ToDictionary(e => e.FullName, e =>
            {
                using var content = new MemoryStream();
                using Stream stream = e.Open();
                stream.CopyTo(content);
                return content.ToArray();
            });
        }

        public byte[] IssueZip { get; }

        /// <summary>The good model's manifest with its entry hashes replaced.</summary>
        public byte[] ManifestNaming(IReadOnlyDictionary<string, string> hashes)
        {
            JsonNode manifest = JsonNode.Parse(_model["manifest.json"])!;
            var named = new JsonObject();
            foreach (var (name, hash) in hashes)
            {
                named[name] = hash;
            }

            manifest["EntryHashes"] = named;
            return Encoding.UTF8.GetBytes(manifest.ToJsonString());
        }

        /// <summary>The good model with one more entry, named in its manifest with its true hash.</summary>
        public byte[] ModelWith(string name, byte[] content)
        {
            Dictionary<string, byte[]> entries = _model.Where(e => e.Key != "manifest.json").ToDictionary(e => e.Key, e => e.Value);
            entries[name] = content;
            entries["manifest.json"] = ManifestNaming(entries.ToDictionary(e => e.Key, e => Convert.ToHexString(SHA256.HashData(e.Value))));
            return HostileModelFiles.Zeros(0, 0, entries);
        }

        /// <summary>The good model's entries added to <paramref name="zip"/>, whose own entries the manifest does not name.</summary>
        public byte[] ModelPlus(byte[] zip)
        {
            using var buffer = new MemoryStream();
            buffer.Write(zip);
            using (var archive = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
            {
                foreach (var (name, content) in _model)
                {
                    using Stream entry = archive.CreateEntry(name).Open();
                    entry.Write(content);
                }
            }

            return buffer.ToArray();
        }
    }

    /// <summary>A stream that cannot seek: the given bytes, or zeros without end.</summary>
    private sealed class NonSeekableStream(byte[]? bytes) : ForwardOnlyStream
    {
        private int _position;

        public override int Read(Span<byte> buffer)
        {
            if (bytes is null)
            {
                buffer.Clear();
                return buffer.Length;
            }

            int read = Math.Min(buffer.Length, bytes.Length - _position);
            bytes.AsSpan(_position, read).CopyTo(buffer);
            _position += read;
            return read;
        }
    }
}
