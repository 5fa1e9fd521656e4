using System.CommandLine;
using Engage.Classifier.Cli.Input;
using Engage.Classifier.Cli.Output;
using Engage.Classifier.Cli.Reporting;

namespace Engage.Classifier.Cli.Commands;

/// <summary>
/// <c>engage evaluate</c>: scores labeled comments, prints the metrics, confusion matrix and threshold table
/// (or JSON) on standard output, and optionally writes a self-contained HTML report.
/// </summary>
internal static class EvaluateCommand
{
    public static Command Create(CliContext context)
    {
        var comments = CliOptions.Comments("Labeled comments CSV the model was not trained on (content and label columns).", required: true);
        var posts = CliOptions.Posts();
        var model = CliOptions.Model();
        var threshold = CliOptions.Threshold();
        var encoding = CliOptions.Encoding();
        var json = new Option<bool>("--json") { Description = "Print the metrics as one JSON object instead of tables." };
        var report = new Option<string>("--report") { Description = "Also write a self-contained HTML report: curves, score histogram, misclassified comments.", HelpName = "report.html" };
        CliOptions.NoStandardOutput(report, "the HTML report");

        var command = new Command("evaluate", "Measure a model on labeled comments: metrics, confusion matrix, thresholds, and an optional HTML report.")
        {
            comments, posts, model, threshold, encoding, json, report,
        };
        command.SetAction(parsed => Run(
            context,
            new EvaluateRequest(
                parsed.GetRequiredValue(comments),
                parsed.GetValue(posts),
                parsed.GetValue(model),
                parsed.GetValue(threshold),
                parsed.GetValue(encoding),
                parsed.GetValue(json),
                parsed.GetValue(report))));
        return command;
    }

    private static int Run(CliContext context, EvaluateRequest request)
    {
        if (request.ReportPath is not null)
        {
            OutputPath.Check(request.ReportPath, "--report", "report.html");
        }

        CommentInputs inputs = CommentInputs.Open(context, request.CommentsPath, request.PostsPath, request.Encoding);
        CommentClassifier classifier = ModelSource.Load(request.ModelPath, request.Threshold);
        PostMatch match = inputs.NewMatch();
        EvaluationData data = EvaluationData.Score(classifier, inputs, match);
        EvaluationReport report = data.Report;

        if (request.ReportPath is not null)
        {
            HtmlReport.Write(request.ReportPath, data, classifier, inputs.Comments.ShownAs, request.ModelPath);
        }

        if (request.Json)
        {
            context.Output.WriteLine(JsonOutput.Evaluation(report, inputs.Comments.ShownAs));
        }
        else
        {
            ReportTables.WriteMetrics(context.Console, report, $"Evaluation of {inputs.Comments.Name}");
            ReportTables.WriteConfusionMatrix(context.Console, report.ConfusionMatrix);
            ReportTables.WriteThresholds(context.Console, report);
        }

        if (request.ReportPath is not null)
        {
            context.Error.WriteLine($"Wrote the HTML report to {request.ReportPath}");
        }

        inputs.Report(context, match);
        return ExitCodes.Success;
    }

    private sealed record EvaluateRequest(string CommentsPath, string? PostsPath, string? ModelPath, double? Threshold, System.Text.Encoding? Encoding, bool Json, string? ReportPath);
}
