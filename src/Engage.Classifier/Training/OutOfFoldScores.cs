using Engage.Classifier.Scoring;
using Engage.Classifier.TextModel;

namespace Engage.Classifier.Training;

/// <summary>
/// Scores every row with models that never saw its thread (one pair of models per fold): first the text models,
/// whose scores become the rows' tree inputs, then the trees, whose raw scores the calibrators and the held-out
/// report use.
/// </summary>
/// <param name="models">Trains the ML.NET models.</param>
/// <param name="rows">The featurized rows, context-free copies included.</param>
/// <param name="foldOf">The fold of each row (<see cref="Evaluation.ThreadFolds"/>).</param>
/// <param name="folds">Number of folds.</param>
/// <param name="learnFiller">Whether the filler task is learned.</param>
internal sealed class OutOfFoldScores(MlNetModels models, FeaturizedComment[] rows, int[] foldOf, int folds, bool learnFiller)
{
    /// <summary>Each row's tree input: its signals and the out-of-fold scores of the text models.</summary>
    public float[][] TreeInputs(Action<string> foldDone, CancellationToken cancellationToken)
    {
        var inputs = new float[rows.Length][];
        for (int fold = 0; fold < folds; fold++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            FeaturizedComment[] train = TrainingPart(rows, fold);
            TrainingChecks.Fold(train, fold, learnFiller);
            var labeled = train.Select(r => (r, r.Label)).ToArray();
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

            foldDone($"text models, fold {fold + 1} of {folds}");
        }

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
        for (int fold = 0; fold < folds; fold++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var labeled = TrainingPart(treeInputs.Select((input, i) => ((input, rows[i].Weight), rows[i].Label)).ToArray(), fold);
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

            foldDone($"tree models, fold {fold + 1} of {folds}");
        }

        return (spam, filler);
    }

    private T[] TrainingPart<T>(T[] items, int heldOut) => items.Where((_, i) => foldOf[i] != heldOut).ToArray();
}
