using System.Text;

namespace Engage.Classifier.Cli.Input;

/// <summary>The comments file and optional posts file of a command, checked and the posts read before any work starts.</summary>
internal sealed class CommentInputs
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

    /// <exception cref="CliDataException">A file is missing or a folder.</exception>
    /// <exception cref="ClassifierDataException">A file is not UTF-8, or the posts file is malformed.</exception>
    public static CommentInputs Open(CliContext context, string commentsPath, string? postsPath, Encoding? encoding)
    {
        InputFile? posts = postsPath is null ? null : InputFile.Open(context, postsPath, encoding);
        InputFile comments = InputFile.Open(context, commentsPath, encoding);
        return new CommentInputs(comments, posts, posts?.ReadPosts());
    }

    /// <summary>The comments, streamed, each observed by <paramref name="match"/>.</summary>
    public IEnumerable<CommentRecord> ReadComments(Commands.PostMatch match) => ReadComments(match, labeled: false);

    /// <summary>The comments with their labels, streamed; a file without a label column fails at its header, a row without a label with its line.</summary>
    /// <exception cref="ClassifierDataException">A row has no label, or the file is malformed.</exception>
    public IEnumerable<(CommentRecord Record, CommentLabel Label)> ReadLabeled(Commands.PostMatch match)
    {
        foreach (CommentRecord record in ReadComments(match, labeled: true))
        {
            yield return (record, CommentCsv.LabelOf(record, Comments.ShownAs, Comments.FilePath));
        }
    }

    private IEnumerable<CommentRecord> ReadComments(Commands.PostMatch match, bool labeled)
    {
        foreach (CommentRecord record in Comments.ReadComments(PostsByThread, labeled))
        {
            match.Observe(record.Comment);
            yield return record;
        }
    }

    public Commands.PostMatch NewMatch() => new(PostsByThread);

    /// <summary>Warns when posts were given and no comment matched one (see <see cref="Commands.PostMatch"/>).</summary>
    public void Report(CliContext context, Commands.PostMatch match) => match.Report(context, Comments.ShownAs, Posts?.ShownAs);
}
