using System.Globalization;
using System.Text;

namespace Engage.Classifier.Cli.Tests.Support;

/// <summary>Writes large comments CSVs of short, varied invented comments, for the streaming tests.</summary>
internal static class CommentFileGenerator
{
    private static readonly string[] Templates =
    [
        "Great post about {0}, thanks!",
        "Buy cheap {0} at http://shop{1}.example.com now",
        "I tried {0} last week, the second batch failed. Why?",
        "first!!! {1}",
        "Check my channel {1} for free {0}",
        "Does {0} work in winter too?",
    ];

    private static readonly string[] Topics = ["sourdough", "bike chains", "tomatoes", "rust", "lisbon", "espresso"];

    /// <summary>Writes <paramref name="rows"/> comments with ids <c>r1</c>, <c>r2</c>, ... and returns the path.</summary>
    public static string Write(string path, int rows)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        writer.Write("id,thread,author,content\n");
        for (int i = 1; i <= rows; i++)
        {
            string text = string.Format(CultureInfo.InvariantCulture, Templates[i % Templates.Length], Topics[(i / 7) % Topics.Length], i);
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"r{i},t{i % 50},reader{i % 97},\"{text}\"\n"));
        }

        return path;
    }
}
