using Engage.Classifier.Cli.Output;

namespace Engage.Classifier.Cli.Commands;

/// <summary>Scores one comment and prints its verdict as a table or as JSON.</summary>
internal static class ScoreText
{
    public static int Run(CliContext context, ScoreTextRequest request)
    {
        string? postText = request.PostFile is null ? request.PostText : ReadPostFile(request.PostFile);
        Post? post = request.PostTitle is null && postText is null ? null : new Post(request.PostTitle, postText);
        var comment = new Comment(request.Text)
        {
            AuthorName = request.Author,
            AuthorUrl = request.AuthorUrl,
            Post = post,
        };

        CommentClassifier classifier = ModelSource.Load(request.ModelPath);
        Verdict verdict = classifier.Classify(comment, includeReasons: true);
        if (request.Json)
        {
            context.Output.WriteLine(JsonOutput.Verdict(verdict, classifier.SpamThreshold));
        }
        else
        {
            VerdictView.Write(context.Console, verdict, classifier.SpamThreshold);
        }

        return ExitCodes.Success;
    }

    private static string ReadPostFile(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new CliDataException($"Cannot read the post file '{path}': the file does not exist.", ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliDataException($"Cannot read the post file '{path}': {ex.Message}", ex);
        }
    }
}
