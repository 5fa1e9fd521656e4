using System.Runtime.InteropServices;

namespace Engage.Classifier.Tools.Semantics;

/// <summary>Cached encoder vectors on disk: rows of 384 float32 values, back to back (machine byte order; artifacts/ only).</summary>
internal static class FloatRowsFile
{
    public static float[][] Read(string path, int count)
    {
        using FileStream stream = File.OpenRead(path);
        var rows = new float[count][];
        for (int i = 0; i < count; i++)
        {
            rows[i] = new float[MiniLmPackage.HiddenSize];
            stream.ReadExactly(MemoryMarshal.AsBytes(rows[i].AsSpan()));
        }

        return rows;
    }

    public static void Write(string path, IEnumerable<float[]> rows)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using FileStream stream = File.Create(path);
        foreach (float[] row in rows)
        {
            stream.Write(MemoryMarshal.AsBytes(row.AsSpan()));
        }
    }
}
