namespace Engage.Classifier;

/// <summary>How a measure spreads over held-out groups (threads or sources): its lowest, median and highest value.</summary>
/// <param name="Lowest">The lowest value; NaN when no group has one.</param>
/// <param name="Median">The median value (the mean of the two middle ones for an even count); NaN when no group has one.</param>
/// <param name="Highest">The highest value; NaN when no group has one.</param>
/// <param name="Groups">How many groups had a value (NaN values are left out).</param>
public sealed record Spread(double Lowest, double Median, double Highest, int Groups)
{
    internal static Spread Of(IEnumerable<double> values)
    {
        double[] sorted = values.Where(v => !double.IsNaN(v)).Order().ToArray();
        if (sorted.Length == 0)
        {
            return new Spread(double.NaN, double.NaN, double.NaN, 0);
        }

        double median = sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
        return new Spread(sorted[0], median, sorted[^1], sorted.Length);
    }
}
