namespace Engage.Classifier.Training;

/// <summary>
/// The trees' settings for a team's own small training set: on fewer than <see cref="TrainerDefaults.SmallTrainingSet"/>
/// comments every leaf holds at least <see cref="TrainerDefaults.SmallDataLeafShare"/> of them (at most
/// <see cref="TrainerDefaults.SmallDataMostExamplesPerLeaf"/>, never fewer than
/// <see cref="TrainerOptions.MinimumExampleCountPerLeaf"/>).
/// </summary>
/// <remarks>
/// With about a thousand comments from three or four threads, leaves of five comments fit what one thread's spam
/// happens to share, and the trees score the next thread's spam lower than the training threads' spam. On YouTube
/// leave one video out (data/EVALUATION.md), leaves of at least 20 comments (2% of the ~1,100 training comments) raised
/// the mean held-out accuracy by one and a half to two points for 4, 8 and 16 leaves alike; the number of leaves mattered
/// less. Larger training sets (the default corpus) keep the options as given.
/// </remarks>
internal static class SmallData
{
    /// <summary>The options the trees train with on <paramref name="comments"/> labeled comments.</summary>
    public static TrainerOptions Adjusted(TrainerOptions options, int comments)
    {
        if (comments >= TrainerDefaults.SmallTrainingSet)
        {
            return options;
        }

        int share = Math.Min(TrainerDefaults.SmallDataMostExamplesPerLeaf, (int)(comments * TrainerDefaults.SmallDataLeafShare));
        return share > options.MinimumExampleCountPerLeaf ? options with { MinimumExampleCountPerLeaf = share } : options;
    }
}
