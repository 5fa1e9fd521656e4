namespace Engage.Classifier;

/// <summary>Spam precision, recall and genuine false-positive rate if the spam threshold were <see cref="Threshold"/>.</summary>
/// <param name="Threshold">Spam probability at or above which a comment is called spam.</param>
/// <param name="SpamPrecision">Share of comments called spam that are spam.</param>
/// <param name="SpamRecall">Share of spam called spam.</param>
/// <param name="GenuineFalsePositiveRate">Share of genuine comments called spam.</param>
public sealed record ThresholdPoint(double Threshold, double SpamPrecision, double SpamRecall, double GenuineFalsePositiveRate);
