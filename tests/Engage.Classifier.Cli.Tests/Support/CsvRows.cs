using CsvHelper;

namespace Engage.Classifier.Cli.Tests.Support;

/// <summary>Reads a CSV file the commands wrote, header row included, as raw fields.</summary>
internal static class CsvRows
{
    public static List<string[]> Read(string path)
    {
        using var csv = CsvReader.Create(File.OpenRead(path), new CsvReaderOptions { Separator = ',', HasHeader = false, TrimWhitespace = false }, leaveOpen: false);
        var rows = new List<string[]>();
        while (csv.Read())
        {
            rows.Add([.. Enumerable.Range(0, csv.FieldCount).Select(csv.GetString)]);
        }

        return rows;
    }
}
