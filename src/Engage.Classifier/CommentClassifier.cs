using Engage.Classifier.ModelFile;
using Engage.Classifier.Scoring;
using Engage.Classifier.Semantics;

namespace Engage.Classifier;

/// <summary>
/// Tells genuine comments from low-relevance filler and spam, with a calibrated spam probability,
/// relevance to the post and the reasons behind each verdict.
/// </summary>
/// <remarks>
/// A classifier is immutable and thread-safe: load it once and share it across all threads and requests.
/// Scoring does not go through an ML.NET <c>PredictionEngine</c>; the trained ML.NET models are compiled into
/// plain arrays at load time, so calls never contend for a lock and allocate only the verdict.
/// <para>
/// Reasons: every method that returns verdicts explains them unless told not to (<c>includeReasons</c> defaults to
/// <see langword="true"/> for <see cref="Classify(Comment, bool)"/>, <see cref="ClassifyBatch"/> and
/// <see cref="ClassifyStream"/> alike), so a verdict always carries what it is documented to carry. Explaining is
/// computed in the same pass over the trees as the scores and adds a fraction to the cost of the verdict (10% to
/// 40% of a single verdict, 13% of a file of 200,000 comments: benchmarks/README.md); pass <c>includeReasons: false</c> when only labels and probabilities are
/// needed (<see cref="Evaluate"/> does). The label and probabilities never depend on it.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var classifier = CommentClassifier.LoadDefault();
/// Verdict verdict = classifier.Classify(new Comment("cheap oakleys\ncoach outlet\nray ban sunglasses"));
/// Console.WriteLine($"{verdict.Label} {verdict.SpamProbability:P0}: {string.Join("; ", verdict.Reasons)}");
/// </code>
/// </example>
public sealed partial class CommentClassifier
{
    private const string DefaultModelResource = "Engage.Classifier.default-model.zip";
    /// <summary>Batches smaller than this are classified on the calling thread (parallelism costs more than it saves).</summary>
    private const int ParallelBatchThreshold = 256;

    /// <summary>A parallel batch is cut into this many chunks per core, so uneven comment lengths even out.</summary>
    private const int ChunksPerCore = 4;

