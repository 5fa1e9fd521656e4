using System.Globalization;
using System.IO.Compression;
using System.Reflection;
using System.Security.Cryptography;
using System.Text.Json;
using Engage.Classifier.Scoring;
using Engage.Classifier.Signals;
using Engage.Classifier.TextModel;

namespace Engage.Classifier.ModelFile;

/// <summary>
/// Reads and writes model files: one zip holding "manifest.json", the compiled "scoring.bin" and the ML.NET models
/// under "mlnet/". A model file may come from anyone who can drop a file where a host loads or hot-reloads models,
/// so reading is defensive: the archive size and its entry count are checked before the zip is opened, the manifest
/// is read first (from a bounded entry), then only the entries it names, whose declared sizes must add up to at most
/// <see cref="MaxInflatedBytes"/>; each is inflated into a buffer of exactly its declared size, hashed as it streams in,
/// and refused when it inflates to more or fewer bytes or to another SHA-256 than the manifest says. A zip bomb is thus
/// refused before it is inflated, and no hostile file costs more than the limits below.
/// </summary>
internal static class ModelArchive
{
    public const string ManifestEntry = "manifest.json";
    public const string ScoringEntry = "scoring.bin";
    public const string ReportEntry = "training-report.json";
    public const string MlNetFolder = "mlnet/";

    /// <summary>Most entries a model file may have. A model has 9 (manifest, scoring, report, six ML.NET models).</summary>
    public const int MaxEntries = 64;

    /// <summary>
    /// Largest model file, as stored (compressed). The default model is 2.1 MB; a model trained with ten times the
    /// trees and eight times the leaves stays well under this. A stream that cannot seek is buffered up to this size.
    /// </summary>
    public const long MaxArchiveBytes = 64L * 1024 * 1024;

    /// <summary>Most bytes the entries a manifest names may inflate to, together. The default model's inflate to 2.3 MB.</summary>
    public const long MaxInflatedBytes = 64L * 1024 * 1024;

    /// <summary>Largest manifest entry. The default model's is 2.2 KB (its feature names and entry hashes).</summary>
    public const long MaxManifestBytes = 1024L * 1024;

    /// <summary>The time every entry is stamped with, so the same model always gives the same bytes.</summary>
    public static readonly DateTimeOffset FixedTimestamp = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static string LibraryVersion { get; } =
        typeof(ModelArchive).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    /// <summary>Writes a model file from the manifest fields and the entry contents.</summary>
    public static void Write(Stream destination, ModelManifest manifestWithoutHashes, IReadOnlyDictionary<string, byte[]> entries)
    {
        var hashes = entries.ToDictionary(e => e.Key, e => Convert.ToHexString(SHA256.HashData(e.Value)), StringComparer.Ordinal);
        ModelManifest manifest = manifestWithoutHashes with { EntryHashes = new SortedDictionary<string, string>(hashes, StringComparer.Ordinal) };
        using var zip = new ZipArchive(destination, ZipArchiveMode.Create, leaveOpen: true);
        WriteEntry(zip, ManifestEntry, JsonSerializer.SerializeToUtf8Bytes(manifest, ManifestJsonContext.Default.ModelManifest));
        foreach (var (name, content) in entries.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            WriteEntry(zip, name, content);
        }
    }

    private static void WriteEntry(ZipArchive zip, string name, byte[] content)
    {
        // A fixed timestamp keeps the same model byte-identical from one build to the next.
        ZipArchiveEntry entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = FixedTimestamp;
        using Stream stream = entry.Open();
        stream.Write(content);
    }

