using Engage.Classifier.Evaluation;
using Engage.Classifier.Features;
using Engage.Classifier.Scoring;
using Engage.Classifier.Training;

namespace Engage.Classifier;

/// <summary>
/// Trains a <see cref="CommentClassifier"/> from labeled comments.
/// </summary>
/// <remarks>
/// <para>
/// The model: hashed word and character n-grams feed two L-BFGS logistic-regression text models
/// (spam vs. rest, low-relevance vs. genuine); their out-of-fold scores join about fifty hand-made
/// signals (links, list shape, signatures, disguised letters, contact baits, author fields, relevance
/// to the post) as features of two FastTree models, each Platt-calibrated.
/// </para>
/// <para>
/// Honest numbers: threads are split into <see cref="TrainerOptions.Folds"/> folds; every comment's
/// reported score comes from models that never saw its thread, and the spam threshold is chosen from
/// those scores to keep the genuine false-positive rate at <see cref="TrainerOptions.TargetFalsePositiveRate"/>.
/// The returned classifier is then trained on all the data. Same options and same data give the same model.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var trainer = new CommentClassifierTrainer(new TrainerOptions { Seed = 7 });
/// TrainingResult result = trainer.TrainFromCsv("comments.csv", "posts.csv");
/// Console.WriteLine($"held-out accuracy {result.Report.HeldOut.Accuracy:P1}");
/// result.Classifier.Save("model.zip");
/// </code>
/// </example>
public sealed class CommentClassifierTrainer
{
    private const double LowRelevanceThreshold = 0.5;

    /// <summary>Creates a trainer.</summary>
    /// <param name="options">Training options, or <see langword="null"/> for the defaults.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public CommentClassifierTrainer(TrainerOptions? options = null)
    {
        Options = (options ?? new TrainerOptions()).Validated();
    }

    /// <summary>The options this trainer uses.</summary>
    public TrainerOptions Options { get; }

    /// <summary>Trains from a labeled comments CSV and, optionally, its posts CSV (see <see cref="CommentCsv"/>).</summary>
    /// <param name="commentsPath">Labeled comments.</param>
    /// <param name="postsPath">Posts joined by thread, or <see langword="null"/>.</param>
    /// <param name="progress">Receives progress, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels training between steps.</param>
    /// <exception cref="ClassifierDataException">A file is missing or malformed.</exception>
    /// <exception cref="ArgumentException">The data cannot train a model (see <see cref="Train"/>).</exception>
    public TrainingResult TrainFromCsv(string commentsPath, string? postsPath = null, IProgress<TrainingProgress>? progress = null, CancellationToken cancellationToken = default) =>
        Train(CommentCsv.ReadLabeled(commentsPath, postsPath), progress, cancellationToken);

