using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace Engage.Classifier;

/// <summary>
/// Reads comment and post CSV files in the schema of the public corpora: a header row; comments need
/// <c>content</c> and may have <c>id</c>, <c>thread</c>, <c>author</c>, <c>author_url</c>, <c>author_email</c>,
/// <c>label</c>; posts have <c>thread</c>, <c>title</c>, <c>text</c>. RFC 4180 quoting (line breaks allowed in
/// quoted fields), UTF-8 with or without BOM; other columns are ignored. Nothing is skipped silently:
/// a malformed file fails with a <see cref="ClassifierDataException"/> naming the file and line.
/// </summary>
public static class CommentCsv
{
    /// <summary>Reads a posts file into a lookup by thread id.</summary>
    /// <param name="path">The posts CSV.</param>
    /// <exception cref="ClassifierDataException">The file is missing or malformed, or a thread appears twice.</exception>
    public static IReadOnlyDictionary<string, Post> ReadPosts(string path)
    {
        Guard.NotNullOrWhiteSpace(path);
        var posts = new Dictionary<string, Post>(StringComparer.Ordinal);
        foreach (var (line, fields) in ReadRows(path, ["thread"], ["title", "text"]))
        {
            string thread = fields["thread"] ?? string.Empty;
            if (thread.Length == 0)
            {
                throw Malformed(path, line, "the 'thread' field is empty");
            }

            if (!posts.TryAdd(thread, new Post(fields["title"] ?? string.Empty, fields["text"] ?? string.Empty)))
            {
                throw Malformed(path, line, $"thread '{thread}' appears twice");
            }
        }

        return posts;
    }

    /// <summary>Streams the comments of a CSV file, one record at a time, in file order.</summary>
    /// <param name="path">The comments CSV.</param>
    /// <param name="posts">Posts by thread id (from <see cref="ReadPosts"/>), or <see langword="null"/>.</param>
    /// <exception cref="ClassifierDataException">The file is missing or malformed (thrown while enumerating).</exception>
    public static IEnumerable<CommentRecord> ReadComments(string path, IReadOnlyDictionary<string, Post>? posts = null)
    {
        Guard.NotNullOrWhiteSpace(path);
        return Iterate();

        IEnumerable<CommentRecord> Iterate()
        {
            long record = 0;
            foreach (var (line, fields) in ReadRows(path, ["content"], ["id", "thread", "author", "author_url", "author_email", "label"]))
            {
                record++;
                string? thread = Blank(fields["thread"]);
                Post? post = thread is not null && posts is not null ? posts.GetValueOrDefault(thread) : null;
                var comment = new Comment(fields["content"] ?? string.Empty)
                {
                    ThreadId = thread,
                    AuthorName = Blank(fields["author"]),
                    AuthorUrl = Blank(fields["author_url"]),
                    AuthorEmail = Blank(fields["author_email"]),
                    Post = post,
                };
                CommentLabel? label = ParseLabel(fields["label"], path, line);
                yield return new CommentRecord(Blank(fields["id"]) ?? record.ToString(CultureInfo.InvariantCulture), line, comment, label);
            }
        }
    }

    /// <summary>Reads a labeled comments file (and optionally its posts) for training or evaluation.</summary>
    /// <param name="commentsPath">The comments CSV; every row needs a label.</param>
    /// <param name="postsPath">The posts CSV, or <see langword="null"/>.</param>
    /// <exception cref="ClassifierDataException">A file is missing or malformed, or a row has no label.</exception>
    public static IEnumerable<LabeledComment> ReadLabeled(string commentsPath, string? postsPath = null)
    {
        Guard.NotNullOrWhiteSpace(commentsPath);
        IReadOnlyDictionary<string, Post>? posts = postsPath is null ? null : ReadPosts(postsPath);
        return Iterate();

        IEnumerable<LabeledComment> Iterate()
        {
            foreach (CommentRecord record in ReadComments(commentsPath, posts))
            {
                yield return new LabeledComment(record.Comment, LabelOf(record, commentsPath));
            }
        }
    }

