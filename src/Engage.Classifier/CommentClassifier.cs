using Engage.Classifier.ModelFile;
using Engage.Classifier.Scoring;
using Engage.Classifier.Signals;
using Engage.Classifier.Signals.Families;
using Engage.Classifier.Signals.Thread;
using Engage.Classifier.Verdicts;

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
public sealed class CommentClassifier
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

    /// <summary>Classifies a comment given only its text, with its reasons.</summary>
    /// <param name="text">The comment text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public Verdict Classify(string text) => Classify(new Comment(text));

    /// <summary>Classifies one comment.</summary>
    /// <param name="comment">The comment, with its post and author fields when known.</param>
    /// <param name="includeReasons">Whether to explain the verdict (computed in the same pass as the scores, a fraction of their cost); the label and probabilities are the same either way.</param>
    /// <returns>The verdict. Empty or white-space text is <see cref="CommentLabel.LowRelevance"/> with the reason <c>empty</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="comment"/> is null.</exception>
    public Verdict Classify(Comment comment, bool includeReasons = true)
    {
        Guard.NotNull(comment);
        if (string.IsNullOrWhiteSpace(comment.Text))
        {
            return Empty(comment, includeReasons);
        }

        return Classify(comment, TreeInputOf(comment, FeatureWorkspace.Current), includeReasons);
    }

    /// <summary>
    /// Classifies the comments of one or more threads in thread order, each compared with the earlier comments of its
    /// own thread (same <see cref="Comment.ThreadId"/>; comments without one form one thread). A comment that nearly
    /// copies an earlier comment (80 % of its word 4-grams, or nearly the same meaning; at least 12 words) or a sentence of
    /// the post is at least <see cref="CommentLabel.LowRelevance"/>, and its first reason (<c>copies_comment</c>) names the
    /// earlier comment by its <see cref="Comment.Id"/> (or "#position"); a <see cref="CommentLabel.Genuine"/> comment that
    /// answers an earlier comment (close in meaning, not a copy) says so first (<c>answers_comment</c>). Otherwise the verdict is the one
    /// <see cref="Classify(Comment, bool)"/> gives. The last 200 comments of each thread are remembered, and at most
    /// 10,000 in all (the threads used least recently are forgotten first).
    /// </summary>
    /// <param name="comments">The comments in the order they were written (oldest first); enumerated once, lazily, on the calling thread.</param>
    /// <param name="includeReasons">Whether to explain each verdict (see the class remarks).</param>
    /// <param name="cancellationToken">Checked before each comment.</param>
    /// <returns>A lazy sequence of verdicts, one per comment, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="comments"/> is null.</exception>
    /// <exception cref="ArgumentException">While enumerating: an item is null; the message names its index (<c>comments[3]</c>).</exception>
    /// <exception cref="OperationCanceledException">While enumerating: <paramref name="cancellationToken"/> was cancelled.</exception>
    /// <example>
    /// <code>
    /// var post = new Post("Fixing slow Wi-Fi at home", postBody);
    /// Comment[] thread =
    /// [
    ///     new("Moving the router off the floor doubled my speed.") { Id = "c1", Post = post },
    ///     new("Moving the router off the floor doubled my speed!!") { Id = "c2", Post = post },
    /// ];
    /// foreach (Verdict verdict in classifier.ClassifyThread(thread))
    /// {
    ///     Console.WriteLine(verdict); // c2: LowRelevance, "nearly copies comment 'c1' earlier in the thread"
    /// }
    /// </code>
    /// </example>
    public IEnumerable<Verdict> ClassifyThread(IEnumerable<Comment> comments, bool includeReasons = true, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(comments);
        return Iterate();

        IEnumerable<Verdict> Iterate()
        {
            var threads = new ThreadMemories();
            long index = 0;
            foreach (Comment comment in comments)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Guard.ItemNotNull(comment, index++, nameof(comments));
                if (string.IsNullOrWhiteSpace(comment.Text))
                {
                    yield return Empty(comment, includeReasons);
                    continue;
                }

                yield return ClassifyInThread(comment, threads.For(comment.ThreadId), includeReasons);
            }
        }
    }

    private Verdict ClassifyInThread(Comment comment, ThreadMemory thread, bool includeReasons)
    {
        FeatureWorkspace workspace = FeatureWorkspace.Current;
        ReadOnlySpan<float> features = TreeInputOf(comment, workspace);
        if (!workspace.Meaning.HasRun)
        {
            // Without a post the featurizer skips the embedding; the thread compares meanings, so it is computed here.
            workspace.Meaning.Run(workspace.Links.Mask(workspace.Text.Text));
        }

        ThreadEvidence evidence = thread.Compare(workspace);
        thread.Add(comment.Id, workspace);
        Verdict alone = Classify(comment, features, includeReasons);
        return ThreadRule.Apply(alone, evidence, features, includeReasons);
    }

    private static Verdict Empty(Comment comment, bool includeReasons) =>
        Verdict.Explained(CommentLabel.LowRelevance, 0, 1, comment.Post is null ? null : 0, includeReasons ? [ReasonBuilder.EmptyComment] : []);

    private Verdict Classify(Comment comment, ReadOnlySpan<float> features, bool includeReasons)
    {
        double spam, filler;
        var shares = new GroupShares(stackalloc double[FeatureLayout.Groups.Length], stackalloc double[FeatureLayout.Groups.Length]);
        if (includeReasons)
        {
            // The reasons come from the same pass over the trees as the scores.
            (spam, filler) = _scoring.Score(features, shares);
        }
        else
        {
            spam = _scoring.SpamProbability(features);
            filler = _scoring.FillerProbability(features);
        }

        CommentLabel label = VerdictRule.Decide(spam, filler, SpamThreshold, _manifest.LowRelevanceThreshold, CanDetectLowRelevance);
        double? relevance = comment.Post is null ? null : RelevanceBlend.Of(features);
        IReadOnlyList<Reason> reasons = includeReasons ? ReasonBuilder.Explain(shares, features, label, spam, SpamThreshold) : [];
        return Verdict.Explained(label, spam, filler, relevance, reasons) with { Payload = PayloadSignals.KindsOf(features) };
    }

    /// <summary>The trees' input for <paramref name="comment"/> as serving computes it: signals, then the text models' scores.</summary>
    internal ReadOnlySpan<float> TreeInputOf(Comment comment, FeatureWorkspace workspace)
    {
        CommentFeaturizer.Featurize(comment, workspace);
        (float spamText, float fillerText) = _scoring.Text.Score(workspace.Grams.Buckets);
        return TreeInput.Compose(workspace.Signals, spamText, fillerText, workspace.TreeInput);
    }

    /// <summary>
    /// Classifies many comments, in parallel for large batches. Results are in input order. Every item is checked
    /// before any is scored.
    /// </summary>
    /// <param name="comments">The comments.</param>
    /// <param name="includeReasons">Whether to explain each verdict (a fraction of the cost of the verdicts; see the class remarks).</param>
    /// <param name="cancellationToken">Checked between comments, on every thread of a parallel batch.</param>
    /// <returns>One verdict per comment, in input order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="comments"/> is null.</exception>
    /// <exception cref="ArgumentException">An item is null; the message names its index (<c>comments[3]</c>).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled; no verdicts are returned.</exception>
    public Verdict[] ClassifyBatch(IReadOnlyList<Comment> comments, bool includeReasons = true, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(comments);
        Guard.NoNullItems(comments);
        cancellationToken.ThrowIfCancellationRequested();
        var verdicts = new Verdict[comments.Count];
        if (comments.Count < ParallelBatchThreshold)
        {
            for (int i = 0; i < verdicts.Length; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                verdicts[i] = Classify(comments[i], includeReasons);
            }

            return verdicts;
        }

        int chunks = Environment.ProcessorCount * ChunksPerCore;
        int chunkSize = (comments.Count + chunks - 1) / chunks;
        try
        {
            // The token stops new chunks from starting; each chunk also stops between comments.
            Parallel.For(0, chunks, new ParallelOptions { CancellationToken = cancellationToken }, chunk =>
            {
                int end = Math.Min(comments.Count, (chunk + 1) * chunkSize);
                for (int i = chunk * chunkSize; i < end && !cancellationToken.IsCancellationRequested; i++)
                {
                    verdicts[i] = Classify(comments[i], includeReasons);
                }
            });
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count == 1)
        {
            // Callers see the exception a sequential batch would throw, not the parallel loop's wrapper.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(ex.InnerExceptions[0]);
        }

        cancellationToken.ThrowIfCancellationRequested();
        return verdicts;
    }

    /// <summary>Classifies a sequence of comments lazily, one at a time, in order; memory does not grow with the input.</summary>
    /// <param name="comments">The comments; enumerated once, as the verdicts are.</param>
    /// <param name="includeReasons">Whether to explain each verdict (a fraction of the cost of the verdicts; see the class remarks).</param>
    /// <param name="cancellationToken">Checked before each comment.</param>
    /// <returns>A lazy sequence of verdicts, one per comment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="comments"/> is null.</exception>
    /// <exception cref="ArgumentException">While enumerating: an item is null; the message names its index (<c>comments[3]</c>).</exception>
    /// <exception cref="OperationCanceledException">While enumerating: <paramref name="cancellationToken"/> was cancelled.</exception>
    public IEnumerable<Verdict> ClassifyStream(IEnumerable<Comment> comments, bool includeReasons = true, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(comments);
        return Iterate();

        IEnumerable<Verdict> Iterate()
        {
            long index = 0;
            foreach (Comment comment in comments)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return Classify(Guard.ItemNotNull(comment, index++, nameof(comments)), includeReasons);
            }
        }
    }

    /// <summary>Scores labeled comments (without reasons) and measures the verdicts against their labels.</summary>
    /// <param name="comments">Labeled comments the model was not trained on; every item is checked before any is scored.</param>
    /// <param name="cancellationToken">Checked while reading <paramref name="comments"/> and between comments while scoring.</param>
    /// <returns>Accuracy, spam precision and recall, genuine false-positive rate, AUC, the confusion matrix and a threshold table, at <see cref="SpamThreshold"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="comments"/> is null.</exception>
    /// <exception cref="ArgumentException">There are no comments, or an item, its comment or its label is null or undefined; the message names its index.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public EvaluationReport Evaluate(IEnumerable<LabeledComment> comments, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(comments);
        var examples = new List<LabeledComment>();
        foreach (LabeledComment example in comments)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Guard.ItemNotNull(example, examples.Count, nameof(comments));
            Guard.ValidItem(example.Comment is not null, examples.Count, nameof(comments), "has a null Comment");
            Guard.ValidItem(Enum.IsDefined(example.Label), examples.Count, nameof(comments), $"has Label {(int)example.Label}, which is not a CommentLabel");

            examples.Add(example);
        }

        if (examples.Count == 0)
        {
            throw new ArgumentException("Nothing to evaluate: no comments.", nameof(comments));
        }

        Verdict[] verdicts = ClassifyBatch(examples.Select(e => e.Comment).ToArray(), includeReasons: false, cancellationToken);
        return EvaluationReport.Compute(examples.Select(e => e.Label).ToArray(), verdicts, SpamThreshold, examples.Select(e => e.Comment.ThreadId).ToArray());
    }
}
