using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Engage.Classifier;

/// <summary>
/// Reads comment and post CSV files in the schema of the public corpora: a header row; comments need
/// <c>content</c> and may have <c>id</c>, <c>thread</c>, <c>author</c>, <c>author_url</c>, <c>author_email</c>,
/// <c>label</c>, <c>source</c>, and the context columns <c>kind</c>, <c>parent</c>, <c>author_approved</c>, <c>author_spam</c>,
/// <c>author_registered</c>, <c>date</c>, <c>post_date</c> (see <see cref="Comment"/>); posts have <c>thread</c>, <c>title</c>, <c>text</c> and optionally <c>url</c> (the post's own address, absolute http or https:
/// <see cref="Post.Url"/>). RFC 4180 quoting (line breaks allowed in
/// quoted fields), comma-separated; other columns are ignored. Nothing is skipped silently: a malformed file fails
/// with a <see cref="ClassifierDataException"/> naming the source and line.
/// </summary>
/// <remarks>
/// <para>
/// Every reader takes a path, a <see cref="Stream"/> or a <see cref="TextReader"/>. Paths and streams are read as
/// UTF-8, with or without a byte-order mark (a UTF-16 or UTF-32 mark is honored), and checked: bytes that are not
/// UTF-8 fail with the line they are on instead of becoming U+FFFD. A <see cref="TextReader"/> is read as it decodes,
/// so a file in a legacy encoding is read with <c>new StreamReader(path, Encoding.GetEncoding(1252))</c>.
/// </para>
/// <para>
/// Messages name the source: the path; for a stream or reader, the <c>sourceName</c> given, else the name of the
/// file under it (a <see cref="FileStream"/>), else "comments stream", "posts stream" and the like. Streams and
/// readers are read from their current position and left open; a lazy reader reads them while it is enumerated.
/// Field values quoted in messages have control characters escaped and are cut after 80 characters.
/// </para>
/// </remarks>
public static class CommentCsv
{
    private const string PostsRole = "posts";
    internal const string CommentsRole = "comments";

    /// <summary>
    /// Why the path, stream and reader overloads may each have optional parameters (RS0026 guards against an existing
    /// method gaining an overload that makes calls ambiguous or changes which one binds): their first parameters have
    /// different types, so every call binds as before.
    /// </summary>
    private const string OverloadsBySource = "The overloads differ in the type of their first parameter (path, Stream, TextReader); no call is ambiguous.";

    /// <summary>Reads a posts file into a lookup by thread id.</summary>
    /// <param name="path">The posts CSV.</param>
    /// <returns>Posts by thread id (ordinal comparison).</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null, empty or white space.</exception>
    /// <exception cref="ClassifierDataException">The file is missing or malformed, a thread appears twice, a <c>url</c> is not an absolute http or https address, or a column named like an address (<c>link</c>, <c>permalink</c>, <c>address</c>, <c>href</c>, <c>uri</c>, <c>post_url</c>, <c>page_url</c>) stands where no <c>url</c> column is.</exception>
    public static IReadOnlyDictionary<string, Post> ReadPosts(string path) =>
        ReadPosts(CsvSource.FromPath(Guard.NotNullOrWhiteSpace(path)));

    /// <summary>Reads posts CSV text from a stream into a lookup by thread id. The stream is read to its end and left open.</summary>
    /// <param name="stream">A readable stream of UTF-8 CSV text.</param>
    /// <param name="sourceName">What messages call the stream, or <see langword="null"/> for its file name or "posts stream".</param>
    /// <returns>Posts by thread id (ordinal comparison).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ClassifierDataException">The text is not UTF-8 or is malformed, a thread appears twice, a <c>url</c> is not an absolute http or https address, or a column named like an address (<c>link</c>, <c>permalink</c>, <c>address</c>, <c>href</c>, <c>uri</c>, <c>post_url</c>, <c>page_url</c>) stands where no <c>url</c> column is.</exception>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = OverloadsBySource)]
    public static IReadOnlyDictionary<string, Post> ReadPosts(Stream stream, string? sourceName = null) =>
        ReadPosts(CsvSource.FromStream(Guard.NotNull(stream), sourceName, PostsRole + " stream"));

