namespace Engage.Classifier.Tools;

/// <summary>
/// The YouTube corpus's videos by thread, with their YouTube IDs as the corpus README's table gives them
/// (../shared/data/youtube-spam-collection/README.md, "thread | YouTube ID"). The corpus has no posts file (no
/// description or transcript), but each thread is a known video page: its post is that page's address and nothing
/// else, so a comment linking to the video it is posted under is not a link payload (<see cref="Post.Url"/>).
/// </summary>
internal static class YouTubeVideos
{
    private static readonly Dictionary<string, string> IdsByThread = new(StringComparer.Ordinal)
    {
        ["Youtube01-Psy"] = "9bZkp7q19f0",
        ["Youtube02-KatyPerry"] = "CevxZvSJLk8",
        ["Youtube03-LMFAO"] = "KQ6zr6kCPj8",
        ["Youtube04-Eminem"] = "uelHwf8o7_U",
    };

    /// <summary>Each comment with its video's post (<c>https://www.youtube.com/watch?v=ID</c>), one <see cref="Post"/> per video.</summary>
    /// <exception cref="InvalidOperationException">A comment's thread is not one of the four videos.</exception>
    public static LabeledComment[] WithPosts(IEnumerable<LabeledComment> comments)
    {
        Dictionary<string, Post> posts = IdsByThread.ToDictionary(
            v => v.Key, v => new Post(null, null, new Uri("https://www.youtube.com/watch?v=" + v.Value)), StringComparer.Ordinal);
        return comments.Select(c => c with
        {
            Comment = c.Comment with
            {
                Post = posts.GetValueOrDefault(c.Comment.ThreadId ?? string.Empty)
                    ?? throw new InvalidOperationException($"YouTube thread '{c.Comment.ThreadId}' is not one of the corpus README's four videos."),
            },
        }).ToArray();
    }
}
