namespace Engage.Classifier.Cli.Output;

/// <summary>How moderation actions are written: <c>approve</c>, <c>hold</c>, <c>reject</c> in CSV and JSON, and a display name.</summary>
internal static class ActionNames
{
    public static string Code(ModerationAction action) => action switch
    {
        ModerationAction.Approve => "approve",
        ModerationAction.Hold => "hold",
        ModerationAction.Reject => "reject",
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "Unknown action."),
    };

    /// <summary>Display name with Spectre markup color.</summary>
    public static string Markup(ModerationAction action) => action switch
    {
        ModerationAction.Approve => "[green]Approve[/]",
        ModerationAction.Hold => "[yellow]Hold[/]",
        ModerationAction.Reject => "[red]Reject[/]",
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "Unknown action."),
    };
}
