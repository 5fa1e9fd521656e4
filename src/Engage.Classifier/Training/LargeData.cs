using Engage.Classifier.Evaluation;

namespace Engage.Classifier.Training;

/// <summary>
/// The out-of-fold settings for a large training set: on <see cref="TrainerDefaults.LargeTrainingSet"/> comments or more
/// (50,000), <see cref="TrainerDefaults.LargeDataFolds"/> folds (2) train the out-of-fold scores, the held-out report and
/// the threshold, provided each fold's models would still train on at least
/// <see cref="TrainerDefaults.LargeDataLeastClassShare"/> (a third) of the spam and of the other comments. The shipped
/// models train on every row whatever the folds.
/// </summary>
/// <remarks>
/// <para>
/// The folds exist to score every comment with models that never saw its thread; more folds only make those models
/// train on a larger share of the rows. On a large set half of it is plenty: on 100,000 comments cycled from four public
/// corpora, scored on two sources none of them came from (YouTube and Instagram), two folds scored them as well as five
/// and took about half the CPU time, since each text and tree model then trains three times (two halves and all rows)
/// instead of six (benchmarks/README.md, "Issue 13, third pass").
/// </para>
/// <para>
/// The class check: with two folds, a few large threads that hold most of one class can land in one fold, and the other
/// fold's models then barely see that class. On the same four corpora once each (18,501 comments; two threads hold 90%
/// of the spam) two folds put both in one fold and left their spam unrecognised out of fold (recall 0, against 94-95% with
/// five or three folds); the check keeps the folds as given on data like that.
/// </para>
/// <para>
/// The default model's training set (about 15,000 comments) and a team's own few thousand keep the folds as given.
/// <see cref="TrainingReport.Folds"/> and <see cref="TrainingReport.Options"/> record the folds trained.
/// </para>
/// </remarks>
internal static class LargeData
{
    /// <summary>The options the folds train with.</summary>
    /// <param name="options">The options after the other size rules.</param>
    /// <param name="comments">Labeled comments trained on (the default corpus included, copies not).</param>
    /// <param name="groups">Each training row's thread group, copies included (<see cref="ThreadGroups"/>).</param>
    /// <param name="labels">Each training row's label, in the order of <paramref name="groups"/>.</param>
    public static TrainerOptions Adjusted(TrainerOptions options, int comments, IReadOnlyList<string> groups, IReadOnlyList<CommentLabel> labels)
    {
        if (!options.FewerFoldsOnLargeData || comments < TrainerDefaults.LargeTrainingSet || options.Folds <= TrainerDefaults.LargeDataFolds)
        {
            return options;
        }

        int[] foldOf = ThreadFolds.Assign(groups, TrainerDefaults.LargeDataFolds, options.Seed);
        return EveryTrainingPartHoldsItsShare(foldOf, labels, l => l == CommentLabel.Spam) && EveryTrainingPartHoldsItsShare(foldOf, labels, l => l != CommentLabel.Spam)
            ? options with { Folds = TrainerDefaults.LargeDataFolds }
            : options;
    }

    /// <summary>Whether the rows outside each fold hold at least the least share of the rows <paramref name="inClass"/> picks.</summary>
    private static bool EveryTrainingPartHoldsItsShare(int[] foldOf, IReadOnlyList<CommentLabel> labels, Func<CommentLabel, bool> inClass)
    {
        var heldOut = new int[TrainerDefaults.LargeDataFolds];
        int total = 0;
        for (int i = 0; i < labels.Count; i++)
        {
            if (inClass(labels[i]))
            {
                heldOut[foldOf[i]]++;
                total++;
            }
        }

        return heldOut.All(inFold => total - inFold >= TrainerDefaults.LargeDataLeastClassShare * total);
    }
}
