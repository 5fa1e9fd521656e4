namespace Engage.Classifier.Cli.Output;

/// <summary>How labels are written: the CSV/JSON spelling that <see cref="CommentCsv"/> reads back, and a display name.</summary>
internal static class LabelNames
{
    public static string Code(CommentLabel label) => label switch
    {
        CommentLabel.Genuine => "genuine",
        CommentLabel.LowRelevance => "low_relevance",
        CommentLabel.Spam => "spam",
        _ => throw new ArgumentOutOfRangeException(nameof(label), label, "Unknown label."),
    };

    public static string Display(CommentLabel label) => label switch
    {
        CommentLabel.Genuine => "Genuine",
        CommentLabel.LowRelevance => "Low relevance",
        CommentLabel.Spam => "Spam",
        _ => throw new ArgumentOutOfRangeException(nameof(label), label, "Unknown label."),
    };

    /// <summary>Display name with Spectre markup color.</summary>
    public static string Markup(CommentLabel label) => label switch
    {
        CommentLabel.Genuine => "[green]Genuine[/]",
        CommentLabel.LowRelevance => "[yellow]Low relevance[/]",
        CommentLabel.Spam => "[red]Spam[/]",
        _ => throw new ArgumentOutOfRangeException(nameof(label), label, "Unknown label."),
    };
}
