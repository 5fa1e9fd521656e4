using System.Globalization;

namespace Engage.Classifier;

/// <summary>
/// The optional context columns of a comments CSV, read into <see cref="Comment"/>'s context fields: <c>kind</c>
/// (comment, reply, pingback, trackback, webmention), <c>parent</c> (the parent comment's text), <c>author_approved</c>
/// and <c>author_spam</c> (counts, 0 or more), <c>author_registered</c> (true/false, yes/no, 1/0), <c>date</c> and
/// <c>post_date</c> (ISO 8601). An empty field is unknown; a field that cannot be read fails with its line.
/// </summary>
internal static class CommentContextColumns
{
    public const string Kind = "kind";
    public const string Parent = "parent";
    public const string AuthorApproved = "author_approved";
    public const string AuthorSpam = "author_spam";
    public const string AuthorRegistered = "author_registered";
    public const string Date = "date";
    public const string PostDate = "post_date";

    public static readonly string[] Names = [Kind, Parent, AuthorApproved, AuthorSpam, AuthorRegistered, Date, PostDate];

    /// <summary><paramref name="comment"/> with the context the current row gives; itself when the file has none of these columns.</summary>
    /// <param name="comment">The comment read from the row's other columns.</param>
    /// <param name="fields">The current row (the columns of <see cref="Names"/> among those asked for).</param>
    /// <param name="source">The file, for the message of a field that cannot be read.</param>
    /// <param name="line">The row's line, for that message.</param>
    /// <exception cref="ClassifierDataException">A context field cannot be read; the message names the file and line.</exception>
    public static Comment Apply(Comment comment, CsvFields fields, CsvSource source, long line) =>
        fields.HasAny(Names) ? WithContext(comment, fields, source, line) : comment;

    private static Comment WithContext(Comment comment, CsvFields fields, CsvSource source, long line)
    {
        var malformed = (string problem) => CsvRows.Malformed(source, line, problem);
        return comment with
        {
            Kind = Field(Kind) is { } kind ? ParseKind(kind, malformed) : null,
            ParentText = Field(Parent),
            AuthorApprovedCount = Field(AuthorApproved) is { } approved ? ParseCount(AuthorApproved, approved, malformed) : null,
            AuthorSpamCount = Field(AuthorSpam) is { } spam ? ParseCount(AuthorSpam, spam, malformed) : null,
            AuthorIsRegistered = Field(AuthorRegistered) is { } registered ? ParseBool(registered, malformed) : null,
            CreatedAt = Field(Date) is { } date ? ParseDate(Date, date, malformed) : null,
            PostPublishedAt = Field(PostDate) is { } postDate ? ParseDate(PostDate, postDate, malformed) : null,
        };

        string? Field(string name) => CommentCsv.Blank(fields[name]);
    }

    private static CommentKind ParseKind(string value, Func<string, Exception> malformed) =>
        Enum.TryParse(value, ignoreCase: true, out CommentKind kind) && Enum.IsDefined(kind) && !char.IsDigit(value[0])
            ? kind
            : throw malformed($"unknown kind '{value}' (expected comment, reply, pingback, trackback or webmention)");

    private static int ParseCount(string column, string value, Func<string, Exception> malformed) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int count)
            ? count
            : throw malformed($"'{column}' is '{value}', not a count (a whole number, 0 or more)");

    private static bool ParseBool(string value, Func<string, Exception> malformed) => value.ToLowerInvariant() switch
    {
        "true" or "yes" or "1" => true,
        "false" or "no" or "0" => false,
        _ => throw malformed($"'{AuthorRegistered}' is '{value}' (expected true or false)"),
    };

    private static DateTimeOffset ParseDate(string column, string value, Func<string, Exception> malformed) =>
        DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset date)
            ? date
            : throw malformed($"'{column}' is '{value}', not a date (ISO 8601, e.g. 2024-03-01T09:30:00Z)");
}
