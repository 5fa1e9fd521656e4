namespace Engage.Classifier.ModelFile;

/// <summary>The "manifest.json" entry of a model file: what the file holds and how to read it.</summary>
internal sealed record ModelManifest
{
    /// <summary>Format of the model file this version writes and reads.</summary>
    public const int CurrentFormatVersion = 1;

    public required int FormatVersion { get; init; }

    public required string LibraryVersion { get; init; }

    public required double SpamThreshold { get; init; }

    public required double LowRelevanceThreshold { get; init; }

    public required int TextDimension { get; init; }

    public required IReadOnlyList<string> FeatureNames { get; init; }

    /// <summary>SHA-256 (hex) of every other entry, by entry name; a mismatch means the file is corrupt.</summary>
    public required IReadOnlyDictionary<string, string> EntryHashes { get; init; }

    /// <summary>Name of the entry holding the training report, or <see langword="null"/> when the model has none.</summary>
    public required string? TrainingReportEntry { get; init; }
}