    /// <summary>Reads posts CSV text from a reader into a lookup by thread id. The reader is read to its end and left open.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="sourceName">What messages call the text, or <see langword="null"/> for the file under the reader or "posts reader".</param>
    /// <returns>Posts by thread id (ordinal comparison).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="ClassifierDataException">The text is malformed, a thread appears twice, a <c>url</c> is not an absolute http or https address, or a column named like an address (<c>link</c>, <c>permalink</c>, <c>address</c>, <c>href</c>, <c>uri</c>, <c>post_url</c>, <c>page_url</c>) stands where no <c>url</c> column is.</exception>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = OverloadsBySource)]
    public static IReadOnlyDictionary<string, Post> ReadPosts(TextReader reader, string? sourceName = null) =>
        ReadPosts(CsvSource.FromReader(Guard.NotNull(reader), sourceName, PostsRole + " reader"));

    /// <summary>Streams the comments of a CSV file, one record at a time, in file order.</summary>
    /// <param name="path">The comments CSV.</param>
    /// <param name="posts">Posts by thread id (from <see cref="ReadPosts(string)"/>), or <see langword="null"/>.</param>
    /// <returns>A lazy sequence of records; the file is opened when it is enumerated.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null, empty or white space.</exception>
    /// <exception cref="ClassifierDataException">While enumerating: the file is missing, not UTF-8 or malformed.</exception>
    public static IEnumerable<CommentRecord> ReadComments(string path, IReadOnlyDictionary<string, Post>? posts = null) =>
        ReadComments(CsvSource.FromPath(Guard.NotNullOrWhiteSpace(path)), posts);

    /// <summary>Streams the comments of CSV text in a stream, one record at a time, in order. The stream is left open.</summary>
    /// <param name="stream">A readable stream of UTF-8 CSV text, read while the records are enumerated.</param>
    /// <param name="posts">Posts by thread id (from <see cref="ReadPosts(Stream, string?)"/>), or <see langword="null"/>.</param>
    /// <param name="sourceName">What messages call the stream, or <see langword="null"/> for its file name or "comments stream".</param>
    /// <returns>A lazy sequence of records, to be enumerated once.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ClassifierDataException">While enumerating: the text is not UTF-8 or is malformed.</exception>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = OverloadsBySource)]
    public static IEnumerable<CommentRecord> ReadComments(Stream stream, IReadOnlyDictionary<string, Post>? posts = null, string? sourceName = null) =>
        ReadComments(CsvSource.FromStream(Guard.NotNull(stream), sourceName, CommentsRole + " stream"), posts);

    /// <summary>Streams the comments of CSV text from a reader, one record at a time, in order. The reader is left open.</summary>
    /// <param name="reader">The CSV text, read while the records are enumerated.</param>
    /// <param name="posts">Posts by thread id (from <see cref="ReadPosts(TextReader, string?)"/>), or <see langword="null"/>.</param>
    /// <param name="sourceName">What messages call the text, or <see langword="null"/> for the file under the reader or "comments reader".</param>
    /// <returns>A lazy sequence of records, to be enumerated once.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="ClassifierDataException">While enumerating: the text is malformed.</exception>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = OverloadsBySource)]
    public static IEnumerable<CommentRecord> ReadComments(TextReader reader, IReadOnlyDictionary<string, Post>? posts = null, string? sourceName = null) =>
        ReadComments(CsvSource.FromReader(Guard.NotNull(reader), sourceName, CommentsRole + " reader"), posts);

