using System.Text.RegularExpressions;
using Engage.Classifier.Cli.Tests.Support;

namespace Engage.Classifier.Cli.Tests.Reporting;

[Collection(TrainedModelCollection.Name)]
public sealed partial class HtmlReportTests(TrainedModel model) : IDisposable
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void EvaluateReport_HoldoutComments_WritesOneHtmlFileWithThreeEmbeddedPngCharts()
    {
        string report = _folder.File("report.html");

        CliResult result = EngageTool.Run("evaluate", "--comments", FixtureFiles.HoldoutComments, "--posts", FixtureFiles.Posts, "--model", model.ModelPath, "--report", report);

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().Contain($"Wrote the HTML report to {report}");
        Directory.GetFiles(_folder.Path).Should().Equal(report);
        string html = File.ReadAllText(report);
        html.Should().StartWith("<!DOCTYPE html>");
        MatchCollection images = DataImage().Matches(html);
        images.Should().HaveCountGreaterThanOrEqualTo(3);
        foreach (Match image in images)
        {
            Convert.FromBase64String(image.Groups[1].Value).Take(8).Should().Equal(PngSignature);
        }

        html.Should().Contain("Precision-recall curve").And.Contain("ROC curve").And.Contain("Histogram of spam probability by true label");
        html.Should().NotContain("src=\"http", "the report is self-contained");
        html.Should().Contain("Confusion matrix").And.Contain("Thresholds").And.Contain("Misclassified comments");
    }

    [Fact]
    public void EvaluateReport_MisclassifiedComments_AreListedHtmlEscapedWithTheirReasons()
    {
        // An obvious spam comment labeled genuine is sure to be misclassified; its markup must not reach the page.
        string comments = _folder.Write("mislabeled.csv",
            "id,thread,author,author_url,content,label\n" +
            "m1,t1,Shades Outlet,http://cheap-shades-outlet.example.com,\"<script>alert('x')</script> Buy cheap Ray Ban sunglasses online http://cheap-shades-outlet.example.com best price free shipping\",genuine\n" +
            "m2,t1,Maria,,\"Does rye flour really speed up the starter?\",genuine\n");
        string report = _folder.File("report.html");

        CliResult result = EngageTool.Run("evaluate", "--comments", comments, "--model", model.ModelPath, "--report", report);

        result.ExitCode.Should().Be(0, result.ToString());
        string html = File.ReadAllText(report);
        html.Should().NotContain("<script>");
        html.Should().Contain("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Buy cheap Ray Ban");
        string row = html[html.IndexOf("<td>m1</td>", StringComparison.Ordinal)..];
        row = row[..row.IndexOf("</tr>", StringComparison.Ordinal)];
        row.Should().Contain("<td>genuine</td>").And.Contain("<td>spam</td>");
        row.Should().NotContain("<td>none</td>", "a spam verdict comes with its reasons");
    }

    [Fact]
    public void EvaluateReport_FolderMissing_FailsWithDataError()
    {
        CliResult result = EngageTool.Run("evaluate", "--comments", FixtureFiles.HoldoutComments, "--model", model.ModelPath, "--report", _folder.File("no/such/folder/report.html"));

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("Cannot write the report").And.Contain("its folder does not exist");
    }

    [GeneratedRegex("<img [^>]*src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\"")]
    private static partial Regex DataImage();
}
