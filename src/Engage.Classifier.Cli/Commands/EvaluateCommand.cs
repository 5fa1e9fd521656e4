using System.CommandLine;
using Engage.Classifier.Cli.Output;
using Engage.Classifier.Cli.Reporting;

namespace Engage.Classifier.Cli.Commands;

/// <summary>
/// <c>engage evaluate</c>: scores labeled comments, prints the metrics, confusion matrix and threshold table
/// (or JSON), and optionally writes a self-contained HTML report.
/// </summary>
internal static class EvaluateCommand
{
    public static Command Create(CliContext context)
    {
        var comments = CliOptions.Comments("Labeled comments CSV the model was not trained on (content and label columns).", required: true);
        var posts = CliOptions.Posts();
        var model = CliOptions.Model();
        var json = new Option<bool>("--json") { Description = "Print the metrics as one JSON object instead of tables." };
        var report = new Option<string>("--report") { Description = "Also write a self-contained HTML report: curves, score histogram, misclassified comments.", HelpName = "report.html" };

        var command = new Command("evaluate", "Measure a model on labeled comments: metrics, confusion matrix, thresholds, and an optional HTML report.")
        {
            comments, posts, model, json, report,
        };
        command.SetAction(parsed => Run(
            context,
            parsed.GetRequiredValue(comments),
            parsed.GetValue(posts),
            parsed.GetValue(model),
            parsed.GetValue(json),
            parsed.GetValue(report)));
        return command;
    }

    private static int Run(CliContext context, string commentsPath, string? postsPath, string? modelPath, bool json, string? reportPath)
    {
        CommentClassifier classifier = ModelSource.Load(modelPath);
        EvaluationData data = EvaluationData.Score(classifier, commentsPath, postsPath);
        EvaluationReport report = data.Report;

        if (reportPath is not null)
        {
            HtmlReport.Write(reportPath, data, classifier, commentsPath, modelPath);
        }

        if (json)
        {
            context.Output.WriteLine(JsonOutput.Evaluation(report, commentsPath));
            return ExitCodes.Success;
        }

        ReportTables.WriteMetrics(context.Console, report, $"Evaluation of {Path.GetFileName(commentsPath)}");
        ReportTables.WriteConfusionMatrix(context.Console, report.ConfusionMatrix);
        ReportTables.WriteThresholds(context.Console, report);
        if (reportPath is not null)
        {
            context.Output.WriteLine($"Wrote the HTML report to {reportPath}");
        }

        return ExitCodes.Success;
    }
}
