using System.ComponentModel.DataAnnotations;
using Engage.Classifier.Training;

namespace Engage.Classifier;

/// <summary>
/// Settings for <see cref="CommentClassifierTrainer"/>. Immutable; validated once, when the trainer is created,
/// against the ranges declared on each property.
/// </summary>
public sealed record TrainerOptions
{
    /// <summary>Seed for every random choice (fold assignment, trainers). Same seed and same data give the same model.</summary>
    /// <value>Default 42.</value>
    public int Seed { get; init; } = TrainerDefaults.Seed;

    /// <summary>Number of boosted trees in each FastTree model.</summary>
    /// <value>Default 200; at least 1.</value>
    [Range(1, int.MaxValue)]
    public int NumberOfTrees { get; init; } = TrainerDefaults.NumberOfTrees;

    /// <summary>Maximum leaves per tree.</summary>
    /// <value>Default 16; at least 2.</value>
    [Range(2, int.MaxValue)]
    public int NumberOfLeaves { get; init; } = TrainerDefaults.NumberOfLeaves;

    /// <summary>Minimum training comments in a leaf.</summary>
    /// <remarks>
    /// On a small training set (fewer than 5,000 comments) each leaf holds at least 2% of the comments, at most 20, and
    /// never fewer than this value: with a team's own thousand comments from a few threads, leaves of five fit what one
    /// thread's spam happens to share (data/EVALUATION.md, YouTube leave one video out, says how the rule was chosen).
    /// <see cref="TrainingReport.Options"/> holds the value the trees were trained with.
    /// </remarks>
    /// <value>Default 5; at least 1.</value>
    [Range(1, int.MaxValue)]
    public int MinimumExampleCountPerLeaf { get; init; } = TrainerDefaults.MinimumExampleCountPerLeaf;

    /// <summary>Boosting learning rate.</summary>
    /// <value>Default 0.1; between 0 (exclusive) and 1.</value>
    [Range(0.0, 1.0, MinimumIsExclusive = true)]
    public double LearningRate { get; init; } = TrainerDefaults.LearningRate;

    /// <summary>
    /// Highest share of genuine comments the stored spam threshold may call spam, measured on the out-of-fold scores of
    /// the training threads (each genuine comment counted once).
    /// </summary>
    /// <remarks>
    /// <para>
    /// What it promises depends on how many held-out threads (or sources) have enough genuine comments (20) and some spam
    /// to measure their own threshold (<see cref="TrainingReport.Groups"/>):
    /// </para>
    /// <list type="bullet">
    /// <item>five or more: the threshold keeps this rate on the out-of-fold scores of all of them pooled;</item>
    /// <item>two to four (a team's own few threads): each thread's own threshold keeps this rate on that thread, and the
    /// stored threshold is their mean, the threshold a typical new thread needs. The pooled rate at it can be higher than
    /// the target (<see cref="TrainingReport.HeldOut"/> shows it), and the report says that the spread could not be
    /// measured (<see cref="TrainingReport.TooFewGroupsForThreshold"/>);</item>
    /// <item>one or none: the pooled threshold, as for many.</item>
    /// </list>
    /// <para>
    /// When no genuine or low-relevance comment scores 0.05 or more held out (none carries a payload the model could take
    /// for spam), the held-out scores separate perfectly and say nothing about where such a comment would score: the
    /// threshold is then the middle, in log-odds, of 0.05 and the one chosen (<see cref="TrainingReport.ThresholdBetweenSeparatedScores"/>).
    /// </para>
    /// <para>
    /// With <see cref="WithDefaultCorpus"/> and fewer genuine comments than 10 / this rate, the threshold is then raised to
    /// the default corpus's own for this rate if it is lower (<see cref="TrainingReport.DefaultCorpusThresholdFloor"/>).
    /// </para>
    /// <para>
    /// It is a promise about the training threads, not the next one: a thread whose scores shift (its spam scoring
    /// lower, its genuine comments carrying more links) gets another false-positive rate and recall. The training report
    /// shows how far the threshold moves from thread to thread (<see cref="TrainingReport.FalsePositiveRateSpread"/>). To
    /// hold the target on a new site or thread, calibrate on its first labeled comments (<see cref="CommentClassifier.Calibrate"/>).
    /// </para>
    /// </remarks>
    /// <value>Default 0.01 (1%); between 0 and 1.</value>
    [Probability]
    public double TargetFalsePositiveRate { get; init; } = TrainerDefaults.TargetFalsePositiveRate;