    /// <summary>Trains a classifier and measures it on held-out threads.</summary>
    /// <param name="comments">Labeled comments; they need both spam and non-spam, from at least two threads.</param>
    /// <param name="progress">Receives progress, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels training between steps.</param>
    /// <exception cref="ArgumentNullException"><paramref name="comments"/> is null.</exception>
    /// <exception cref="ArgumentException">No spam, no non-spam, fewer than two threads, or a fold without both classes.</exception>
    public TrainingResult Train(IEnumerable<LabeledComment> comments, IProgress<TrainingProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(comments);
        LabeledComment[] examples = comments.ToArray();
        CheckTrainable(examples);

        string[] originalGroups = examples.Select((e, i) => GroupOf(e, i)).ToArray();
        int folds = Math.Min(Options.Folds, ThreadFolds.CountGroups(originalGroups));
        if (folds < 2)
        {
            throw new ArgumentException("Training needs comments from at least two threads, so that it can measure on threads it did not train on.", nameof(comments));
        }

        int originals = examples.Length;
        var copies = ContextFreeCopies(examples, Options).ToArray();
        examples = [.. examples, .. copies.Select(c => c.Copy)];
        string[] groups = [.. originalGroups, .. copies.Select(c => originalGroups[c.Original])];

        int totalSteps = 2 + (2 * folds);
        int step = 0;
        progress?.Report(new TrainingProgress("featurizing", step, totalSteps));
        FeaturizedComment[] rows = Featurize(examples, cancellationToken);
        progress?.Report(new TrainingProgress("featurizing", ++step, totalSteps));

        int[] foldOf = ThreadFolds.Assign(groups, folds, Options.Seed);
        CommentLabel[] labels = examples.Select(e => e.Label).ToArray();
        bool learnFiller = labels.Count(l => l == CommentLabel.LowRelevance) >= Options.MinimumLowRelevanceExamples
            && labels.Count(l => l == CommentLabel.Genuine) >= Options.MinimumLowRelevanceExamples;
        var models = new MlNetModels(Options);

        for (int fold = 0; fold < folds; fold++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int held = fold;
            var train = rows.Where((_, i) => foldOf[i] != held).ToArray();
            CheckFold(train, held, learnFiller);
            var spamText = models.TrainText(train.Select(r => (r, r.Label == CommentLabel.Spam)));
            var fillerText = learnFiller ? models.TrainText(train.Where(r => r.Label != CommentLabel.Spam).Select(r => (r, r.Label == CommentLabel.LowRelevance))) : null;
            for (int i = 0; i < rows.Length; i++)
            {
                if (foldOf[i] == held)
                {
                    rows[i].Dense[FeatureLayout.SpamTextScore] = Dot(rows[i], spamText);
                    rows[i].Dense[FeatureLayout.FillerTextScore] = fillerText is null ? 0 : Dot(rows[i], fillerText);
                }
            }

            progress?.Report(new TrainingProgress($"text models, fold {fold + 1} of {folds}", ++step, totalSteps));
        }

        // Raw tree scores of every comment from the fold models that did not see its thread.
        var outOfFoldSpamScore = new float[rows.Length];
        var outOfFoldFillerScore = new float[rows.Length];
        for (int fold = 0; fold < folds; fold++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int held = fold;
            var train = rows.Where((_, i) => foldOf[i] != held).ToArray();
            var spamTrees = models.TrainTrees(train.Select(r => (r.Dense, r.Label == CommentLabel.Spam)));
            var fillerTrees = learnFiller ? models.TrainTrees(train.Where(r => r.Label != CommentLabel.Spam).Select(r => (r.Dense, r.Label == CommentLabel.LowRelevance))) : null;
            for (int i = 0; i < rows.Length; i++)
            {
                if (foldOf[i] == held)
                {
                    outOfFoldSpamScore[i] = (float)spamTrees.Ensemble.Score(rows[i].Dense);
                    outOfFoldFillerScore[i] = fillerTrees is null ? 0 : (float)fillerTrees.Ensemble.Score(rows[i].Dense);
                }
            }

            progress?.Report(new TrainingProgress($"tree models, fold {fold + 1} of {folds}", ++step, totalSteps));
        }

        var spamCalibrator = models.FitPlatt(rows.Select((r, i) => (outOfFoldSpamScore[i], r.Label == CommentLabel.Spam)));
        var fillerCalibrator = learnFiller
            ? models.FitPlatt(rows.Select((r, i) => (outOfFoldFillerScore[i], r.Label)).Where(x => x.Label != CommentLabel.Spam).Select(x => (x.Item1, x.Label == CommentLabel.LowRelevance)))
            : null;
        double[] outOfFoldSpam = outOfFoldSpamScore.Select(s => spamCalibrator.Calibration.Probability(s)).ToArray();
        double[] outOfFoldFiller = fillerCalibrator is null ? new double[rows.Length] : outOfFoldFillerScore.Select(s => fillerCalibrator.Calibration.Probability(s)).ToArray();

        // Only the comments as given count in the report and the threshold, not their context-free copies.
        CommentLabel[] originalLabels = labels[..originals];
        double[] originalSpam = outOfFoldSpam[..originals];
        double threshold = Metrics.ChooseThreshold(originalLabels, originalSpam, Options.TargetFalsePositiveRate);
        CommentLabel[] predicted = originalLabels.Select((_, i) => Decide(outOfFoldSpam[i], outOfFoldFiller[i], threshold, learnFiller)).ToArray();
        EvaluationReport heldOut = Metrics.Compute(originalLabels, predicted, originalSpam, threshold, originalGroups);

        cancellationToken.ThrowIfCancellationRequested();
        Dictionary<string, byte[]> entries = TrainFinal(models, rows, spamCalibrator, fillerCalibrator);
        var report = new TrainingReport
        {
            HeldOut = heldOut,
            Folds = folds,
            TrainingRows = originals,
            LabelCounts = Enum.GetValues<CommentLabel>().ToDictionary(l => l, l => originalLabels.Count(x => x == l)),
            TargetFalsePositiveRate = Options.TargetFalsePositiveRate,
            SpamThreshold = threshold,
            LearnedLowRelevance = learnFiller,
            Options = Options,
        };
        var manifest = new ModelManifest
        {
            FormatVersion = ModelManifest.CurrentFormatVersion,
            LibraryVersion = ModelArchive.LibraryVersion,
            Labels = Enum.GetNames<CommentLabel>(),
            SpamThreshold = threshold,
            LowRelevanceThreshold = LowRelevanceThreshold,
            TextDimension = CommentFeaturizer.TextDimension,
            FeatureNames = FeatureLayout.Names,
            EntryHashes = new Dictionary<string, string>(),
            TrainingReportEntry = ModelArchive.ReportEntry,
        };
        entries[ModelArchive.ReportEntry] = ModelArchive.SerializeReport(report);

        // Round-trip through the file format so a freshly trained classifier is exactly what a saved one loads as.
        byte[] file = ModelArchive.ToBytes(stream => ModelArchive.Write(stream, manifest, entries));
        using var reader = new MemoryStream(file, writable: false);
        progress?.Report(new TrainingProgress("final model", ++step, totalSteps));
        return new TrainingResult(CommentClassifier.Load(reader), report);
    }

