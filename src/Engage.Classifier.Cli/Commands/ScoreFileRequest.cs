using System.Text;

namespace Engage.Classifier.Cli.Commands;

/// <summary>The options of <c>engage score --comments</c>.</summary>
internal sealed record ScoreFileRequest(string CommentsPath, string? PostsPath, string OutputPath, string? ModelPath, bool IncludeReasons, double? Threshold, ModerationPolicy Policy, Encoding? Encoding)
{
    /// <summary>Whether to score in thread order with the earlier comments as context (<c>--thread-context</c>); otherwise in parallel batches.</summary>
    public bool ThreadContext { get; init; }
}
