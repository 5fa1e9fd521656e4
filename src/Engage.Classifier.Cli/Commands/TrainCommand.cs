using System.CommandLine;
using Engage.Classifier.Cli.Output;
using Engage.Classifier.Cli.Progress;

namespace Engage.Classifier.Cli.Commands;

/// <summary><c>engage train</c>: trains a model from labeled CSVs, shows the held-out report and saves the model.</summary>
internal static class TrainCommand
{
    public static Command Create(CliContext context)
    {
        var comments = CliOptions.Comments("Labeled comments CSV (content and label columns; thread for honest held-out numbers).", required: true);
        var posts = CliOptions.Posts();
        var output = new Option<string>("--out") { Description = "Where to save the model.", HelpName = "model.zip", Required = true };
        var seed = new Option<int>("--seed") { Description = "Seed for fold assignment and trainers; same seed and data give the same model.", DefaultValueFactory = _ => new TrainerOptions().Seed };
        var targetFpr = new Option<double>("--target-fpr")
        {
            Description = "Highest share of genuine comments the chosen spam threshold may call spam, on held-out threads.",
            HelpName = "rate",
            DefaultValueFactory = _ => new TrainerOptions().TargetFalsePositiveRate,
        };
        targetFpr.Validators.Add(result =>
        {
            double value = result.GetValueOrDefault<double>();
            if (!(value >= 0 && value <= 1))
            {
                result.AddError($"--target-fpr must be between 0 and 1 (got {value.ToString(System.Globalization.CultureInfo.InvariantCulture)}).");
            }
        });

        var command = new Command("train", "Train a model from labeled comments and print what it scored on held-out threads.")
        {
            comments, posts, output, seed, targetFpr,
        };
        command.SetAction(parsed => Run(
            context,
            parsed.GetRequiredValue(comments),
            parsed.GetValue(posts),
            parsed.GetRequiredValue(output),
            new TrainerOptions { Seed = parsed.GetValue(seed), TargetFalsePositiveRate = parsed.GetValue(targetFpr) }));
        return command;
    }

    private static int Run(CliContext context, string commentsPath, string? postsPath, string outputPath, TrainerOptions options)
    {
        CheckOutputFolder(outputPath);
        var trainer = new CommentClassifierTrainer(options);
        TrainingResult result = ProgressDisplay.Run(context, "Training", display =>
        {
            var progress = new SynchronousProgress<TrainingProgress>(p => display.Report(p.Stage, p.Completed, p.Total));
            try
            {
                return trainer.TrainFromCsv(commentsPath, postsPath, progress);
            }
            catch (ArgumentException ex)
            {
                // The trainer says why the data cannot train a model (one class only, a single thread, ...).
                throw new CliDataException($"Cannot train on '{commentsPath}': {ex.Message.Split(" (Parameter")[0]}", ex);
            }
        });

        result.Classifier.Save(outputPath);
        TrainingReport report = result.Report;
        ReportTables.WriteTrainingSummary(context.Output, report);
        ReportTables.WriteMetrics(context.Console, report.HeldOut, $"Held-out report ({report.Folds} thread folds)");
        ReportTables.WriteConfusionMatrix(context.Console, report.HeldOut.ConfusionMatrix);
        context.Output.WriteLine($"Saved the model to {outputPath}");
        return ExitCodes.Success;
    }

    private static void CheckOutputFolder(string outputPath)
    {
        string? folder = Path.GetDirectoryName(Path.GetFullPath(outputPath));
        if (folder is not null && !Directory.Exists(folder))
        {
            throw new CliDataException($"Cannot write '{outputPath}': its folder does not exist.");
        }
    }
}
