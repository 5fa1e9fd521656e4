using System.Text;
using Engage.Classifier.Tests.Support;

namespace Engage.Classifier.Tests.Csv;

/// <summary>
/// A 100 MB comments file, generated in temp, is streamed through <see cref="CommentCsv.ReadComments"/> and
/// classified one record at a time, in one pass: live managed memory stays bounded, far below the file's size.
/// </summary>
[Collection(MemoryMeasuringCollection.Name)]
public sealed class LargeCsvStreamingTests : IDisposable
{
    private const long FileBytes = 100L * 1024 * 1024;
    private const long LiveMemoryBound = 48L * 1024 * 1024;
    private const int SampleEvery = 1_000;
    private const int BulkEvery = 20;
    private const string BulkAuthor = "bulk";

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void ReadCommentsAndClassify_100MegabyteFile_StreamsInBoundedMemory()
    {
        string path = _temp.File("large.csv");
        long written = WriteLargeFile(path);
        new FileInfo(path).Length.Should().BeGreaterThanOrEqualTo(FileBytes);
        CommentClassifier classifier = CommentClassifier.LoadDefault();
        _ = classifier.Classify("warm up");

        long baseline = GC.GetTotalMemory(forceFullCollection: true);
        long peak = 0;
        long records = 0, bulkCalledSpam = 0, bulk = 0;
        foreach (CommentRecord record in CommentCsv.ReadComments(path))
        {
            Verdict verdict = classifier.Classify(record.Comment, includeReasons: false);
            if (record.Comment.AuthorName == BulkAuthor)
            {
                bulk++;
                bulkCalledSpam += verdict.IsSpam ? 1 : 0;
            }

            if (++records % SampleEvery == 0)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true) - baseline);
            }
        }

        records.Should().Be(written);
        bulk.Should().Be(written / BulkEvery);
        bulkCalledSpam.Should().Be(bulk, "every 200 kB row of casino and pills links is spam");
        peak.Should().BeLessThan(LiveMemoryBound, "records must be streamed, not held: the file is {0} bytes", FileBytes);
    }

    /// <summary>Writes small rows with, every 20th row, a 200 kB multi-line quoted comment. Returns the record count.</summary>
    private static long WriteLargeFile(string path)
    {
        string bigContent = BigContent();
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), bufferSize: 1 << 16);
        writer.Write("id,thread,author,content,label\n");
        long rows = 0;
        while (writer.BaseStream.Position < FileBytes)
        {
            rows++;
            if (rows % BulkEvery == 0)
            {
                writer.Write($"r{rows},t{rows % 50},{BulkAuthor},\"{bigContent}\",spam\n");
            }
            else
            {
                writer.Write($"r{rows},t{rows % 50},user{rows % 997},\"Row {rows}: the crumb was open, the crust \"\"crackly\"\".\",genuine\n");
            }

            writer.Flush();
        }

        return rows;
    }

    private static string BigContent()
    {
        var builder = new StringBuilder(200 * 1024);
        int line = 0;
        while (builder.Length < 200 * 1024)
        {
            builder.Append(line++ % 2 == 0 ? "cheap pills, \"\"best\"\" price http://pills.example/" : "Сheap оnline саsino bonus\r\n");
        }

        return builder.ToString();
    }
}