    private static readonly Lazy<CommentClassifier> Default = new(LoadEmbeddedDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly ScoringModel _scoring;
    private readonly ModelManifest _manifest;
    private readonly IReadOnlyDictionary<string, byte[]> _entries;
    private readonly Lazy<TrainingReport?> _trainingReport;

    internal CommentClassifier(ScoringModel scoring, ModelManifest manifest, IReadOnlyDictionary<string, byte[]> entries)
    {
        _scoring = scoring;
        _manifest = manifest;
        _entries = entries;
        _trainingReport = new Lazy<TrainingReport?>(() => ModelArchive.ReadReport(manifest, entries));
        SpamThreshold = manifest.SpamThreshold;
    }

    /// <summary>Spam probability at or above which a comment is called <see cref="CommentLabel.Spam"/>.</summary>
    /// <value>The threshold chosen in training to keep genuine false positives at the target rate, unless replaced with <see cref="WithSpamThreshold"/>.</value>
    public double SpamThreshold { get; private init; }

    /// <summary><see langword="true"/> when the model learned the <see cref="CommentLabel.LowRelevance"/> label; otherwise it only tells spam from genuine.</summary>
    public bool CanDetectLowRelevance => _scoring.FillerTrees is not null;

    /// <summary>What training measured on held-out threads; <see langword="null"/> for models saved without it.</summary>
    /// <remarks>Read from the model file on first access (it is not needed for scoring).</remarks>
    /// <exception cref="ClassifierDataException">The stored report cannot be parsed.</exception>
    public TrainingReport? TrainingReport => _trainingReport.Value;

    /// <summary>Version of Engage.Classifier that trained the model.</summary>
    public string TrainedWithVersion => _manifest.LibraryVersion;

    /// <summary>
    /// How the model was calibrated to a site (<see cref="Calibrate"/>), or <see langword="null"/> when it carries the
    /// calibration it was trained with.
    /// </summary>
    public SiteCalibration? Calibration => _manifest.Calibration;

    internal ScoringModel Scoring => _scoring;

    internal ModelManifest Manifest => _manifest;

    internal IReadOnlyDictionary<string, byte[]> Entries => _entries;

    /// <summary>
    /// The default model that ships inside the package, trained on the project's blog-comment corpus.
    /// Loaded once per process and shared.
    /// </summary>
    /// <exception cref="InvalidOperationException">The package was built without its default model.</exception>
    public static CommentClassifier LoadDefault() => Default.Value;

    /// <summary>Loads a model file written by <see cref="Save(string)"/>.</summary>
    /// <remarks>
    /// Safe on files from anyone (a folder a host hot-reloads from, an upload): the manifest is read first, then only the
    /// entries it names, each checked against its SHA-256 as it is inflated, within fixed limits (at most 64 entries, a
    /// 64 MB file and 64 MB inflated; a model is a few MB). A zip bomb is refused before it is inflated.
    /// </remarks>
    /// <param name="path">Path of the model zip.</param>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    /// <exception cref="ClassifierDataException">The file is missing, over the limits, truncated, corrupt or of an incompatible version.</exception>
    public static CommentClassifier Load(string path)
    {
        Guard.NotNullOrWhiteSpace(path);
        string description = $"'{path}'";
        FileStream stream;
        try
        {
            stream = File.OpenRead(path);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new ClassifierDataException($"Cannot load model {description}: the file does not exist.", path, null, ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ClassifierDataException($"Cannot load model {description}: {ex.Message}", path, null, ex);
        }

        using (stream)
        {
            return Load(stream, description);
        }
    }

    /// <summary>Loads a model from a stream holding a model zip, with the checks and limits of <see cref="Load(string)"/>. The stream is left open.</summary>
    /// <param name="stream">A readable stream; one that cannot seek is copied into memory first, up to the 64 MB limit.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ClassifierDataException">The content is not a valid model or is over the limits.</exception>
    public static CommentClassifier Load(Stream stream)
    {
        Guard.NotNull(stream);
        return Load(stream, "from stream");
    }

    /// <summary>Loads a model file without blocking the calling thread on I/O.</summary>
    /// <param name="path">Path of the model zip.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="ClassifierDataException">The file is missing, larger than a model can be, truncated, corrupt or of an incompatible version.</exception>
    public static async Task<CommentClassifier> LoadAsync(string path, CancellationToken cancellationToken = default)
    {
        Guard.NotNullOrWhiteSpace(path);
        string description = $"'{path}'";
        byte[] bytes;
        try
        {
            await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, useAsync: true);
            if (file.Length > ModelArchive.MaxArchiveBytes)
            {
                // Checked before reading, so a huge file is not read into memory first.
                throw ModelArchive.TooLarge(description);
            }

            bytes = new byte[file.Length];
            await file.ReadExactlyAsync(bytes, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new ClassifierDataException($"Cannot load model {description}: the file does not exist.", path, null, ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ClassifierDataException($"Cannot load model {description}: {ex.Message}", path, null, ex);
        }

        using var stream = new MemoryStream(bytes, writable: false);
        return Load(stream, description);
    }

    private static CommentClassifier Load(Stream stream, string description)
    {
        // The static embedding table and its tokenizer (about as long to load as the model) are needed by the first
        // comment with a post; loading them on a pool thread meanwhile overlaps the two on a machine with a free core.
        TextEmbedder.PreloadDefault();
        var (manifest, scoring, entries) = ModelArchive.Read(stream, description);
        return new CommentClassifier(scoring, manifest, entries);
    }

    private static CommentClassifier LoadEmbeddedDefault()
    {
        using Stream stream = typeof(CommentClassifier).Assembly.GetManifestResourceStream(DefaultModelResource)
            ?? throw new InvalidOperationException("This build of Engage.Classifier has no embedded default model. Train one with 'engage train' and load it with CommentClassifier.Load(path).");
        return Load(stream, "(embedded default)");
    }

    /// <summary>Saves the model to a file, atomically: it is written beside the target, then renamed over it.</summary>
    /// <param name="path">Destination path; its folder must exist.</param>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    public void Save(string path)
    {
        Guard.NotNullOrWhiteSpace(path);
        using AtomicFile file = AtomicFile.Create(path);
        Save(file.Stream);
        file.Commit();
    }

    /// <summary>Saves the model to a stream as a zip. The stream is left open.</summary>
    /// <param name="stream">A writable stream.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    public void Save(Stream stream)
    {
        Guard.NotNull(stream);
        var entries = _entries.Where(e => e.Key != ModelArchive.ManifestEntry).ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
        ModelArchive.Write(stream, _manifest with { SpamThreshold = SpamThreshold }, entries);
    }

    /// <summary>Returns a classifier that shares this model but calls spam at <paramref name="threshold"/>.</summary>
    /// <param name="threshold">Spam probability threshold, 0 to 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threshold"/> is outside 0..1.</exception>
    public CommentClassifier WithSpamThreshold(double threshold)
    {
        Guard.Probability(threshold);
        return new CommentClassifier(_scoring, _manifest, _entries) { SpamThreshold = threshold };
    }

    /// <summary>
    /// Calibrates the model to a site without retraining it: refits the spam probability calibration (Platt, on the spam
    /// trees' raw scores of the comments that carry a payload) and chooses the spam threshold for
    /// <paramref name="targetFalsePositiveRate"/> on the site's labeled comments. The trees and text models stay as they
    /// are, so the ranking does not change; what a probability means and where the threshold sits move to the site.
    /// </summary>
    /// <remarks>
    /// The report measures before and after on the latest quarter of the comments (in the order given: pass them in time
    /// order) with a calibration fitted on the earlier three quarters; the returned model is then fitted on all of them.
    /// It records that it was calibrated, on how many comments, on what (<paramref name="source"/>) and when
    /// (<see cref="Calibration"/>, saved with the model). A few hundred comments with both labels are enough; fewer
    /// give a threshold that moves with every comment added. When the comments with a payload are all spam (or all not
    /// spam), the probability cannot be refitted: the model keeps its calibration and only the threshold moves
    /// (<see cref="CalibrationReport.ProbabilityRefitted"/>).
    /// </remarks>
    /// <param name="comments">The site's labeled comments, oldest first; spam and genuine (and low relevance when <see cref="CanDetectLowRelevance"/>); at least 40.</param>
    /// <param name="targetFalsePositiveRate">Highest share of the site's genuine comments the new threshold may call spam.</param>
    /// <param name="source">What the comments are (a file name, a site), recorded in the model; or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Checked between comments while scoring.</param>
    /// <returns>The calibrated classifier (this one is unchanged) and the before/after report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="comments"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="targetFalsePositiveRate"/> is not between 0 and 1.</exception>
    /// <exception cref="ArgumentException">
    /// An item is null or has an undefined label or a bad weight; fewer than 40 comments; no spam or no genuine comment; a
    /// comment labeled low relevance for a model that does not detect it (labels of another model's label set).
    /// </exception>
    /// <example>
    /// <code>
    /// CalibrationResult site = CommentClassifier.LoadDefault().Calibrate(CommentCsv.ReadLabeled("site.csv"), source: "site.csv");
    /// Console.WriteLine($"spam recall {site.Report.Before.SpamRecall:P0} → {site.Report.After.SpamRecall:P0}");
    /// site.Classifier.Save("site.zip");
    /// </code>
    /// </example>
    public CalibrationResult Calibrate(IEnumerable<LabeledComment> comments, double targetFalsePositiveRate = 0.01, string? source = null, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(comments);
        Guard.Probability(targetFalsePositiveRate);
        return Engage.Classifier.Calibration.SiteCalibrator.Calibrate(this, comments.ToArray(), targetFalsePositiveRate, source, DateTimeOffset.UtcNow, cancellationToken);
    }
}
