using System.Collections.Concurrent;
using Engage.Classifier.Scoring;
using Engage.Classifier.TextModel;

namespace Engage.Classifier.Training;

/// <summary>
/// Scores every row with models that never saw its thread (one pair of models per fold): first the text models,
/// whose scores become the rows' tree inputs, then the trees, whose raw scores the calibrators and the held-out
/// report use. Beside the folds, the shipped models train on every row (<see cref="AllRows"/>, a fold that holds out
/// nothing): the final trees need only the tree inputs, so they train alongside the tree folds, the largest first; the
/// final text models need only the rows, and nothing but the model file needs them, so they train on a thread of their
/// own from the start of the text folds until the model file is written, through the tree stage, on cores the folds
/// would leave idle. The rows are featurized once, before; the fits are independent and run in parallel, each with its
/// own <see cref="MlNetModels"/> (and so its own seeded ML.NET context), each writing only its own rows' scores, so the
/// results do not depend on how many run at once.
/// </summary>
/// <param name="options">The trainer's options, from which every fold's models are made.</param>
/// <param name="rows">The featurized rows, context-free copies included.</param>
/// <param name="foldOf">The fold of each row (<see cref="Evaluation.ThreadFolds"/>).</param>
/// <param name="folds">Number of folds.</param>
/// <param name="learnFiller">Whether the filler task is learned.</param>
/// <param name="parallelism">How many folds train at once (and how many threads FastTree may use).</param>
internal sealed class OutOfFoldScores(TrainerOptions options, FeaturizedComment[] rows, int[] foldOf, int folds, bool learnFiller, int parallelism)
{
    /// <summary>The fold index that holds out no row: its models are the shipped ones.</summary>
    private int AllRows => folds;

