using System.Text.Json;
using System.Text.RegularExpressions;
using Engage.Classifier.Cli.Tests.Support;

namespace Engage.Classifier.Cli.Tests.Reporting;

/// <summary>
/// Opens the HTML report in a real headless Chromium, with no network, and reads back what the page drew: every
/// chart canvas holds a Chart.js chart whose curve and bars are painted, and comment text with markup in it is shown
/// as text and never runs.
/// </summary>
[Collection(TrainedModelCollection.Name)]
public sealed partial class HtmlReportBrowserTests(TrainedModel model) : IDisposable
{
    // Appended by the test (not part of the report): after load, records what each canvas shows into the DOM,
    // where --dump-dom can read it. Colors are those report-charts.js draws with.
    private const string Probe = """
        <script>
        window.addEventListener('load', function () {
          function count(canvas, r, g, b) {
            var pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data, n = 0;
            for (var i = 0; i < pixels.length; i += 4) {
              if (Math.abs(pixels[i] - r) < 8 && Math.abs(pixels[i + 1] - g) < 8 && Math.abs(pixels[i + 2] - b) < 8 && pixels[i + 3] > 200) n++;
            }
            return n;
          }
          var result = { pwned: document.body.getAttribute('data-pwned'), charts: [], cells: [] };
          document.querySelectorAll('canvas').forEach(function (canvas) {
            var chart = window.Chart ? window.Chart.getChart(canvas) : null;
            result.charts.push({
              id: canvas.id,
              datasets: chart ? chart.data.datasets.map(function (d) { return d.data.length; }) : [],
              curvePixels: count(canvas, 31, 119, 180),
              spamPixels: count(canvas, 220, 20, 60)
            });
          });
          document.querySelectorAll('td.text').forEach(function (cell) { result.cells.push(cell.textContent); });
          var out = document.createElement('pre');
          out.id = 'engage-probe';
          out.textContent = JSON.stringify(result);
          document.body.appendChild(out);
        });
        </script>
        """;

    // Markup a commenter might try: it must be shown as text, and must not set data-pwned.
    private const string Hostile = "<img src=x onerror=\"document.body.setAttribute('data-pwned','img')\"><script>document.body.setAttribute('data-pwned','script')</script> Buy cheap Ray Ban sunglasses online http://cheap-shades-outlet.example.com best price free shipping";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [SkippableFact]
    public void Report_InHeadlessChromium_DrawsEveryChartAndShowsMarkupAsText()
    {
        Skip.If(HeadlessChromium.Missing is not null, HeadlessChromium.Missing);
        string[] holdout = File.ReadAllText(FixtureFiles.HoldoutComments).TrimEnd('\n').Split('\n');
        // The report lists misclassified comments (the first ones in file order): label the hostile comment against the
        // model's own verdict, first after the header, so that it is listed whatever the model makes of it.
        Verdict verdict = CommentClassifier.Load(model.ModelPath).Classify(new Comment(Hostile) { ThreadId = "hostile-thread", AuthorName = "Shades", AuthorUrl = "http://cheap-shades-outlet.example.com" });
        string wrongLabel = verdict.Label == CommentLabel.Spam ? "genuine" : "spam";
        string hostileRow = "x1,hostile-thread,Shades,http://cheap-shades-outlet.example.com,,\"" + Hostile.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"," + wrongLabel;
        string comments = _folder.Write("comments.csv", string.Join('\n', [holdout[0], hostileRow, .. holdout[1..]]) + "\n");
        string report = _folder.File("report.html");
        CliResult result = EngageTool.Run("evaluate", "--comments", comments, "--model", model.ModelPath, "--report", report);
        result.ExitCode.Should().Be(0, result.ToString());
        string probed = _folder.Write("probed.html", File.ReadAllText(report).Replace("</body>", Probe + "</body>", StringComparison.Ordinal));

        string dom = HeadlessChromium.DumpDom(probed, _folder.File("profile"));

        Match found = ProbeOutput().Match(dom);
        found.Success.Should().BeTrue("the probe runs after the page has loaded; DOM was:\n" + dom[..Math.Min(dom.Length, 2000)]);
        using JsonDocument probe = JsonDocument.Parse(System.Net.WebUtility.HtmlDecode(found.Groups[1].Value));
        JsonElement root = probe.RootElement;
        root.GetProperty("pwned").ValueKind.Should().Be(JsonValueKind.Null, "no markup from a comment may run");
        root.GetProperty("cells").EnumerateArray().Select(c => c.GetString()).Should().Contain(Hostile, "the comment is shown as its own text");
        var charts = root.GetProperty("charts").EnumerateArray().ToDictionary(c => c.GetProperty("id").GetString()!);
        charts.Keys.Should().Equal("chart-pr", "chart-roc", "chart-histogram");
        foreach (var (id, chart) in charts)
        {
            chart.GetProperty("datasets").EnumerateArray().Should().NotBeEmpty($"{id} holds a Chart.js chart");
            chart.GetProperty("datasets").EnumerateArray().Should().OnlyContain(d => d.GetInt32() > 0, $"every dataset of {id} has points");
        }

        charts["chart-pr"].GetProperty("curvePixels").GetInt32().Should().BeGreaterThan(200, "the precision-recall curve is painted");
        charts["chart-roc"].GetProperty("curvePixels").GetInt32().Should().BeGreaterThan(200, "the ROC curve is painted");
        charts["chart-histogram"].GetProperty("spamPixels").GetInt32().Should().BeGreaterThan(50, "the spam bars are painted");
    }

    [GeneratedRegex("<pre id=\"engage-probe\">(.*?)</pre>", RegexOptions.Singleline)]
    private static partial Regex ProbeOutput();
}
