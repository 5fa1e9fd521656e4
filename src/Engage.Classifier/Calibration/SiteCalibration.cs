namespace Engage.Classifier;

/// <summary>
/// That a model was calibrated to a site (<see cref="CommentClassifier.Calibrate"/>): on what and when. Recorded in the
/// model file, so a saved calibrated model says so when it is loaded.
/// </summary>
/// <param name="Comments">Labeled comments the calibration was fitted on.</param>
/// <param name="Source">What the comments were, as the caller named them (a file name, a site); <see langword="null"/> when not given.</param>
/// <param name="CalibratedAt">When the calibration was made (UTC).</param>
/// <param name="TargetFalsePositiveRate">The genuine false-positive rate the new threshold was chosen for.</param>
/// <param name="PreviousSpamThreshold">The spam threshold the model had before.</param>
public sealed record SiteCalibration(int Comments, string? Source, DateTimeOffset CalibratedAt, double TargetFalsePositiveRate, double PreviousSpamThreshold);