    /// <summary>
    /// Number of folds, grouped by thread, used for out-of-fold text scores, the held-out report and the threshold.
    /// Lowered to the number of threads when there are fewer, and to 2 on a large training set (50,000 comments or more)
    /// whose threads split into two halves that each hold a third or more of the spam and of the other comments.
    /// </summary>
    /// <remarks>
    /// On 50,000 comments or more (the default corpus, when added, counts), half of them train each fold's models as well
    /// as four fifths do, and two folds take about half the time of five; the shipped models train on every comment either
    /// way. When a few large threads hold most of the spam (or of the rest), two halves could leave one fold's models
    /// without it, and the folds stay as given. benchmarks/README.md says how both were measured.
    /// <see cref="TrainingReport.Folds"/> holds the number of folds trained, <see cref="TrainingReport.Options"/> the options.
    /// </remarks>
    /// <value>Default 5; at least 2.</value>
    [Range(2, int.MaxValue)]
    public int Folds { get; init; } = TrainerDefaults.Folds;

    /// <summary>
    /// Whether a large training set (50,000 comments or more, the default corpus counted when added) trains its held-out
    /// scores, report and threshold with 2 folds instead of <see cref="Folds"/>, when each half holds a third or more of
    /// the spam and of the other comments (see the remarks on <see cref="Folds"/>). It saves about half the training time
    /// at the same held-out quality (benchmarks/README.md); turn it off to keep <see cref="Folds"/> on any size.
    /// <c>engage train --folds</c> turns it off: folds asked for are folds trained.
    /// </summary>
    /// <value>Default <see langword="true"/>.</value>
    public bool FewerFoldsOnLargeData { get; init; } = true;

    /// <summary>L2 regularization of the linear text models.</summary>
    /// <value>Default 1.0; at least 0.</value>
    [Range(0.0, double.MaxValue)]
    public double TextL2Regularization { get; init; } = TrainerDefaults.TextL2Regularization;

    /// <summary>Most L-BFGS iterations for the linear text models.</summary>
    /// <value>Default 100; at least 1.</value>
    [Range(1, int.MaxValue)]
    public int TextIterations { get; init; } = TrainerDefaults.TextIterations;

    /// <summary>
    /// Fewest low-relevance and genuine examples each needed to train the low-relevance model;
    /// with fewer, the classifier only tells spam from the rest.
    /// </summary>
    /// <value>Default 20; at least 1.</value>
    [Range(1, int.MaxValue)]
    public int MinimumLowRelevanceExamples { get; init; } = TrainerDefaults.MinimumLowRelevanceExamples;

    /// <summary>
    /// Share of training comments that have a post or author fields and are also trained on as a copy
    /// without them (the post and, for half of those copies, the author fields removed), so the model does
    /// not depend on context that callers may not have. Copies stay in their thread's fold and are never
    /// counted in the held-out report.
    /// </summary>
    /// <value>Default 0.5; between 0 (no copies) and 1.</value>
    [Probability]
    public double ContextDropout { get; init; } = TrainerDefaults.ContextDropout;

