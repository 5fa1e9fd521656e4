namespace Engage.Classifier.Training;

/// <summary>What data must have before a model can be trained on it, with messages that say what to add.</summary>
internal static class TrainingChecks
{
    private const string Parameter = "comments";

    public static void Trainable(LabeledComment[] examples)
    {
        if (examples.Any(e => e is null))
        {
            throw new ArgumentException("The training data contains a null comment.", Parameter);
        }

        if (examples.FirstOrDefault(e => !(double.IsFinite(e.Weight) && e.Weight > 0)) is { } weightless)
        {
            throw new ArgumentException($"Every comment needs a weight above 0; one has {weightless.Weight}.", Parameter);
        }

        int spam = examples.Count(e => e.Label == CommentLabel.Spam);
        if (spam == 0 || spam == examples.Length)
        {
            throw new ArgumentException($"Training needs both spam and non-spam comments; got {spam} spam out of {examples.Length}.", Parameter);
        }
    }

    public static void EnoughThreads(int folds)
    {
        if (folds < 2)
        {
            throw new ArgumentException("Training needs comments from at least two threads, so that it can measure on threads it did not train on.", Parameter);
        }
    }

    public static void Fold(FeaturizedComment[] train, int fold, bool learnFiller)
    {
        bool hasSpam = train.Any(r => r.Label == CommentLabel.Spam);
        bool hasOther = train.Any(r => r.Label != CommentLabel.Spam);
        bool fillerOk = !learnFiller || (train.Any(r => r.Label == CommentLabel.LowRelevance) && train.Any(r => r.Label == CommentLabel.Genuine));
        if (!hasSpam || !hasOther || !fillerOk)
        {
            throw new ArgumentException($"Fold {fold + 1} leaves a training part without every label; add comments from more threads or lower TrainerOptions.Folds.", Parameter);
        }
    }
}