    /// <summary>Reads a labeled comments file (and optionally its posts) for training or evaluation.</summary>
    /// <param name="commentsPath">The comments CSV; every row needs a label.</param>
    /// <param name="postsPath">The posts CSV, or <see langword="null"/>.</param>
    /// <returns>A lazy sequence of labeled comments; the posts are read at once, the comments when enumerated.</returns>
    /// <exception cref="ArgumentException"><paramref name="commentsPath"/> is null, empty or white space.</exception>
    /// <exception cref="ClassifierDataException">A file is missing, not UTF-8 or malformed, or a row has no label.</exception>
    public static IEnumerable<LabeledComment> ReadLabeled(string commentsPath, string? postsPath = null) =>
        ReadLabeled(CsvSource.FromPath(Guard.NotNullOrWhiteSpace(commentsPath)), postsPath is null ? null : CsvSource.FromPath(postsPath));

    /// <summary>Reads labeled comments (and optionally their posts) from streams of CSV text. The streams are left open.</summary>
    /// <param name="comments">The comments CSV; every row needs a label. Read while the result is enumerated.</param>
    /// <param name="posts">The posts CSV, read at once, or <see langword="null"/>.</param>
    /// <returns>A lazy sequence of labeled comments, to be enumerated once.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="comments"/> is null.</exception>
    /// <exception cref="ClassifierDataException">A stream is not UTF-8 or is malformed, or a row has no label; the message names the stream (its file name, or "comments stream" or "posts stream").</exception>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = OverloadsBySource)]
    public static IEnumerable<LabeledComment> ReadLabeled(Stream comments, Stream? posts = null) =>
        ReadLabeled(
            CsvSource.FromStream(Guard.NotNull(comments), null, CommentsRole + " stream"),
            posts is null ? null : CsvSource.FromStream(posts, null, PostsRole + " stream"));

    /// <summary>Reads labeled comments (and optionally their posts) from readers of CSV text. The readers are left open.</summary>
    /// <param name="comments">The comments CSV; every row needs a label. Read while the result is enumerated.</param>
    /// <param name="posts">The posts CSV, read at once, or <see langword="null"/>.</param>
    /// <returns>A lazy sequence of labeled comments, to be enumerated once.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="comments"/> is null.</exception>
    /// <exception cref="ClassifierDataException">The text is malformed, or a row has no label; the message names the reader (the file under it, or "comments reader" or "posts reader").</exception>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = OverloadsBySource)]
    public static IEnumerable<LabeledComment> ReadLabeled(TextReader comments, TextReader? posts = null) =>
        ReadLabeled(
            CsvSource.FromReader(Guard.NotNull(comments), null, CommentsRole + " reader"),
            posts is null ? null : CsvSource.FromReader(posts, null, PostsRole + " reader"));

    /// <summary>Names a posts file may give its address column by mistake: without a <c>url</c> column, they fail rather than being ignored.</summary>
    private static readonly MisnamedColumns PostAddressColumnMistakes = new(
        PostsRole,
        "url",
        "the post's own address",
        new[] { "link", "permalink", "address", "href", "uri", "post_url", "page_url" }.ToFrozenSet(StringComparer.Ordinal));

    /// <summary>Names a comments file may give its text column by mistake: without a <c>content</c> column, they are named in the failure.</summary>
    private static readonly MisnamedColumns CommentTextColumnMistakes = new(
        CommentsRole,
        "content",
        "the comment's text",
        new[] { "text", "comment", "comment_text", "body", "message", "comment_content" }.ToFrozenSet(StringComparer.Ordinal));

    private static IReadOnlyDictionary<string, Post> ReadPosts(CsvSource source)
    {
        var posts = new Dictionary<string, Post>(StringComparer.Ordinal);
        foreach (var (line, fields) in CsvRows.Read(source, ["thread"], ["title", "text", "url"], PostAddressColumnMistakes))
        {
            string thread = fields["thread"] ?? string.Empty;
            if (thread.Length == 0)
            {
                throw CsvRows.Malformed(source, line, "the 'thread' field is empty");
            }

            Uri? url = null;
            if (Blank(fields["url"]) is { } address && !(Uri.TryCreate(address, UriKind.Absolute, out url) && Guard.IsHttpAddress(url)))
            {
                throw CsvRows.Malformed(source, line, $"the 'url' field {SafeText.Quote(address)} is not an absolute http or https address");
            }

            if (!posts.TryAdd(thread, new Post(fields["title"] ?? string.Empty, fields["text"] ?? string.Empty, url)))
            {
                throw CsvRows.Malformed(source, line, $"thread {SafeText.Quote(thread)} appears twice");
            }
        }

        return posts;
    }

