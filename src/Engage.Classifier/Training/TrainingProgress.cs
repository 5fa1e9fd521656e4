namespace Engage.Classifier;

/// <summary>Where training is, reported through <see cref="IProgress{T}"/>.</summary>
/// <param name="Stage">What is being done, e.g. "featurizing", "fold 2 of 5", "final model".</param>
/// <param name="Completed">Steps done.</param>
/// <param name="Total">Steps in all.</param>
public sealed record TrainingProgress(string Stage, int Completed, int Total);
