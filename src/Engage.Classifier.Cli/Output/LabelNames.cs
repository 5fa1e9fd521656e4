namespace Engage.Classifier.Cli.Output;

/// <summary>
/// How labels are shown in tables. Their CSV and JSON spelling (<c>low_relevance</c>) is the library's
/// (<see cref="LabelCodes"/>), so that what the tool writes, the library reads back and serializes the same way.
/// </summary>
internal static class LabelNames
{
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
