using System.IO.Compression;

namespace Engage.Classifier.Workbench;

/// <summary>
/// Model files made to hurt a reader, for the tests of the core's defensive loading and of the host's hot reload:
/// zips of entries of zeros, which deflate about 1000 to 1.
/// </summary>
public static class HostileModelFiles
{
    /// <summary>Entries in the zip of issue 14.</summary>
    public const int IssueEntries = 12;

    /// <summary>Bytes of zeros in each of its entries: 12 × 200 MiB, 2.4 GB inflated from a 2.4 MB file.</summary>
    public const int IssueEntryBytes = 200 * 1024 * 1024;

    /// <summary>
    /// The zip that took <c>engage score --model</c> to about 5 GB of memory and 12 s before it said "no manifest.json":
    /// <see cref="IssueEntries"/> entries of <see cref="IssueEntryBytes"/> zeros (about 0.5 s to make on one core).
    /// </summary>
    public static byte[] IssueZip() => Zeros(IssueEntries, IssueEntryBytes);

    /// <summary>
    /// A zip of <paramref name="count"/> entries named <c>zeros-01.bin</c>, ... each holding <paramref name="bytesEach"/>
    /// zeros, and then the <paramref name="others"/> entries as given.
    /// </summary>
    public static byte[] Zeros(int count, int bytesEach, IReadOnlyDictionary<string, byte[]>? others = null)
    {
        var zeros = new byte[1 << 20];
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            for (int e = 1; e <= count; e++)
            {
                using Stream entry = zip.CreateEntry(ZeroEntryName(e), CompressionLevel.Optimal).Open();
                for (int left = bytesEach; left > 0; left -= zeros.Length)
                {
                    entry.Write(zeros, 0, Math.Min(left, zeros.Length));
                }
            }

            foreach (var (name, content) in others ?? new Dictionary<string, byte[]>())
            {
                using Stream entry = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
                entry.Write(content);
            }
        }

        return buffer.ToArray();
    }

    /// <summary>The name of the <paramref name="number"/>th (1-based) entry of <see cref="Zeros"/>.</summary>
    public static string ZeroEntryName(int number) => $"zeros-{number:00}.bin";
}
