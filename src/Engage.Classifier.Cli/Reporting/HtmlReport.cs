using System.Net;
using System.Text;
using Engage.Classifier.Cli.Commands;
using Engage.Classifier.Cli.Output;

namespace Engage.Classifier.Cli.Reporting;

/// <summary>
/// Writes the evaluation as one self-contained HTML file: metrics, confusion matrix, threshold table, the
/// precision-recall and ROC curves and a score histogram by true label (drawn by Chart.js, inlined with the data, so
/// the file works offline), and the misclassified comments with their reasons. Every piece of input text is
/// HTML-escaped; the chart data is JSON with <c>&lt;</c> escaped, inside a non-executed <c>application/json</c> block.
/// </summary>
internal static class HtmlReport
{
    /// <summary>Most misclassified comments listed; a large file would otherwise make a report no browser opens.</summary>
    internal const int MaxMisclassified = 500;

    public static void Write(string path, EvaluationData data, CommentClassifier classifier, string commentsPath, string? modelPath)
    {
        string html = Render(data, classifier, commentsPath, modelPath);
        try
        {
            File.WriteAllText(path, html, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliDataException($"Cannot write the report '{path}': {(ex is DirectoryNotFoundException ? "its folder does not exist." : ex.Message)}", ex);
        }
    }

    internal static string Render(EvaluationData data, CommentClassifier classifier, string commentsPath, string? modelPath)
    {
        EvaluationReport report = data.Report;
        double[] probabilities = data.Verdicts.Select(v => v.SpamProbability).ToArray();

        var html = new StringBuilder();
        html.Append("""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>Engage.Classifier evaluation</title>
            <style>
            body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 1100px; color: #222; }
            table { border-collapse: collapse; margin: 0.5rem 0 1.5rem; }
            th, td { border: 1px solid #ccc; padding: 0.3rem 0.6rem; text-align: left; vertical-align: top; }
            td.n { text-align: right; font-variant-numeric: tabular-nums; }
            .charts { display: flex; flex-wrap: wrap; gap: 1rem; }
            .charts canvas { border: 1px solid #ddd; }
            .current { font-weight: bold; background: #fff6d5; }
            .text { white-space: pre-wrap; max-width: 480px; }
            </style>
            </head>
            <body>
            <h1>Engage.Classifier evaluation</h1>

            """);
        html.Append("<p>Comments: <code>").Append(E(commentsPath)).Append("</code>; model: <code>")
            .Append(E(modelPath ?? "embedded default")).Append("</code>; spam threshold ")
            .Append(Numbers.Threshold(report.SpamThreshold)).Append(".</p>\n");

        html.Append("<h2>Metrics</h2>\n<table>\n");
        Row(html, "Comments", Numbers.Count(report.Count));
        Row(html, "Threads", Numbers.Count(report.ThreadCount));
        Row(html, "Accuracy", Numbers.Percent(report.Accuracy));
        Row(html, "Spam precision", Numbers.Percent(report.SpamPrecision));
        Row(html, "Spam recall", Numbers.Percent(report.SpamRecall));
        Row(html, "Spam F1", Numbers.Probability(report.SpamF1));
        Row(html, "AUC", Numbers.Probability(report.Auc));
        Row(html, "Genuine false-positive rate", Numbers.Percent(report.GenuineFalsePositiveRate));
        html.Append("</table>\n");

        AppendConfusionMatrix(html, report.ConfusionMatrix);
        AppendThresholds(html, report);

        html.Append("<h2>Charts</h2>\n<div class=\"charts\">\n");
        Canvas(html, "chart-pr", "Precision-recall curve of the spam probability");
        Canvas(html, "chart-roc", "ROC curve of the spam probability");
        Canvas(html, "chart-histogram", "Histogram of spam probability by true label");
        html.Append("</div>\n");

        AppendMisclassified(html, data, classifier);
        html.Append("<script type=\"application/json\" id=\"engage-chart-data\">")
            .Append(ReportCharts.Json(report, data.Labels, probabilities)).Append("</script>\n");
        html.Append("<script>\n").Append(ReportAssets.ChartJs).Append("\n</script>\n");
        html.Append("<script>\n").Append(ReportAssets.DrawingScript).Append("\n</script>\n");
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static void AppendConfusionMatrix(StringBuilder html, ConfusionMatrix matrix)
    {
        CommentLabel[] labels = Enum.GetValues<CommentLabel>();
        html.Append("<h2>Confusion matrix</h2>\n<table>\n<tr><th>True \\ predicted</th>");
        foreach (CommentLabel predicted in labels)
        {
            html.Append("<th>").Append(LabelCodes.Of(predicted)).Append("</th>");
        }

        html.Append("</tr>\n");
        foreach (CommentLabel actual in labels)
        {
            html.Append("<tr><th>").Append(LabelCodes.Of(actual)).Append("</th>");
            foreach (CommentLabel predicted in labels)
            {
                html.Append("<td class=\"n\">").Append(Numbers.Count(matrix[actual, predicted])).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</table>\n");
    }

    private static void AppendThresholds(StringBuilder html, EvaluationReport report)
    {
        html.Append("<h2>Thresholds</h2>\n<table>\n<tr><th>Threshold</th><th>Spam precision</th><th>Spam recall</th><th>Genuine FPR</th></tr>\n");
        foreach (ThresholdPoint point in report.Thresholds)
        {
            bool current = Math.Abs(point.Threshold - report.SpamThreshold) < 1e-9;
            html.Append(current ? "<tr class=\"current\">" : "<tr>")
                .Append("<td class=\"n\">").Append(Numbers.Threshold(point.Threshold)).Append("</td>")
                .Append("<td class=\"n\">").Append(Numbers.Percent(point.SpamPrecision)).Append("</td>")
                .Append("<td class=\"n\">").Append(Numbers.Percent(point.SpamRecall)).Append("</td>")
                .Append("<td class=\"n\">").Append(Numbers.Percent(point.GenuineFalsePositiveRate)).Append("</td></tr>\n");
        }

        html.Append("</table>\n");
    }

    private static void AppendMisclassified(StringBuilder html, EvaluationData data, CommentClassifier classifier)
    {
        int[] wrong = Enumerable.Range(0, data.Records.Count).Where(i => data.Verdicts[i].Label != data.Labels[i]).ToArray();
        html.Append("<h2>Misclassified comments (").Append(Numbers.Count(wrong.Length)).Append(")</h2>\n");
        if (wrong.Length == 0)
        {
            html.Append("<p>None.</p>\n");
            return;
        }

        if (wrong.Length > MaxMisclassified)
        {
            html.Append("<p>The first ").Append(MaxMisclassified).Append(" are listed.</p>\n");
        }

        html.Append("<table>\n<tr><th>Id</th><th>Line</th><th>True</th><th>Predicted</th><th>Spam probability</th><th>Comment</th><th>Reasons</th></tr>\n");
        foreach (int i in wrong.Take(MaxMisclassified))
        {
            CommentRecord record = data.Records[i];
            Verdict explained = EvaluationData.Explain(classifier, record);
            html.Append("<tr><td>").Append(E(record.Id)).Append("</td>")
                .Append("<td class=\"n\">").Append(record.LineNumber).Append("</td>")
                .Append("<td>").Append(LabelCodes.Of(data.Labels[i])).Append("</td>")
                .Append("<td>").Append(LabelCodes.Of(explained.Label)).Append("</td>")
                .Append("<td class=\"n\">").Append(Numbers.SpamProbability(explained.SpamProbability, explained.Label)).Append("</td>")
                .Append("<td class=\"text\">").Append(E(record.Comment.Text)).Append("</td>")
                .Append("<td>").Append(explained.Reasons.Count == 0 ? "none" : string.Join("<br>", explained.Reasons.Select(E))).Append("</td></tr>\n");
        }

        html.Append("</table>\n");
    }

    private static void Row(StringBuilder html, string name, string value) =>
        html.Append("<tr><th>").Append(E(name)).Append("</th><td class=\"n\">").Append(E(value)).Append("</td></tr>\n");

    private static void Canvas(StringBuilder html, string id, string description) =>
        html.Append("<canvas id=\"").Append(id).Append("\" width=\"640\" height=\"440\" role=\"img\" aria-label=\"").Append(E(description))
            .Append("\">").Append(E(description)).Append(" (needs JavaScript).</canvas>\n");

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
