using Engage.Classifier.Cli.Tests.Support;

namespace Engage.Classifier.Cli.Tests.Input;

/// <summary>A posts file's optional <c>url</c> column: a comment linking to its own post carries no link, and a bad address fails with its line.</summary>
[Collection(TrainedModelCollection.Name)]
public sealed class PostsUrlTests(TrainedModel model) : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Score_PostsWithUrls_ALinkToTheCommentsOwnPostIsNoPayload_ToAnotherPostItIs()
    {
        string posts = _folder.Write("posts.csv", "thread,title,text,url\nferments,Kimchi in a week,Salt the cabbage overnight.,https://pickle-jar.example/kimchi-in-a-week\nbread,,,https://pickle-jar.example/rye-bread\n");
        string comments = _folder.Write("comments.csv", "id,thread,content\nk1,ferments,I followed https://pickle-jar.example/kimchi-in-a-week/ to the letter and it is perfect\nb1,bread,I followed https://pickle-jar.example/kimchi-in-a-week/ to the letter and it is perfect\n");
        string output = _folder.File("verdicts.csv");

        CliResult result = EngageTool.Run("score", "--comments", comments, "--posts", posts, "--out", output, "--model", model.ModelPath);

        result.ExitCode.Should().Be(0, result.ToString());
        List<string[]> rows = CsvRows.Read(output);
        rows[1][0].Should().Be("k1");
        double.Parse(rows[1][2], System.Globalization.CultureInfo.InvariantCulture).Should().Be(0, "a link to its own post is no payload, and without one nothing is spam");
        rows[1][4].Should().Contain("no payload");
        rows[2][0].Should().Be("b1");
        rows[2][4].Should().NotContain("no payload", "the same link under another post is a link");
        rows[2][3].Should().BeEmpty("a post known only by its address has no words to measure relevance against");
    }

    [Fact]
    public void Score_PostsWithARelativeUrl_FailsNamingTheFileAndLine()
    {
        string posts = _folder.Write("posts.csv", "thread,title,url\nferments,Kimchi in a week,https://pickle-jar.example/kimchi\nbread,Rye bread,/rye-bread\n");
        string comments = _folder.Write("comments.csv", "id,thread,content\nk1,ferments,Lovely recipe\n");

        CliResult result = EngageTool.Run("score", "--comments", comments, "--posts", posts, "--out", _folder.File("v.csv"), "--model", model.ModelPath);

        result.ExitCode.Should().Be(1, result.ToString());
        result.Error.Should().Contain("posts.csv").And.Contain("line 3").And.Contain("'url' field");
    }

    [Fact]
    public void Score_PostsWithALinkColumnInsteadOfUrl_SaysWhereThePostsAddressGoes()
    {
        string posts = _folder.Write("posts-link.csv", "thread,title,link\nferments,Kimchi in a week,https://pickle-jar.example/kimchi\n");
        string comments = _folder.Write("comments.csv", "id,thread,content\nk1,ferments,Lovely recipe\n");

        CliResult result = EngageTool.Run("score", "--comments", comments, "--posts", posts, "--out", _folder.File("v.csv"), "--model", model.ModelPath);

        result.ExitCode.Should().Be(1, result.ToString());
        result.Error.Should().Be($"engage: Cannot read posts '{posts}': its column 'link' is not read; the post's own address goes in a column named 'url'.{Environment.NewLine}");
    }
}
