namespace Engage.Classifier;

/// <summary>A classifier calibrated to a site and what the calibration measured.</summary>
/// <param name="Classifier">The calibrated classifier: the same models with a new spam calibration and threshold.</param>
/// <param name="Report">Before and after on the held-out comments.</param>
public sealed record CalibrationResult(CommentClassifier Classifier, CalibrationReport Report);