    /// <summary>
    /// Whether the folds hold out whole sources (<see cref="LabeledComment.Source"/>) instead of threads, when the
    /// comments come from three or more. Holding out sources measures the threshold and the calibration on sites the
    /// fold models never saw, which is honest for a new site and costs recall (the threshold lands higher);
    /// holding out threads measures them on new threads of known sources.
    /// </summary>
    /// <value>Default <see langword="false"/> (threads).</value>
    public bool HoldOutSources { get; init; }

    /// <summary>
    /// Share of training comments with capital letters or line breaks that are also trained on as a copy lower-cased
    /// on one line, so letter case and line layout cannot tell the model which source a comment came from (some
    /// sources export their comments lower-cased and flattened). Copies stay in their thread's fold and are never
    /// counted in the held-out report.
    /// </summary>
    /// <value>Default 0.25; between 0 (no copies) and 1.</value>
    [Probability]
    public double LayoutDropout { get; init; } = TrainerDefaults.LayoutDropout;

    /// <summary>
    /// Whether to train on the default corpus as well as the given comments, so a site with a few hundred labeled comments
    /// gets a model that knows both: the team's own invented corpus of blog comments (about 5,000 comments with their posts,
    /// genuine, low relevance and spam, in five parts written separately; data/ in the repository), which ships zipped inside
    /// the package and is read only when this is on.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Weighting: the default corpus's five parts are balanced against each other as the default model's recipe balances its
    /// sources (a part's comments weigh (mean part size / its size)<sup>0.5</sup>); then the given comments are weighted so
    /// that together they count as much as the whole default corpus (300 given comments beside 5,000 weigh about 9 each,
    /// times their own <see cref="LabeledComment.Weight"/>).
    /// </para>
    /// <para>
    /// Measuring: the default corpus's threads join the thread folds, so every fold model trains on it where its thread is
    /// not held out, but the held-out report, the per-thread groups and the spam threshold count the given comments only: they
    /// are about the caller's site. The given comments therefore need at least 10 spam and 10 other comments from at least two
    /// threads (<see cref="ArgumentException"/> otherwise). <see cref="TrainingReport.DefaultCorpusRows"/> says how many rows
    /// were added.
    /// </para>
    /// <para>
    /// Threshold: when the given genuine comments are too few to measure <see cref="TargetFalsePositiveRate"/> (fewer than
    /// 10 / target: 1,000 at 1%), the stored threshold is never lower than the one the default corpus's own out-of-fold
    /// probabilities need for the target (<see cref="TrainingReport.DefaultCorpusThresholdFloor"/>). Only genuine comments
    /// with a link, a contact or a pitch can score as spam, and a few hundred hold a handful, so a threshold chosen on
    /// them alone can land far too low for the next thread; the floor only raises it.
    /// </para>
    /// <para>
    /// Labels: the model learns <see cref="CommentLabel.LowRelevance"/> only when the given comments have
    /// <see cref="MinimumLowRelevanceExamples"/> of it (and of genuine); otherwise the default corpus's low-relevance comments
    /// count as not spam, so a site that never labels that label does not get it.
    /// </para>
    /// <para>
    /// The shipped default model was also trained on public corpora (YouTube, Stack Exchange, Instagram, Fox News, Cardano
    /// Stack Exchange comments); they are not in the package, because their comments belong to their writers under other
    /// licences (CC BY, CC BY-SA, or no grant), so this option adds the team's corpus only. The package grows by about
    /// 444,397 bytes for it (the .nupkg from 8,176,160 to 8,620,557 bytes; the corpus, 1.4 MB of CSV, zipped).
    /// </para>
    /// </remarks>
    /// <value>Default <see langword="false"/>: train on the given comments alone.</value>
    public bool WithDefaultCorpus { get; init; }

    /// <summary>
    /// Signal families (type names, such as <c>SemanticSignals</c>) trained as if absent: their features are zero in every
    /// training row, so no tree splits on them. For ablations (the Tools command <c>evaluate-sources --switch-off</c>).
    /// </summary>
    internal IReadOnlyList<string> SwitchedOffFamilies { get; init; } = [];
}
