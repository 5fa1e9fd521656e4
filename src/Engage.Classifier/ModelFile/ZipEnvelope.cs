using System.Buffers.Binary;
using System.Globalization;

namespace Engage.Classifier.ModelFile;

/// <summary>
/// The checks on a model file's zip envelope made before the zip reader sees it: its stored size, and the entry
/// count its end record declares, so that a hostile file is refused before any object is built for its entries.
/// The limits are <see cref="ModelArchive"/>'s.
/// </summary>
internal static class ZipEnvelope
{
    private const int EndOfCentralDirectorySignature = 0x06054b50;
    private const int EndOfCentralDirectoryLength = 22;

    /// <summary>
    /// The source itself when it can seek (after checking its size), else a copy of at most <see cref="ModelArchive.MaxArchiveBytes"/>:
    /// a zip is read from its end.
    /// </summary>
    public static Stream Seekable(Stream source, string description)
    {
        if (source.CanSeek)
        {
            if (source.Length - source.Position > ModelArchive.MaxArchiveBytes)
            {
                throw ModelArchive.TooLarge(description);
            }

            return source;
        }

        var copy = new MemoryStream();
        var buffer = new byte[1 << 16];
        int read;
        while ((read = source.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (copy.Length + read > ModelArchive.MaxArchiveBytes)
            {
                throw ModelArchive.TooLarge(description);
            }

            copy.Write(buffer, 0, read);
        }

        copy.Position = 0;
        return copy;
    }

    /// <summary>
    /// Refuses a zip whose end record declares more than <see cref="ModelArchive.MaxEntries"/> entries before the zip reader builds an
    /// object for each of them. A zip64 archive (count 0xFFFF) declares more than that by definition.
    /// </summary>
    public static void CheckEntryCount(Stream zip, string description)
    {
        long start = zip.Position;
        long length = zip.Length - start;
        if (length < EndOfCentralDirectoryLength)
        {
            return; // The zip reader says it is not a zip.
        }

        // The end record is the last 22 bytes, followed by a comment of up to 64 KB.
        int tail = (int)Math.Min(length, EndOfCentralDirectoryLength + ushort.MaxValue);
        var bytes = new byte[tail];
        zip.Position = start + length - tail;
        zip.ReadExactly(bytes);
        zip.Position = start;
        for (int at = tail - EndOfCentralDirectoryLength; at >= 0; at--)
        {
            if (BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(at)) == EndOfCentralDirectorySignature)
            {
                int count = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(at + 10));
                if (count > ModelArchive.MaxEntries)
                {
                    throw TooManyEntries(count, description);
                }

                return;
            }
        }
    }

    /// <summary>The failure for a zip with more entries than a model can have.</summary>
    public static ClassifierDataException TooManyEntries(int count, string description) =>
        ModelArchive.Fail(description, $"it has {(count == ushort.MaxValue ? "65535 or more" : count.ToString(CultureInfo.InvariantCulture))} entries, more than a model can have ({ModelArchive.MaxEntries})");
}
