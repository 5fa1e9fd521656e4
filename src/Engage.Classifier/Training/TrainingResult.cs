namespace Engage.Classifier;

/// <summary>A trained classifier and what training measured on held-out threads.</summary>
/// <param name="Classifier">The classifier, trained on all the data given.</param>
/// <param name="Report">Held-out metrics and the chosen threshold.</param>
public sealed record TrainingResult(CommentClassifier Classifier, TrainingReport Report);