    /// <summary>Trains the shipped models on all rows and returns the model-file entries.</summary>
    private static Dictionary<string, byte[]> TrainFinal(MlNetModels models, FeaturizedComment[] rows, MlNetModels.CalibratorModel spamCalibrator, MlNetModels.CalibratorModel? fillerCalibrator)
    {
        bool learnFiller = fillerCalibrator is not null;
        var spamText = models.TrainText(rows.Select(r => (r, r.Label == CommentLabel.Spam)));
        var fillerText = learnFiller ? models.TrainText(rows.Where(r => r.Label != CommentLabel.Spam).Select(r => (r, r.Label == CommentLabel.LowRelevance))) : null;
        var spamTrees = models.TrainTrees(rows.Select(r => (r.Dense, r.Label == CommentLabel.Spam)));
        var fillerTrees = learnFiller ? models.TrainTrees(rows.Where(r => r.Label != CommentLabel.Spam).Select(r => (r.Dense, r.Label == CommentLabel.LowRelevance))) : null;

        var scoring = new ScoringModel(
            new LinearTextModel(spamText.Weights, spamText.Bias, fillerText?.Weights, fillerText?.Bias ?? 0),
            spamTrees.Ensemble,
            spamCalibrator.Calibration,
            fillerTrees?.Ensemble,
            fillerCalibrator?.Calibration ?? default,
            ReferenceValues(rows));

        var entries = new Dictionary<string, byte[]>(StringComparer.Ordinal)
        {
            [ModelArchive.ScoringEntry] = ModelArchive.ToBytes(s => ScoringModelSerializer.Write(scoring, s)),
            [ModelArchive.MlNetFolder + "spam-text.zip"] = ModelArchive.ToBytes(s => models.Save(spamText.Transformer, spamText.Schema, s)),
            [ModelArchive.MlNetFolder + "spam-trees.zip"] = ModelArchive.ToBytes(s => models.Save(spamTrees.Transformer, spamTrees.Schema, s)),
            [ModelArchive.MlNetFolder + "spam-calibrator.zip"] = ModelArchive.ToBytes(s => models.Save(spamCalibrator.Transformer, spamCalibrator.Schema, s)),
        };
        if (fillerText is not null && fillerTrees is not null && fillerCalibrator is not null)
        {
            entries[ModelArchive.MlNetFolder + "filler-calibrator.zip"] = ModelArchive.ToBytes(s => models.Save(fillerCalibrator.Transformer, fillerCalibrator.Schema, s));
            entries[ModelArchive.MlNetFolder + "filler-text.zip"] = ModelArchive.ToBytes(s => models.Save(fillerText.Transformer, fillerText.Schema, s));
            entries[ModelArchive.MlNetFolder + "filler-trees.zip"] = ModelArchive.ToBytes(s => models.Save(fillerTrees.Transformer, fillerTrees.Schema, s));
        }

        return entries;
    }