    /// <summary>
    /// The comments of a source, streamed; with <paramref name="labeled"/> the header must name a <c>label</c> column,
    /// so a training or evaluation file without one fails at its header, not at its first row.
    /// </summary>
    /// <param name="source">The comments CSV.</param>
    /// <param name="posts">Posts by thread, or <see langword="null"/>.</param>
    /// <param name="labeled">Whether the file must have a <c>label</c> column (a training or evaluation file).</param>
    internal static IEnumerable<CommentRecord> ReadComments(CsvSource source, IReadOnlyDictionary<string, Post>? posts, bool labeled = false)
    {
        long record = 0;
        string[] required = labeled ? ["content", "label"] : ["content"];
        string[] optional = ["id", "source", "thread", "author", "author_url", "author_email", .. labeled ? Array.Empty<string>() : ["label"], .. CommentContextColumns.Names];
        foreach (var (line, fields) in CsvRows.Read(source, required, optional, CommentTextColumnMistakes))
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
            comment = CommentContextColumns.Apply(comment, fields, source, line);
            CommentLabel? label = ParseLabel(fields["label"], source, line);
            yield return new CommentRecord(Blank(fields["id"]) ?? record.ToString(CultureInfo.InvariantCulture), line, comment, label) { Source = Blank(fields["source"]) };
        }
    }

    private static IEnumerable<LabeledComment> ReadLabeled(CsvSource comments, CsvSource? posts)
    {
        IReadOnlyDictionary<string, Post>? byThread = posts is null ? null : ReadPosts(posts);
        return Iterate();

        IEnumerable<LabeledComment> Iterate()
        {
            foreach (CommentRecord record in ReadComments(comments, byThread, labeled: true))
            {
                yield return new LabeledComment(record.Comment, LabelOf(record, comments.Name, comments.FilePath)) { Source = record.Source };
            }
        }
    }

    /// <summary>The one "every row needs a label" rule, for training and evaluation files.</summary>
    /// <param name="record">The record.</param>
    /// <param name="sourceName">What messages call its file.</param>
    /// <param name="filePath">Its file, when it is one.</param>
    /// <exception cref="ClassifierDataException">The record has no label; the message names the source and line.</exception>
    internal static CommentLabel LabelOf(CommentRecord record, string sourceName, string? filePath) =>
        record.Label ?? throw CsvRows.Malformed(sourceName, filePath, record.LineNumber, "the row has no label (expected genuine, low_relevance or spam)");

    /// <summary>Parses a label: genuine/ham/0, low_relevance, spam/1, case-insensitive; empty is <see langword="null"/>.</summary>
    private static CommentLabel? ParseLabel(string? value, CsvSource source, long line) =>
        ParseLabel(value, source.Name, source.FilePath, line);

    /// <summary>Parses a label: genuine/ham/0, low_relevance, spam/1, case-insensitive; empty is <see langword="null"/>.</summary>
    /// <param name="value">The field as written.</param>
    /// <param name="sourceName">What messages call its file.</param>
    /// <param name="filePath">Its file, when it is one.</param>
    /// <param name="line">Its 1-based line, for the message.</param>
    /// <exception cref="ClassifierDataException">The label is none of the accepted spellings.</exception>
    internal static CommentLabel? ParseLabel(string? value, string sourceName, string? filePath, long line)
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
            _ => throw CsvRows.Malformed(sourceName, filePath, line, $"unknown label {SafeText.Quote(label)} (expected genuine, ham, 0, low_relevance, spam or 1)"),
        };
    }

    /// <summary>A field trimmed, or <see langword="null"/> when it is absent, empty or white space: the one rule for reading a field.</summary>
    internal static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
