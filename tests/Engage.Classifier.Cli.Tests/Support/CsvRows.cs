using System.Globalization;
using CsvHelper;

namespace Engage.Classifier.Cli.Tests.Support;

/// <summary>Reads a CSV file the commands wrote, header row included, as raw fields.</summary>
internal static class CsvRows
{
    public static List<string[]> Read(string path)
    {
        using var reader = new StreamReader(path);
        using var csv = new CsvParser(reader, CultureInfo.InvariantCulture);
        var rows = new List<string[]>();
        while (csv.Read())
        {
            rows.Add(csv.Record!);
        }

        return rows;
    }
}