    /// <summary>The one "every row needs a label" rule, for training and evaluation files.</summary>
    /// <exception cref="ClassifierDataException">The record has no label; the message names the file and line.</exception>
    internal static CommentLabel LabelOf(CommentRecord record, string path) =>
        record.Label ?? throw Malformed(path, record.LineNumber, "the row has no label (expected genuine, low_relevance or spam)");

    /// <summary>Parses a label: genuine/ham/0, low_relevance, spam/1, case-insensitive; empty is <see langword="null"/>.</summary>
    internal static CommentLabel? ParseLabel(string? value, string path, long line)
    {
        string? label = Blank(value);
        if (label is null)
        {
            return null;
        }

        if (LabelCodes.TryParse(label, out CommentLabel parsed))
        {
            return parsed;
        }

        return label.ToLowerInvariant() switch
        {
            "ham" or "0" => CommentLabel.Genuine,
            "1" => CommentLabel.Spam,
            "lowrelevance" or "low-relevance" => CommentLabel.LowRelevance,
            _ => throw Malformed(path, line, $"unknown label {SafeText.Quote(label)} (expected genuine, ham, 0, low_relevance, spam or 1)"),
        };
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static IEnumerable<(long Line, Dictionary<string, string?> Fields)> ReadRows(string path, string[] required, string[] optional)
    {
        StreamReader reader;
        try
        {
            reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new ClassifierDataException($"Cannot read '{path}': the file does not exist.", path, null, ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ClassifierDataException($"Cannot read '{path}': {ex.Message}", path, null, ex);
        }

        long line = 1;
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            HasHeaderRecord = true,
            DetectColumnCountChanges = false,
            TrimOptions = TrimOptions.None,
            BadDataFound = args => throw Malformed(path, line, $"bad quoting in field '{Shorten(args.Field)}'"),
        };

        using (reader)
        using (var csv = new CsvReader(reader, configuration))
        {
            string[] header;
            try
            {
                if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is null)
                {
                    throw new ClassifierDataException($"Cannot read '{path}': the file is empty (a header row is required).", path, 1);
                }

                header = csv.HeaderRecord.Select(h => h.Trim().ToLowerInvariant()).ToArray();
            }
            catch (CsvHelperException ex)
            {
                throw Malformed(path, 1, ex.Message.Split('\n')[0], ex);
            }

            var columns = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (string name in required.Concat(optional))
            {
                columns[name] = Array.IndexOf(header, name);
            }

            foreach (string name in required)
            {
                if (columns[name] < 0)
                {
                    throw new ClassifierDataException($"Cannot read '{path}': the header has no '{name}' column (found: {string.Join(", ", header)}).", path, 1);
                }
            }

            while (true)
            {
                line = csv.Parser.RawRow + 1;
                bool more;
                try
                {
                    more = csv.Read();
                }
                catch (CsvHelperException ex) when (ex is not null)
                {
                    throw Malformed(path, line, ex.Message.Split('\n')[0], ex);
                }

                if (!more)
                {
                    yield break;
                }

                if (csv.Parser.Count != header.Length)
                {
                    throw Malformed(path, line, $"the record has {csv.Parser.Count} fields but the header has {header.Length}");
                }

                var fields = new Dictionary<string, string?>(columns.Count, StringComparer.Ordinal);
                foreach (var (name, index) in columns)
                {
                    fields[name] = index >= 0 ? csv.Parser[index] : null;
                }

                yield return (line, fields);
            }
        }
    }

    private static string Shorten(string field) => field.Length <= 40 ? field : field[..40] + "...";

    private static ClassifierDataException Malformed(string path, long line, string problem, Exception? inner = null) =>
        new($"Malformed CSV '{path}', line {line}: {problem}.", path, line, inner);
}