    private static string GroupOf(LabeledComment example, int row) =>
        string.IsNullOrEmpty(example.Comment.ThreadId) ? $"\0row{row}" : example.Comment.ThreadId;

    /// <summary>
    /// Copies of a seeded share of the comments that have context, without their post and (every other copy)
    /// without their author fields. A copy keeps its thread id, so it lands in its original's fold.
    /// </summary>
    private static IEnumerable<(LabeledComment Copy, int Original)> ContextFreeCopies(LabeledComment[] examples, TrainerOptions options)
    {
        var random = new Random(options.Seed ^ 0x5EED);
        int copies = 0;
        for (int i = 0; i < examples.Length; i++)
        {
            LabeledComment example = examples[i];
            Comment comment = example.Comment;
            bool hasAuthor = comment.AuthorName is not null || comment.AuthorUrl is not null || comment.AuthorEmail is not null;
            if ((comment.Post is null && !hasAuthor) || random.NextDouble() >= options.ContextDropout)
            {
                continue;
            }

            bool dropAuthor = comment.Post is null || (copies++ % 2 == 1);
            Comment copy = dropAuthor
                ? comment with { Post = null, AuthorName = null, AuthorUrl = null, AuthorEmail = null }
                : comment with { Post = null };
            yield return (example with { Comment = copy }, i);
        }
    }

    internal static CommentLabel Decide(double spam, double filler, double spamThreshold, bool learnedFiller) =>
        spam >= spamThreshold ? CommentLabel.Spam
        : learnedFiller && filler >= LowRelevanceThreshold ? CommentLabel.LowRelevance
        : CommentLabel.Genuine;

    private static float Dot(FeaturizedComment row, MlNetModels.TextModel model)
    {
        float sum = 0;
        for (int i = 0; i < row.TextIndices.Length; i++)
        {
            sum += model.Weights[row.TextIndices[i]] * row.TextValues[i];
        }

        return sum + model.Bias;
    }

    /// <summary>The median of each feature over genuine comments (or all non-spam when there are none).</summary>
    private static float[] ReferenceValues(FeaturizedComment[] rows)
    {
        var basis = rows.Where(r => r.Label == CommentLabel.Genuine).ToArray();
        if (basis.Length == 0)
        {
            basis = rows.Where(r => r.Label != CommentLabel.Spam).ToArray();
        }

        var reference = new float[FeatureLayout.Count];
        var column = new float[basis.Length];
        for (int feature = 0; feature < FeatureLayout.Count; feature++)
        {
            for (int i = 0; i < basis.Length; i++)
            {
                column[i] = basis[i].Dense[feature];
            }

            Array.Sort(column);
            reference[feature] = column.Length == 0 ? 0 : column[column.Length / 2];
        }

        return reference;
    }

    private static FeaturizedComment[] Featurize(LabeledComment[] examples, CancellationToken cancellationToken)
    {
        var rows = new FeaturizedComment[examples.Length];
        Parallel.For(0, examples.Length, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            rows[i] = FeaturizedComment.Create(examples[i], FeatureWorkspace.Current);
        });
        return rows;
    }

    private static void CheckTrainable(LabeledComment[] examples)
    {
        if (examples.Any(e => e is null))
        {
            throw new ArgumentException("The training data contains a null comment.", "comments");
        }

        int spam = examples.Count(e => e.Label == CommentLabel.Spam);
        if (spam == 0 || spam == examples.Length)
        {
            throw new ArgumentException($"Training needs both spam and non-spam comments; got {spam} spam out of {examples.Length}.", "comments");
        }
    }

    private static void CheckFold(FeaturizedComment[] train, int fold, bool learnFiller)
    {
        bool hasSpam = train.Any(r => r.Label == CommentLabel.Spam);
        bool hasOther = train.Any(r => r.Label != CommentLabel.Spam);
        bool fillerOk = !learnFiller || (train.Any(r => r.Label == CommentLabel.LowRelevance) && train.Any(r => r.Label == CommentLabel.Genuine));
        if (!hasSpam || !hasOther || !fillerOk)
        {
            throw new ArgumentException($"Fold {fold + 1} leaves a training part without every label; add comments from more threads or lower TrainerOptions.Folds.", "comments");
        }
    }
}
