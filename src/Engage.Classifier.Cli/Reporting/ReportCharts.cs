using Engage.Classifier.Cli.Output;
using ScottPlot;

namespace Engage.Classifier.Cli.Reporting;

/// <summary>Draws the report's charts with ScottPlot, as PNG bytes in memory.</summary>
internal static class ReportCharts
{
    private const int Width = 640;
    private const int Height = 440;
    private const int HistogramBins = 20;

    public static byte[] PrecisionRecall(IReadOnlyList<CurvePoint> points, double operatingRecall, double operatingPrecision)
    {
        var plot = new Plot();
        var curve = plot.Add.Scatter(points.Select(p => p.X).ToArray(), points.Select(p => p.Y).ToArray());
        curve.MarkerSize = 0;
        curve.LineWidth = 2;
        curve.LegendText = "Spam precision-recall";
        var chosen = plot.Add.Marker(operatingRecall, operatingPrecision);
        chosen.MarkerSize = 10;
        chosen.Color = Colors.Red;
        chosen.LegendText = "Model threshold";
        plot.Title("Precision-recall curve");
        plot.XLabel("Spam recall");
        plot.YLabel("Spam precision");
        plot.Axes.SetLimits(0, 1.02, 0, 1.05);
        plot.ShowLegend(Alignment.LowerLeft);
        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }

    public static byte[] Roc(IReadOnlyList<CurvePoint> points, double auc)
    {
        var plot = new Plot();
        var chance = plot.Add.Line(0, 0, 1, 1);
        chance.LinePattern = LinePattern.Dashed;
        chance.Color = Colors.Gray;
        chance.LegendText = "Chance";
        var curve = plot.Add.Scatter(points.Select(p => p.X).ToArray(), points.Select(p => p.Y).ToArray());
        curve.MarkerSize = 0;
        curve.LineWidth = 2;
        curve.LegendText = $"Spam vs rest (AUC {Numbers.Probability(auc)})";
        plot.Title("ROC curve");
        plot.XLabel("False-positive rate (non-spam called spam)");
        plot.YLabel("True-positive rate (spam recall)");
        plot.Axes.SetLimits(0, 1.02, 0, 1.05);
        plot.ShowLegend(Alignment.LowerRight);
        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }

    /// <summary>Share of each true label's comments per spam-probability bin, bars side by side.</summary>
    public static byte[] ScoreHistogram(IReadOnlyList<CommentLabel> labels, IReadOnlyList<double> spamProbability, double threshold)
    {
        var plot = new Plot();
        CommentLabel[] all = Enum.GetValues<CommentLabel>();
        Color[] colors = [Colors.SeaGreen, Colors.Orange, Colors.Crimson];
        double binWidth = 1.0 / HistogramBins;
        double barWidth = binWidth / (all.Length + 1);
        for (int l = 0; l < all.Length; l++)
        {
            CommentLabel label = all[l];
            double[] scores = spamProbability.Where((_, i) => labels[i] == label).ToArray();
            if (scores.Length == 0)
            {
                continue;
            }

            var counts = new double[HistogramBins];
            foreach (double score in scores)
            {
                counts[Math.Clamp((int)(score * HistogramBins), 0, HistogramBins - 1)]++;
            }

            var bars = Enumerable.Range(0, HistogramBins).Select(b => new Bar
            {
                Position = (b * binWidth) + (barWidth * (l + 1)),
                Value = counts[b] / scores.Length,
                Size = barWidth,
                FillColor = colors[l],
                LineWidth = 0,
            }).ToArray();
            var plottable = plot.Add.Bars(bars);
            plottable.LegendText = $"{LabelNames.Display(label)} ({scores.Length})";
        }

        var line = plot.Add.VerticalLine(threshold);
        line.Color = Colors.Black;
        line.LinePattern = LinePattern.Dashed;
        line.LegendText = $"Threshold {Numbers.Threshold(threshold)}";
        plot.Title("Spam probability by true label");
        plot.XLabel("Spam probability");
        plot.YLabel("Share of the label's comments");
        plot.Axes.SetLimits(0, 1.02, 0, 1.05);
        plot.ShowLegend(Alignment.UpperCenter);
        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }
}