    /// <summary>
    /// Reads a model file: the manifest, then the entries it names; the entries returned are those and the manifest.
    /// Every failure becomes a <see cref="ClassifierDataException"/> that says what is wrong.
    /// </summary>
    public static (ModelManifest Manifest, ScoringModel Scoring, IReadOnlyDictionary<string, byte[]> Entries) Read(Stream source, string description)
    {
        ModelManifest manifest;
        Dictionary<string, byte[]> entries;
        Stream seekable = ZipEnvelope.Seekable(source, description);
        try
        {
            ZipEnvelope.CheckEntryCount(seekable, description);
            using var zip = new ZipArchive(seekable, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.Entries.Count > MaxEntries)
            {
                throw ZipEnvelope.TooManyEntries(zip.Entries.Count, description);
            }

            ZipArchiveEntry manifestEntry = zip.GetEntry(ManifestEntry)
                ?? throw Fail(description, $"it has no {ManifestEntry}; it is not an Engage.Classifier model");
            if (manifestEntry.Length > MaxManifestBytes)
            {
                throw Fail(description, $"its {ManifestEntry} claims {manifestEntry.Length} bytes, more than a manifest can hold ({MaxManifestBytes})");
            }

            byte[] manifestBytes = ReadEntry(manifestEntry, expectedHash: null, description);
            manifest = ReadManifest(manifestBytes, description);
            CheckCompatible(manifest, description);
            entries = ReadNamedEntries(zip, manifest, description);
            entries[ManifestEntry] = manifestBytes;
        }
        catch (Exception ex) when (ex is InvalidDataException or EndOfStreamException or IOException or NotSupportedException)
        {
            throw Fail(description, "it is not a readable model zip (empty, truncated or corrupt)", ex);
        }
        finally
        {
            if (!ReferenceEquals(seekable, source))
            {
                seekable.Dispose();
            }
        }

        if (!entries.TryGetValue(ScoringEntry, out byte[]? scoringBytes))
        {
            throw Fail(description, $"it has no {ScoringEntry}");
        }

        try
        {
            using var scoringStream = new MemoryStream(scoringBytes, writable: false);
            return (manifest, ScoringModelSerializer.Read(scoringStream), entries);
        }
        catch (Exception ex) when (ex is InvalidDataException or EndOfStreamException or ArgumentException)
        {
            throw Fail(description, $"its scoring model is invalid: {ex.Message}", ex);
        }
    }

    /// <summary>The entries the manifest names, after their count and declared sizes are checked; nothing else is inflated.</summary>
    private static Dictionary<string, byte[]> ReadNamedEntries(ZipArchive zip, ModelManifest manifest, string description)
    {
        if (manifest.EntryHashes.Count > MaxEntries)
        {
            throw ZipEnvelope.TooManyEntries(manifest.EntryHashes.Count, description);
        }

        var named = new List<(ZipArchiveEntry Entry, string Hash)>(manifest.EntryHashes.Count);
        long declared = 0;
        foreach (var (name, hash) in manifest.EntryHashes)
        {
            ZipArchiveEntry entry = zip.GetEntry(name)
                ?? throw Fail(description, $"entry {SafeText.Quote(name)} listed in the manifest is missing");
            declared += entry.Length;
            named.Add((entry, hash));
        }

        if (declared > MaxInflatedBytes)
        {
            throw Fail(description, $"its entries claim {declared} bytes inflated, more than a model can hold ({MaxInflatedBytes})");
        }

        var entries = new Dictionary<string, byte[]>(named.Count, StringComparer.Ordinal);
        foreach (var (entry, hash) in named)
        {
            entries[entry.FullName] = ReadEntry(entry, hash, description);
        }

        return entries;
    }

