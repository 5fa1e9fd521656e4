using System.Text;

namespace Engage.Classifier.Cli.Input;

/// <summary>The comments file and optional posts file of a command, checked and the posts read before any work starts.</summary>
internal sealed class CommentInputs : IDisposable
{
    private CommentInputs(InputFile comments, InputFile? posts, IReadOnlyDictionary<string, Post>? postsByThread)
    {
        Comments = comments;
        Posts = posts;
        PostsByThread = postsByThread;
    }

    public InputFile Comments { get; }

    public InputFile? Posts { get; }

    /// <summary>The posts by thread id, or <see langword="null"/> without <c>--posts</c>.</summary>
    public IReadOnlyDictionary<string, Post>? PostsByThread { get; }

    /// <exception cref="CliDataException">A file is missing, not UTF-8 or not comma-separated.</exception>
    /// <exception cref="ClassifierDataException">The posts file is malformed.</exception>
    public static CommentInputs Open(CliContext context, string commentsPath, string? postsPath, Encoding? encoding)
    {
        InputFile? posts = null;
        InputFile? comments = null;
        try
        {
            posts = postsPath is null ? null : InputFile.Open(context, postsPath, encoding, csv: true);
            comments = InputFile.Open(context, commentsPath, encoding, csv: true);
            IReadOnlyDictionary<string, Post>? postsByThread = posts is null ? null : CommentCsv.ReadPosts(posts.Path);
            return new CommentInputs(comments, posts, postsByThread);
        }
        catch
        {
            comments?.Dispose();
            posts?.Dispose();
            throw;
        }
    }

    /// <summary>The comments, streamed, each observed by <paramref name="match"/>.</summary>
    public IEnumerable<CommentRecord> ReadComments(Commands.PostMatch match)
    {
        foreach (CommentRecord record in CommentCsv.ReadComments(Comments.Path, PostsByThread))
        {
            match.Observe(record.Comment);
            yield return record;
        }
    }

    /// <summary>The comments with their labels, streamed; a row without a label fails with its line.</summary>
    /// <exception cref="ClassifierDataException">A row has no label, or the file is malformed.</exception>
    public IEnumerable<(CommentRecord Record, CommentLabel Label)> ReadLabeled(Commands.PostMatch match)
    {
        foreach (CommentRecord record in ReadComments(match))
        {
            yield return (record, CommentCsv.LabelOf(record, Comments.ShownAs));
        }
    }

    public Commands.PostMatch NewMatch() => new(PostsByThread);

    /// <summary>Warns when posts were given and no comment matched one (see <see cref="Commands.PostMatch"/>).</summary>
    public void Report(CliContext context, Commands.PostMatch match) => match.Report(context, Comments.ShownAs, Posts?.ShownAs);

    public void Dispose()
    {
        Comments.Dispose();
        Posts?.Dispose();
    }
}
