namespace Engage.Classifier;

/// <summary>
/// Settings for <see cref="CommentClassifierTrainer"/>. Immutable; validated when the trainer is created.
/// </summary>
public sealed record TrainerOptions
{
    /// <summary>Seed for every random choice (fold assignment, trainers). Same seed and same data give the same model.</summary>
    /// <value>Default 42.</value>
    public int Seed { get; init; } = 42;

    /// <summary>Number of boosted trees in each FastTree model.</summary>
    /// <value>Default 200; at least 1.</value>
    public int NumberOfTrees { get; init; } = 200;

    /// <summary>Maximum leaves per tree.</summary>
    /// <value>Default 16; at least 2.</value>
    public int NumberOfLeaves { get; init; } = 16;

    /// <summary>Minimum training comments in a leaf.</summary>
    /// <value>Default 5; at least 1.</value>
    public int MinimumExampleCountPerLeaf { get; init; } = 5;

    /// <summary>Boosting learning rate.</summary>
    /// <value>Default 0.1; between 0 (exclusive) and 1.</value>
    public double LearningRate { get; init; } = 0.1;

    /// <summary>
    /// Highest share of genuine comments the stored spam threshold may call spam, measured on held-out threads.
    /// </summary>
    /// <value>Default 0.01 (1%); between 0 and 1.</value>
    public double TargetFalsePositiveRate { get; init; } = 0.01;

    /// <summary>
    /// Number of folds, grouped by thread, used for out-of-fold text scores, the held-out report and the threshold.
    /// Lowered to the number of threads when there are fewer.
    /// </summary>
    /// <value>Default 5; at least 2.</value>
    public int Folds { get; init; } = 5;

    /// <summary>L2 regularization of the linear text models.</summary>
    /// <value>Default 1.0; at least 0.</value>
    public double TextL2Regularization { get; init; } = 1.0;

    /// <summary>Most L-BFGS iterations for the linear text models.</summary>
    /// <value>Default 100; at least 1.</value>
    public int TextIterations { get; init; } = 100;

    /// <summary>
    /// Fewest low-relevance and genuine examples each needed to train the low-relevance model;
    /// with fewer, the classifier only tells spam from the rest.
    /// </summary>
    /// <value>Default 20; at least 1.</value>
    public int MinimumLowRelevanceExamples { get; init; } = 20;

    /// <summary>
    /// Share of training comments that have a post or author fields and are also trained on as a copy
    /// without them (the post and, for half of those copies, the author fields removed), so the model does
    /// not depend on context that callers may not have. Copies stay in their thread's fold and are never
    /// counted in the held-out report.
    /// </summary>
    /// <value>Default 0.5; between 0 (no copies) and 1.</value>
    public double ContextDropout { get; init; } = 0.5;

    internal TrainerOptions Validated()
    {
        Guard.AtLeast(NumberOfTrees, 1);
        Guard.AtLeast(NumberOfLeaves, 2);
        Guard.AtLeast(MinimumExampleCountPerLeaf, 1);
        Guard.InRange(LearningRate, double.Epsilon, 1);
        Guard.InRange(TargetFalsePositiveRate, 0, 1);
        Guard.AtLeast(Folds, 2);
        Guard.InRange(TextL2Regularization, 0, double.MaxValue);
        Guard.AtLeast(TextIterations, 1);
        Guard.AtLeast(MinimumLowRelevanceExamples, 1);
        Guard.InRange(ContextDropout, 0, 1);
        return this;
    }
}