    /// <summary>
    /// Inflates one entry into a buffer of exactly its declared size, hashing it as it streams in; fails when it inflates
    /// to more or fewer bytes, or (with <paramref name="expectedHash"/>) to another SHA-256.
    /// </summary>
    private static byte[] ReadEntry(ZipArchiveEntry entry, string? expectedHash, string description)
    {
        var content = new byte[entry.Length];
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using Stream stream = entry.Open();
        int filled = 0;
        int read;
        while (filled < content.Length && (read = stream.Read(content, filled, Math.Min(content.Length - filled, 1 << 16))) > 0)
        {
            hash.AppendData(content, filled, read);
            filled += read;
        }

        if (filled < content.Length)
        {
            throw Fail(description, $"entry {SafeText.Quote(entry.FullName)} ends before its declared {entry.Length} bytes (the file is corrupt)");
        }

        // .NET's zip reader stops at the declared size today (the hash then fails); this holds should it ever not.
        Span<byte> beyond = stackalloc byte[1];
        if (stream.Read(beyond) > 0)
        {
            throw Fail(description, $"entry {SafeText.Quote(entry.FullName)} inflates to more than its declared {entry.Length} bytes (the file is corrupt or hostile)");
        }

        if (expectedHash is not null && !string.Equals(Convert.ToHexString(hash.GetHashAndReset()), expectedHash, StringComparison.OrdinalIgnoreCase))
        {
            throw Fail(description, $"entry {SafeText.Quote(entry.FullName)} does not match its checksum (the file is corrupt)");
        }

        return content;
    }

    /// <summary>The failure for a model file larger than <see cref="MaxArchiveBytes"/>.</summary>
    public static ClassifierDataException TooLarge(string description) =>
        Fail(description, $"it is larger than a model can be ({MaxArchiveBytes} bytes)");

    private static ModelManifest ReadManifest(byte[] bytes, string description)
    {
        ModelManifest? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize(bytes, ManifestJsonContext.Default.ModelManifest);
        }
        catch (JsonException ex)
        {
            throw Fail(description, $"its manifest is not valid: {SafeText.Clean(ex.Message)}", ex);
        }

        return manifest ?? throw Fail(description, "its manifest is empty");
    }

    private static void CheckCompatible(ModelManifest manifest, string description)
    {
        if (manifest.FormatVersion > ModelManifest.CurrentFormatVersion)
        {
            throw Fail(description, $"it has model format version {manifest.FormatVersion}, made by Engage.Classifier {manifest.LibraryVersion}; this version ({LibraryVersion}) reads format {ModelManifest.CurrentFormatVersion}. Upgrade the package");
        }

        if (manifest.FormatVersion < ModelManifest.CurrentFormatVersion)
        {
            throw Fail(description, $"it has model format version {manifest.FormatVersion}, older than this version reads ({ModelManifest.CurrentFormatVersion}). Retrain the model");
        }

        if (manifest.TextDimension != HashedGrams.Dimension || !manifest.FeatureNames.SequenceEqual(FeatureLayout.Names))
        {
            throw Fail(description, "its features do not match this version of the library. Retrain the model");
        }
    }

    public static byte[] SerializeReport(TrainingReport report) => JsonSerializer.SerializeToUtf8Bytes(report, ManifestJsonContext.Default.TrainingReport);

    /// <summary>Parses the training report entry (already checked against its hash when the model was loaded).</summary>
    public static TrainingReport? ReadReport(ModelManifest manifest, IReadOnlyDictionary<string, byte[]> entries)
    {
        if (manifest.TrainingReportEntry is null || !entries.TryGetValue(manifest.TrainingReportEntry, out byte[]? bytes))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(bytes, ManifestJsonContext.Default.TrainingReport);
        }
        catch (JsonException ex)
        {
            throw new ClassifierDataException($"The model's training report is not valid: {ex.Message}", null, null, ex);
        }
    }

    public static byte[] ToBytes(Action<Stream> write)
    {
        using var buffer = new MemoryStream();
        write(buffer);
        return buffer.ToArray();
    }

    /// <summary>The failure of loading <paramref name="description"/>, with the problem in words.</summary>
    public static ClassifierDataException Fail(string description, string problem, Exception? inner = null) =>
        new($"Cannot load model {description}: {problem}.", description.StartsWith('\'') ? description.Trim('\'') : null, null, inner);
}
