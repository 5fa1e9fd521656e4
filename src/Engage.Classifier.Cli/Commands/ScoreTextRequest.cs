using System.Text;

namespace Engage.Classifier.Cli.Commands;

/// <summary>The options of <c>engage score --text</c>.</summary>
internal sealed record ScoreTextRequest(
    string Text,
    string? PostTitle,
    string? PostText,
    string? PostFile,
    string? Author,
    string? AuthorUrl,
    string? AuthorEmail,
    string? ModelPath,
    double? Threshold,
    Encoding? Encoding,
    bool Json);
