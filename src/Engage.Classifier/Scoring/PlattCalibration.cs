namespace Engage.Classifier.Scoring;

/// <summary>Platt scaling as ML.NET computes it: p = 1 / (1 + exp(slope * score + offset)).</summary>
internal readonly record struct PlattCalibration(double Slope, double Offset)
{
    public double Probability(double score) => 1.0 / (1.0 + Math.Exp((Slope * score) + Offset));
}
