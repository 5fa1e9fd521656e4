namespace Engage.Classifier.Training;

/// <summary>The defaults of <see cref="TrainerOptions"/>, named in one place (the options' docs state them too).</summary>
internal static class TrainerDefaults
{
    public const int Seed = 42;
    public const int NumberOfTrees = 200;
    public const int NumberOfLeaves = 16;
    public const int MinimumExampleCountPerLeaf = 5;

    /// <summary>Training sets of fewer comments than this get larger leaves (<see cref="SmallData"/>).</summary>
    public const int SmallTrainingSet = 5_000;

    /// <summary>On a small training set, the share of its comments each leaf must hold.</summary>
    public const double SmallDataLeafShare = 0.02;

    /// <summary>On a small training set, the most the leaf share may ask of a leaf.</summary>
    public const int SmallDataMostExamplesPerLeaf = 20;

    /// <summary>Training sets of at least this many comments train fewer folds (<see cref="LargeData"/>).</summary>
    public const int LargeTrainingSet = 50_000;

    /// <summary>On a large training set, the most folds trained for the out-of-fold scores.</summary>
    public const int LargeDataFolds = 2;

    /// <summary>On a large training set, the least share of the spam and of the other comments each fold's models must train on for <see cref="LargeDataFolds"/>.</summary>
    public const double LargeDataLeastClassShare = 1.0 / 3;
    public const double LearningRate = 0.1;
    public const double TargetFalsePositiveRate = 0.01;
    public const int Folds = 5;
    public const double TextL2Regularization = 1.0;
    public const int TextIterations = 100;
    public const int MinimumLowRelevanceExamples = 20;
    public const double ContextDropout = 0.5;
    public const double LayoutDropout = 0.25;
}