    /// <summary>
    /// Each row's tree input (its signals and the out-of-fold scores of the text models), and the text models trained on
    /// every row, still training when this returns: wait for them only when they are needed.
    /// </summary>
    public (float[][] Inputs, Task<TextFits> Final) TreeInputs(Action<string> foldDone, CancellationToken cancellationToken)
    {
        var inputs = new float[rows.Length][];
        FeaturizedComment[][] parts = Enumerable.Range(0, folds).Select(fold => TrainingPart(rows, fold)).ToArray();
        for (int fold = 0; fold < folds; fold++)
        {
            TrainingChecks.Fold(parts[fold], fold, learnFiller);
        }

        // Its own thread (LongRunning), not one the folds' loop would otherwise take from the pool.
        Task<TextFits> final = Task.Factory.StartNew(() => FitText(new MlNetModels(options), rows), cancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        float[][] scored = Alongside(final, () =>
        {
            ForEachFitting("text models", Enumerable.Range(0, folds), foldDone, cancellationToken, (models, fold) =>
            {
                LinearTextModel text = FitText(models, parts[fold]).ToModel();
                for (int i = 0; i < rows.Length; i++)
                {
                    if (foldOf[i] == fold)
                    {
                        inputs[i] = TreeInputOf(rows[i], text);
                    }
                }
            });
            return inputs;
        });

        return (scored, final);
    }

    /// <summary>
    /// Runs <paramref name="work"/> while <paramref name="running"/> trains; when the work fails or is cancelled, waits
    /// for <paramref name="running"/> before passing the exception on, so no fit goes on training after the trainer returns.
    /// </summary>
    public static T Alongside<T>(Task running, Func<T> work)
    {
        try
        {
            return work();
        }
        catch
        {
            // The work's exception is the one the caller sees; a failure of the running fit as well would only repeat it.
            ((IAsyncResult)running).AsyncWaitHandle.WaitOne();
            throw;
        }
    }

    /// <summary>
    /// A row's tree input under text models that did not see it: scored by <see cref="LinearTextModel.Score"/>, the
    /// scorer the classifier serves with, so a training-time text score is the serving one.
    /// </summary>
    public static float[] TreeInputOf(FeaturizedComment row, LinearTextModel text)
    {
        (float spam, float filler) = text.Score(row.Grams);
        return TreeInput.Compose(row.Signals, spam, filler);
    }

    /// <summary>Each row's raw spam and filler tree scores (log-odds before calibration), and the trees trained on every row.</summary>
    public (float[] Spam, float[] Filler, TreeFits Final) TreeScores(float[][] treeInputs, Action<string> foldDone, CancellationToken cancellationToken)
    {
        var spam = new float[rows.Length];
        var filler = new float[rows.Length];
        var all = treeInputs.Select((input, i) => rows[i].As(input)).ToArray();
        TreeFits? final = null;
        ForEachFitting("tree models", [AllRows, .. Enumerable.Range(0, folds)], foldDone, cancellationToken, (models, fold) =>
        {
            var labeled = TrainingPart(all, fold);
            var fits = new TreeFits(models.TrainTrees(BinaryTasks.Spam(labeled)), learnFiller ? models.TrainTrees(BinaryTasks.Filler(labeled)) : null);
            if (fold == AllRows)
            {
                final = fits;
                return;
            }

            for (int i = 0; i < rows.Length; i++)
            {
                if (foldOf[i] == fold)
                {
                    spam[i] = (float)fits.Spam.Ensemble.Score(treeInputs[i]);
                    filler[i] = fits.Filler is null ? 0 : (float)fits.Filler.Ensemble.Score(treeInputs[i]);
                }
            }
        });

        return (spam, filler, final!);
    }

    /// <summary>
    /// Trains the given fits (folds, or <see cref="AllRows"/>) in the order given, up to <c>parallelism</c> at once, each
    /// with models of its own; reports each as it ends.
    /// </summary>
    private void ForEachFitting(string stage, IEnumerable<int> fits, Action<string> foldDone, CancellationToken cancellationToken, Action<MlNetModels, int> train)
    {
        var reporting = new Lock();
        try
        {
            // One fit at a time from the list, in its order, so the largest given first starts first.
            Parallel.ForEach(Partitioner.Create(fits, EnumerablePartitionerOptions.NoBuffering), new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken }, fold =>
            {
                // The shipped trees record their thread count in the saved ML.NET model, so they keep ML.NET's default
                // (every core) and the file does not depend on Parallelism; the trees themselves are the same on any count.
                train(fold == AllRows ? new MlNetModels(options) : new MlNetModels(options, parallelism), fold);
                lock (reporting)
                {
                    foldDone(fold == AllRows ? $"{stage}, all rows" : $"{stage}, fold {fold + 1} of {folds}");
                }
            });
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count == 1)
        {
            // Callers see the exception a sequential loop would throw, not the parallel loop's wrapper.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(ex.InnerExceptions[0]);
        }
    }

    /// <summary>The spam and (when learned) filler text models trained on <paramref name="part"/>.</summary>
    private TextFits FitText(MlNetModels models, FeaturizedComment[] part)
    {
        var labeled = part.Select(r => r.As(r)).ToArray();
        return new TextFits(models.TrainText(BinaryTasks.Spam(labeled)), learnFiller ? models.TrainText(BinaryTasks.Filler(labeled)) : null);
    }

    /// <summary>The rows the models of <paramref name="heldOut"/> train on: all but its own (all of them for <see cref="AllRows"/>).</summary>
    private T[] TrainingPart<T>(T[] items, int heldOut) => items.Where((_, i) => foldOf[i] != heldOut).ToArray();

    /// <summary>A fit's spam and filler text models.</summary>
    internal sealed record TextFits(MlNetModels.TrainedText Spam, MlNetModels.TrainedText? Filler)
    {
        public LinearTextModel ToModel() => new(Spam.Weights, Spam.Bias, Filler?.Weights, Filler?.Bias ?? 0);
    }

    /// <summary>A fit's spam and filler trees.</summary>
    internal sealed record TreeFits(MlNetModels.TrainedTrees Spam, MlNetModels.TrainedTrees? Filler);
}
