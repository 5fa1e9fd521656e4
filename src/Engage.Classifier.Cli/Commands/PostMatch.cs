namespace Engage.Classifier.Cli.Commands;

/// <summary>
/// Counts how many comments found their post, so that a posts file whose threads match none of the comments
/// (a different id scheme, the wrong file) is reported instead of silently measuring no relevance.
/// </summary>
internal sealed class PostMatch
{
    private const int Examples = 3;

    private readonly IReadOnlyDictionary<string, Post>? _posts;
    private readonly List<string> _unmatchedThreads = [];
    private long _comments;
    private long _withThread;
    private long _matched;

    public PostMatch(IReadOnlyDictionary<string, Post>? posts) => _posts = posts;

    public void Observe(Comment comment)
    {
        _comments++;
        if (comment.ThreadId is not { } thread)
        {
            return;
        }

        _withThread++;
        if (comment.Post is not null)
        {
            _matched++;
        }
        else if (_unmatchedThreads.Count < Examples && !_unmatchedThreads.Contains(thread, StringComparer.Ordinal))
        {
            _unmatchedThreads.Add(thread);
        }
    }

    /// <summary>Warns on standard error when posts were given and no comment matched one.</summary>
    public void Report(CliContext context, string commentsShownAs, string? postsShownAs)
    {
        if (_posts is null || postsShownAs is null || _matched > 0 || _comments == 0)
        {
            return;
        }

        string postThreads = string.Join(", ", _posts.Keys.Take(Examples).Select(t => $"'{t}'"));
        context.Warn(_withThread == 0
            ? $"no comment in '{commentsShownAs}' has a thread id, so the posts in '{postsShownAs}' were not used and relevance was not measured."
            : $"none of the {Output.Numbers.Count(_withThread)} comments with a thread id in '{commentsShownAs}' matches a thread of the {Output.Numbers.Count(_posts.Count)} post{(_posts.Count == 1 ? string.Empty : "s")} in '{postsShownAs}' " +
              $"(comment threads {string.Join(", ", _unmatchedThreads.Select(t => $"'{t}'"))}; post threads {postThreads}), so relevance was not measured.");
    }
}
