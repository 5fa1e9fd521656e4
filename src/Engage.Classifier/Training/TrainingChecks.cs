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

        LabeledComment? badWeight = examples.FirstOrDefault(e => !double.IsFinite(e.Weight) || e.Weight <= 0);
        if (badWeight is not null)
        {
            throw new ArgumentException($"Comment {Array.IndexOf(examples, badWeight)} has weight {badWeight.Weight}; weights must be positive and finite.", Parameter);
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
            throw new ArgumentException("Training needs comments from at least two threads (or sources), so that it can measure on threads it did not train on.", Parameter);
        }
    }

    /// <summary>
    /// Fewest spam and fewest other comments of the caller's own when <see cref="TrainerOptions.WithDefaultCorpus"/> adds
    /// the default corpus: their held-out scores alone set the threshold and the report, and fewer than this cannot.
    /// </summary>
    public const int OwnCommentsPerClassWithDefaultCorpus = 10;

    /// <summary>What the caller's own comments need when the default corpus is added: enough of each class, from two threads.</summary>
    public static void EnoughOwnComments(LabeledComment[] given, int givenGroups)
    {
        int spam = given.Count(e => e.Label == CommentLabel.Spam);
        if (spam < OwnCommentsPerClassWithDefaultCorpus || given.Length - spam < OwnCommentsPerClassWithDefaultCorpus)
        {
            throw new ArgumentException($"Training with the default corpus needs at least {OwnCommentsPerClassWithDefaultCorpus} spam and {OwnCommentsPerClassWithDefaultCorpus} other comments of your own, since they alone set the threshold and the held-out report; got {spam} spam and {given.Length - spam} other.", Parameter);
        }

        EnoughThreads(givenGroups);
    }

    public static void Fold(FeaturizedComment[] train, int fold, bool learnFiller)
    {
        bool hasSpam = train.Any(r => BinaryTasks.IsSpamExample(r.Label, r.HasPayload));
        bool hasOther = train.Any(r => r.Label != CommentLabel.Spam);
        bool hasFiller = !learnFiller || train.Any(r => BinaryTasks.IsFillerExample(r.Label, r.HasPayload));
        bool hasGenuine = !learnFiller || train.Any(r => r.Label == CommentLabel.Genuine);
        if (!hasSpam || !hasOther || !hasFiller || !hasGenuine)
        {
            string missing = string.Join(", ", new[]
            {
                hasSpam ? null : "spam that carries a payload (a link, contact, pitch or disguise)",
                hasOther ? null : "comments that are not spam",
                hasFiller ? null : "low-relevance comments",
                hasGenuine ? null : "genuine comments",
            }.OfType<string>());
            throw new ArgumentException($"Fold {fold + 1} leaves a training part without {missing}: add such comments, from more threads or sources, or lower TrainerOptions.Folds (engage train --folds) so that each fold trains on more threads.", Parameter);
        }
    }
}
