using Engage.Classifier.Scoring;
using Engage.Classifier.TextModel;

namespace Engage.Classifier.Training;

/// <summary>
/// Scores every row with models that never saw its thread (one pair of models per fold): first the text models,
/// whose scores become the rows' tree inputs, then the trees, whose raw scores the calibrators and the held-out
/// report use. The rows are featurized once, before; the folds are independent and run in parallel, each with its
/// own <see cref="MlNetModels"/> (and so its own seeded ML.NET context), each writing only its own rows' scores,
/// so the results do not depend on how many run at once.
/// </summary>
/// <param name="options">The trainer's options, from which every fold's models are made.</param>
/// <param name="rows">The featurized rows, context-free copies included.</param>
/// <param name="foldOf">The fold of each row (<see cref="Evaluation.ThreadFolds"/>).</param>
/// <param name="folds">Number of folds.</param>
/// <param name="learnFiller">Whether the filler task is learned.</param>
/// <param name="parallelism">How many folds train at once (and how many threads FastTree may use).</param>
internal sealed class OutOfFoldScores(TrainerOptions options, FeaturizedComment[] rows, int[] foldOf, int folds, bool learnFiller, int parallelism)
{
    /// <summary>Each row's tree input: its signals and the out-of-fold scores of the text models.</summary>
    public float[][] TreeInputs(Action<string> foldDone, CancellationToken cancellationToken)
    {
        var inputs = new float[rows.Length][];
        FeaturizedComment[][] parts = Enumerable.Range(0, folds).Select(fold => TrainingPart(rows, fold)).ToArray();
        for (int fold = 0; fold < folds; fold++)
        {
            TrainingChecks.Fold(parts[fold], fold, learnFiller);
        }

        ForEachFold("text models", foldDone, cancellationToken, (models, fold) =>
        {
            var labeled = parts[fold].Select(r => r.As(r)).ToArray();
            MlNetModels.TrainedText spamText = models.TrainText(BinaryTasks.Spam(labeled));
            MlNetModels.TrainedText? fillerText = learnFiller ? models.TrainText(BinaryTasks.Filler(labeled)) : null;
            var text = new LinearTextModel(spamText.Weights, spamText.Bias, fillerText?.Weights, fillerText?.Bias ?? 0);
            for (int i = 0; i < rows.Length; i++)
            {
                if (foldOf[i] == fold)
                {
                    inputs[i] = TreeInputOf(rows[i], text);
                }
            }
        });

        return inputs;
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

    /// <summary>Each row's raw spam and filler tree scores (log-odds before calibration).</summary>
    public (float[] Spam, float[] Filler) TreeScores(float[][] treeInputs, Action<string> foldDone, CancellationToken cancellationToken)
    {
        var spam = new float[rows.Length];
        var filler = new float[rows.Length];
        var all = treeInputs.Select((input, i) => rows[i].As(input)).ToArray();
        ForEachFold("tree models", foldDone, cancellationToken, (models, fold) =>
        {
            var labeled = TrainingPart(all, fold);
            MlNetModels.TrainedTrees spamTrees = models.TrainTrees(BinaryTasks.Spam(labeled));
            MlNetModels.TrainedTrees? fillerTrees = learnFiller ? models.TrainTrees(BinaryTasks.Filler(labeled)) : null;
            for (int i = 0; i < rows.Length; i++)
            {
                if (foldOf[i] == fold)
                {
                    spam[i] = (float)spamTrees.Ensemble.Score(treeInputs[i]);
                    filler[i] = fillerTrees is null ? 0 : (float)fillerTrees.Ensemble.Score(treeInputs[i]);
                }
            }
        });

        return (spam, filler);
    }

    /// <summary>Trains every fold, up to <c>parallelism</c> at once, each with models of its own; reports each fold as it ends.</summary>
    private void ForEachFold(string stage, Action<string> foldDone, CancellationToken cancellationToken, Action<MlNetModels, int> train)
    {
        var reporting = new Lock();
        try
        {
            Parallel.For(0, folds, new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken }, fold =>
            {
                train(new MlNetModels(options, parallelism), fold);
                lock (reporting)
                {
                    foldDone($"{stage}, fold {fold + 1} of {folds}");
                }
            });
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count == 1)
        {
            // Callers see the exception a sequential loop would throw, not the parallel loop's wrapper.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(ex.InnerExceptions[0]);
        }
    }

    private T[] TrainingPart<T>(T[] items, int heldOut) => items.Where((_, i) => foldOf[i] != heldOut).ToArray();
}
