using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Engage.Classifier.Cli.Reporting;
using Engage.Classifier.Cli.Tests.Support;

namespace Engage.Classifier.Cli.Tests.Reporting;

[Collection(TrainedModelCollection.Name)]
public sealed partial class HtmlReportTests(TrainedModel model) : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void EvaluateReport_HoldoutComments_WritesOneSelfContainedHtmlFileWithThreeCharts()
    {
        string report = _folder.File("report.html");

        CliResult result = EngageTool.Run("evaluate", "--comments", FixtureFiles.HoldoutComments, "--posts", FixtureFiles.Posts, "--model", model.ModelPath, "--report", report);

        result.ExitCode.Should().Be(0, result.ToString());
        result.Error.Should().Contain($"Wrote the HTML report to {report}");
        Directory.GetFiles(_folder.Path).Should().Equal(report);
        string html = File.ReadAllText(report);
        html.Should().StartWith("<!DOCTYPE html>");
        CanvasId().Matches(html).Select(m => m.Groups[1].Value).Should().Equal("chart-pr", "chart-roc", "chart-histogram");
        html.Should().Contain("Chart.js v4.6.1", "Chart.js is inlined");
        html.Should().Contain("<script type=\"application/json\" id=\"engage-chart-data\">{\"precisionRecall\":[");
        ExternalReference().IsMatch(html).Should().BeFalse("the report is self-contained and works offline");
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
        html.Should().NotContain("<script>alert");
        html.Should().Contain("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Buy cheap Ray Ban");
        string row = html[html.IndexOf("<td>m1</td>", StringComparison.Ordinal)..];
        row = row[..row.IndexOf("</tr>", StringComparison.Ordinal)];
        row.Should().Contain("<td>genuine</td>").And.Contain("<td>spam</td>");
        row.Should().NotContain("<td>none</td>", "a spam verdict comes with its reasons");
    }

    [Fact]
    public void EvaluateReport_FolderMissing_FailsBeforeScoring()
    {
        CliResult result = EngageTool.Run("evaluate", "--comments", FixtureFiles.HoldoutComments, "--model", model.ModelPath, "--report", _folder.File("no/such/folder/report.html"));

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("Cannot write --report").And.Contain("its folder does not exist");
        result.Output.Should().BeEmpty("nothing was evaluated");
    }

    [Fact]
    public void ChartJs_Vendored_IsTheFileRecordedInItsReadme()
    {
        string readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "src", "Engage.Classifier.Cli", "Reporting", "chartjs", "README.md"));
        string hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(ReportAssets.ChartJs)));

        readme.Should().Contain($"`{hash}`", "the embedded Chart.js must be the file whose hash the README records");
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Engage.Classifier.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("The repository root (Engage.Classifier.sln) is not above the test folder.");
    }

    [GeneratedRegex("<canvas id=\"([a-z-]+)\"")]
    private static partial Regex CanvasId();

    [GeneratedRegex("(src|href)=\"(https?:)?//", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();
}
