using System.IO.Compression;
using System.Reflection;
using System.Security.Cryptography;
using System.Text.Json;
using Engage.Classifier.Scoring;
using Engage.Classifier.Signals;
using Engage.Classifier.TextModel;

namespace Engage.Classifier.ModelFile;

/// <summary>
/// Reads and writes model files: one zip holding "manifest.json", the compiled "scoring.bin" and the
/// ML.NET models under "mlnet/". Every entry is checked against the manifest's SHA-256 on load.
/// </summary>
internal static class ModelArchive
{
    public const string ManifestEntry = "manifest.json";
    public const string ScoringEntry = "scoring.bin";
    public const string ReportEntry = "training-report.json";
    public const string MlNetFolder = "mlnet/";

    /// <summary>The largest entry a model file may hold; a larger claimed size means a corrupt or hostile file.</summary>
    private const long MaxEntryBytes = 256L * 1024 * 1024;

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

    /// <summary>Reads a model file. Every failure becomes a <see cref="ClassifierDataException"/> that says what is wrong.</summary>
    public static (ModelManifest Manifest, ScoringModel Scoring, IReadOnlyDictionary<string, byte[]> Entries) Read(Stream source, string description)
    {
        Dictionary<string, byte[]> entries;
        try
        {
            using var zip = new ZipArchive(source, ZipArchiveMode.Read, leaveOpen: true);
            entries = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            foreach (ZipArchiveEntry entry in zip.Entries)
            {
                if (entry.Length > MaxEntryBytes)
                {
                    throw Fail(description, $"entry '{entry.FullName}' claims {entry.Length} bytes, more than a model can hold");
                }

                using Stream stream = entry.Open();
                using var buffer = new MemoryStream((int)entry.Length);
                stream.CopyTo(buffer);
                entries[entry.FullName] = buffer.ToArray();
            }
        }
        catch (Exception ex) when (ex is InvalidDataException or EndOfStreamException or IOException or NotSupportedException)
        {
            throw Fail(description, "it is not a readable model zip (empty, truncated or corrupt)", ex);
        }

        if (!entries.TryGetValue(ManifestEntry, out byte[]? manifestBytes))
        {
            throw Fail(description, $"it has no {ManifestEntry}; it is not an Engage.Classifier model");
        }

        ModelManifest manifest = ReadManifest(manifestBytes, description);
        CheckCompatible(manifest, description);
        foreach (var (name, expected) in manifest.EntryHashes)
        {
            if (!entries.TryGetValue(name, out byte[]? content))
            {
                throw Fail(description, $"entry '{name}' listed in the manifest is missing");
            }

            if (!string.Equals(Convert.ToHexString(SHA256.HashData(content)), expected, StringComparison.OrdinalIgnoreCase))
            {
                throw Fail(description, $"entry '{name}' does not match its checksum (the file is corrupt)");
            }
        }

        if (!entries.TryGetValue(ScoringEntry, out byte[]? scoringBytes) || !manifest.EntryHashes.ContainsKey(ScoringEntry))
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

    private static ModelManifest ReadManifest(byte[] bytes, string description)
    {
        ModelManifest? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize(bytes, ManifestJsonContext.Default.ModelManifest);
        }
        catch (JsonException ex)
        {
            throw Fail(description, $"its manifest is not valid: {ex.Message}", ex);
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

    private static ClassifierDataException Fail(string description, string problem, Exception? inner = null) =>
        new($"Cannot load model {description}: {problem}.", description.StartsWith('\'') ? description.Trim('\'') : null, null, inner);
}
