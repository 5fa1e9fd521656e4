using System.CommandLine;
using System.Globalization;
using Engage.Classifier.Cli.Input;
using Engage.Classifier.Cli.Output;
using Engage.Classifier.Cli.Progress;
using Engage.Classifier.Moderation;

namespace Engage.Classifier.Cli.Commands;

/// <summary>
/// <c>engage diff</c>: scores the same comments with two models under one moderation policy and prints the comments whose
/// label or action changes, with both spam probabilities, and the changes counted by direction. Exits with
/// <see cref="ExitCodes.FlipsAboveBound"/> when more comments flip than <c>--max-flips</c> allows, so CI can gate a new model.
/// </summary>
internal static class DiffCommand
{
    /// <summary>Characters of a flipped comment's text shown beside it.</summary>
    private const int ExcerptLength = 60;

    public static Command Create(CliContext context)
    {
        var models = new Option<string[]>("--model")
        {
            Description = "Model file; give it twice: the model before, then the model after.",
            HelpName = "model.zip",
            Required = true,
            Arity = ArgumentArity.OneOrMore,
        };
        models.Validators.Add(result =>
        {
            int count = result.GetValueOrDefault<string[]>()?.Length ?? 0;
            if (count != 2)
            {
                result.AddError($"--model must be given twice, the model before and the model after (got {count}).");
            }
        });
        var comments = CliOptions.Comments("Comments CSV to score with both models (content column required; label not needed).", required: true);
        var posts = CliOptions.Posts();
        var maxFlips = new Option<int?>("--max-flips") { Description = "Most comments allowed to flip; more exits with code 3.", HelpName = "count" }.AtLeast(0);
        var json = new Option<bool>("--json") { Description = "Print the flips and the counts as one JSON object instead of tables." };
        var encoding = CliOptions.Encoding();
        var policy = new PolicyOptions();

        var command = new Command("diff", "Compare two models on the same comments: the comments whose label or action changes, counted by direction.")
        {
            models, comments, posts, maxFlips, json, encoding,
        };
        foreach (Option option in policy.All)
        {
            command.Options.Add(option);
        }

        command.SetAction(parsed => Run(
            context,
            new DiffRequest(
                parsed.GetRequiredValue(models),
                parsed.GetRequiredValue(comments),
                parsed.GetValue(posts),
                parsed.GetValue(maxFlips),
                policy.Policy(parsed),
                parsed.GetValue(encoding),
                parsed.GetValue(json))));
        return command;
    }

    private static int Run(CliContext context, DiffRequest request)
    {
        CommentInputs inputs = CommentInputs.Open(context, request.CommentsPath, request.PostsPath, request.Encoding);
        CommentClassifier before = ModelSource.Load(request.ModelPaths[0]);
        CommentClassifier after = ModelSource.Load(request.ModelPaths[1]);
        PostMatch match = inputs.NewMatch();
        var flips = new VerdictFlips();
        var excerpts = new Dictionary<VerdictFlips.Flip, string>(ReferenceEqualityComparer.Instance);
        string title = $"Comparing on {inputs.Comments.Name}";
        long? lines = inputs.Comments.Lines;

        ProgressDisplay.Run(context, title, display =>
        {
            foreach (CommentRecord[] chunk in inputs.ReadComments(match).Chunk(ScoreFile.ChunkSize))
            {
                Comment[] batch = chunk.Select(r => r.Comment).ToArray();
                Verdict[] beforeVerdicts = before.ClassifyBatch(batch);
                Verdict[] afterVerdicts = after.ClassifyBatch(batch);
                for (int i = 0; i < chunk.Length; i++)
                {
                    if (flips.Observe(chunk[i].Id, request.Policy.Moderate(beforeVerdicts[i], batch[i]), request.Policy.Moderate(afterVerdicts[i], batch[i])) is { } flip)
                    {
                        excerpts[flip] = Excerpt(batch[i].Text);
                    }
                }

                if (lines is long total)
                {
                    display.Report(title, chunk[^1].LineNumber, total);
                }
            }

            display.Report(title, 1, 1);
            return flips.Compared;
        });

        if (request.Json)
        {
            context.Output.WriteLine(JsonOutput.Diff(flips, request.ModelPaths[0], request.ModelPaths[1], inputs.Comments.ShownAs));
        }
        else
        {
            ReportTables.WriteFlips(context.Console, flips, excerpts);
        }

        context.Error.WriteLine($"Compared {Numbers.Count(flips.Compared)} comments of {inputs.Comments.ShownAs}: {Numbers.Count(flips.Flips.Count)} changed label or action.");
        inputs.Report(context, match);
        if (request.MaxFlips is int bound && flips.Flips.Count > bound)
        {
            context.Error.WriteLine($"engage: {Numbers.Count(flips.Flips.Count)} comments flipped, more than --max-flips {Numbers.Count(bound)}.");
            return ExitCodes.FlipsAboveBound;
        }

        return ExitCodes.Success;
    }

    /// <summary>The start of a comment's text on one line.</summary>
    private static string Excerpt(string text)
    {
        string line = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return line.Length <= ExcerptLength ? line : line[..ExcerptLength] + "...";
    }

    private sealed record DiffRequest(string[] ModelPaths, string CommentsPath, string? PostsPath, int? MaxFlips, ModerationPolicy Policy, System.Text.Encoding? Encoding, bool Json);
}
