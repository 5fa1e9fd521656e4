namespace Engage.Classifier.Cli.Reporting;

/// <summary>One point of a curve swept over spam thresholds.</summary>
/// <param name="Threshold">Spam probability at or above which comments are called spam at this point.</param>
/// <param name="X">Recall for a precision-recall curve, false-positive rate for a ROC curve.</param>
/// <param name="Y">Precision for a precision-recall curve, true-positive rate (recall) for a ROC curve.</param>
internal readonly record struct CurvePoint(double Threshold, double X, double Y);
