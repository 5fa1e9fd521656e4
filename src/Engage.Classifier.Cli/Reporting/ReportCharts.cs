using System.Text.Json;
using System.Text.Json.Nodes;
using Engage.Classifier.Cli.Output;

namespace Engage.Classifier.Cli.Reporting;

/// <summary>
/// The data of the report's three charts (precision-recall, ROC, score histogram by true label) as the JSON that
/// <c>report-charts.js</c> draws with Chart.js. Curves are thinned to points at least <see cref="MinStep"/> apart,
/// so a report of a million comments stays a few hundred kilobytes.
/// </summary>
internal static class ReportCharts
{
    /// <summary>Bins of the score histogram, each 0.05 wide.</summary>
    public const int HistogramBins = 20;

    /// <summary>Smallest distance (|dx| + |dy|) between two kept curve points.</summary>
    public const double MinStep = 0.002;

    /// <summary>
    /// The chart data as JSON. The default encoder escapes <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c>, so the text
    /// cannot end the <c>&lt;script&gt;</c> block it is placed in.
    /// </summary>
    public static string Json(EvaluationReport report, IReadOnlyList<CommentLabel> labels, IReadOnlyList<double> spamProbability)
    {
        bool[] isSpam = labels.Select(l => l == CommentLabel.Spam).ToArray();
        var json = new JsonObject
        {
            ["precisionRecall"] = Points(Thin(ScoreCurves.PrecisionRecall(isSpam, spamProbability))),
            ["operatingPoint"] = Point(report.SpamRecall, report.SpamPrecision),
            ["roc"] = Points(Thin(ScoreCurves.Roc(isSpam, spamProbability))),
            ["rocLabel"] = $"Spam vs rest (AUC {Numbers.Probability(report.Auc)})",
            ["histogram"] = Histogram(labels, spamProbability, report.SpamThreshold),
        };
        return json.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
    }

    /// <summary>Share of each true label's comments per spam-probability bin.</summary>
    private static JsonObject Histogram(IReadOnlyList<CommentLabel> labels, IReadOnlyList<double> spamProbability, double threshold)
    {
        var series = new JsonArray();
        foreach (CommentLabel label in Enum.GetValues<CommentLabel>())
        {
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

            series.Add(new JsonObject
            {
                ["code"] = LabelCodes.Of(label),
                ["label"] = $"{LabelNames.Display(label)} ({Numbers.Count(scores.Length)})",
                ["shares"] = new JsonArray(counts.Select(c => (JsonNode?)Round(c / scores.Length)).ToArray()),
            });
        }

        return new JsonObject
        {
            ["binCenters"] = new JsonArray(Enumerable.Range(0, HistogramBins).Select(b => (JsonNode?)Round((b + 0.5) / HistogramBins)).ToArray()),
            ["series"] = series,
            ["threshold"] = Round(threshold),
            ["thresholdLabel"] = $"Threshold {Numbers.Threshold(threshold)}",
        };
    }

    /// <summary>Keeps the first and last point and every point at least <see cref="MinStep"/> from the last kept one.</summary>
    internal static IReadOnlyList<CurvePoint> Thin(IReadOnlyList<CurvePoint> points)
    {
        var kept = new List<CurvePoint>();
        for (int i = 0; i < points.Count; i++)
        {
            CurvePoint point = points[i];
            bool last = i == points.Count - 1;
            if (kept.Count == 0 || last || Math.Abs(point.X - kept[^1].X) + Math.Abs(point.Y - kept[^1].Y) >= MinStep)
            {
                kept.Add(point);
            }
        }

        return kept;
    }

    private static JsonArray Points(IEnumerable<CurvePoint> points) => new(points.Select(p => (JsonNode?)Point(p.X, p.Y)).ToArray());

    private static JsonObject Point(double x, double y) => new() { ["x"] = Round(x), ["y"] = Round(y) };

    private static double Round(double value) => double.IsFinite(value) ? Math.Round(value, 5) : 0;
}
