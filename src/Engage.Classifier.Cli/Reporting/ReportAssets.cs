using System.Reflection;

namespace Engage.Classifier.Cli.Reporting;

/// <summary>The scripts embedded in the tool and inlined into every report: Chart.js (vendored, see chartjs/README.md) and the report's own drawing script.</summary>
internal static class ReportAssets
{
    private static readonly Lazy<string> ChartJsText = new(() => Read("Engage.Classifier.Cli.Reporting.chart.umd.min.js"));
    private static readonly Lazy<string> DrawingText = new(() => Read("Engage.Classifier.Cli.Reporting.report-charts.js"));

    /// <summary>Chart.js 4.6.1, minified (MIT).</summary>
    public static string ChartJs => ChartJsText.Value;

    /// <summary>report-charts.js: draws the three charts from the report's JSON data block.</summary>
    public static string DrawingScript => DrawingText.Value;

    private static string Read(string name)
    {
        using Stream stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The tool was built without its embedded resource '{name}'.");
        using var reader = new StreamReader(stream);
        string text = reader.ReadToEnd();

        // Inlined into <script>: a closing tag inside would end the block early.
        if (text.Contains("</script", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"The embedded script '{name}' contains '</script' and cannot be inlined.");
        }

        return text;
    }
}
