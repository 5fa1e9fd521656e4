using System.Diagnostics.CodeAnalysis;
using Engage.Classifier.Evaluation;
using Engage.Classifier.Signals;
using Engage.Classifier.Training;
using Engage.Classifier.Verdicts;

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
    /// <summary>Creates a trainer.</summary>
    /// <param name="options">Training options, or <see langword="null"/> for the defaults.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public CommentClassifierTrainer(TrainerOptions? options = null)
    {
        Options = OptionsValidation.Validated(options ?? new TrainerOptions());
    }

    /// <summary>The options this trainer uses.</summary>
    public TrainerOptions Options { get; }

    /// <summary>How many folds train at once, and how many threads FastTree may use; the model is the same for any value.</summary>
    internal int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Trains from a labeled comments CSV and, optionally, its posts CSV (see <see cref="CommentCsv"/>).</summary>
    /// <param name="commentsPath">Labeled comments.</param>
    /// <param name="postsPath">Posts joined by thread, or <see langword="null"/>.</param>
    /// <param name="progress">Receives progress, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels training between steps.</param>
    /// <exception cref="ClassifierDataException">A file is missing, not UTF-8 or malformed; the message names it and the line.</exception>
    /// <exception cref="ArgumentException">The data cannot train a model (see <see cref="Train"/>).</exception>
    public TrainingResult TrainFromCsv(string commentsPath, string? postsPath = null, IProgress<TrainingProgress>? progress = null, CancellationToken cancellationToken = default) =>
        Train(CommentCsv.ReadLabeled(commentsPath, postsPath), progress, cancellationToken);

    /// <summary>
    /// Trains from labeled comments CSV text in a stream and, optionally, its posts (see <see cref="CommentCsv"/>): UTF-8,
    /// checked. The streams are read from their current position and left open.
    /// </summary>
    /// <param name="comments">Labeled comments.</param>
    /// <param name="posts">Posts joined by thread, or <see langword="null"/>.</param>
    /// <param name="progress">Receives progress, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels training between steps.</param>
    /// <exception cref="ArgumentNullException"><paramref name="comments"/> is null.</exception>
    /// <exception cref="ClassifierDataException">A stream is not UTF-8 or is malformed; the message names it (its file name, or "comments stream" or "posts stream") and the line.</exception>
    /// <exception cref="ArgumentException">The data cannot train a model (see <see cref="Train"/>).</exception>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The overloads differ in the type of their first parameter (path, Stream, TextReader); no call is ambiguous.")]
    public TrainingResult TrainFromCsv(Stream comments, Stream? posts = null, IProgress<TrainingProgress>? progress = null, CancellationToken cancellationToken = default) =>
        Train(CommentCsv.ReadLabeled(comments, posts), progress, cancellationToken);

    /// <summary>
    /// Trains from labeled comments CSV text in a reader and, optionally, its posts (see <see cref="CommentCsv"/>), read as
    /// the readers decode them: the way to train from a file in a legacy encoding. The readers are left open.
    /// </summary>
    /// <param name="comments">Labeled comments.</param>
    /// <param name="posts">Posts joined by thread, or <see langword="null"/>.</param>
    /// <param name="progress">Receives progress, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels training between steps.</param>
    /// <exception cref="ArgumentNullException"><paramref name="comments"/> is null.</exception>
    /// <exception cref="ClassifierDataException">The text is malformed; the message names the reader (the file under it, or "comments reader" or "posts reader") and the line.</exception>
    /// <exception cref="ArgumentException">The data cannot train a model (see <see cref="Train"/>).</exception>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The overloads differ in the type of their first parameter (path, Stream, TextReader); no call is ambiguous.")]
    public TrainingResult TrainFromCsv(TextReader comments, TextReader? posts = null, IProgress<TrainingProgress>? progress = null, CancellationToken cancellationToken = default) =>
        Train(CommentCsv.ReadLabeled(comments, posts), progress, cancellationToken);

    /// <summary>Trains a classifier and measures it on held-out threads.</summary>
    /// <param name="comments">Labeled comments; they need both spam and non-spam, from at least two threads.</param>
    /// <param name="progress">Receives progress, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels training between steps.</param>
    /// <exception cref="ArgumentNullException"><paramref name="comments"/> is null.</exception>
    /// <exception cref="ArgumentException">No spam, no non-spam, fewer than two threads, or a fold without both classes.</exception>
    public TrainingResult Train(IEnumerable<LabeledComment> comments, IProgress<TrainingProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(comments);
        LabeledComment[] given = comments.ToArray();
        TrainingChecks.Trainable(given);
        string[] givenGroups = ThreadGroups.Of(given, Options.HoldOutSources);
        if (Options.WithDefaultCorpus)
        {
            TrainingChecks.EnoughOwnComments(given, ThreadGroups.Count(givenGroups));
        }

        // With the default corpus, its rows follow the given ones and train the fold models; only the given ones are counted below.
        (LabeledComment[] trained, string[] trainedGroups) = Options.WithDefaultCorpus ? DefaultCorpus.AddTo(given, givenGroups, Options.HoldOutSources) : (given, givenGroups);
        var copies = ContextFreeCopies.Of(trained, Options).Concat(LayoutCopies.Of(trained, Options)).ToArray();
        LabeledComment[] examples = [.. trained, .. copies.Select(c => c.Copy)];
        string[] groups = [.. trainedGroups, .. copies.Select(c => trainedGroups[c.Original])];
        CommentLabel[] labels = examples.Select(e => e.Label).ToArray();

        // Larger leaves on a small training set, fewer folds on a large one (the default corpus, when added, counts: every
        // model trains on it too); the report records the options the models were trained with.
        TrainerOptions options = LargeData.Adjusted(SmallData.Adjusted(Options, trained.Length), trained.Length, groups, labels);
        int folds = Math.Min(options.Folds, ThreadGroups.Count(trainedGroups));
        TrainingChecks.EnoughThreads(folds);

        int totalSteps = 2 + (2 * (folds + 1));
        int step = 0;
        void Done(string stage) => progress?.Report(new TrainingProgress(stage, ++step, totalSteps));
        progress?.Report(new TrainingProgress("featurizing", step, totalSteps));
        FeaturizedComment[] rows = Featurize(examples, Options.SwitchedOffFamilies, cancellationToken);
        Done("featurizing");

        // The given comments decide whether the model gives LowRelevance: the default corpus teaches it, but a site that
        // never labels it would only see genuine comments called low relevance.
        CommentLabel[] labelSet = Options.WithDefaultCorpus ? given.Select(g => g.Label).ToArray() : labels;
        bool learnFiller = labelSet.Count(l => l == CommentLabel.LowRelevance) >= Options.MinimumLowRelevanceExamples
            && labelSet.Count(l => l == CommentLabel.Genuine) >= Options.MinimumLowRelevanceExamples;
        var models = new MlNetModels(options);
        int[] foldOf = ThreadFolds.Assign(groups, folds, Options.Seed);
        var outOfFold = new OutOfFoldScores(options, rows, foldOf, folds, learnFiller, Parallelism);
        (float[][] treeInputs, Task<OutOfFoldScores.TextFits> finalTextFit) = outOfFold.TreeInputs(Done, cancellationToken);
        (float[] spamScores, float[] fillerScores, OutOfFoldScores.TreeFits finalTrees) = OutOfFoldScores.Alongside(finalTextFit, () => outOfFold.TreeScores(treeInputs, Done, cancellationToken));

        var spamCalibrator = models.FitPlatt(BinaryTasks.SpamCalibration(spamScores.Select((s, i) => rows[i].As(s))));
        var fillerCalibrator = learnFiller ? models.FitPlatt(BinaryTasks.Filler(fillerScores.Select((s, i) => rows[i].As(s)))) : null;

        // Spam needs a payload: without one, the spam probability is 0 (the spam model never saw such comments).
        double[] spam = spamScores.Select((s, i) => VerdictRule.SpamProbability(rows[i].HasPayload, spamCalibrator.Calibration.Probability(s))).ToArray();
        double[] filler = fillerCalibrator is null ? new double[rows.Length] : fillerScores.Select(s => fillerCalibrator.Calibration.Probability(s)).ToArray();

        // Only the comments as given count in the report and the threshold, not their copies nor the default corpus.
        CommentLabel[] givenLabels = labels[..given.Length];
        double[] givenSpam = spam[..given.Length];
        // Each genuine comment counts once in the false-positive rate the threshold keeps: the promise is about comments.
        string[] reportGroups = ThreadGroups.Of(given, bySource: true);
        IReadOnlyDictionary<string, double> ownThresholds = GroupThresholds.Of(reportGroups, givenLabels, givenSpam, Options.TargetFalsePositiveRate);
        // Pooled on many threads, the mean of the threads' own thresholds on a few (GroupThresholds says why).
        double grouped = GroupThresholds.Stored(Metrics.ChooseThreshold(givenLabels, givenSpam, Options.TargetFalsePositiveRate), ownThresholds);
        // Scores that separate perfectly leave a span with no genuine comment in it: the middle of it, not its top edge.
        bool separated = SeparatedScores.Separate(givenLabels, givenSpam);
        double chosen = SeparatedScores.Stored(grouped, separated);
        // With the default corpus, too few given genuine comments to measure the target: no lower than the corpus's own threshold.
        double? floor = Options.WithDefaultCorpus
            ? CorpusThresholdFloor.Of(givenLabels.Count(l => l == CommentLabel.Genuine), labels[given.Length..trained.Length], spam[given.Length..trained.Length], Options.TargetFalsePositiveRate)
            : null;
        double threshold = CorpusThresholdFloor.Applied(chosen, floor);
        CommentLabel[] predicted = givenLabels.Select((_, i) => VerdictRule.Decide(spam[i], filler[i], threshold, VerdictRule.LowRelevanceThreshold, learnFiller)).ToArray();
        EvaluationReport heldOut = Metrics.Compute(givenLabels, predicted, givenSpam, threshold, given.Select(g => g.Comment.ThreadId).ToArray());

        OutOfFoldScores.TextFits finalText = finalTextFit.GetAwaiter().GetResult();
        Done("text models, all rows");
        cancellationToken.ThrowIfCancellationRequested();
        Dictionary<string, byte[]> entries = FinalModel.Entries(models, rows, treeInputs, finalText, finalTrees, spamCalibrator, fillerCalibrator);
        var report = new TrainingReport
        {
            HeldOut = heldOut,
            Folds = folds,
            TrainingRows = given.Length,
            DefaultCorpusRows = trained.Length - given.Length,
            LabelCounts = Enum.GetValues<CommentLabel>().ToDictionary(l => l, l => givenLabels.Count(x => x == l)),
            TargetFalsePositiveRate = Options.TargetFalsePositiveRate,
            SpamThreshold = threshold,
            LearnedLowRelevance = learnFiller,
            FoldsHoldOutSources = givenGroups.Any(g => g.StartsWith(ThreadGroups.SourcePrefix, StringComparison.Ordinal)),
            Groups = HeldOutGroups.Of(reportGroups, givenLabels, predicted, ownThresholds),
            TooFewGroupsForThreshold = GroupThresholds.TooFew(ownThresholds),
            DefaultCorpusThresholdFloor = floor,
            ThresholdBetweenSeparatedScores = separated && chosen != grouped,
            RepeatedAcrossFolds = RepeatedTexts.AcrossFolds(given, foldOf.AsSpan(0, given.Length)),
            TextsWithSeveralLabels = RepeatedTexts.WithSeveralLabels(given).Count,
            Options = options,
        };
        CommentClassifier classifier = FinalModel.Package(entries, report);
        Done("final model");
        return new TrainingResult(classifier, report);
    }

    private static FeaturizedComment[] Featurize(LabeledComment[] examples, IReadOnlyList<string> switchedOff, CancellationToken cancellationToken)
    {
        FeatureRange[] zeroed = FeatureLayout.Groups.Where(g => switchedOff.Contains(g.Group.GetType().Name)).ToArray();
        var rows = new FeaturizedComment[examples.Length];
        Parallel.For(0, examples.Length, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            rows[i] = FeaturizedComment.Create(examples[i], FeatureWorkspace.Current);
            foreach (FeatureRange range in zeroed)
            {
                rows[i].Signals.AsSpan(range.Start, range.Length).Clear();
            }
        });
        return rows;
    }
}
