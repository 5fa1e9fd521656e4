namespace Engage.Classifier.ModelFile;

/// <summary>The "manifest.json" entry of a model file: what the file holds and how to read it.</summary>
internal sealed record ModelManifest
{
    /// <summary>Format of the model file this version writes and reads.</summary>
    public const int CurrentFormatVersion = 3;

    /// <summary>The file format; a reader refuses other versions (<see cref="ModelArchive"/>).</summary>
    public required int FormatVersion { get; init; }

    /// <summary>Version of Engage.Classifier that wrote the file.</summary>
    public required string LibraryVersion { get; init; }

    /// <summary>The spam threshold (chosen in training, or set with <see cref="CommentClassifier.WithSpamThreshold"/>).</summary>
    public required double SpamThreshold { get; init; }

    /// <summary>The low-relevance threshold (<see cref="Verdicts.VerdictRule.LowRelevanceThreshold"/>).</summary>
    public required double LowRelevanceThreshold { get; init; }

    /// <summary>Buckets of the hashed text features; must match <see cref="TextModel.HashedGrams.Dimension"/>.</summary>
    public required int TextDimension { get; init; }

    /// <summary>Names of the dense features in order; must match <see cref="Signals.FeatureLayout.Names"/>.</summary>
    public required IReadOnlyList<string> FeatureNames { get; init; }

    /// <summary>SHA-256 (hex) of every other entry, by entry name; a mismatch means the file is corrupt.</summary>
    public required IReadOnlyDictionary<string, string> EntryHashes { get; init; }

    /// <summary>Name of the entry holding the training report, or <see langword="null"/> when the model has none.</summary>
    public required string? TrainingReportEntry { get; init; }

    /// <summary>The site calibration the model carries, or <see langword="null"/> (models from training, and files written before calibration existed).</summary>
    public SiteCalibration? Calibration { get; init; }
}
