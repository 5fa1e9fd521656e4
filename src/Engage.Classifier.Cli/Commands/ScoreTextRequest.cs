using System.Text;

namespace Engage.Classifier.Cli.Commands;

/// <summary>The options of <c>engage score --text</c>.</summary>
internal sealed record ScoreTextRequest(
    string Text,
    string? PostTitle,
    string? PostText,
    string? PostFile,
    Uri? PostUrl,
    string? Author,
    string? AuthorUrl,
    string? AuthorEmail,
    CommentContext Context,
    string? ModelPath,
    ModerationPolicy Policy,
    double? Threshold,
    Encoding? Encoding,
    bool Json);

/// <summary>The context options of <c>engage score --text</c>: what the site knows of the entry and its author.</summary>
internal sealed record CommentContext(CommentKind? Kind, int? AuthorApprovedCount, int? AuthorSpamCount, bool? AuthorIsRegistered);
