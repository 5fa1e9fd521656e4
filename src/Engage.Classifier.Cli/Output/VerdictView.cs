using Spectre.Console;

namespace Engage.Classifier.Cli.Output;

/// <summary>Prints one verdict and its moderation action as a small table.</summary>
internal static class VerdictView
{
    public static void Write(IAnsiConsole console, ModerationResult moderation, double spamThreshold, double rejectThreshold)
    {
        Verdict verdict = moderation.Verdict;
        var table = new Table().Border(TableBorder.Rounded).HideHeaders()
            .AddColumn(new TableColumn("Field").NoWrap())
            .AddColumn(new TableColumn("Value"));
        table.AddRow("Label", LabelNames.Markup(verdict.Label));
        // As the action's reason prints it: 0.9977 read 0.998 beside "spam probability 0.9977 is below the reject threshold 0.998".
        table.AddRow("Spam probability", $"{Numbers.SpamProbability(verdict.SpamProbability, verdict.Label, below: rejectThreshold)} (spam at {Numbers.Threshold(spamThreshold)} or more)");
        table.AddRow("Relevance", verdict.Relevance is { } relevance ? Numbers.Probability(relevance) : "n/a (no post title or text given)");
        string reasons = verdict.Reasons.Count == 0 ? "none" : string.Join("\n", verdict.Reasons.Select(r => "- " + Markup.Escape(r)));
        table.AddRow(new Spectre.Console.Text("Reasons"), new Markup(reasons));
        string action = ActionNames.Markup(moderation.Action) + string.Concat(moderation.Reasons.Select(r => "\n- " + Markup.Escape(r)));
        table.AddRow(new Spectre.Console.Text("Action"), new Markup(action));
        console.Write(table);
    }
}
