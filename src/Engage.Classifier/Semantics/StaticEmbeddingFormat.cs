using System.Buffers.Binary;
using System.Text;

namespace Engage.Classifier.Semantics;

/// <summary>
/// The one owner of the binary layout of a <see cref="StaticEmbeddingTable"/>, written by the maintainer
/// tools and read by the library. Little-endian throughout:
/// <list type="number">
/// <item>the magic bytes "EGSE" and the format <see cref="Version"/> (int32);</item>
/// <item>dimensions, rows, bands (int32 each);</item>
/// <item>the description and the vocabulary, each as a byte length (int32) and UTF-8 text; the vocabulary
/// has one token per line, lines ended by "\n";</item>
/// <item>rows × float32 weights, rows × uint8 bands, bands × dimensions float32 scales, then rows × dimensions int8 values.</item>
/// </list>
/// The same table always gives the same bytes.
/// </summary>
internal static class StaticEmbeddingFormat
{
    public const int Version = 1;

    /// <summary>Most magnitude bands a table may have.</summary>
    public const int MaxBands = 32;

    private const int MaxRows = 1 << 20;
    private const int MaxDimensions = 4096;
    private const int MaxTextBytes = 64 << 20;

    private static ReadOnlySpan<byte> Magic => "EGSE"u8;

    public static void Write(Stream destination, StaticEmbeddingTable table)
    {
        Guard.NotNull(destination);
        Guard.NotNull(table);
        using var writer = new BinaryWriter(destination, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(table.Dimensions);
        writer.Write(table.Rows);
        writer.Write(table.BandCount);
        WriteText(writer, table.Description);
        WriteText(writer, table.VocabularyText);
        foreach (float weight in table.Weights)
        {
            writer.Write(weight);
        }

        writer.Write(table.Bands);
        foreach (float scale in table.Scales)
        {
            writer.Write(scale);
        }

        writer.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(table.Values.AsSpan()));
    }

    /// <summary>Reads a table; a truncated, foreign or inconsistent stream fails with <see cref="InvalidDataException"/>.</summary>
    public static StaticEmbeddingTable Read(Stream source)
    {
        Guard.NotNull(source);
        using var reader = new BinaryReader(source, Encoding.UTF8, leaveOpen: true);
        try
        {
            if (!reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic))
            {
                throw new InvalidDataException("Not a static embedding table: the magic bytes 'EGSE' are missing.");
            }

            int version = reader.ReadInt32();
            if (version != Version)
            {
                throw new InvalidDataException($"Static embedding format version {version} is not supported (this library reads version {Version}).");
            }

            int dimensions = ReadCount(reader, MaxDimensions, "dimensions");
            int rows = ReadCount(reader, MaxRows, "rows");
            int bandCount = ReadCount(reader, MaxBands, "bands");
            string description = ReadText(reader);
            string vocabulary = ReadText(reader);
            if (vocabulary.AsSpan().Count('\n') != rows)
            {
                throw new InvalidDataException($"The vocabulary has {vocabulary.AsSpan().Count('\n')} lines for {rows} rows.");
            }

            float[] weights = ReadFloats(reader, rows);
            byte[] bands = new byte[rows];
            reader.BaseStream.ReadExactly(bands);
            float[] scales = ReadFloats(reader, bandCount * dimensions);
            var values = new sbyte[rows * dimensions];
            reader.BaseStream.ReadExactly(System.Runtime.InteropServices.MemoryMarshal.AsBytes(values.AsSpan()));
            return new StaticEmbeddingTable(description, vocabulary, weights, bands, scales, values);
        }
        catch (EndOfStreamException ex)
        {
            throw new InvalidDataException("The static embedding table is truncated.", ex);
        }
        catch (ArgumentException ex)
        {
            throw new InvalidDataException($"The static embedding table is inconsistent: {ex.Message}", ex);
        }
    }

    private static void WriteText(BinaryWriter writer, string text)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(text);
        writer.Write(bytes.Length);
        writer.Write(bytes);
    }

    private static string ReadText(BinaryReader reader)
    {
        int length = ReadCount(reader, MaxTextBytes, "text bytes", allowZero: true);
        byte[] bytes = new byte[length];
        reader.BaseStream.ReadExactly(bytes);
        return Encoding.UTF8.GetString(bytes);
    }

    private static float[] ReadFloats(BinaryReader reader, int count)
    {
        var floats = new float[count];
        Span<byte> bytes = System.Runtime.InteropServices.MemoryMarshal.AsBytes(floats.AsSpan());
        reader.BaseStream.ReadExactly(bytes);
        if (!BitConverter.IsLittleEndian)
        {
            for (int i = 0; i < floats.Length; i++)
            {
                floats[i] = BinaryPrimitives.ReadSingleLittleEndian(bytes.Slice(i * sizeof(float), sizeof(float)));
            }
        }

        return floats;
    }

    private static int ReadCount(BinaryReader reader, int max, string what, bool allowZero = false)
    {
        int count = reader.ReadInt32();
        if (count < (allowZero ? 0 : 1) || count > max)
        {
            throw new InvalidDataException($"The static embedding table claims {count} {what} (expected {(allowZero ? 0 : 1)} to {max}).");
        }

        return count;
    }
}
