namespace Engage.Classifier;

/// <summary>Names of the ML.NET columns, in one place.</summary>
internal static class ColumnNames
{
    public const string Label = "Label";
    public const string Features = "Features";
    public const string Score = "Score";
    public const string Weight = "Weight";
    public const string Probability = "Probability";
    public const string PredictedLabel = "PredictedLabel";
}
