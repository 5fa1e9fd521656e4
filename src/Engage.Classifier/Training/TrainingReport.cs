using System.Text.Json.Serialization;

namespace Engage.Classifier;

/// <summary>
/// What training measured on data it held out by thread: every comment is scored by models that never saw
/// its thread (grouped k-fold), and the spam threshold is chosen from those scores.
/// </summary>
public sealed record TrainingReport
{
    /// <summary>Metrics of the out-of-fold verdicts at the chosen threshold.</summary>
    public required EvaluationReport HeldOut { get; init; }

    /// <summary>
    /// Number of thread-grouped folds trained: <see cref="TrainerOptions.Folds"/>, lowered to the number of threads when
    /// there were fewer and to 2 on 50,000 training comments or more (see <see cref="TrainerOptions.Folds"/>).
    /// </summary>
    public required int Folds { get; init; }

    /// <summary>Number of labeled comments trained on.</summary>
    public required int TrainingRows { get; init; }

    /// <summary>
    /// Number of default-corpus comments trained on beside the <see cref="TrainingRows"/> given
    /// (<see cref="TrainerOptions.WithDefaultCorpus"/>). They train the fold models and the final model but are not counted
    /// in <see cref="LabelCounts"/>, <see cref="HeldOut"/>, <see cref="Groups"/> or the threshold: those are about the given comments.
    /// </summary>
    /// <value>0 when the default corpus was not added.</value>
    public int DefaultCorpusRows { get; init; }

    /// <summary>Comments per label in the training data.</summary>
    public required IReadOnlyDictionary<CommentLabel, int> LabelCounts { get; init; }

    /// <summary>The false-positive-rate target the threshold was chosen for.</summary>
    public required double TargetFalsePositiveRate { get; init; }

    /// <summary>The spam threshold stored in the model.</summary>
    public required double SpamThreshold { get; init; }

    /// <summary><see langword="true"/> when the data had enough low-relevance examples to learn that label.</summary>
    public required bool LearnedLowRelevance { get; init; }

    /// <summary>
    /// <see langword="true"/> when the folds held out whole sources (<see cref="LabeledComment.Source"/>: the data came
    /// from three or more), so <see cref="HeldOut"/> and the threshold were measured on sources the fold models never
    /// saw; <see langword="false"/> when they held out threads.
    /// </summary>
    public bool FoldsHoldOutSources { get; init; }

    /// <summary>
    /// The held-out verdicts group by group, largest first: by source when the comments name three or more
    /// (<see cref="LabeledComment.Source"/>), else by thread; empty for models saved without it.
    /// </summary>
    public IReadOnlyList<HeldOutGroup> Groups { get; init; } = [];

    /// <summary>
    /// <see langword="true"/> when fewer than five held-out groups (threads or sources) had enough genuine comments and
    /// spam to measure their own threshold: the spread of the threshold from thread to thread could not be estimated
    /// honestly, and the false-positive rate on the next thread may stray further from the target than on these.
    /// </summary>
    public bool TooFewGroupsForThreshold { get; init; }

    /// <summary>
    /// With <see cref="TrainerOptions.WithDefaultCorpus"/>, when the given genuine comments were too few to measure the
    /// target false-positive rate (fewer than 10 / <see cref="TargetFalsePositiveRate"/>: 1,000 at 1%): the spam threshold
    /// the default corpus's own out-of-fold probabilities need for the target, below which <see cref="SpamThreshold"/> was
    /// not allowed to fall. A few hundred genuine comments hold only a handful that carry a link or a contact (the only
    /// ones the threshold can call spam), so a threshold chosen on them alone can land far too low for the next thread.
    /// </summary>
    /// <value><see langword="null"/> when no floor applied: trained without the default corpus, with enough genuine comments, or at a target of 0.</value>
    public double? DefaultCorpusThresholdFloor { get; init; }

    /// <summary>
    /// <see langword="true"/> when the held-out spam probabilities separated perfectly: no given comment but spam scored
    /// 0.05 or more (the model took none of the genuine comments for anything like spam), so the threshold was
    /// chosen halfway, in log-odds, between 0.05 and the lowest spam probability called spam, the middle of a span the data
    /// say nothing about. No genuine comment with a payload backs it: the first such comment may score anywhere.
    /// </summary>
    /// <value><see langword="false"/> when some genuine or low-relevance comment scored 0.05 or more, or no spam did.</value>
    public bool ThresholdBetweenSeparatedScores { get; init; }

    /// <summary>
    /// How many of the given comments of each label have a text, case and spacing aside, that also sits in a thread of
    /// another fold: the same spam posted to several threads, or the same short praise. <see cref="HeldOut"/> scores
    /// each of them with fold models that trained on its copy, so the held-out numbers read better than they would on
    /// text the model never saw; leaving the copies out of the file (or in one thread) measures honestly.
    /// </summary>
    /// <value>Labels without such comments are absent; empty when no text repeats across folds.</value>
    public IReadOnlyDictionary<CommentLabel, int> RepeatedAcrossFolds { get; init; } = new Dictionary<CommentLabel, int>();

    /// <summary>
    /// How many distinct texts (case and spacing aside) were given with more than one label: the same words called genuine
    /// in one row and low relevance or spam in another. The model learns them both ways; a label mistake, unless the
    /// thread or the author made the difference. The texts themselves are not kept in the report (it is saved in the model).
    /// </summary>
    /// <value>0 when every text has one label.</value>
    public int TextsWithSeveralLabels { get; init; }

    /// <summary>
    /// <see langword="true"/> when the stored <see cref="SpamThreshold"/> is the <see cref="DefaultCorpusThresholdFloor"/>: the
    /// given comments alone chose a lower threshold (or the same one).
    /// </summary>
    [JsonIgnore]
    public bool ThresholdRaisedToDefaultCorpus => DefaultCorpusThresholdFloor is { } floor && SpamThreshold == floor;

    /// <summary>
    /// The spread of <see cref="HeldOutGroup.Accuracy"/> over <see cref="Groups"/>: lowest, median and highest.
    /// </summary>
    [JsonIgnore]
    public Spread AccuracySpread => Spread.Of(Groups.Select(g => g.Accuracy));

    /// <summary>
    /// The spread of <see cref="HeldOutGroup.GenuineFalsePositiveRate"/> over the <see cref="Groups"/> that have genuine
    /// comments: lowest, median and highest.
    /// </summary>
    [JsonIgnore]
    public Spread FalsePositiveRateSpread => Spread.Of(Groups.Select(g => g.GenuineFalsePositiveRate));

    /// <summary>The options the model was trained with.</summary>
    public required TrainerOptions Options { get; init; }
}
